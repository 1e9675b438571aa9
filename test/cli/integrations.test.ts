// Formats for CI services: reviewdog's rdjsonl (validated against reviewdog's published schema) and
// the Markdown job summary for GitHub Actions.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {Ajv} from 'ajv'
import {cli, drafts, removeProject, root, tempProject} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({
    'stories/loaded.md': drafts.info,
    // "café" and "—" are 2 and 3 bytes in UTF-8: reviewdog's columns count bytes.
    'stories/café.md': 'Le café — The council plans to cut the library budget.\n',
    'stories/odd.md': 'The mayor said the plan | is <b>bold</b> *now* [see](x) $1 @desk #4.\n\nA senior aide said the council plans to cut it.\n',
    'stories/clean.md': drafts.clean
  })
})

after(() => removeProject(project))

function reviewdogValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/reviewdog/Diagnostic.json'), 'utf8')) as Record<string, unknown>
  // Declared draft-04; every keyword it uses reads the same in ajv's draft-07 (see the fixture's README).
  delete schema.$schema
  return new Ajv({allErrors: true, strict: false}).compile(schema)
}

interface Diagnostic {
  message: string
  location: {path: string; range: {start: {line: number; column: number}; end: {line: number; column: number}}}
  severity: string
  source: {name: string; url: string}
  code: {value: string; url: string}
  suggestions?: Array<{range: Diagnostic['location']['range']; text: string}>
}

test('rdjsonl: one valid Reviewdog diagnostic per line, UTF-8 byte columns, codes with URLs, safe fixes as suggestions', () => {
  const run = cli(['--format', 'rdjsonl', 'stories'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
  const lines = run.stdout.trimEnd().split('\n')
  const validate = reviewdogValidator()
  const diagnostics = lines.map((line) => JSON.parse(line) as Diagnostic)
  for (const diagnostic of diagnostics) assert.ok(validate(diagnostic), JSON.stringify(validate.errors))
  // The schema has teeth: an unknown severity is refused.
  assert.equal(validate({...diagnostics[0], severity: 'LOUD'}), false)

  const claim = diagnostics.find((diagnostic) => diagnostic.location.path === 'stories/café.md')!
  assert.equal(claim.severity, 'WARNING')
  assert.deepEqual(claim.code, {value: 'unattributed-claim', url: 'https://github.com/attribution-lint/attribution-lint/blob/main/docs/rules/unattributed-claim.md'})
  // "plans to" starts at UTF-16 column 23, after "é" (2 bytes) and "—" (3 bytes): byte column 26.
  const text = 'Le café — The council plans to cut the library budget.'
  assert.equal(claim.location.range.start.column, Buffer.byteLength(text.slice(0, text.indexOf('plans')), 'utf8') + 1)
  assert.equal(claim.location.range.start.column, 26)

  const loaded = diagnostics.find((diagnostic) => diagnostic.code.value === 'loaded-attribution-verb')!
  assert.equal(loaded.severity, 'INFO')
  assert.deepEqual(loaded.suggestions, [{range: {start: {line: 1, column: 19}, end: {line: 1, column: 26}}, text: 'said'}])
  assert.equal(claim.suggestions, undefined, 'no suggestion where there is no safe fix')
  assert.ok(diagnostics.every((diagnostic) => diagnostic.source.name === 'attribution-lint'))
  assert.ok(!diagnostics.some((diagnostic) => diagnostic.location.path.includes('clean')))
})

test('markdown: totals, a table per draft with every cell escaped, and the sourcing shares', () => {
  const run = cli(['--format', 'markdown', 'stories'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
  const summary = run.stdout
  assert.match(summary, /^## Attribution Lint\n\n\d+ problems in 3 of 4 drafts: 0 errors, \d+ warnings?, \d+ infos?\.\n/)
  assert.match(summary, /\n### stories\/café\.md\n\n\| Place \| Severity \| Problem \| Rule \|\n\| ---: \| --- \| --- \| --- \|\n\| 1:23 \| 🟡 warning \| /)
  assert.match(summary, /\[`unattributed-claim`\]\(https:\/\/github\.com\/.*\/unattributed-claim\.md\) \|/)
  assert.match(summary, /fixable with `--fix`/)
  // Every table row has exactly its five pipes, whatever the message says.
  for (const row of summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Place') && !line.startsWith('| ---'))) {
    assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 5, row)
  }
  assert.match(summary, /\*\*Sourcing:\*\* \d+ attributions?: named \d+%, anonymous \d+%, vague \d+%\./)
  assert.match(summary, /Anonymous with no reason given: “A senior aide”\./)
  assert.ok(!summary.includes('### stories/clean.md'), 'a clean draft with no sources takes no room')
})

test('markdown escapes what GitHub would render: pipes, HTML, emphasis, links, math and mentions', async () => {
  const {escapeMarkdown} = await import('../../server/src/cli/formatters/markdown.ts')
  assert.equal(escapeMarkdown('a | b'), 'a \\| b')
  assert.equal(escapeMarkdown('<b>bold</b> & *now* [see](x) $1 @desk #4 ~~gone~~ `code` \\'), '\\<b\\>bold\\</b\\> \\& \\*now\\* \\[see\\](x) \\$1 \\@desk \\#4 \\~\\~gone\\~\\~ \\`code\\` \\\\')
  assert.equal(escapeMarkdown('two\nlines\r\n here'), 'two lines here')
  assert.equal(escapeMarkdown('plain words, plain stops.'), 'plain words, plain stops.')
})

test('an unknown format lists the new ones too', () => {
  const run = cli(['--format', 'reviewdog', 'stories'], {cwd: project})
  assert.equal(run.code, 2)
  assert.match(run.stderr, /use one of stylish, json, sarif, github, compact, rdjsonl, markdown\./)
})

// The examples in docs/rules/<id>.md run as tests: every ```md block under "### Flagged" must draw at
// least one finding of that rule, and every block under "### Not flagged" none (other rules may
// fire). A page that drifts from the engine fails here, as eslint's check-rule-examples does for
// its docs (style guide, "Tests per rule").

import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import {lint, ruleIds, type RuleId} from '../server/src/engine/index.ts'

const docsFolder = new URL('../docs/rules/', import.meta.url)

interface Example {
  /** The `## ` heading the block sits under. */
  section: string
  /** The `### ` heading the block sits under, if any. */
  subsection: string | undefined
  /** 1-based line of the block's opening fence, for failure messages. */
  line: number
  text: string
}

/** The ```md blocks of a page, each with the headings it sits under. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = []
  let section = ''
  let subsection: string | undefined
  let open: {language: string; line: number; lines: string[]} | undefined
  const lines = page.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    const fence = /^```\s*([\w-]*)\s*$/.exec(line)
    if (open) {
      if (fence && fence[1] === '') {
        if (open.language === 'md') examples.push({section, subsection, line: open.line, text: open.lines.join('\n') + '\n'})
        open = undefined
      } else open.lines.push(line)
      continue
    }
    if (fence) {
      open = {language: fence[1], line: index + 1, lines: []}
      continue
    }
    // Headings count only outside fences: an example draft may open with "# ...".
    const heading = /^(#{2,3}) +(.+?)\s*$/.exec(line)
    if (heading?.[1] === '##') {
      section = heading[2]
      subsection = undefined
    } else if (heading) subsection = heading[2]
  }
  assert.equal(open, undefined, 'a code block is never closed')
  return examples
}

function pageOf(ruleId: RuleId): string | undefined {
  const url = new URL(`${ruleId}.md`, docsFolder)
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined
}

function findingsOf(text: string, ruleId: RuleId): string[] {
  return lint(text, {format: 'markdown'})
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.start.line}:${finding.start.column} ${JSON.stringify(text.slice(finding.start.offset, finding.end.offset))}: ${finding.message}`)
}

function label(example: Example): string {
  const first = example.text.split('\n').find((line) => line.trim() !== '') ?? ''
  return `line ${example.line}: ${first.length > 70 ? first.slice(0, 67) + '...' : first}`
}

test('docs/rules/README.md links every rule', () => {
  const url = new URL('README.md', docsFolder)
  assert.ok(existsSync(url), 'docs/rules/README.md is missing')
  const index = readFileSync(url, 'utf8')
  for (const ruleId of ruleIds) assert.ok(index.includes(`(${ruleId}.md)`), `README.md does not link ${ruleId}.md`)
})

for (const ruleId of ruleIds) {
  const page = pageOf(ruleId)

  test(`${ruleId}: page exists with a title and both example sections`, () => {
    assert.ok(page !== undefined, `docs/rules/${ruleId}.md is missing`)
    assert.match(page, new RegExp(`^# ${ruleId}\\s*$`, 'm'), `docs/rules/${ruleId}.md has no "# ${ruleId}" title`)
    const examples = examplesOf(page)
    for (const subsection of ['Flagged', 'Not flagged']) {
      const count = examples.filter((example) => example.section === 'Examples' && example.subsection === subsection).length
      assert.ok(count > 0, `docs/rules/${ruleId}.md has no \`\`\`md block under "## Examples" / "### ${subsection}"`)
    }
  })

  if (page === undefined) continue
  const examples = examplesOf(page)

  for (const example of examples.filter((candidate) => candidate.subsection === 'Flagged')) {
    test(`${ruleId}: flagged example, ${label(example)}`, () => {
      assert.ok(findingsOf(example.text, ruleId).length > 0, `expected a ${ruleId} finding in:\n${example.text}`)
    })
  }

  for (const example of examples.filter((candidate) => candidate.subsection === 'Not flagged')) {
    test(`${ruleId}: not-flagged example, ${label(example)}`, () => {
      assert.deepEqual(findingsOf(example.text, ruleId), [], `expected no ${ruleId} finding in:\n${example.text}`)
    })
  }

  // The suppression example must be silent, and must be flagged once its comment is taken out, so
  // the page shows a comment that really does something.
  for (const example of examples.filter((candidate) => candidate.section === 'Suppressing')) {
    test(`${ruleId}: suppression example, ${label(example)}`, () => {
      assert.match(example.text, new RegExp(`<!-- attribution-lint-disable-next-line ${ruleId} -->`))
      assert.deepEqual(findingsOf(example.text, ruleId), [], `the comment does not silence ${ruleId}`)
      const bare = example.text.replace(/^<!--.*-->\n/m, '')
      assert.ok(findingsOf(bare, ruleId).length > 0, `without its comment the example draws no ${ruleId} finding:\n${bare}`)
    })
  }
}

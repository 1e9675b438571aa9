// Accepting a finding without touching the copy: `.attributionlint-accepted.json`, read by the
// configuration layer for the CLI and the server alike. An entry hides its rule's finding in the
// sentence it names, and nothing else; it lapses when that sentence changes; a broken file is
// reported once, with file, line and column, and its readable entries still apply; `requireReason`
// reports accepted findings and suppression comments that say nothing of why.

import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {configurationFor, readAcceptedFile} from '../../server/src/config/index.ts'
import {lint, type AcceptedEntry} from '../../server/src/engine/index.ts'
import {cli} from '../cli/helpers.ts'

const draft = ['# Budget', '', 'The mayor is expected to resign.', '', 'The council is likely to object.', ''].join('\n')

const rulesAt = (text: string, accepted: AcceptedEntry[], requireReason = false) =>
  lint(text, {format: 'markdown', configuration: {accepted, requireReason}}).findings.map((finding) => `${finding.start.line} ${finding.ruleId}`)

test('an entry hides its rule\'s finding in the sentence it names, and only there', () => {
  assert.deepEqual(rulesAt(draft, []), ['3 unattributed-claim', '5 unattributed-claim'])
  assert.deepEqual(rulesAt(draft, [{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}]), ['5 unattributed-claim'])
  // Another rule's entry for the same sentence hides nothing.
  assert.deepEqual(rulesAt(draft, [{rule: 'vague-attribution', sentence: 'The mayor is expected to resign.'}]), ['3 unattributed-claim', '5 unattributed-claim'])
})

test('it survives edits elsewhere and a CMS\'s curly quotes, and lapses when its sentence changes', () => {
  const entry = {rule: 'unnamed-speaker', sentence: '"We will not back down," one striker shouted.'}
  const text = 'Pickets stood outside.\n\n“We will not back down,” one striker shouted.\n'
  assert.deepEqual(rulesAt(text, []).filter((line) => line.endsWith('unnamed-speaker')), ['3 unnamed-speaker'])
  assert.deepEqual(rulesAt(text, [entry]).filter((line) => line.endsWith('unnamed-speaker')), [])
  const edited = '# Strike\n\nPickets stood outside the plant for a third day.\n\n“We will not   back down,” one striker shouted.\n'
  assert.deepEqual(rulesAt(edited, [entry]).filter((line) => line.endsWith('unnamed-speaker')), [])
  const changed = 'Pickets stood outside.\n\n“We will never back down,” one striker shouted.\n'
  assert.deepEqual(rulesAt(changed, [entry]).filter((line) => line.endsWith('unnamed-speaker')), ['3 unnamed-speaker'])
})

test('requireReason reports an accepted finding without a reason, and a suppression comment without one', () => {
  const accepted = [{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}]
  assert.deepEqual(rulesAt(draft, accepted, true), ['3 require-reason', '5 unattributed-claim'])
  assert.deepEqual(rulesAt(draft, [{...accepted[0], reason: 'The mayor said so on air; the clip is linked below.'}], true), ['5 unattributed-claim'])
  const commented = 'The mayor is expected to resign.\n\n<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe council is likely to object.\n'
  assert.deepEqual(rulesAt(commented, [], true), ['1 unattributed-claim', '3 require-reason'])
  const explained = commented.replace('unattributed-claim -->', 'unattributed-claim -- the clerk confirmed it on the record -->')
  assert.deepEqual(rulesAt(explained, [], true), ['1 unattributed-claim'])
  // The reason is not a rule: the comment still turns off only what it names.
  assert.deepEqual(rulesAt(explained, []), ['1 unattributed-claim'])
  assert.deepEqual(rulesAt(commented, []), ['1 unattributed-claim'])
})

function folder(t: {after: (fn: () => void) => void}, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'attribution-lint-accepted-'))
  t.after(() => rmSync(root, {recursive: true, force: true}))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text)
  return root
}

const broken = [
  '[',
  '  {"rule": "unattributed-claim", "sentence": "The mayor is expected to resign."},',
  '  {"rule": "unatributed-claim", "sentence": "The council is likely to object."},',
  '  {"rule": "unattributed-claim", "sentence": "The council is likely to object." "reason": "x"}',
  ']',
  ''
].join('\n')

test('a broken file: one message with file, line and column; an unknown rule is named; the rest applies', (t) => {
  const root = folder(t, {'.attributionlint-accepted.json': broken})
  const read = readAcceptedFile(join(root, '.attributionlint-accepted.json'))
  assert.deepEqual(read.entries, [{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}])
  assert.equal(read.problems.length, 2)
  assert.match(read.problems[0].message, /\.attributionlint-accepted\.json:4:\d+: this is not valid JSON \(.+\); fix it\. The entries that can be read still apply\./)
  assert.match(read.problems[1].message, /\.attributionlint-accepted\.json:3:3: an entry has the unknown rule "unatributed-claim" \(did you mean "unattributed-claim"\?\)/)
  assert.deepEqual(read.problems.map((problem) => problem.line), [4, 3])
})

test('the file sits next to the configuration, and without one it still ends the search', (t) => {
  const accepted = JSON.stringify([{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}])
  const withConfig = folder(t, {'.attributionlintrc.json': '{"requireReason": true}', '.attributionlint-accepted.json': accepted})
  const loaded = configurationFor(join(withConfig, 'story.md'))
  assert.equal(loaded.configuration.requireReason, true)
  assert.deepEqual(loaded.configuration.accepted, [{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}])
  assert.equal(loaded.folder, withConfig)
  const alone = folder(t, {'.attributionlint-accepted.json': accepted})
  assert.equal(configurationFor(join(alone, 'story.md')).configuration.accepted?.length, 1)
})

test('the CLI reads the same file: the accepted finding is gone, a broken file exits 2 and the rest applies', (t) => {
  const root = folder(t, {'story.md': draft, '.attributionlint-accepted.json': JSON.stringify([{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.', reason: 'Said on air.'}])})
  const run = cli(['--format', 'json', 'story.md'], {cwd: root})
  assert.equal(run.code, 0, run.stderr)
  const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
  assert.deepEqual(file.messages.map((message) => `${message.line} ${message.ruleId}`), ['5 unattributed-claim'])

  writeFileSync(join(root, '.attributionlint-accepted.json'), broken)
  const bad = cli(['--format', 'json', 'story.md'], {cwd: root})
  assert.equal(bad.code, 2)
  const lines = bad.stderr.trim().split('\n')
  assert.equal(lines.filter((line) => /not valid JSON/.test(line)).length, 1, bad.stderr)
  assert.match(bad.stderr, /\.attributionlint-accepted\.json:4:\d+: this is not valid JSON/)
  assert.match(bad.stderr, /unknown rule "unatributed-claim"/)
  assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace')
  const [again] = JSON.parse(bad.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
  assert.deepEqual(again.messages.map((message) => `${message.line} ${message.ruleId}`), ['5 unattributed-claim'])
})

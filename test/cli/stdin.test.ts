// --stdin: the draft comes from standard input; --stdin-filename gives it a name, a format and the
// configuration of its folder.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {cli, drafts, lines, parseJsonResults, removeProject, tempProject} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({'desk/.attributionlintrc.json': JSON.stringify({rules: {'unattributed-claim': 'error'}})})
})

after(() => removeProject(project))

test('standard input is linted and reported under its --stdin-filename', () => {
  const run = cli(['--stdin', '--stdin-filename', 'desk/story.md', '--format', 'json'], {cwd: project, input: drafts.warning})
  assert.equal(run.code, 1, 'the configuration of desk/ makes the claim an error')
  const [result] = parseJsonResults(run.stdout)
  assert.equal(result.filePath, join(project, 'desk/story.md'))
  assert.deepEqual(result.messages.map((message) => [message.ruleId, message.severity]), [['unattributed-claim', 2]])
})

test('without a name, standard input is Markdown under the working folder\'s configuration', () => {
  const run = cli(['--stdin', '--format', 'json'], {cwd: project, input: drafts.warning})
  assert.equal(run.code, 0)
  const [result] = parseJsonResults(run.stdout)
  assert.equal(result.filePath, '<stdin>')
  assert.deepEqual(result.messages.map((message) => [message.ruleId, message.severity]), [['unattributed-claim', 1]])
  assert.match(cli(['--stdin'], {cwd: project, input: drafts.warning}).stdout, /^<stdin>$/m)
})

test('the name\'s extension sets the format: in plain text a line without final punctuation is a heading', () => {
  const text = 'The council plans to cut the budget\n\nThe mayor plans to resign.\n'
  const asText = parseJsonResults(cli(['--stdin', '--stdin-filename', 'story.txt', '--format', 'json'], {cwd: project, input: text}).stdout)[0]
  assert.deepEqual(asText.messages.map((message) => message.line), [3])
  const asMarkdown = parseJsonResults(cli(['--stdin', '--stdin-filename', 'story.md', '--format', 'json'], {cwd: project, input: text}).stdout)[0]
  assert.deepEqual(asMarkdown.messages.map((message) => message.line), [1, 3])
})

test('empty standard input is a draft with nothing to report', () => {
  const run = cli(['--stdin', '--format', 'json'], {cwd: project, input: ''})
  assert.equal(run.code, 0)
  assert.deepEqual(parseJsonResults(run.stdout)[0].messages, [])
})

test('binary standard input is one line and exit 2', () => {
  const run = cli(['--stdin', '--stdin-filename', 'x.md'], {cwd: project, input: Buffer.from([0, 1, 2])})
  assert.equal(run.code, 2)
  assert.deepEqual(lines(run.stderr), ['attribution-lint: x.md: standard input is a binary file (it holds NUL bytes), not a text draft.'])
})

test('paths given with --stdin are said to be ignored', () => {
  const run = cli(['--stdin', 'other.md'], {cwd: project, input: drafts.clean})
  assert.equal(run.code, 2)
  assert.match(run.stderr, /with --stdin the draft comes from standard input; the paths given \(other\.md\) are not linted/)
})

test('--stdin-filename honours the ignore files: nothing is linted, and stderr says "file ignored"', () => {
  const folder = tempProject({'.attributionlintignore': 'archive/\n'})
  try {
    const run = cli(['--stdin', '--stdin-filename', 'archive/old.md', '--format', 'json'], {cwd: folder, input: drafts.warning})
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(parseJsonResults(run.stdout), [])
    assert.deepEqual(lines(run.stderr), ['attribution-lint: archive/old.md: file ignored, an ignore file or --ignore-pattern ignores it (--no-ignore lints it).'])
    const byPattern = cli(['--stdin', '--stdin-filename', 'draft.md', '--ignore-pattern', 'draft.md', '--format', 'json'], {cwd: folder, input: drafts.warning})
    assert.deepEqual(parseJsonResults(byPattern.stdout), [])
    const notIgnored = cli(['--stdin', '--stdin-filename', 'archive/old.md', '--no-ignore', '--format', 'json'], {cwd: folder, input: drafts.warning})
    assert.equal(notIgnored.code, 0)
    assert.deepEqual(parseJsonResults(notIgnored.stdout)[0].messages.map((message) => message.ruleId), ['unattributed-claim'])
  } finally {
    removeProject(folder)
  }
})

// Configuration as the CLI applies it: the file found from the draft's folder upward, --config,
// --no-config, --print-config, and --rule overrides on top.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {cli, drafts, lines, parseJsonResults, removeProject, tempProject} from './helpers.ts'

let project: string

// One draft with a warning (unattributed-claim) and an information (loaded-attribution-verb).
const draft = 'The council plans to cut the library budget.\n\nMayor Lena Dorsey claimed the budget was balanced.\n'

before(() => {
  project = tempProject({
    '.attributionlintrc.json': JSON.stringify({rules: {'unattributed-claim': 'error', 'loaded-attribution-verb': 'off'}}),
    'desk/metro/story.md': draft,
    'other/strict.json': JSON.stringify({rules: {'loaded-attribution-verb': 'error'}}),
    // A nearer configuration wins over the one further up, alone (no cascading).
    'desk/sports/.attributionlintrc.json': JSON.stringify({rules: {'unattributed-claim': 'off'}}),
    'desk/sports/story.md': draft
  })
})

after(() => removeProject(project))

/** `ruleId:severity` of each message, per draft. */
function findings(args: string[], cwd = project): string[][] {
  const run = cli(['--format', 'json', ...args], {cwd})
  assert.notEqual(run.code, 2, run.stderr)
  return parseJsonResults(run.stdout).map((result) => result.messages.map((message) => `${message.ruleId}:${message.severity}`))
}

test('the configuration is found in a parent folder of the draft', () => {
  assert.deepEqual(findings(['desk/metro/story.md']), [['unattributed-claim:2']])
  // The same file, whatever the working folder.
  assert.deepEqual(findings(['story.md'], join(project, 'desk/metro')), [['unattributed-claim:2']])
})

test('the nearest configuration wins', () => {
  assert.deepEqual(findings(['desk/sports/story.md']), [['loaded-attribution-verb:1']])
})

test('--rule overrides the file, rule by rule', () => {
  assert.deepEqual(findings(['--rule', 'unattributed-claim:warning', 'desk/metro/story.md']), [['unattributed-claim:1']])
  assert.deepEqual(findings(['--rule', 'loaded-attribution-verb:info', '--rule', 'unattributed-claim:off', 'desk/metro/story.md']), [['loaded-attribution-verb:1']])
  // The last --rule for a rule wins; ESLint's "warn" is understood.
  assert.deepEqual(findings(['--rule', 'unattributed-claim:off', '--rule', 'unattributed-claim:warn', 'desk/metro/story.md']), [['unattributed-claim:1']])
})

test('--rule decides the exit code', () => {
  assert.equal(cli(['desk/metro/story.md'], {cwd: project}).code, 1)
  assert.equal(cli(['--rule', 'unattributed-claim:warning', 'desk/metro/story.md'], {cwd: project}).code, 0)
})

test('--config uses that file and no other', () => {
  assert.deepEqual(findings(['--config', 'other/strict.json', 'desk/metro/story.md']), [['unattributed-claim:1', 'loaded-attribution-verb:2']])
})

test('--no-config uses the rules\' defaults', () => {
  assert.deepEqual(findings(['--no-config', 'desk/metro/story.md']), [['unattributed-claim:1', 'loaded-attribution-verb:1']])
})

test('--print-config prints the configuration that applies to a file, every rule resolved', () => {
  const run = cli(['--print-config', 'desk/metro/story.md', '--rule', 'vague-attribution:error'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
  const printed = JSON.parse(run.stdout) as {rules: Record<string, unknown>; words: unknown}
  assert.deepEqual(printed.rules, {
    'anonymous-source': 'info',
    'dangling-evidence': 'error',
    'loaded-attribution-verb': 'off',
    'missing-evidence': 'warning',
    'unattributed-claim': 'error',
    'unnamed-speaker': 'warning',
    'vague-attribution': 'error'
  })
  assert.deepEqual(printed.words, {})
  const none = JSON.parse(cli(['--print-config', 'desk/metro/story.md', '--no-config'], {cwd: project}).stdout) as {rules: Record<string, unknown>}
  assert.equal(none.rules['unattributed-claim'], 'warning')
})

test('a missing --config file is one line and exit 2, and the drafts are linted with the defaults', () => {
  const run = cli(['--format', 'json', '--config', 'nope.json', 'desk/metro/story.md'], {cwd: project})
  assert.equal(run.code, 2)
  assert.equal(lines(run.stderr).length, 1)
  assert.match(run.stderr, /^attribution-lint: nope\.json: there is no configuration file here/)
  assert.equal(parseJsonResults(run.stdout)[0].messages.length, 2)
})

test('a configuration problem is said once, however many drafts it governs', () => {
  const broken = tempProject({'.attributionlintrc.json': '{"rules": {"unattributed-claim": "loud"}}', 'a.md': drafts.warning, 'b.md': drafts.warning, 'c.md': drafts.warning})
  try {
    const run = cli(['--format', 'json'], {cwd: broken})
    assert.equal(run.code, 2)
    assert.equal(lines(run.stderr).length, 1, run.stderr)
    assert.match(run.stderr, /\.attributionlintrc\.json.*"loud"/)
    assert.equal(parseJsonResults(run.stdout).length, 3)
  } finally {
    removeProject(broken)
  }
})

test('word lists from the configuration reach the engine', () => {
  const words = tempProject({'.attributionlintrc.json': JSON.stringify({words: {claimMarkers: ['is tipped to']}}), 'a.md': 'The station is tipped to close next spring.\n'})
  try {
    assert.deepEqual(findings([], words), [['unattributed-claim:1']])
    assert.deepEqual(findings(['--no-config'], words), [[]])
  } finally {
    removeProject(words)
  }
})

test('a configuration with 100,000 words is cut to the cap, with one line that says so', () => {
  // Within the 1 MiB file cap: 100,000 short invented verbs.
  const cues = Array.from({length: 100_000}, (_, index) => `v${index.toString(36)}`)
  const folder = tempProject({'.attributionlintrc.json': JSON.stringify({words: {cues}}), 'story.md': 'Pundits say the pier will close.\n'})
  try {
    const run = cli(['--format', 'json', 'story.md'], {cwd: folder})
    assert.match(run.stderr, /Word list "cues" has 100,000 entries; only the first 2,000 are used\. Keep each word list under 2,000 entries\./)
    assert.equal(lines(run.stderr).filter((line) => line.includes('Word list')).length, 1, run.stderr)
    assert.deepEqual(parseJsonResults(run.stdout)[0].messages.map((message) => message.ruleId), ['vague-attribution'])
  } finally {
    removeProject(folder)
  }
})

// Bad input: each problem is one clear line on stderr with no stack trace, the run exits 2, and every
// other draft is still linted and reported.

import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {chmodSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test, type TestContext} from 'node:test'
import {ruleIds} from '../../server/src/engine/index.ts'
import {canRunAsNobody, cli, drafts, lines, nobody, parseJsonResults, removeProject, tempProject, writeFiles} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({'good.md': drafts.warning, 'clean.md': drafts.clean})
})

after(() => removeProject(project))

/** Runs with `good.md` beside the bad input and checks the shared contract; returns the one stderr line. */
function expectOneProblem(args: string[], cwd = project): string {
  const run = cli(['--format', 'json', ...args, 'good.md'], {cwd})
  assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`)
  const problems = lines(run.stderr)
  assert.equal(problems.length, 1, `one line on stderr, got:\n${run.stderr}`)
  assert.match(problems[0], /^attribution-lint: /)
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|node:internal/, 'no stack trace')
  const results = parseJsonResults(run.stdout)
  const good = results.find((result) => result.filePath === join(cwd, 'good.md'))
  assert.ok(good, 'the good draft is still reported')
  assert.deepEqual(good.messages.map((message) => message.ruleId), ['unattributed-claim'])
  return problems[0]
}

test('a missing path', () => {
  assert.equal(expectOneProblem(['nowhere/story.md']), 'attribution-lint: nowhere/story.md: no such file or folder; check the path.')
})

test('a glob that matches nothing', () => {
  assert.match(expectOneProblem(['stories/**/*.md']), /"stories\/\*\*\/\*\.md": no draft matches this pattern/)
})

/** A usage mistake: one line per mistake, exit 2, and nothing linted or reported. */
function expectUsageError(args: string[]): string[] {
  const run = cli(['good.md', ...args], {cwd: project})
  assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`)
  assert.equal(run.stdout, '', 'nothing is linted before the options are right')
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|node:internal/, 'no stack trace')
  return lines(run.stderr)
}

test('an unknown option stops the run before anything is linted, with a suggestion', () => {
  assert.deepEqual(expectUsageError(['--frmat', 'json']), ['attribution-lint: unknown option "--frmat" (did you mean "--format"?); see --help.'])
  assert.deepEqual(expectUsageError(['--max-warning=3']), ['attribution-lint: unknown option "--max-warning=3" (did you mean "--max-warnings"?); see --help.'])
  assert.deepEqual(expectUsageError(['-x']), ['attribution-lint: unknown option "-x"; see --help.'])
})

test('an option without its value is a usage error', () => {
  assert.deepEqual(expectUsageError(['--format']), ['attribution-lint: --format needs a value; see --help.'])
  assert.deepEqual(expectUsageError(['-f', '--quiet']), ['attribution-lint: -f needs a value (to give one that starts with "-", write --format=--quiet); see --help.'])
  assert.deepEqual(expectUsageError(['--quiet=yes']), ['attribution-lint: --quiet takes no value ("--quiet=yes").'])
})

test('a negative number is a value, not an option', () => {
  const run = cli(['--format', 'json', '--max-warnings', '-1', 'good.md'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
})

test('an unknown rule id lists the valid ones', () => {
  const [line] = expectUsageError(['--rule', 'unatributed-claim:off'])
  assert.match(line, /unknown rule "unatributed-claim" \(did you mean "unattributed-claim"\?\)/)
  for (const ruleId of ruleIds) assert.ok(line.includes(ruleId), `lists ${ruleId}`)
})

test('an unknown level in --rule', () => {
  assert.match(expectUsageError(['--rule', 'unattributed-claim:loud'])[0], /unknown level "loud"; use off, info, warning or error/)
})

test('an unknown format lists the valid ones, with a suggestion', () => {
  assert.deepEqual(expectUsageError(['--format', 'xml']), ['attribution-lint: --format "xml": unknown format; use one of stylish, json, sarif, github, compact, rdjsonl, markdown.'])
  assert.match(expectUsageError(['--format=jsn'])[0], /unknown format \(did you mean "json"\?\)/)
})

test('every usage mistake is said, one line each', () => {
  assert.deepEqual(expectUsageError(['--bogus', '--max-warnings', 'many', '--format']), [
    'attribution-lint: unknown option "--bogus"; see --help.',
    'attribution-lint: --max-warnings "many": give a whole number of warnings (0 fails on any warning).',
    'attribution-lint: --format needs a value; see --help.'
  ])
})

test('a binary file', () => {
  writeFiles(project, {'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])})
  assert.equal(expectOneProblem(['photo.md']), 'attribution-lint: photo.md: is a binary file (it holds NUL bytes), not a text draft.')
})

test('a non-UTF-8 file names where the first bad byte is', () => {
  // "café" in Latin-1 on line 2.
  writeFiles(project, {'latin1.md': Buffer.concat([Buffer.from('The council met.\nThe caf'), Buffer.from([0xe9]), Buffer.from(' closed.\n')])})
  assert.match(expectOneProblem(['latin1.md']), /^attribution-lint: latin1\.md: is not UTF-8 text \(byte 0xE9 at line 2, column 8;.*save it as UTF-8/)
})

test('a UTF-16 file', () => {
  writeFiles(project, {'utf16.md': Buffer.from('\uFEFFThe council plans to cut the budget.\n', 'utf16le')})
  assert.equal(expectOneProblem(['utf16.md']), 'attribution-lint: utf16.md: is UTF-16 text; save it as UTF-8 to lint it.')
})

test('a file over --max-file-size', () => {
  writeFiles(project, {'long.md': 'The council met on Tuesday. '.repeat(100)})
  assert.match(expectOneProblem(['--max-file-size', '1KB', 'long.md']), /^attribution-lint: long\.md: is 2\.7 KB, over the 1 KB limit for a draft; raise it with --max-file-size/)
})

test('a named pipe is refused without waiting for a writer', { skip: process.platform === 'win32' }, () => {
  execFileSync('mkfifo', [join(project, 'pipe.md')])
  assert.match(expectOneProblem(['pipe.md']), /pipe\.md: is not a regular file \(a named pipe\)/)
})

test('a symbolic link to nothing, and one that loops', { skip: process.platform === 'win32' }, () => {
  symlinkSync(join(project, 'gone.md'), join(project, 'dangling.md'))
  assert.match(expectOneProblem(['dangling.md']), /dangling\.md: is a symbolic link to a file that does not exist\./)
  symlinkSync(join(project, 'loop-b.md'), join(project, 'loop-a.md'))
  symlinkSync(join(project, 'loop-a.md'), join(project, 'loop-b.md'))
  assert.match(expectOneProblem(['loop-a.md']), /loop-a\.md: is a symbolic link that loops back on itself\./)
})

/**
 * A folder `name` in the project holding `files`, a readable good.md among them, where `locked` (a file
 * or a folder) may be read by no one; and the uid to run the CLI as. Root reads every file, so as root
 * the CLI runs as nobody, in a folder nobody may enter. Skips the test, and returns undefined, when
 * root cannot run it as nobody.
 */
function withLockedEntry(t: TestContext, name: string, files: Record<string, string>, locked: string): {folder: string; uid: number | undefined} | undefined {
  const asRoot = process.getuid?.() === 0
  if (asRoot && !canRunAsNobody()) {
    t.skip('running as root, and the checkout is not readable by nobody')
    return undefined
  }
  const folder = join(project, name)
  writeFiles(folder, files)
  chmodSync(project, 0o755)
  chmodSync(folder, 0o755)
  chmodSync(join(folder, 'good.md'), 0o644)
  chmodSync(join(folder, locked), 0o000)
  return {folder, uid: asRoot ? nobody : undefined}
}

test('an unreadable file', {skip: process.platform === 'win32'}, (t) => {
  const setup = withLockedEntry(t, 'unreadable', {'secret.md': drafts.warning, 'good.md': drafts.warning}, 'secret.md')
  if (!setup) return
  const {folder, uid} = setup
  const run = cli(['--format', 'json', 'secret.md', 'good.md'], {cwd: folder, uid})
  assert.equal(run.code, 2)
  assert.deepEqual(lines(run.stderr), ['attribution-lint: secret.md: cannot be read: permission denied.'])
  assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.messages.map((message) => message.ruleId)), [['unattributed-claim']])
})

test('a folder that cannot be listed', {skip: process.platform === 'win32'}, (t) => {
  const setup = withLockedEntry(t, 'closed-desk', {'good.md': drafts.warning, 'locked/story.md': drafts.warning}, 'locked')
  if (!setup) return
  const {folder, uid} = setup
  const run = cli(['--format', 'json', '.'], {cwd: folder, uid})
  chmodSync(join(folder, 'locked'), 0o755)
  assert.equal(run.code, 2)
  assert.deepEqual(lines(run.stderr), ['attribution-lint: locked: this folder cannot be listed: permission denied.'])
  assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath), [join(folder, 'good.md')])
})

test('a malformed configuration names the file and the position', () => {
  const folder = join(project, 'broken-config')
  writeFiles(folder, {'.attributionlintrc.json': '{\n  "rules": {\n    "unattributed-claim" "warning"\n  }\n}\n', 'good.md': drafts.warning})
  assert.match(expectOneProblem([], folder), /^attribution-lint: \.attributionlintrc\.json:3:26: .*not valid JSON/)
})

test('a configuration with an unknown rule', () => {
  const folder = join(project, 'unknown-rule-config')
  writeFiles(folder, {'.attributionlintrc.json': '{"rules": {"unnamed-speakers": "off"}}\n', 'good.md': drafts.warning})
  assert.match(expectOneProblem([], folder), /^attribution-lint: \.attributionlintrc\.json.*unnamed-speakers/)
})

test('several bad inputs: one line each, in order, and the good drafts still reported', () => {
  writeFiles(project, {'bin.md': Buffer.from([0, 1, 2, 3])})
  const run = cli(['--format', 'json', 'missing.md', 'bin.md', 'good.md', 'clean.md'], {cwd: project})
  assert.equal(run.code, 2)
  assert.deepEqual(lines(run.stderr), [
    'attribution-lint: missing.md: no such file or folder; check the path.',
    'attribution-lint: bin.md: is a binary file (it holds NUL bytes), not a text draft.'
  ])
  assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath), [join(project, 'good.md'), join(project, 'clean.md')])
})

test('a folder with bad files reports the readable drafts', () => {
  const folder = join(project, 'mixed')
  writeFiles(folder, {'a.md': drafts.warning, 'b.md': Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'c.md': drafts.error, 'd.txt': Buffer.from([0x41, 0xc3, 0x28])})
  const run = cli(['--format', 'json', 'mixed'], {cwd: project})
  assert.equal(run.code, 2)
  assert.deepEqual(lines(run.stderr).map((line) => line.replace(/:.*/, '')), ['attribution-lint', 'attribution-lint'])
  assert.match(run.stderr, /mixed\/b\.md: is UTF-16 text/)
  assert.match(run.stderr, /mixed\/d\.txt: is not UTF-8 text/)
  assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath.slice(folder.length + 1)), ['a.md', 'c.md'])
})

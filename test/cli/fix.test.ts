// --fix and --fix-dry-run from real runs: only the fixed words change (line endings, byte-order mark
// and mode kept), the re-lint no longer reports them, a dry run never writes, and nothing is ever
// written without --fix.

import assert from 'node:assert/strict'
import {chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {cli, drafts, parseJsonResults, removeProject, tempProject, writeFiles} from './helpers.ts'

let project: string

// A draft with three loaded verbs in two tenses and one problem no fix can touch.
const template = (claimed: string, insisted: string, admits: string, newline: string) =>
  [
    `Mayor Lena Dorsey ${claimed} the budget was balanced.`,
    '',
    `Councillor Ana Ruiz ${insisted} the library would stay open.`,
    '',
    'The council plans to cut the library budget.',
    '',
    `Treasurer Bo Lind ${admits} the figures are late.`,
    ''
  ].join(newline)
const loadedDraft = '\uFEFF' + template('claimed', 'insisted', 'admits', '\r\n')
const fixedDraft = '\uFEFF' + template('said', 'said', 'says', '\r\n')

before(() => {
  project = tempProject()
})

after(() => removeProject(project))

/** Every file under a folder with its bytes and modification time. */
function snapshot(folder: string): Map<string, {bytes: string; mtimeMs: number; mode: number}> {
  const files = new Map<string, {bytes: string; mtimeMs: number; mode: number}>()
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const stats = statSync(path)
    files.set(path, {bytes: readFileSync(path).toString('hex'), mtimeMs: stats.mtimeMs, mode: stats.mode})
  }
  return files
}

test('--fix replaces only the loaded verbs, keeping the BOM, CRLF line endings and the mode', () => {
  writeFiles(project, {'fix/story.md': loadedDraft, 'fix/clean.md': drafts.clean})
  const story = join(project, 'fix/story.md')
  chmodSync(story, 0o640)
  const cleanBefore = statSync(join(project, 'fix/clean.md'))

  const run = cli(['--fix', '--format', 'json', 'fix'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
  assert.equal(run.stderr, '')
  assert.equal(readFileSync(story).toString('hex'), Buffer.from(fixedDraft, 'utf8').toString('hex'))
  assert.equal(statSync(story).mode & 0o7777, 0o640)
  // What is left is reported, and the fixed text is in the result as ESLint does it.
  const [, result] = parseJsonResults(run.stdout)
  assert.deepEqual(result.messages.map((message) => message.ruleId), ['unattributed-claim'])
  assert.equal(result.output, fixedDraft)
  // A draft with nothing to fix is not rewritten.
  assert.equal(statSync(join(project, 'fix/clean.md')).mtimeMs, cleanBefore.mtimeMs)
  // No temporary file is left beside the draft.
  assert.deepEqual(readdirSync(join(project, 'fix')).sort(), ['clean.md', 'story.md'])

  const relint = cli(['--format', 'json', 'fix/story.md'], {cwd: project})
  assert.deepEqual(parseJsonResults(relint.stdout)[0].messages.map((message) => message.ruleId), ['unattributed-claim'])
})

test('--fix keeps LF drafts LF and an executable bit', () => {
  writeFiles(project, {'lf/story.txt': template('claimed', 'insisted', 'admits', '\n')})
  const story = join(project, 'lf/story.txt')
  chmodSync(story, 0o755)
  assert.equal(cli(['--fix', 'lf'], {cwd: project}).code, 0)
  assert.equal(readFileSync(story, 'utf8'), template('said', 'said', 'says', '\n'))
  assert.equal(statSync(story).mode & 0o7777, 0o755)
})

test('--fix through a symbolic link fixes the draft and keeps the link', {skip: process.platform === 'win32'}, () => {
  writeFiles(project, {'linked/real.md': drafts.info})
  symlinkSync('real.md', join(project, 'linked/alias.md'))
  assert.equal(cli(['--fix', 'linked/alias.md'], {cwd: project}).code, 0)
  assert.ok(lstatSync(join(project, 'linked/alias.md')).isSymbolicLink())
  assert.equal(readlinkSync(join(project, 'linked/alias.md')), 'real.md')
  assert.equal(readFileSync(join(project, 'linked/real.md'), 'utf8'), 'Mayor Lena Dorsey said the budget was balanced.\n')
})

test('--fix with --quiet fixes only what it reports: errors', () => {
  writeFiles(project, {'quiet/story.md': drafts.info})
  assert.equal(cli(['--fix', '--quiet', 'quiet'], {cwd: project}).code, 0)
  assert.equal(readFileSync(join(project, 'quiet/story.md'), 'utf8'), drafts.info)
})

test('--fix-dry-run writes nothing and puts the fixed text in the JSON output', () => {
  writeFiles(project, {'dry/story.md': loadedDraft})
  const snapshotBefore = snapshot(join(project, 'dry'))
  const run = cli(['--fix-dry-run', '--format', 'json', 'dry'], {cwd: project})
  assert.equal(run.code, 0)
  const [result] = parseJsonResults(run.stdout)
  assert.equal(result.output, fixedDraft)
  assert.deepEqual(result.messages.map((message) => message.ruleId), ['unattributed-claim'])
  assert.deepEqual(snapshot(join(project, 'dry')), snapshotBefore)
})

test('--fix-dry-run with --stdin prints the report; the fixed draft is only the JSON "output"', () => {
  const report = cli(['--stdin', '--stdin-filename', 'story.md', '--fix-dry-run', '--format', 'compact'], {cwd: project, input: loadedDraft})
  assert.equal(report.code, 0)
  assert.ok(!report.stdout.includes(fixedDraft), 'the draft itself is not printed as the report')
  const run = cli(['--stdin', '--stdin-filename', 'story.md', '--fix-dry-run', '--format', 'json'], {cwd: project, input: loadedDraft})
  assert.equal(run.code, 0)
  assert.equal(parseJsonResults(run.stdout)[0].output, fixedDraft)
  const unchanged = cli(['--stdin', '--fix-dry-run', '--format', 'json'], {cwd: project, input: drafts.warning})
  assert.equal(parseJsonResults(unchanged.stdout)[0].output, undefined)
  assert.equal(unchanged.code, 0)
})

test('--fix with --stdin writes nothing and says to use --fix-dry-run', () => {
  const run = cli(['--stdin', '--fix', '--format', 'json'], {cwd: project, input: drafts.info})
  assert.equal(run.code, 2)
  assert.match(run.stderr, /--fix cannot save standard input; use --fix-dry-run --format json/)
  assert.equal(parseJsonResults(run.stdout)[0].output, 'Mayor Lena Dorsey said the budget was balanced.\n')
})

test('no draft is written without --fix, whatever else is asked', () => {
  writeFiles(project, {'untouched/story.md': loadedDraft, 'untouched/notes.txt': drafts.info, 'untouched/sub/other.draft': drafts.error})
  const folder = join(project, 'untouched')
  const snapshotBefore = snapshot(folder)
  const runs = [
    [],
    ['--format', 'json'],
    ['--format', 'sarif'],
    ['--format', 'github'],
    ['--format', 'compact'],
    ['--report', 'sources'],
    ['--report', 'sources', '--format', 'json'],
    ['--fix-dry-run'],
    ['--fix-dry-run', '--format', 'json'],
    ['--fix', '--fix-dry-run'],
    ['--print-config', 'story.md'],
    ['--list-rules'],
    ['--concurrency', '2']
  ]
  for (const args of runs) {
    cli([...args], {cwd: folder})
    assert.deepEqual(snapshot(folder), snapshotBefore, `after ${args.join(' ') || 'a plain run'}`)
  }
})

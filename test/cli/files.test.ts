// Which drafts a run lints: files, folders (by extension), quoted globs, ignore files, node_modules,
// --ignore-pattern, --no-ignore and --ext; always in a stable order.

import assert from 'node:assert/strict'
import {symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {cli, drafts, lines, parseJsonResults, removeProject, tempProject, writeFiles} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({
    'a.md': drafts.warning,
    'b.markdown': drafts.warning,
    'c.txt': drafts.warning,
    'd.draft': drafts.warning,
    'notes.rst': drafts.warning,
    'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'desk/z.md': drafts.warning,
    'desk/archive/old.md': drafts.warning,
    'desk/archive/keep.md': drafts.warning,
    'desk/wip/tmp.md': drafts.warning,
    'desk/.attributionlintignore': 'archive/\n!archive/keep.md\n',
    '.gitignore': 'desk/wip/\n*.draft\n',
    'node_modules/pkg/README.md': drafts.warning,
    '.github/PULL_REQUEST_TEMPLATE.md': drafts.warning,
    'nested/deeper/e.md': drafts.warning
  })
})

after(() => removeProject(project))

/** The drafts a run reported, relative to the project. */
function linted(args: string[], cwd = project): string[] {
  const run = cli(['--format', 'json', ...args], {cwd})
  assert.notEqual(run.code, 2, run.stderr)
  return parseJsonResults(run.stdout).map((result) => result.filePath.slice(project.length + 1))
}

test('with no path, the current folder: draft extensions only, ignore files honoured, node_modules and dot folders skipped', () => {
  assert.deepEqual(linted([]), ['a.md', 'b.markdown', 'c.txt', 'desk/z.md', 'nested/deeper/e.md'])
})

test('a folder given by name is searched the same way, in sorted order', () => {
  assert.deepEqual(linted(['nested', 'desk']), ['nested/deeper/e.md', 'desk/z.md'])
})

test('an ignore file in a subfolder applies below it; a folder it ignores stays ignored, as in git', () => {
  // "!archive/keep.md" cannot bring back a file inside the ignored "archive/" folder.
  assert.ok(!linted(['desk']).includes('desk/archive/keep.md'))
  // "archive/*" ignores the files, not the folder, so a later "!" brings one back.
  const other = tempProject({'desk/archive/old.md': drafts.warning, 'desk/archive/keep.md': drafts.warning, 'desk/.attributionlintignore': 'archive/*\n!archive/keep.md\n'})
  try {
    const run = cli(['--format', 'json'], {cwd: other})
    assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath), [join(other, 'desk/archive/keep.md')])
  } finally {
    removeProject(other)
  }
})

test('quoted globs expand to drafts, sorted, without what ignore files skip', () => {
  assert.deepEqual(linted(['**/*.md']), ['a.md', 'desk/z.md', 'nested/deeper/e.md'])
  assert.deepEqual(linted(['*.{md,txt}']), ['a.md', 'c.txt'])
})

test('a file named on the command line is linted whatever its extension', () => {
  assert.deepEqual(linted(['notes.rst', 'a.md']), ['notes.rst', 'a.md'])
})

test('a file named on the command line that an ignore file skips is skipped, with a note that does not fail the run', () => {
  const run = cli(['--format', 'json', 'd.draft', 'a.md'], {cwd: project})
  assert.equal(run.code, 0)
  assert.deepEqual(lines(run.stderr), ['attribution-lint: d.draft: skipped, an ignore file or --ignore-pattern ignores it (--no-ignore lints it).'])
  assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath), [join(project, 'a.md')])
})

test('--ignore-pattern adds patterns; --no-ignore reads no ignore file', () => {
  assert.deepEqual(linted(['--ignore-pattern', 'nested/', '--ignore-pattern', '*.txt']), ['a.md', 'b.markdown', 'desk/z.md'])
  assert.deepEqual(linted(['--no-ignore', 'desk']), ['desk/archive/keep.md', 'desk/archive/old.md', 'desk/wip/tmp.md', 'desk/z.md'])
})

test('--ext changes the extensions folders are searched for', () => {
  assert.deepEqual(linted(['--ext', 'rst,txt']), ['c.txt', 'notes.rst'])
  assert.deepEqual(linted(['--ext', '.md']), ['a.md', 'desk/z.md', 'nested/deeper/e.md'])
})

test('each draft is linted once, in the order of the arguments', () => {
  assert.deepEqual(linted(['c.txt', '.', 'a.md']), ['c.txt', 'a.md', 'b.markdown', 'desk/z.md', 'nested/deeper/e.md'])
})

test('a symbolic link that loops back to a parent folder is not followed forever', {skip: process.platform === 'win32'}, () => {
  const folder = join(project, 'looped')
  writeFiles(folder, {'inner/f.md': drafts.warning})
  symlinkSync(folder, join(folder, 'inner', 'back'))
  assert.deepEqual(linted(['looped']), ['looped/inner/f.md'])
})

test('drafts outside the working folder are found by relative paths', () => {
  assert.deepEqual(linted(['../deeper/e.md', '../../a.md'], join(project, 'nested/deeper')), ['nested/deeper/e.md', 'a.md'])
})

test('a run that finds no drafts exits 2 with "No drafts found", unless --no-error-on-unmatched-pattern', () => {
  const empty = tempProject({'notes.rst': drafts.warning, 'only-ignored/a.md': drafts.warning, '.attributionlintignore': 'only-ignored/\n'})
  try {
    for (const args of [[], ['only-ignored'], ['only-ignored/a.md'], ['--ext', 'draft']]) {
      const run = cli(['--format', 'json', ...args], {cwd: empty})
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`)
      assert.match(run.stderr, /No drafts found in .*; check the paths, or add --no-error-on-unmatched-pattern/)
      const allowed = cli(['--format', 'json', '--no-error-on-unmatched-pattern', ...args], {cwd: empty})
      assert.equal(allowed.code, 0, `${args.join(' ')} with the flag: ${allowed.stderr}`)
      assert.equal(allowed.stdout, '[]\n')
    }
    // A glob with no match is said, and allowed with the flag; a missing path stays an error.
    assert.match(cli(['stories/*.md'], {cwd: empty}).stderr, /"stories\/\*\.md": no draft matches this pattern/)
    assert.equal(cli(['--no-error-on-unmatched-pattern', 'stories/*.md'], {cwd: empty}).code, 0)
    assert.equal(cli(['--no-error-on-unmatched-pattern', 'missing.md'], {cwd: empty}).code, 2)
  } finally {
    removeProject(empty)
  }
})

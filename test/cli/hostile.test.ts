// A story repository that tries to hang, exhaust or fool the command line (issue 12). Git can commit
// a symlink to /dev/zero or a link that leads nowhere, so a pull request can hold any of these.
// Real CLI processes in temporary folders.

import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {cli, lines, parseJsonResults, removeProject, tempProject} from './helpers.ts'

const story = 'The council plans to cut the library budget.\n'

test('ignore files that are a pipe, a link to /dev/zero or too large are refused in one line each; the run goes on', () => {
  const folder = tempProject({
    'a/story.md': story,
    'b/story.md': story,
    // Over 1 MiB: a file of comments, and a pattern that would ignore the story.
    'c/.gitignore': `${'# a comment line of an ignore file\n'.repeat(40_000)}story.md\n`,
    'c/story.md': story
  })
  try {
    execFileSync('mkfifo', [join(folder, 'a', '.gitignore')])
    symlinkSync('/dev/zero', join(folder, 'b', '.attributionlintignore'))
    const run = cli(['--format', 'json', '.'], {cwd: folder})
    assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath.slice(folder.length + 1)), ['a/story.md', 'b/story.md', 'c/story.md'])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(lines(run.stderr), [
      'attribution-lint: a/.gitignore: this is not a regular file (a device, pipe or socket), so it was not read; replace it with a text file of patterns.',
      'attribution-lint: b/.attributionlintignore: this is not a regular file (a device, pipe or socket), so it was not read; replace it with a text file of patterns.',
      'attribution-lint: c/.gitignore: this file is 1367 KiB, too large to be an ignore file, so it was not read; check that it is the right file.'
    ])
  } finally {
    removeProject(folder)
  }
})

test('a dangling or self-looping link inside a folder is skipped with a warning; named on the command line it is an error', () => {
  const folder = tempProject({'desk/story.md': story})
  try {
    symlinkSync('gone.md', join(folder, 'desk', 'dangling.md'))
    symlinkSync('loop.md', join(folder, 'desk', 'loop.md'))
    const run = cli(['--format', 'json', 'desk'], {cwd: folder})
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(parseJsonResults(run.stdout).map((result) => result.filePath.slice(folder.length + 1)), ['desk/story.md'])
    assert.deepEqual(lines(run.stderr), [
      'attribution-lint: desk/dangling.md: skipped, it is a symbolic link to a file that does not exist.',
      'attribution-lint: desk/loop.md: skipped, it is a symbolic link that loops back on itself.'
    ])
    const named = cli(['desk/dangling.md'], {cwd: folder})
    assert.equal(named.code, 2)
    assert.match(named.stderr, /desk\/dangling\.md: is a symbolic link to a file that does not exist/)
  } finally {
    removeProject(folder)
  }
})

test('terminal escape sequences in a footnote label and in file names are shown, not obeyed, in stylish and compact', () => {
  const erase = '\x1b[2K\x1b[1A'
  const title = '\x1b]0;pwned\x07'
  const folder = tempProject({
    [`st${title}ory.md`]: `The fund grew by a third, the report says.[^a${erase}]\n`,
    'fake\nline.md': 'The council plans to cut the library budget.\n'
  })
  try {
    for (const format of ['stylish', 'compact']) {
      const run = cli(['--format', format, '.'], {cwd: folder})
      assert.equal(run.code, 1, run.stderr)
      // No control character but the line breaks between lines reaches the terminal.
      assert.doesNotMatch(run.stdout.replaceAll('\n', ''), /[\x00-\x08\x0a-\x1f\x7f-\x9f]/, `${format}: ${JSON.stringify(run.stdout)}`)
      assert.ok(run.stdout.includes('The footnote “a\\x1b[2K\\x1b[1A” has no definition.'), `${format}: ${run.stdout}`)
      assert.ok(run.stdout.includes('st\\x1b]0;pwned\\x07ory.md'), `${format}: ${run.stdout}`)
      assert.ok(run.stdout.includes('fake\\nline.md'), `${format}: ${run.stdout}`)
    }
    // Compact: one line per finding, none made by a file name.
    const compact = lines(cli(['--format', 'compact', '.'], {cwd: folder}).stdout)
    assert.ok(compact.filter((line) => line.includes(': line ')).every((line) => /^(fake\\nline\.md|st\\x1b\]0;pwned\\x07ory\.md): line \d+, col \d+, /.test(line)), compact.join('\n'))
    // And on standard error: the same file named as missing.
    const missing = cli([`gone${erase}.md`], {cwd: folder})
    assert.equal(missing.code, 2)
    assert.ok(missing.stderr.includes('gone\\x1b[2K\\x1b[1A.md'), missing.stderr)
    assert.doesNotMatch(missing.stderr.replaceAll('\n', ''), /\x1b/)
  } finally {
    removeProject(folder)
  }
})

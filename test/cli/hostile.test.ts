// A story repository that tries to hang, exhaust or fool the command line (issue 12). Git can commit
// a symlink to /dev/zero or a link that leads nowhere, so a pull request can hold any of these.
// Real CLI processes in temporary folders.

import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, chownSync, readdirSync, readFileSync, statSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {canRunAsNobody, cli, cliPath, ensureBuilt, lines, nobody, parseJsonResults, removeProject, tempProject} from './helpers.ts'

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

const loaded = 'Mayor Lena Dorsey claimed the budget was balanced.\n'
const fixed = 'Mayor Lena Dorsey said the budget was balanced.\n'

test('--fix leaves a read-only draft and a link to outside the folders alone, says so, and exits 2', () => {
  const folder = tempProject({'desk/read-only.md': loaded, 'desk/plain.md': loaded, 'elsewhere/real.md': loaded})
  try {
    chmodSync(join(folder, 'desk/read-only.md'), 0o444)
    symlinkSync('../elsewhere/real.md', join(folder, 'desk/link.md'))
    const run = cli(['--fix', 'desk'], {cwd: folder})
    assert.equal(run.code, 2, run.stderr)
    assert.deepEqual(lines(run.stderr), [
      'attribution-lint: desk/link.md: is a link to ' + join(folder, 'elsewhere/real.md') + ', outside the folders being linted; skipped, not fixed (run --fix on that file itself).',
      'attribution-lint: desk/read-only.md: is read-only for you (its permissions or its owner); not fixed. Make it writable to fix it.'
    ])
    assert.equal(readFileSync(join(folder, 'desk/read-only.md'), 'utf8'), loaded)
    assert.equal(statSync(join(folder, 'desk/read-only.md')).mode & 0o777, 0o444)
    assert.equal(readFileSync(join(folder, 'elsewhere/real.md'), 'utf8'), loaded)
    assert.equal(readFileSync(join(folder, 'desk/plain.md'), 'utf8'), fixed)
    // Named itself, the file the link leads to is fixed.
    assert.equal(cli(['--fix', 'elsewhere'], {cwd: folder}).code, 0)
    assert.equal(readFileSync(join(folder, 'elsewhere/real.md'), 'utf8'), fixed)
  } finally {
    removeProject(folder)
  }
})

test('--fix as another user does not replace a draft it may not write, in a folder it may write', (t) => {
  if (!canRunAsNobody()) return t.skip('needs root, to run the CLI as nobody')
  const folder = tempProject({'desk/theirs.md': loaded})
  try {
    chmodSync(folder, 0o777)
    chmodSync(join(folder, 'desk'), 0o777)
    chmodSync(join(folder, 'desk/theirs.md'), 0o644)
    const run = cli(['--fix', 'desk'], {cwd: folder, uid: nobody})
    assert.equal(run.code, 2, run.stderr)
    assert.match(run.stderr, /desk\/theirs\.md: is read-only for you/)
    const after = statSync(join(folder, 'desk/theirs.md'))
    assert.deepEqual([after.uid, after.gid, readFileSync(join(folder, 'desk/theirs.md'), 'utf8')], [0, 0, loaded])
    // Writable by nobody, but owned by root: a fixed copy could not keep its owner.
    chmodSync(join(folder, 'desk/theirs.md'), 0o666)
    const shared = cli(['--fix', 'desk'], {cwd: folder, uid: nobody})
    assert.equal(shared.code, 2, shared.stderr)
    assert.match(shared.stderr, /desk\/theirs\.md: belongs to another user or group/)
    assert.equal(statSync(join(folder, 'desk/theirs.md')).uid, 0)
  } finally {
    chownSync(folder, 0, 0)
    removeProject(folder)
  }
})

/** Starts `--fix` on `folder` and signals it once the first draft is fixed; resolves with how it ended. */
function interruptFix(folder: string, names: string[], signal: NodeJS.Signals): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
  ensureBuilt()
  const child = spawn(process.execPath, [cliPath, '--fix', '--format', 'json', '.'], {cwd: folder, stdio: 'ignore'})
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      // Signalled in the middle: as soon as the first draft is fixed, or at once when the run is already over.
      if (readFileSync(join(folder, names[0]), 'utf8') === fixed || child.exitCode !== null) {
        clearInterval(poll)
        child.kill(signal)
      }
    }, 5)
    child.once('exit', (code, received) => {
      clearInterval(poll)
      resolve({code, signal: received})
    })
  })
}

function draftsAndTemporaries(folder: string, names: string[]) {
  const texts = names.map((name) => readFileSync(join(folder, name), 'utf8'))
  return {
    lostOrTruncated: texts.filter((text) => text !== loaded && text !== fixed).length,
    fixed: texts.filter((text) => text === fixed).length,
    temporaries: readdirSync(folder).filter((name) => name.endsWith('.tmp'))
  }
}

test('kill -9 in the middle of --fix on 2,000 drafts loses or truncates none; the next run removes its temporary file', async () => {
  const names = Array.from({length: 2000}, (_, index) => `story-${String(index).padStart(4, '0')}.md`)
  const folder = tempProject(Object.fromEntries(names.map((name) => [name, loaded])))
  try {
    await interruptFix(folder, names, 'SIGKILL')
    const killed = draftsAndTemporaries(folder, names)
    assert.equal(killed.lostOrTruncated, 0)
    assert.ok(killed.temporaries.length <= 1, killed.temporaries.join(', '))
    const again = cli(['--fix', '.'], {cwd: folder})
    assert.equal(again.code, 0, again.stderr)
    assert.deepEqual(draftsAndTemporaries(folder, names), {lostOrTruncated: 0, fixed: 2000, temporaries: []})
  } finally {
    removeProject(folder)
  }
})

test('SIGTERM in the middle of --fix stops between two drafts, with no temporary file left', async () => {
  const names = Array.from({length: 500}, (_, index) => `story-${String(index).padStart(3, '0')}.md`)
  const folder = tempProject(Object.fromEntries(names.map((name) => [name, loaded])))
  try {
    const ended = await interruptFix(folder, names, 'SIGTERM')
    assert.ok(ended.code === 143 || ended.code === 0, JSON.stringify(ended))
    const after = draftsAndTemporaries(folder, names)
    assert.equal(after.lostOrTruncated, 0)
    assert.deepEqual(after.temporaries, [])
  } finally {
    removeProject(folder)
  }
})

test('a reader that goes away (| head) ends the run quietly, with its own exit code', async () => {
  // Thousands of findings: a report of megabytes, far more than a pipe holds.
  const folder = tempProject({'long.md': 'The council plans to cut jobs.\n\n'.repeat(20_000)})
  try {
    ensureBuilt()
    const child = spawn(process.execPath, [cliPath, '--format', 'json', 'long.md'], {cwd: folder, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // As head does: read the first bytes, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
    assert.equal(stderr, '')
    assert.equal(code, 0, 'warnings only: the exit code of the run')
  } finally {
    removeProject(folder)
  }
})

test('--output-file under a folder that cannot be made fails at once, and the report goes to standard output', () => {
  const folder = tempProject({'story.md': story})
  try {
    const run = cli(['--format', 'json', '-o', '/proc/nope/report.json', 'story.md'], {cwd: folder})
    assert.equal(run.code, 2)
    assert.deepEqual(lines(run.stderr), ['attribution-lint: --output-file /proc/nope/report.json: the report cannot be written there (ENOENT); it is on standard output instead.'])
    assert.equal(parseJsonResults(run.stdout).length, 1)
  } finally {
    removeProject(folder)
  }
})

test('--max-file-size above the ceiling is refused in one line, before anything is read', () => {
  const folder = tempProject({'story.md': story})
  try {
    const run = cli(['--max-file-size', '300MB', 'story.md'], {cwd: folder})
    assert.equal(run.code, 2)
    assert.equal(run.stdout, '')
    assert.deepEqual(lines(run.stderr), ['attribution-lint: --max-file-size "300MB": the largest draft Attribution Lint can check is 20MB (more would exhaust its memory); split the file, or give 20MB or less.'])
    assert.equal(cli(['--max-file-size', '20MB', 'story.md'], {cwd: folder}).code, 0)
  } finally {
    removeProject(folder)
  }
})

// Many drafts on worker threads: the same report, in the same order, as on one thread.

import assert from 'node:assert/strict'
import {after, before, test} from 'node:test'
import {cli, drafts, removeProject, tempProject} from './helpers.ts'

let project: string

before(() => {
  const files: Record<string, string> = {}
  const kinds = Object.values(drafts)
  // Names whose sorted order differs from the order of creation and of sizes.
  for (let index = 0; index < 60; index++) files[`desk-${(index * 37) % 60}/story-${index}.md`] = kinds[index % kinds.length].repeat(1 + (index % 5))
  files['bad.md'] = '\u0000binary'
  project = tempProject(files)
})

after(() => removeProject(project))

test('--concurrency 2 gives byte-identical output and exit code to one thread', () => {
  for (const format of ['json', 'stylish', 'sarif']) {
    const single = cli(['--format', format, '--concurrency', 'off'], {cwd: project})
    const threaded = cli(['--format', format, '--concurrency', '2'], {cwd: project})
    assert.equal(threaded.stdout, single.stdout, format)
    assert.equal(threaded.stderr, single.stderr, format)
    assert.equal(threaded.code, single.code)
    assert.equal(single.code, 2, 'the binary file is a problem on either path')
  }
})

test('--fix on worker threads fixes every draft', () => {
  const fixed = cli(['--fix', '--concurrency', '2', '--format', 'json'], {cwd: project})
  assert.ok(!fixed.stdout.includes('loaded-attribution-verb'))
  const again = cli(['--format', 'json', '--concurrency', 'off'], {cwd: project})
  assert.ok(!again.stdout.includes('loaded-attribution-verb'))
})

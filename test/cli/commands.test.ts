// --help, --version and --list-rules.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {rules} from '../../server/src/engine/index.ts'
import {cli, removeProject, root, tempProject} from './helpers.ts'

let project: string

before(() => {
  project = tempProject()
})

after(() => removeProject(project))

test('--version prints the package version', () => {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
  for (const flag of ['--version', '-v']) assert.deepEqual(cli([flag], {cwd: project}), {code: 0, stdout: `${version}\n`, stderr: ''})
})

test('--help lists every option, the exit codes and examples', () => {
  const run = cli(['--help'], {cwd: project})
  assert.equal(run.code, 0)
  for (const option of ['--format', '--output-file', '--max-warnings', '--quiet', '--rule', '--config', '--no-config', '--print-config', '--stdin', '--stdin-filename', '--list-rules', '--report', '--fix', '--fix-dry-run', '--ext', '--ignore-pattern', '--no-ignore', '--max-file-size', '--concurrency', '--version']) {
    assert.ok(run.stdout.includes(option), option)
  }
  assert.match(run.stdout, /Exit codes\n\s+0 .*\n\s+1 .*\n\s+2 /)
  assert.match(run.stdout, /Examples\n\s+attribution-lint /)
})

test('--list-rules lists the seven rules with their default levels', () => {
  const run = cli(['--list-rules'], {cwd: project})
  assert.equal(run.code, 0)
  const listed = run.stdout.trimEnd().split('\n')
  assert.equal(listed.length, 7)
  for (const {meta} of rules) assert.ok(listed.some((line) => new RegExp(`^${meta.id}\\s+${meta.defaultSeverity}\\s+\\S`).test(line)), meta.id)
})

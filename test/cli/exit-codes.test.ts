// Exit codes as CI reads them: 0 clean or within --max-warnings, 1 errors or too many warnings,
// 2 usage, configuration or file problems (tested with each bad input in bad-input.test.ts).

import assert from 'node:assert/strict'
import {after, before, test} from 'node:test'
import {spawnSync} from 'node:child_process'
import {cli, cliPath, drafts, lines, parseJsonResults, removeProject, tempProject} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({'clean.md': drafts.clean, 'warning.md': drafts.warning, 'error.md': drafts.error, 'info.md': drafts.info})
})

after(() => removeProject(project))

const cases: Array<[string, string[], number]> = [
  ['a clean draft', ['clean.md'], 0],
  ['warnings only', ['warning.md'], 0],
  ['information only', ['info.md'], 0],
  ['an error', ['error.md'], 1],
  ['an error among clean drafts', ['clean.md', 'error.md', 'warning.md'], 1],
  ['warnings within --max-warnings', ['warning.md', '--max-warnings', '1'], 0],
  ['more warnings than --max-warnings', ['warning.md', '--max-warnings', '0'], 1],
  ['--max-warnings=0 in one argument', ['warning.md', '--max-warnings=0'], 1],
  ['--max-warnings -1 means no limit', ['warning.md', '--max-warnings', '-1'], 0],
  ['information never counts as a warning', ['info.md', '--max-warnings', '0'], 0],
  ['an error set to warning by --rule', ['error.md', '--rule', 'dangling-evidence:warning'], 0],
  ['a warning set to error by --rule', ['warning.md', '--rule', 'unattributed-claim:error'], 1],
  ['--quiet still fails on errors', ['error.md', '--quiet'], 1],
  ['--quiet with --max-warnings still counts warnings', ['warning.md', '--quiet', '--max-warnings', '0'], 1]
]

for (const [name, args, code] of cases) {
  test(`exit ${code}: ${name}`, () => {
    const run = cli(args, {cwd: project})
    assert.equal(run.code, code, run.stdout + run.stderr)
  })
}

test('too many warnings is said on stderr in one line', () => {
  const run = cli(['warning.md', '--max-warnings', '0'], {cwd: project})
  assert.deepEqual(lines(run.stderr), ['attribution-lint: 1 warning, more than --max-warnings 0 allows.'])
})

test('--quiet reports errors only', () => {
  const run = cli(['--format', 'json', '--quiet', 'error.md', 'warning.md', 'info.md'], {cwd: project})
  const results = parseJsonResults(run.stdout)
  assert.deepEqual(results.map((result) => result.messages.map((message) => message.ruleId)), [['dangling-evidence'], [], []])
})

// The package's bin runs as a program (its shebang), as `npx attribution-lint` and a CI step run it,
// not only through `node`.
test('the built command line runs on its own and exits as it does through node', () => {
  const run = spawnSync(cliPath, ['error.md'], {cwd: project, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  assert.equal(run.error, undefined, `could not run ${cliPath}: ${run.error?.message}`)
  assert.equal(run.status, 1)
})

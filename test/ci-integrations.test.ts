// The pre-commit hook (.pre-commit-hooks.yaml) and the GitHub Action (action.yml). The hook was
// tried for real with Debian's pre-commit 3.0.4 and with 4.6.2 (`pre-commit try-repo` on a story
// repository); here its definition is checked. The action's shell steps run as a runner would run
// them (inputs as INPUT_* variables, GITHUB_ACTION_PATH, GITHUB_OUTPUT), in a story repository, with
// attribution-lint from a tarball packed here in place of the registry, and npm offline. A malformed
// input stops the first step with one clear line, before anything is installed.

import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {parse} from 'yaml'
import {offlineNpmEnv, packPackage, root} from './pack.ts'

interface Step {
  name: string
  id?: string
  shell?: string
  env?: Record<string, string>
  run?: string
  uses?: string
  if?: string
  with?: Record<string, string>
}
interface Action {
  inputs: Record<string, {description: string; default?: string}>
  runs: {using: string; steps: Step[]}
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action
let work: string
let tarball: string
let stories: string

before(() => {
  work = mkdtempSync(join(tmpdir(), 'attribution-lint-action-'))
  tarball = packPackage(work).tarball
  stories = join(work, 'stories-repo')
  mkdirSync(join(stories, 'stories'), {recursive: true})
  writeFileSync(join(stories, 'stories', 'port.md'), 'The council plans to cut the library budget.\n')
  writeFileSync(join(stories, 'stories', 'clean.md'), 'The council met on Tuesday.\n')
})
after(() => rmSync(work, {recursive: true, force: true}))

interface StepRun {
  step: string
  status: number | null
  output: string
}

/** Runs the action's shell steps in order with these inputs, stopping at the first that fails, as a runner does. */
function runAction(inputs: Record<string, string>): {steps: StepRun[]; outputs: Record<string, string>} {
  const values: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) values[name] = inputs[name] ?? input.default ?? ''
  const outputFile = join(work, `output-${Math.random().toString(36).slice(2)}`)
  writeFileSync(outputFile, '')
  const steps: StepRun[] = []
  for (const step of action.runs.steps) {
    if (!step.run) continue
    const env: Record<string, string> = {...(process.env as Record<string, string>), ...offlineNpmEnv(work), GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: work}
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input] ?? '')
    const result = spawnSync(step.shell ?? 'bash', ['-e', '-c', step.run], {cwd: stories, env, encoding: 'utf8', timeout: 300_000})
    steps.push({step: step.name, status: result.status, output: result.stdout + result.stderr})
    if (result.status !== 0) break
  }
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
  return {steps, outputs}
}

test('action.yml is a composite action with the inputs the README shows, and uploads SARIF with codeql-action', () => {
  assert.equal(action.runs.using, 'composite')
  assert.deepEqual(Object.keys(action.inputs).sort(), ['annotations', 'format', 'max-warnings', 'paths', 'sarif', 'version'])
  const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))
  assert.ok(upload, 'an upload-sarif step')
  assert.match(upload.if ?? '', /always\(\)/, 'uploads when the drafts have errors too')
})

test('the lint step prints the report and annotations, from the tarball, with npm offline', () => {
  const {steps} = runAction({paths: 'stories/', version: tarball})
  assert.deepEqual(steps.map((step) => step.status), [0, 0], steps.map((step) => step.output).join('\n'))
  const log = steps[1].output
  assert.match(log, /stories\/port\.md\n\s+1:\d+\s+warning\s+.*unattributed-claim/)
  assert.match(log, /^::warning file=stories\/port\.md,line=1,/m)
})

test('max-warnings 0 fails the step on a warning; annotations false prints none', () => {
  const {steps} = runAction({paths: 'stories/port.md\nstories/clean.md', version: tarball, 'max-warnings': '0', annotations: 'false'})
  assert.equal(steps.at(-1)?.status, 1)
  assert.match(steps.at(-1)!.output, /more than --max-warnings 0 allows/)
  assert.doesNotMatch(steps.at(-1)!.output, /^::warning/m)
})

test('sarif true writes a SARIF file and names it as the step output the upload reads', () => {
  const {steps, outputs} = runAction({paths: 'stories/', version: tarball, sarif: 'true', annotations: 'false'})
  assert.equal(steps.at(-1)?.status, 0, steps.at(-1)?.output)
  assert.ok(outputs['sarif-file'], 'sarif-file output')
  const log = JSON.parse(readFileSync(outputs['sarif-file'], 'utf8')) as {version: string; runs: Array<{results: Array<{ruleId: string}>}>}
  assert.equal(log.version, '2.1.0')
  assert.deepEqual(log.runs[0].results.map((result) => result.ruleId), ['unattributed-claim'])
})

test('a malformed input fails the first step with one clear line, before anything is installed', () => {
  for (const [inputs, message] of [
    [{'max-warnings': 'many'}, /::error title=attribution-lint action::the input max-warnings is "many"; give a whole number/],
    [{format: 'xml'}, /the input format is "xml"; use one of: stylish, compact, json, markdown, github, rdjsonl/],
    [{sarif: 'yes'}, /the input sarif is "yes"; write true or false/],
    [{paths: '  '}, /the input paths is empty/],
    [{version: '1.0; rm -rf ~'}, /the input version is "1\.0; rm -rf ~"/]
  ] as const) {
    const {steps} = runAction({version: tarball, ...inputs})
    assert.equal(steps.length, 1, `stops at the check: ${JSON.stringify(inputs)}`)
    assert.equal(steps[0].status, 1)
    assert.match(steps[0].output, message)
    assert.equal(steps[0].output.trim().split('\n').length, 1, steps[0].output)
  }
})

test('.pre-commit-hooks.yaml: one node hook for drafts, which lets a commit with no draft pass', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{id: string; entry: string; language: string; files: string; args?: string[]}>
  assert.equal(hooks.length, 1)
  const [hook] = hooks
  assert.equal(hook.id, 'attribution-lint')
  assert.equal(hook.language, 'node')
  assert.equal(hook.entry, 'attribution-lint')
  const files = new RegExp(hook.files)
  for (const name of ['stories/port.md', 'a.markdown', 'notes/desk.txt', 'x/y.draft']) assert.match(name, files)
  for (const name of ['tool.py', 'README.rst', 'story.md.bak', 'drafts.json']) assert.doesNotMatch(name, files)
  assert.ok(hook.args?.includes('--no-error-on-unmatched-pattern'))
})

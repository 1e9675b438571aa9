// The lint scheduler on its own, with the built server as its worker: a lint's details are fetched
// by its name and only while it is the draft's latest, the workspace check keeps nothing, a closed
// draft is forgotten, and when the worker dies the details are worked out on the main thread.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {Worker} from 'node:worker_threads'
import type {LintJob} from '../../server/src/lsp/worker-messages.ts'
import {Linter} from '../../server/src/lsp/linter.ts'
import {serverScript} from './client.ts'

const ruiz = '“We will not reopen the branch this year,” Ruiz said.\n'
const sousa = '“The pier stays closed until the spring storms are over,” harbour master Lena Sousa said.\n'

function job(text: string, keep = true): LintJob {
  return {text, format: 'markdown', configuration: {rules: {}, words: {}}, keep}
}

function start(t: {after: (fn: () => void) => void}, threaded = true): {linter: Linter; logs: string[]} {
  const logs: string[] = []
  const linter = new Linter({workerScript: threaded ? serverScript : undefined, log: (line) => logs.push(line)})
  t.after(() => linter.dispose())
  assert.equal(linter.threaded, threaded)
  return {linter, logs}
}

for (const threaded of [true, false]) {
  test(`${threaded ? 'on the worker' : 'on the main thread'}: details of the latest lint only, none for the workspace check or a closed draft`, async (t) => {
    const {linter} = start(t, threaded)
    const first = (await linter.lint('a', job(ruiz)))!
    assert.equal((await linter.detail('a', first.lint, 'facts'))?.quotes[0].speaker?.text, 'Ruiz')
    const second = (await linter.lint('a', job(sousa)))!
    assert.notEqual(second.lint, first.lint)
    assert.equal(await linter.detail('a', first.lint, 'facts'), undefined, 'a replaced lint has no details')
    assert.deepEqual((await linter.detail('a', second.lint, 'summary'))?.sources.map((source) => source.name), ['harbour master Lena Sousa'])

    const workspace = (await linter.lint('workspace a', job(ruiz, false)))!
    assert.equal(workspace.findings.length, 0)
    assert.equal(await linter.detail('workspace a', workspace.lint, 'facts'), undefined)
    assert.ok(await linter.detail('a', second.lint, 'facts'), 'the workspace check leaves the open draft’s lint alone')

    linter.cancel('a')
    assert.equal(await linter.detail('a', second.lint, 'facts'), undefined)
  })
}

test('a draft closed while its lint runs is not kept', async (t) => {
  const {linter} = start(t)
  const running = linter.lint('a', job(ruiz))
  linter.cancel('a')
  assert.equal(await running, undefined)
  const reopened = (await linter.lint('a', job(sousa)))!
  assert.equal((await linter.detail('a', reopened.lint, 'facts'))?.quotes[0].speaker?.text, 'harbour master Lena Sousa')
})

test('when the worker dies, the details of the latest lints are worked out on the main thread', async (t) => {
  const {linter, logs} = start(t)
  const a = (await linter.lint('a', job(ruiz)))!
  const b = (await linter.lint('b', job(sousa)))!
  // One detail asked just before the worker goes, one after.
  const asked = linter.detail('a', a.lint, 'facts')
  await (linter as unknown as {worker: Worker}).worker.terminate()
  await new Promise((resolve) => setImmediate(resolve))
  assert.equal(linter.threaded, false)
  assert.ok(logs.some((line) => /lint worker stopped/.test(line)), logs.join('\n'))
  assert.equal((await asked)?.quotes[0].speaker?.text, 'Ruiz')
  assert.deepEqual((await linter.detail('b', b.lint, 'summary'))?.sources.map((source) => source.name), ['harbour master Lena Sousa'])
  // And lints go on, on this thread.
  const next = (await linter.lint('a', job(sousa)))!
  assert.equal(await linter.detail('a', a.lint, 'facts'), undefined)
  assert.equal((await linter.detail('a', next.lint, 'facts'))?.quotes[0].speaker?.text, 'harbour master Lena Sousa')
})

test('an open draft goes to the worker as a change to its last text, and whole when the worker let it go', async (t) => {
  const {linter} = start(t)
  const posted: Array<{change?: unknown; text: string}> = []
  const worker = (linter as unknown as {worker: Worker}).worker
  const postMessage = worker.postMessage.bind(worker)
  worker.postMessage = (message: {kind: string; job?: LintJob; change?: unknown}) => {
    if (message.kind === 'lint') posted.push({change: message.change, text: message.job!.text})
    postMessage(message)
  }
  const findings = async (key: string, text: string) => (await linter.lint(key, job(text)))!.findings.map((finding) => `${finding.ruleId} ${finding.start.offset}`)
  const fresh = async (text: string) => (await linter.lint('fresh', job(text, false)))!.findings.map((finding) => `${finding.ruleId} ${finding.start.offset}`)

  const draft = `${ruiz}\nThe council slammed the plan.\n`
  await findings('a', draft)
  const edited = draft.replace('slammed', 'blasted, critics say,')
  assert.deepEqual(await findings('a', edited), await fresh(edited))
  const sentAsChange = posted.filter((message) => message.change !== undefined)
  assert.equal(sentAsChange.length, 1, 'the second lint of the draft is a change')
  assert.equal(sentAsChange[0].text, '', 'without the text')

  // The worker keeps about 1.5 million characters of drafts: a long one makes it let the first go.
  const long = `${'The council approved the budget on Tuesday. '.repeat(40)}\n\n`.repeat(1000)
  await findings('b', long)
  posted.length = 0
  const again = edited.replace('Ruiz said', 'Ruiz told reporters')
  assert.deepEqual(await findings('a', again), await fresh(again))
  assert.deepEqual(posted.slice(0, 2).map((message) => message.text === again), [false, true], 'asked again, with the whole text')
})

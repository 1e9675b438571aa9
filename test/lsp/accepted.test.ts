// "Accept this finding" and "Treat “X” as a named source" over the protocol: the quick fixes are
// commands the client runs, which ask the server to change the project's files; the server writes
// them, lints again, and the finding is gone, as it is for the CLI on the same folder. Undo puts it back.

import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {after, before, test} from 'node:test'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {cli} from '../cli/helpers.ts'
import {TestClient} from './client.ts'

let client: TestClient
let root: string

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'attribution-lint-lsp-accepted-'))
  client = (await TestClient.start({rootUri: pathToFileURL(root).href})).client
})
after(async () => {
  await client.stop()
  rmSync(root, {recursive: true, force: true})
})

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${String(diagnostic.code)}`)

async function openDraft(name: string, text: string): Promise<{uri: string; diagnostics: Diagnostic[]}> {
  writeFileSync(join(root, name), text)
  const uri = pathToFileURL(join(root, name)).href
  return {uri, diagnostics: await client.open(uri, text)}
}

function cliCodes(name: string): string[] {
  const run = cli(['--format', 'json', name], {cwd: root})
  const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
  return file.messages.map((message) => `${message.line} ${message.ruleId}`)
}

test('accepting a finding writes the project file, the finding goes, the CLI agrees, and undo brings it back', async () => {
  const text = '# Budget\n\nThe mayor is expected to resign.\n\nThe council is likely to object.\n'
  const {uri, diagnostics} = await openDraft('budget.md', text)
  assert.deepEqual(codes(diagnostics), ['3 unattributed-claim', '5 unattributed-claim'])
  const [first] = diagnostics
  const actions = await client.codeActions(uri, first.range, [first])
  const accept = actions.find((action) => /^Accept this finding/.test(action.title))
  assert.ok(accept?.command, actions.map((action) => action.title).join(' | '))
  assert.equal(accept.command.command, 'attributionLint.acceptFinding')
  const [argument] = accept.command.arguments as [{uri: string; ruleId: string; range: unknown}]
  assert.deepEqual(argument, {uri, ruleId: 'unattributed-claim', range: first.range})

  const relinted = client.diagnostics(uri, (params) => params.diagnostics.length === 1)
  const result = await client.connection.sendRequest('attributionLint/acceptFinding', {textDocument: {uri}, ruleId: argument.ruleId, range: argument.range, reason: 'Said on air; clip in the notes.'})
  assert.deepEqual(result, {file: join(root, '.attributionlint-accepted.json')})
  assert.deepEqual(codes((await relinted).diagnostics), ['5 unattributed-claim'])
  assert.deepEqual(JSON.parse(readFileSync(join(root, '.attributionlint-accepted.json'), 'utf8')), [
    {rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.', reason: 'Said on air; clip in the notes.'}
  ])
  assert.deepEqual(cliCodes('budget.md'), ['5 unattributed-claim'])

  // The Sourcing view lists it, with its reason, and counts the claim as left unsourced on purpose.
  const summary = (await client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri}})) as {items: {accepted: Array<{ruleId: string; accepted: {reason?: string}}>}; claims: {accepted: number; unsourced: number}}
  assert.deepEqual(summary.items.accepted.map((item) => [item.ruleId, item.accepted.reason]), [['unattributed-claim', 'Said on air; clip in the notes.']])
  assert.deepEqual([summary.claims.unsourced, summary.claims.accepted], [1, 1])

  const back = client.diagnostics(uri, (params) => params.diagnostics.length === 2)
  assert.deepEqual(await client.connection.sendRequest('attributionLint/unacceptFinding', {textDocument: {uri}, rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.'}), {file: join(root, '.attributionlint-accepted.json')})
  assert.deepEqual(codes((await back).diagnostics), ['3 unattributed-claim', '5 unattributed-claim'])
  assert.deepEqual(cliCodes('budget.md'), ['3 unattributed-claim', '5 unattributed-claim'])
  await client.close(uri)
})

test('“Treat … as a named source” adds it to the configuration, and its findings go', async () => {
  const text = 'Palace insiders said the queen would not attend the opening of the new wing.\n'
  const {uri, diagnostics} = await openDraft('palace.md', text)
  const anonymous = diagnostics.find((diagnostic) => diagnostic.code === 'anonymous-source' || diagnostic.code === 'vague-attribution')
  assert.ok(anonymous, codes(diagnostics).join(', '))
  const actions = await client.codeActions(uri, anonymous.range, [anonymous])
  const treat = actions.find((action) => /^Treat “.+” as a named source$/.test(action.title))
  assert.ok(treat?.command, actions.map((action) => action.title).join(' | '))
  const [argument] = treat.command.arguments as [{uri: string; name: string}]
  assert.equal(argument.name, 'Palace insiders')
  const relinted = client.diagnostics(uri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === anonymous.code))
  assert.deepEqual(await client.connection.sendRequest('attributionLint/treatAsNamed', {textDocument: {uri}, name: argument.name}), {file: join(root, '.attributionlintrc.json')})
  await relinted
  assert.deepEqual(JSON.parse(readFileSync(join(root, '.attributionlintrc.json'), 'utf8')), {words: {namedSources: ['Palace insiders']}})
  assert.ok(!cliCodes('palace.md').some((line) => line.endsWith(String(anonymous.code))))
  rmSync(join(root, '.attributionlintrc.json'))
  await client.close(uri)
})

test('a broken accepted file is never overwritten: accepting says what to fix', async () => {
  const text = 'The mayor is expected to resign.\n'
  writeFileSync(join(root, '.attributionlint-accepted.json'), '[{"rule": "unattributed-claim", "sentence": }]\n')
  // As the editor's file watcher reports a hand edit.
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(root, '.attributionlint-accepted.json')).href, type: 2}]})
  const {uri, diagnostics} = await openDraft('broken.md', text)
  const problem = diagnostics.find((diagnostic) => diagnostic.code === 'configuration')
  assert.match(typeof problem?.message === 'string' ? problem.message : '', /\.attributionlint-accepted\.json:1:\d+: this is not valid JSON/)
  const claim = diagnostics.find((diagnostic) => diagnostic.code === 'unattributed-claim')!
  const result = (await client.connection.sendRequest('attributionLint/acceptFinding', {textDocument: {uri}, ruleId: 'unattributed-claim', range: claim.range})) as {error?: string}
  assert.match(result.error ?? '', /not valid JSON.*Fix the file first/)
  assert.equal(readFileSync(join(root, '.attributionlint-accepted.json'), 'utf8'), '[{"rule": "unattributed-claim", "sentence": }]\n')
  rmSync(join(root, '.attributionlint-accepted.json'))
  await client.close(uri)
})

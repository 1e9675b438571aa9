// A story repository that tries to hang or exhaust the language server (issue 12): ignore files
// that are a pipe, a link to /dev/zero or too large; a 300 MB draft in "Check All Drafts"; and long
// requests the editor cancels. Real server processes over stdio.

import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test, type TestContext} from 'node:test'
import {pathToFileURL} from 'node:url'
import {CancellationTokenSource, ResponseError} from 'vscode-jsonrpc/node'
import type {CheckWorkspaceResult} from '../../server/src/lsp/protocol.ts'
import {TestClient} from './client.ts'

const story = 'The council plans to cut the library budget.\n'

function workspace(t: TestContext, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'attribution-lint-hostile-'))
  t.after(() => rmSync(root, {recursive: true, force: true}))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  return root
}

async function serverFor(t: TestContext, root: string): Promise<TestClient> {
  const {client} = await TestClient.start({rootUri: pathToFileURL(root).href})
  t.after(() => client.stop())
  return client
}

const names = (root: string, result: CheckWorkspaceResult) => result.drafts.map((entry) => entry.uri.slice(pathToFileURL(root).href.length + 1))

test('ignore files that are a pipe, a link to /dev/zero or too large are refused in one line each; the check goes on', async (t) => {
  const root = workspace(t, {'a/story.md': story, 'b/story.md': story, 'c/story.md': story, 'c/.gitignore': `${'# a comment line of an ignore file\n'.repeat(40_000)}story.md\n`})
  execFileSync('mkfifo', [join(root, 'a', '.gitignore')])
  symlinkSync('/dev/zero', join(root, 'b', '.attributionlintignore'))
  const client = await serverFor(t, root)
  const result = (await client.connection.sendRequest('attributionLint/checkWorkspace', {publish: false})) as CheckWorkspaceResult
  // Nothing was ignored: none of the three files was read.
  assert.deepEqual(names(root, result), ['a/story.md', 'b/story.md', 'c/story.md'])
  const logs = client.logs.join('\n')
  assert.match(logs, /a\/\.gitignore: this is not a regular file \(a device, pipe or socket\), so it was not read/)
  assert.match(logs, /b\/\.attributionlintignore: this is not a regular file/)
  assert.match(logs, /c\/\.gitignore: this file is \d+ KiB, too large to be an ignore file, so it was not read/)
})

test('Check All Drafts looks at the size of a 300 MB draft on disk instead of reading it', async (t) => {
  const root = workspace(t, {'story.md': story})
  // Sparse: 300 MB that take no room on the disk.
  writeFileSync(join(root, 'huge.md'), '')
  truncateSync(join(root, 'huge.md'), 300 * 1024 * 1024)
  const client = await serverFor(t, root)
  const result = (await client.connection.sendRequest('attributionLint/checkWorkspace', {publish: false})) as CheckWorkspaceResult
  const huge = result.drafts.find((entry) => entry.uri.endsWith('/huge.md'))
  assert.ok(huge, JSON.stringify(names(root, result)))
  assert.equal(huge.diagnostics.length, 1)
  assert.match(huge.diagnostics[0].message as string, /This draft has 314,572,800 bytes, more than the limit of 1,000,000 characters/)
})

/** Sends `method` and cancels it at once, as the editor does when the user closes the view or presses Cancel. */
async function cancelled(client: TestClient, method: string, params: object): Promise<unknown> {
  const source = new CancellationTokenSource()
  const answer = client.connection.sendRequest(method, params, source.token)
  source.cancel()
  return answer.then((value) => value, (error: unknown) => error)
}

test('a cancelled Check All Drafts ends with the error -32800', async (t) => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 300; index++) files[`desk/story-${index}.md`] = story.repeat(20)
  const root = workspace(t, files)
  const client = await serverFor(t, root)
  const answer = await cancelled(client, 'attributionLint/checkWorkspace', {publish: false})
  assert.ok(answer instanceof ResponseError, `answered ${JSON.stringify(answer)?.slice(0, 200)}; ${client.logs.join('\n')}`)
  assert.equal(answer.code, -32800)
  // The server goes on answering.
  const result = (await client.connection.sendRequest('attributionLint/checkWorkspace', {publish: false})) as CheckWorkspaceResult
  assert.equal(result.drafts.length, 300)
})

test('a cancelled sourcing summary ends with the error -32800', async (t) => {
  const root = workspace(t)
  const client = await serverFor(t, root)
  const uri = pathToFileURL(join(root, 'long.md')).href
  // A long draft, so the summary's lint is still running when the cancellation arrives.
  const text = Array.from({length: 2000}, (_, index) => `“We will rebuild pier ${index},” the harbour master said. The council plans to cut ${index} jobs.`).join('\n\n')
  await client.open(uri, text)
  await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: text + '\n\nOne more line.\n'}]})
  const answer = await cancelled(client, 'attributionLint/sourcingSummary', {textDocument: {uri}})
  assert.ok(answer instanceof ResponseError, `answered ${JSON.stringify(answer)?.slice(0, 200)}; ${client.logs.join('\n')}`)
  assert.equal(answer.code, -32800)
})

test('workspace settings cannot switch the limits off: 1e15 for maxDraftSize and 100,000 words are capped, and said', async (t) => {
  const root = workspace(t)
  const words = Array.from({length: 100_000}, (_, index) => `v${index.toString(36)}`)
  const {client} = await TestClient.start({rootUri: pathToFileURL(root).href, settings: {debounce: 0, maxDraftSize: 1e15, words: {vagueSources: ['pundits'], cues: words}}})
  t.after(() => client.stop())
  const diagnostics = await client.open(pathToFileURL(join(root, 'story.md')).href, 'Pundits say the pier will close.\n')
  const messages = diagnostics.map((diagnostic) => diagnostic.message as string).join('\n')
  assert.match(messages, /"attributionLint.maxDraftSize" is at most 10,000,000 characters \(a larger draft would exhaust the server's memory\); 10,000,000 is used\./)
  assert.match(messages, /Word list "cues" has 100,000 entries; only the first 2,000 are used\./)
  // The words within the cap still count.
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'vague-attribution'), messages)
})

test('the extension declares the settings that cost time or memory as restricted in untrusted folders', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {contributes: {configuration: {properties: Record<string, {maximum?: number}>}}; capabilities: {untrustedWorkspaces: {supported: unknown; restrictedConfigurations?: string[]}}}
  const untrusted = manifest.capabilities.untrustedWorkspaces
  assert.equal(untrusted.supported, 'limited')
  assert.deepEqual(untrusted.restrictedConfigurations, ['attributionLint.words', 'attributionLint.maxDraftSize', 'attributionLint.debounce'])
  for (const name of untrusted.restrictedConfigurations ?? []) assert.ok(manifest.contributes.configuration.properties[name], `${name} is a setting`)
  assert.equal(manifest.contributes.configuration.properties['attributionLint.maxDraftSize'].maximum, 10_000_000)
})

// Completion inside evidence notes, over the protocol: `[^` offers the draft's footnote labels,
// `source:` in a CriticMarkup note the sources the draft names; elsewhere there is nothing to offer.

import assert from 'node:assert/strict'
import {after, before, test} from 'node:test'
import type {CompletionItem, CompletionList, TextEdit} from 'vscode-languageserver-protocol'
import {TestClient} from './client.ts'

let client: TestClient
let counter = 0

before(async () => {
  client = (await TestClient.start()).client
})
after(() => client.stop())

async function complete(text: string, line: number, character: number): Promise<CompletionItem[] | null> {
  const uri = `file:///drafts/completion-${++counter}.md`
  await client.open(uri, text)
  const list = (await client.connection.sendRequest('textDocument/completion', {textDocument: {uri}, position: {line, character}})) as CompletionList | null
  return list?.items ?? null
}

const draft = [
  'Mayor Lena Dorsey said the branch would close.[^minutes]',
  '',
  'According to a county audit, the branch lost money.',
  '',
  'The plant employs 400 people.[^',
  '',
  '[^minutes]: Council minutes, 3 March.',
  '[^payroll]: County payroll records.',
  ''
].join('\n')

test('`[^` offers the footnote labels, with what each definition says, and closes the bracket', async () => {
  const items = await complete(draft, 4, 32)
  assert.ok(items)
  assert.deepEqual(items.map((item) => [item.label, item.detail]), [['minutes', 'Council minutes, 3 March.'], ['payroll', 'County payroll records.']])
  assert.deepEqual((items[1].textEdit as TextEdit).newText, 'payroll]')
  assert.deepEqual((items[1].textEdit as TextEdit).range, {start: {line: 4, character: 32}, end: {line: 4, character: 32}})
})

test('after `source:` the sources the draft names, people and documents', async () => {
  const text = draft.replace('400 people.[^', '400 people. {>>source:')
  const items = await complete(text, 4, 41)
  assert.ok(items)
  assert.deepEqual(items.map((item) => item.label), ['Mayor Lena Dorsey', 'a county audit'])
  assert.equal((items[0].textEdit as TextEdit).newText, ' Mayor Lena Dorsey', 'right after the colon, the name brings its space')
  const typed = await complete(text.replace('{>>source:', '{>>source: May'), 4, 45)
  assert.equal((typed![0].textEdit as TextEdit).newText, 'Mayor Lena Dorsey')
  assert.deepEqual((typed![0].textEdit as TextEdit).range, {start: {line: 4, character: 42}, end: {line: 4, character: 45}})
})

test('elsewhere, nothing is offered', async () => {
  assert.equal(await complete(draft, 0, 10), null)
  assert.equal(await complete(draft.replace('400 people.[^', '400 people. ^'), 4, 31), null)
})

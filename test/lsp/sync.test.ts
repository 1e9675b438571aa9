// The server's copy of a draft stays in step with the editor's through random incremental edits
// (typing, deleting across paragraphs, pasting a paragraph, undoing), in LF and CRLF drafts, sent
// one at a time and in bursts: after each, its diagnostics equal a fresh full lint of the editor's
// text. When the incremental re-analysis lands, this is the test that holds it to the full lint.

import assert from 'node:assert/strict'
import {after, before, test} from 'node:test'
import type {Diagnostic, TextDocumentContentChangeEvent} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../server/src/engine/index.ts'
import {changeBetween, TestClient} from './client.ts'

const paragraphs = [
  '# Port strike',
  'Dock workers at the Harbor Point terminal walked out on Monday, the union said.',
  'The strike is likely to cost shippers $40 million a week, according to an industry estimate.',
  '“We will stay out until the company talks to us,” union president Mara Quint said.',
  'A port official, who spoke on condition of anonymity because talks are continuing, said the company planned to hire replacement crews.',
  'Critics say the company caused the dispute.',
  'The company claimed the union had rejected three offers.[^1]',
  '“This is the worst dispute in twenty years,” she said. “Nobody wants it.',
  '“Not the workers and not the shippers either, not for one more day.”',
  '[^1]: Company statement, 4 March.'
]

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1} ${diagnostic.code} ${diagnostic.message}`)
}

function expected(text: string): string[] {
  return lint(text, {format: 'markdown'}).findings.map((finding) => `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column} ${finding.ruleId} ${finding.message}`)
}

/** One random edit of `document`, as the change an editor sends. */
function randomEdit(document: TextDocument, random: () => number, history: string[], eol: string): TextDocumentContentChangeEvent {
  const text = document.getText()
  const at = (offset: number) => document.positionAt(offset)
  const offset = Math.floor(random() * (text.length + 1))
  const choice = random()
  if (choice < 0.4) {
    const typed = 'abcdefghij .,“”"'[Math.floor(random() * 16)]
    return {range: {start: at(offset), end: at(offset)}, text: typed}
  }
  if (choice < 0.6) {
    const end = Math.min(text.length, offset + Math.floor(random() * 200))
    return {range: {start: at(offset), end: at(end)}, text: ''}
  }
  if (choice < 0.75) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]
    return {range: {start: at(offset), end: at(offset)}, text: `${eol}${eol}${paragraph}${eol}`}
  }
  if (choice < 0.85) {
    const at2 = Math.min(text.length, offset + 1)
    return {range: {start: at(offset), end: at(at2)}, text: eol}
  }
  // Undo: back to an earlier text, sent as the smallest change, as an editor's undo is.
  const earlier = history[Math.max(0, history.length - 1 - Math.floor(random() * 3))]
  return changeBetween(text, earlier)
}

let client: TestClient
before(async () => {
  client = (await TestClient.start()).client
})
after(() => client.stop())

for (const [name, eol] of [
  ['LF', '\n'],
  ['CRLF', '\r\n']
] as const) {
  test(`random edits to a ${name} draft keep the diagnostics equal to a full lint`, async () => {
    const seed = Math.floor(Math.random() * 2 ** 31)
    const random = mulberry32(seed)
    const uri = `file:///drafts/random-${name}.md`
    const initial = paragraphs.join(eol + eol) + eol
    const mirror = TextDocument.create(uri, 'markdown', 1, initial)
    const history = [initial]
    await client.open(uri, initial)
    let version = 1
    for (let round = 0; round < 60; round++) {
      // Sometimes a burst of edits before the editor waits for diagnostics.
      const burst = random() < 0.3 ? 2 + Math.floor(random() * 4) : 1
      let published: Promise<{diagnostics: Diagnostic[]}> | undefined
      for (let index = 0; index < burst; index++) {
        const change = randomEdit(mirror, random, history, eol)
        version++
        TextDocument.update(mirror, [change], version)
        history.push(mirror.getText())
        if (index === burst - 1) published = client.diagnostics(uri, (params) => params.version === version)
        await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      }
      const diagnostics = (await published!).diagnostics
      assert.deepEqual(brief(diagnostics), expected(mirror.getText()), `seed ${seed}, round ${round}, text:\n${JSON.stringify(mirror.getText())}`)
    }
  })
}

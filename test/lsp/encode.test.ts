// The stdio encoder writes each published diagnostic's JSON once (server/src/lsp/encode.ts): what it
// writes must be what JSON.stringify writes for the whole message, whatever the message.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import type {Diagnostic} from 'vscode-languageserver'
import {cachingJsonEncoder} from '../../server/src/lsp/encode.ts'

const encoder = cachingJsonEncoder()
const messageJson = (message: object) => encoder.bytes(message as never).toString('utf-8')

const position = fc.record({line: fc.nat(), character: fc.nat()})
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    range: fc.record({start: position, end: position}),
    severity: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    source: fc.constant('attribution-lint'),
    code: fc.constantFrom('unattributed-claim', 'missing-evidence'),
    codeDescription: fc.record({href: fc.webUrl()}),
    message: fc.string({unit: 'binary'}),
    relatedInformation: fc.array(fc.record({location: fc.record({uri: fc.webUrl(), range: fc.record({start: position, end: position})}), message: fc.string()}), {maxLength: 2})
  },
  {requiredKeys: ['range', 'message']}
)

// A long draft's diagnostics (a thousand or more) are the ones whose bytes are kept.
const published = fc.oneof(fc.array(diagnostic, {maxLength: 6}), fc.array(diagnostic, {minLength: 1000, maxLength: 1200}))

test('a publishDiagnostics notification is written as JSON.stringify writes it', () => {
  fc.assert(
    fc.property(fc.webUrl(), fc.option(fc.integer(), {nil: undefined}), published, (uri, version, diagnostics) => {
      const message = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri, version, diagnostics}}
      assert.equal(messageJson(message), JSON.stringify(message))
      // Again, now from what was written the first time.
      assert.equal(messageJson(message), JSON.stringify(message))
    }),
    {numRuns: 60}
  )
})

test('other messages are written as JSON.stringify writes them', () => {
  const messages = [
    {jsonrpc: '2.0', id: 1, result: {capabilities: {}}},
    {jsonrpc: '2.0', id: 2, method: 'workspace/configuration', params: {items: [{section: 'attributionLint'}]}},
    {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a.md', diagnostics: []}},
    {jsonrpc: '2.0', method: 'window/logMessage', params: {type: 3, message: 'a "quoted" line\n'}}
  ]
  for (const message of messages) assert.equal(messageJson(message), JSON.stringify(message))
})

test('a diagnostic of a long draft published again is written from its first JSON', async () => {
  const at = (line: number) => ({range: {start: {line, character: 0}, end: {line, character: 4}}, message: `line ${line}`})
  const shown: Diagnostic = at(0)
  const message = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a.md', diagnostics: [shown, ...Array.from({length: 1000}, (_, line) => at(line + 1))]}}
  const cachingEncoder = cachingJsonEncoder()
  const first = Buffer.from(await cachingEncoder.encode(message, {charset: 'utf-8'})).toString()
  assert.equal(first, JSON.stringify(message))
  // Published diagnostics are never changed in place: the server makes a new one for a moved
  // finding. Were one changed, the encoder would still write what it wrote the first time.
  shown.message = 'changed'
  const again = Buffer.from(await cachingEncoder.encode(message, {charset: 'utf-8'})).toString()
  assert.equal(again, first)
})

// How messages go out over stdio. LSP has no way to send part of a draft's diagnostics: every
// keystroke publishes all of them, 2,700 for a 100,000-word draft (1.2 MB of JSON). Most of them
// are the very objects sent last time (the server keeps a finding's diagnostic while the finding
// stands), so each diagnostic's JSON is written once, as bytes, and reused. The output is what
// `JSON.stringify` gives for the whole message, in UTF-8.

import type {ContentTypeEncoder, ContentTypeEncoderOptions, Message} from 'vscode-jsonrpc'
import type {Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver'

/**
 * Each diagnostic's JSON, as UTF-8 bytes, kept on the diagnostic under the key of the encoder that
 * wrote it (a WeakMap lookup for each of 7,000 diagnostics cost 1.7 ms a keystroke; a symbol key is
 * not part of the JSON). Diagnostics are not changed once published: a moved finding gets a new
 * diagnostic, or keeps the old one when nothing of it moved.
 */
type Written = symbol

function diagnosticBytes(diagnostic: Diagnostic, written: Written): Buffer {
  const kept = diagnostic as Diagnostic & {[key: symbol]: Buffer | undefined}
  let bytes = kept[written]
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(diagnostic), 'utf-8')
    kept[written] = bytes
  }
  return bytes
}

/** A publishDiagnostics notification with diagnostics, or undefined for any other message. */
function publishedDiagnostics(message: Message): PublishDiagnosticsParams | undefined {
  if (!('method' in message) || message.method !== 'textDocument/publishDiagnostics' || 'id' in message) return undefined
  const params = (message as {params?: unknown}).params as PublishDiagnosticsParams | undefined
  return params && Array.isArray(params.diagnostics) && params.diagnostics.length > 0 ? params : undefined
}

const comma = Buffer.from(',')

/**
 * Fewer diagnostics than this are written anew each time: under a millisecond for a short draft's,
 * and fifty open drafts need not keep their diagnostics twice (docs/engine.md, "Memory").
 */
const keptFrom = 1000

/** The message as UTF-8 JSON, each published diagnostic's part written once (kept under the key `written`). */
function messageBytes(message: Message, written: Written): Buffer {
  const params = publishedDiagnostics(message)
  if (!params || params.diagnostics.length < keptFrom) return Buffer.from(JSON.stringify(message), 'utf-8')
  const {diagnostics, ...rest} = params
  const {params: _params, ...envelope} = message as Message & {params: unknown}
  const head = JSON.stringify(rest)
  const envelopeJson = JSON.stringify(envelope)
  const before = `${envelopeJson.slice(0, -1)}${envelopeJson.length > 2 ? ',' : ''}"params":${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"diagnostics":[`
  const parts: Buffer[] = [Buffer.from(before, 'utf-8')]
  for (let index = 0; index < diagnostics.length; index++) {
    if (index > 0) parts.push(comma)
    parts.push(diagnosticBytes(diagnostics[index], written))
  }
  parts.push(Buffer.from(']}}'))
  return Buffer.concat(parts)
}

/** A message's bytes as the encoder writes them, synchronously (its tests read them so). */
export type CachingJsonEncoder = ContentTypeEncoder & {
  name: 'application/json'
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array>
  bytes(message: Message): Buffer
}

/**
 * vscode-jsonrpc's `application/json` encoder with the diagnostics' JSON reused: one per connection,
 * with a key of its own for what it wrote (no module state).
 */
export function cachingJsonEncoder(): CachingJsonEncoder {
  const written: Written = Symbol('written')
  return {
    name: 'application/json',
    bytes: (message) => messageBytes(message, written),
    encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
      try {
        // The protocol's charset is UTF-8 (the only one vscode-jsonrpc's writer is given here).
        if (options.charset !== 'utf-8') return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset))
        return Promise.resolve(messageBytes(message, written))
      } catch (error) {
        return Promise.reject(error)
      }
    }
  }
}

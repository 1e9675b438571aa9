// How messages go out over stdio. LSP has no way to send part of a draft's diagnostics: every
// keystroke publishes all of them, 2,700 for a 100,000-word draft (1.2 MB of JSON). Most of them
// are the very objects sent last time (the server keeps a finding's diagnostic while the finding
// stands), so each diagnostic's JSON is written once and reused. The output is what
// `JSON.stringify` gives for the whole message.

import type {ContentTypeEncoder, ContentTypeEncoderOptions, Message} from 'vscode-jsonrpc'
import type {Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver'

/**
 * Each diagnostic's JSON, by object. Diagnostics are not changed once published: a moved finding
 * gets a new diagnostic, or keeps the old one when nothing of it moved.
 */
const written = new WeakMap<Diagnostic, string>()

function diagnosticJson(diagnostic: Diagnostic): string {
  let json = written.get(diagnostic)
  if (json === undefined) {
    json = JSON.stringify(diagnostic)
    written.set(diagnostic, json)
  }
  return json
}

/** A publishDiagnostics notification with diagnostics to write, or undefined for any other message. */
function publishedDiagnostics(message: Message): PublishDiagnosticsParams | undefined {
  if (!('method' in message) || message.method !== 'textDocument/publishDiagnostics' || 'id' in message) return undefined
  const params = (message as {params?: unknown}).params as PublishDiagnosticsParams | undefined
  return params && Array.isArray(params.diagnostics) && params.diagnostics.length > 0 ? params : undefined
}

/** The message as JSON text, each published diagnostic's part written once. */
export function messageJson(message: Message): string {
  const params = publishedDiagnostics(message)
  if (!params) return JSON.stringify(message)
  const {diagnostics, ...rest} = params
  const {params: _params, ...envelope} = message as Message & {params: unknown}
  const head = JSON.stringify(rest)
  const listed = diagnostics.map(diagnosticJson).join(',')
  const paramsJson = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"diagnostics":[${listed}]}`
  const envelopeJson = JSON.stringify(envelope)
  return `${envelopeJson.slice(0, -1)}${envelopeJson.length > 2 ? ',' : ''}"params":${paramsJson}}`
}

/** vscode-jsonrpc's `application/json` encoder with the diagnostics' JSON reused. */
export const cachingJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(Buffer.from(messageJson(message), options.charset))
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

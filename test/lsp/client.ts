// A small LSP client for the server tests: spawns the built server (`server/out/server.js`) over
// stdio, answers the requests a client answers (settings, registrations), and waits for the
// diagnostics of a given document version, as an editor would see them.

import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit
} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'

export const serverScript = fileURLToPath(new URL('../../server/out/server.js', import.meta.url))
export const cliScript = fileURLToPath(new URL('../../server/out/cli.js', import.meta.url))

export const clientCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: {dynamicRegistration: true},
    didChangeWatchedFiles: {dynamicRegistration: true},
    workspaceFolders: true,
    workspaceEdit: {documentChanges: true, snippetEditSupport: true}
  },
  textDocument: {
    synchronization: {didSave: true},
    publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
    hover: {contentFormat: ['markdown', 'plaintext']},
    codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}}, isPreferredSupport: true}
  }
}

export interface StartOptions {
  /** What the client answers for `attributionLint` settings; change it, then call `settingsChanged`. */
  settings?: Record<string, unknown>
  capabilities?: ClientCapabilities
  rootUri?: string | null
  env?: Record<string, string>
  initializationOptions?: unknown
}

interface Waiter {
  uri: string
  accept: (params: PublishDiagnosticsParams) => boolean
  resolve: (params: PublishDiagnosticsParams) => void
}

export class TestClient {
  settings: Record<string, unknown>
  readonly logs: string[] = []
  readonly published: PublishDiagnosticsParams[] = []
  readonly registrations: unknown[] = []
  private waiters: Waiter[] = []
  stderr = ''

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>
  ) {
    this.settings = settings
  }

  static async start(options: StartOptions = {}): Promise<{client: TestClient; initialized: InitializeResult}> {
    if (!existsSync(serverScript)) throw new Error('server/out/server.js is missing: run `npm run build` first.')
    const child = spawn(process.execPath, [serverScript, '--stdio'], {env: {...process.env, ...options.env}})
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const client = new TestClient(child, connection, options.settings ?? {debounce: 0})
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()))
    connection.onRequest('workspace/configuration', (params: {items: Array<{section?: string}>}) =>
      params.items.map((item) => (item.section === 'attributionLint' ? client.settings : null))
    )
    connection.onRequest('client/registerCapability', (params: {registrations: unknown[]}) => {
      client.registrations.push(...params.registrations)
      return null
    })
    connection.onNotification('window/logMessage', (params: unknown) => void client.logs.push((params as {message: string}).message))
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.push(params)
      const ready = client.waiters.filter((waiter) => waiter.uri === params.uri && waiter.accept(params))
      client.waiters = client.waiters.filter((waiter) => !ready.includes(waiter))
      for (const waiter of ready) waiter.resolve(params)
    })
    connection.listen()
    const initialized = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{uri: options.rootUri, name: 'workspace'}] : null,
      capabilities: options.capabilities ?? clientCapabilities,
      initializationOptions: options.initializationOptions
    })) as InitializeResult
    await connection.sendNotification('initialized', {})
    return {client, initialized}
  }

  /**
   * The next diagnostics published for `uri` that `accept` takes (by default: any). The timeout only
   * turns a hang into a failure: it is far above any lint, so a busy machine cannot fail a test.
   */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeout = 120_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; logs:\n${this.logs.join('\n')}\n${this.stderr}`)), timeout)
      this.waiters.push({uri, accept, resolve: (params) => (clearTimeout(timer), resolve(params))})
    })
  }

  /** Opens a draft and returns its first diagnostics. */
  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, (params) => params.version === version)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
    return (await published).diagnostics
  }

  /** Sends a change and returns the diagnostics of the new version. */
  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, (params) => params.version === version)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: changes})
    return (await published).diagnostics
  }

  async close(uri: string): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri)
    await this.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    return (await published).diagnostics
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line, character}})
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics, ...(only ? {only} : {})}})
  }

  /** Tells the server the settings changed (it then asks for them again). */
  async settingsChanged(): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeConfiguration', {settings: {attributionLint: this.settings}})
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))])
      await this.connection.sendNotification('exit')
    } catch {
      // The server may be gone already.
    }
    this.connection.dispose()
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve()
      const timer = setTimeout(() => (this.process.kill(), resolve()), 2000)
      this.process.once('exit', () => (clearTimeout(timer), resolve()))
    })
  }
}

/**
 * Applies a workspace edit for one document to `text`. A snippet edit's tab stops are filled with
 * `fill` (what the writer would type) and its escapes undone.
 */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined, fill = ''): string {
  const edits: TextEdit[] = []
  for (const change of edit?.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue
    for (const one of change.edits) {
      if ('snippet' in one) edits.push({range: one.range, newText: expandSnippet(one.snippet.value, fill)})
      else edits.push(one)
    }
  }
  edits.push(...(edit?.changes?.[uri] ?? []))
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits)
}

export function expandSnippet(snippet: string, fill: string): string {
  // A choice (`${1|a,b|}`) takes its first option, as the editor shows it; a placeholder
  // (`${1:Name}`) takes what the writer types, or its own text when they type nothing.
  return snippet.replace(/\\([$}\\,|])|\$\{\d+\|((?:\\.|[^,|\\])*)[^}]*\}|\$\{\d+(?::([^}]*))?\}|\$\d+/g, (match, escaped: string | undefined, first: string | undefined, placeholder: string | undefined) => {
    if (escaped) return escaped
    if (first !== undefined) return first.replace(/\\(.)/g, '$1')
    return placeholder !== undefined ? fill || placeholder : fill
  })
}

/** The edit that turns `before` into `after` as one incremental change (the smallest differing range). */
export function changeBetween(before: string, after: string): TextDocumentContentChangeEvent {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const document = TextDocument.create('file:///change', 'markdown', 0, before)
  return {range: {start: document.positionAt(start), end: document.positionAt(endBefore)}, text: after.slice(start, endAfter)}
}

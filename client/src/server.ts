// Starts the bundled language server over stdio. A crash restarts it (the language client's policy);
// when it keeps crashing, the client gives up and we offer a "Restart" button instead of its
// generic message.

import * as vscode from 'vscode'
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions
} from 'vscode-languageclient/node'
import {documentSelector} from './drafts.ts'
import {openRulePageCommand} from './rulePages.ts'
import {readRuleLinks, ruleLinkFiller} from './ruleLinks.ts'

/**
 * Errors of a write to a server process that has ended (its close is counted, not these). Over
 * stdio a write after the crash fails as "write EPIPE" or, once Node has destroyed the pipe, as
 * ERR_STREAM_DESTROYED ("Cannot call write after a stream was destroyed"); over IPC as a closed
 * channel. Counted as crashes, one kill became two or three and the client gave up too soon.
 */
const deadConnection = /EPIPE|ECONNRESET|ERR_STREAM_DESTROYED|ERR_STREAM_WRITE_AFTER_END|stream was destroyed|write after end|ERR_IPC_CHANNEL_CLOSED|Channel closed/

/** Restarts allowed within three minutes before the client gives up (the client's own default is 4). */
const maxRestartCount = 4

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restart: () => void): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js')
  // Over stdio, not Node's IPC channel: the server then writes each diagnostic's JSON once and reuses
  // it (server/src/lsp/encode.ts), where the IPC channel stringifies every message whole, 1.3 MB of
  // diagnostics on every keystroke of a 100,000-word draft (8-18 ms of the server's CPU instead of 1).
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6009']}}
  }
  // Set right after the client exists: the policy needs the client for its messages.
  let policy: ErrorHandler | undefined
  let client: LanguageClient | undefined

  const giveUp = (reason: string) => {
    output.error(reason)
    void offerRestart(restart, output)
  }

  /** A crash, by the client's count: restart, or give up and offer the button. */
  const crashed = async (): Promise<CloseHandlerResult> => {
    const decision = await policy!.closed()
    if (decision.action === CloseAction.Restart) {
      output.warn('The server stopped unexpectedly; restarting it.')
      return decision
    }
    giveUp(decision.message ?? 'The server keeps stopping; it will not be restarted.')
    return {action: CloseAction.DoNotRestart, handled: true}
  }

  /** The server that is running was found dead by a failed write, and is being stopped: counted once. */
  let stopping = false
  const errorHandler: ErrorHandler = {
    error: async (error, message, count): Promise<ErrorHandlerResult> => {
      // A write to a server that has died: the connection's close follows and counts the crash
      // (`closed`). Such errors can arrive late, from messages that were on their way to the dead
      // server, after the client has restarted it: counted here, each would stop the new server
      // and count the crash again, and the client gave up after two or three crashes, not five.
      const code = (error as Error & {code?: string}).code ?? ''
      if (client!.state !== State.Running || stopping || deadConnection.test(`${code} ${error.message}`)) return {action: ErrorAction.Continue, handled: true}
      const result = await policy!.error(error, message, count)
      if (result.action === ErrorAction.Continue || stopping) return result
      stopping = true
      // A write to a server that just died ("write EPIPE"): the client now stops the server itself
      // and then skips `closed()`, so nothing would restart it. Count it as a crash once stopped.
      output.warn(`The connection to the server failed (${error.message}).`)
      const listener = client!.onDidChangeState((event) => {
        if (event.newState !== State.Stopped) return
        listener.dispose()
        // "Stopped" is reported from the moment it starts stopping: `stop()` waits for the end.
        void client!
          .stop()
          .catch(() => undefined)
          .then(() => {
            stopping = false
            return crashed()
          })
          .then((decision) => (decision.action === CloseAction.Restart ? client!.start() : undefined))
          .catch((reason: unknown) => giveUp(`The server did not restart: ${reason instanceof Error ? reason.message : String(reason)}`))
      })
      return {action: ErrorAction.Shutdown, handled: true}
    },
    closed: crashed
  }

  // Fills in what the server leaves out of each diagnostic (ruleLinks.ts), made once the server has said what.
  let fill: ((diagnostics: vscode.Diagnostic[]) => void) | undefined
  const fillRuleLinks = (diagnostics: vscode.Diagnostic[]) => {
    if (!fill) {
      const links = readRuleLinks(client?.initializeResult?.capabilities.experimental)
      if (!links) return
      fill = ruleLinkFiller(links, (href) => vscode.Uri.parse(href))
    }
    fill(diagnostics)
  }

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // No `synchronize`: the server registers for `attributionLint` settings and for its
    // configuration and ignore files itself (dynamic registration), so each change arrives once.
    diagnosticCollectionName: 'attribution-lint',
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    // Hovers link to a rule's page through this command, which opens the copy shipped with the extension.
    // Diagnostics come without what every finding of a rule shares, filled in here (ruleLinks.ts).
    initializationOptions: {openRulePage: openRulePageCommand, compactDiagnostics: true},
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        fillRuleLinks(diagnostics)
        next(uri, diagnostics)
      }
    },
    markdown: {isTrusted: {enabledCommands: [openRulePageCommand]}}
  }
  client = new LanguageClient('attributionLint', 'Attribution Lint', serverOptions, clientOptions)
  policy = client.createDefaultErrorHandler(maxRestartCount)
  return client
}

async function offerRestart(restart: () => void, output: vscode.OutputChannel): Promise<void> {
  const choice = await vscode.window.showErrorMessage(
    `The Attribution Lint server crashed ${maxRestartCount + 1} times in three minutes, so drafts are no longer checked. The log is in the "Attribution Lint" output.`,
    'Restart',
    'Show Log'
  )
  if (choice === 'Restart') restart()
  else if (choice === 'Show Log') output.show(true)
}

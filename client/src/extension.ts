// The extension: starts the language server and wires the commands, the status bar item and the
// Sourcing view (in the side bar, and as a panel beside the draft) to it. Everything that reads drafts lives in the server.

import * as vscode from 'vscode'
import {State, type LanguageClient} from 'vscode-languageclient/node'
import {acceptFinding, treatAsNamed} from './accept.ts'
import {checkWorkspace} from './checkWorkspace.ts'
import {applyAllSafeFixes} from './fixAll.ts'
import {openRulePage, openRulePageCommand} from './rulePages.ts'
import {createClient} from './server.ts'
import {StatusBar} from './statusBar.ts'
import {SummaryPanels, summaryViewType} from './summary/panel.ts'
import {SourcingView, sourcingViewId} from './summary/view.ts'

/** What `activate` returns, for the tests that run inside VS Code. */
export interface AttributionLintApi {
  readonly client: LanguageClient
  /** Resolves once the server has started (or failed to). */
  readonly ready: Promise<void>
}

let client: LanguageClient | undefined

export function activate(context: vscode.ExtensionContext): AttributionLintApi {
  const output = vscode.window.createOutputChannel('Attribution Lint', {log: true})
  context.subscriptions.push(output)

  let restarting = false
  const restart = async (): Promise<void> => {
    // A second click while the server is still coming up would stop it half-started.
    if (restarting || languageClient.state === State.Starting) return
    restarting = true
    try {
      output.info('Restarting the server.')
      if (languageClient.state === State.Running) {
        await languageClient.restart()
      } else {
        // Stopped after crashes, or still stopping: let any stop finish, then start afresh.
        await languageClient.stop().catch(() => undefined)
        await languageClient.start()
      }
    } catch (error) {
      reportStartFailure(output, error)
    } finally {
      restarting = false
    }
  }

  const languageClient = createClient(context, output, () => void restart())
  client = languageClient
  const ready = languageClient.start().catch((error: unknown) => reportStartFailure(output, error))

  const summaries = new SummaryPanels(languageClient)
  const sourcingView = new SourcingView(languageClient)
  const statusBar = new StatusBar(languageClient)
  context.subscriptions.push(
    summaries,
    sourcingView,
    statusBar,
    vscode.window.registerWebviewPanelSerializer(summaryViewType, summaries),
    vscode.window.registerWebviewViewProvider(sourcingViewId, sourcingView),
    vscode.commands.registerCommand('attributionLint.showSourcingSummary', (uri?: unknown) => summaries.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('attributionLint.showSourcingView', (uri?: unknown) => sourcingView.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('attributionLint.checkWorkspace', () => checkWorkspace(languageClient)),
    vscode.commands.registerCommand('attributionLint.fixAll', () => applyAllSafeFixes()),
    vscode.commands.registerCommand('attributionLint.restartServer', restart),
    vscode.commands.registerCommand('attributionLint.acceptFinding', (argument?: unknown) => acceptFinding(languageClient, argument)),
    vscode.commands.registerCommand('attributionLint.treatAsNamed', (argument?: unknown) => treatAsNamed(languageClient, argument)),
    vscode.commands.registerCommand(openRulePageCommand, (ruleId?: unknown) => openRulePage(context.extensionUri, ruleId))
  )
  return {client: languageClient, ready}
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop()
}

function reportStartFailure(output: vscode.LogOutputChannel, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  output.error(`The server did not start: ${message}`)
  void vscode.window.showErrorMessage(`Attribution Lint could not start its server: ${message}`, 'Show Log').then((choice) => {
    if (choice) output.show(true)
  })
}

// "Check All Drafts in Workspace": the server lints every draft that is not open (honouring
// .gitignore and .attributionlintignore) and publishes its diagnostics; we show its progress in the
// notification area and say what it found.

import * as vscode from 'vscode'
import {WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport} from 'vscode-languageclient/node'
import {checkWorkspaceRequest, type CheckWorkspaceParams, type CheckWorkspaceResult} from '../../server/src/lsp/protocol.ts'
import {draftDiagnostics, documentSelector} from './drafts.ts'

let running: Promise<void> | undefined

export function checkWorkspace(client: LanguageClient): Promise<void> {
  // A second request while one runs would only lint every draft twice.
  running ??= run(client).finally(() => (running = undefined))
  return running
}

async function run(client: LanguageClient): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Attribution Lint: open a folder to check all of its drafts.')
    return
  }
  const result = await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: 'Attribution Lint: checking drafts', cancellable: true},
    async (progress, cancel) => {
      progress.report({message: 'finding drafts…'})
      await client.start()
      // The server reports how far it got on this token, when it reports at all.
      const workDoneToken = `attributionLint/checkWorkspace/${Date.now()}`
      let reported = 0
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return
        const step = value as WorkDoneProgressBegin | WorkDoneProgressReport
        const percentage = typeof step.percentage === 'number' ? step.percentage : undefined
        progress.report({message: step.message, increment: percentage !== undefined ? Math.max(percentage - reported, 0) : undefined})
        if (percentage !== undefined) reported = Math.max(reported, percentage)
      })
      try {
        const params: CheckWorkspaceParams & {workDoneToken: string} = {publish: true, workDoneToken}
        return await client.sendRequest(checkWorkspaceRequest, params, cancel)
      } catch (error) {
        if (cancel.isCancellationRequested) return undefined
        throw error
      } finally {
        listener.dispose()
      }
    }
  ).then(undefined, (error: unknown) => {
    void vscode.window.showErrorMessage(`Attribution Lint could not check the workspace: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  })
  if (!result) return
  // The message is not awaited: the command is done when the diagnostics are published.
  void announce(result)
}

async function announce(result: CheckWorkspaceResult): Promise<void> {
  // Open drafts are not in the result: their diagnostics are already in the Problems view.
  const open = vscode.workspace.textDocuments.filter((document) => vscode.languages.match(documentSelector, document) > 0 && document.uri.scheme === 'file')
  const problemsInOpen = open.reduce((sum, document) => sum + draftDiagnostics(document.uri).length, 0)
  const closedProblems = result.drafts.reduce((sum, draft) => sum + draft.diagnostics.length, 0)
  const withProblems = result.drafts.filter((draft) => draft.diagnostics.length > 0).length + open.filter((document) => draftDiagnostics(document.uri).length > 0).length
  const drafts = result.drafts.length + open.length
  const problems = closedProblems + problemsInOpen
  const ignored = result.ignored > 0 ? ` (${plural(result.ignored, 'file')} left out by ignore files)` : ''
  const message =
    problems === 0
      ? `Attribution Lint checked ${plural(drafts, 'draft')}${ignored}: no sourcing problems.`
      : `Attribution Lint checked ${plural(drafts, 'draft')}${ignored}: ${plural(problems, 'problem')} in ${plural(withProblems, 'draft')}.`
  const choice = await vscode.window.showInformationMessage(message, ...(problems > 0 ? ['Show Problems'] : []))
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

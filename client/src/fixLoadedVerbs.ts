// "Fix All Loaded Verbs": applies the server's fix-all code action for the active draft, the same
// edits as the CLI's --fix ("claimed" becomes "said", "slammed" becomes "criticized").

import * as vscode from 'vscode'
import {draftDiagnostics, isDraft, ruleOf} from './drafts.ts'

/** The server's source action (`source.fixAll.attributionLint`). */
const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('attributionLint')

export async function fixAllLoadedVerbs(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor || !isDraft(editor.document)) {
    void vscode.window.showInformationMessage('Attribution Lint: open a draft to fix its loaded verbs.')
    return
  }
  const {document} = editor
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end)
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value)) ?? []
  const fixAll = actions.find((action) => action.edit && action.kind && fixAllKind.contains(action.kind))
  if (!fixAll?.edit) {
    const pending = draftDiagnostics(document.uri).filter((diagnostic) => ruleOf(diagnostic) === 'loaded-attribution-verb').length
    void vscode.window.showInformationMessage(
      pending === 0 ? 'Attribution Lint: no loaded verbs in this draft.' : 'Attribution Lint: the loaded verbs in this draft have no safe replacement.'
    )
    return
  }
  const count = fixAll.edit.get(document.uri).length
  if (!(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('Attribution Lint: the draft changed before the fixes could be applied; try again.')
    return
  }
  vscode.window.setStatusBarMessage(`Attribution Lint: replaced ${count} loaded verb${count === 1 ? '' : 's'}.`, 5000)
}

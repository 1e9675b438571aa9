// "Apply All Safe Fixes": applies the server's fix-all code action for the active draft, the same
// edits as the CLI's --fix (today: a loaded verb such as "claimed" becomes "said"). Which rules can
// fix is the rules' own business: the command knows none of them.

import * as vscode from 'vscode'
import {isDraft} from './drafts.ts'

/** The server's source action (`source.fixAll.attributionLint`). */
const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('attributionLint')

export async function applyAllSafeFixes(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor || !isDraft(editor.document)) {
    void vscode.window.showInformationMessage('Attribution Lint: open a draft to apply its safe fixes.')
    return
  }
  const {document} = editor
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end)
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value)) ?? []
  const fixAll = actions.find((action) => action.edit && action.kind && fixAllKind.contains(action.kind))
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage('Attribution Lint: nothing in this draft has a safe fix.')
    return
  }
  const count = fixAll.edit.get(document.uri).length
  if (!(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('Attribution Lint: the draft changed before the fixes could be applied; try again.')
    return
  }
  vscode.window.setStatusBarMessage(`Attribution Lint: applied ${count} safe fix${count === 1 ? '' : 'es'}.`, 5000)
}

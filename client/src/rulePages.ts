// The rule pages that ship with the extension (docs/rules/<id>.md, and the pages the engine's own
// notices point to), opened in VS Code's Markdown preview: they read the same with no network.
// Hovers link here; the diagnostic's code link goes to the same page online.

import * as vscode from 'vscode'

export const openRulePageCommand = 'attributionLint.openRulePage'

/** The page of `ruleId` in the extension's folder; the engine's own notices have pages of their own. */
export function rulePageUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  if (ruleId === 'require-reason') return vscode.Uri.joinPath(extensionUri, 'docs', 'accepting.md')
  if (ruleId === 'engine') return vscode.Uri.joinPath(extensionUri, 'docs', 'troubleshooting.md')
  if (!/^[a-z-]+$/.test(ruleId)) return undefined
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`)
}

export async function openRulePage(extensionUri: vscode.Uri, ruleId: unknown): Promise<boolean> {
  const uri = typeof ruleId === 'string' ? rulePageUri(extensionUri, ruleId) : undefined
  if (!uri) return false
  try {
    await vscode.workspace.fs.stat(uri)
  } catch {
    void vscode.window.showWarningMessage(`Attribution Lint: there is no page for “${String(ruleId)}” in this copy of the extension.`)
    return false
  }
  await vscode.commands.executeCommand('markdown.showPreview', uri)
  return true
}

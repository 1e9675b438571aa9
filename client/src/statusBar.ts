// The status bar item for the draft being worked on: how many findings it has to check, by plain
// name in the tooltip; a click opens the Sourcing view. It counts the same diagnostics the Problems
// view lists and the Sourcing view's "To check" counts. It stays while a draft is in the active
// editor group, even when a panel, the side bar or the view itself has focus (VS Code then has no
// active text editor), and hides only when another kind of file is in front.

import * as vscode from 'vscode'
import {State, type LanguageClient} from 'vscode-languageclient/node'
import {ruleName} from '../../server/src/engine/rules/names.ts'
import {draftDiagnostics, isDraft, ruleOf} from './drafts.ts'
import {ruleCount} from './ruleNames.ts'

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributionLint.status', vscode.StatusBarAlignment.Right, 100)
  private readonly disposables: vscode.Disposable[] = []

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Attribution Lint'
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics((event) => {
        const shown = this.draft()?.uri.toString()
        if (event.uris.some((uri) => uri.toString() === shown)) this.update()
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.update()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.update()),
      client.onDidChangeState(() => this.update())
    )
    this.update()
  }

  /** The draft in front: the active editor's, or, with focus outside the editors, the active tab's. */
  private draft(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document
    if (active && active.uri.scheme !== 'output') return isDraft(active) ? active : undefined
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab
    if (tab?.input instanceof vscode.TabInputText) {
      const uri = tab.input.uri.toString()
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri)
      return isDraft(document) ? document : undefined
    }
    // A webview (the Sourcing panel) in front: the draft shown beside it.
    return vscode.window.visibleTextEditors.map((editor) => editor.document).find(isDraft)
  }

  update(): void {
    const document = this.draft()
    if (!document) {
      this.item.hide()
      return
    }
    if (this.client.state !== State.Running) {
      const starting = this.client.state === State.Starting
      this.item.text = starting ? '$(loading~spin) Sourcing' : '$(debug-disconnect) Sourcing'
      this.item.tooltip = starting ? 'Attribution Lint is starting.' : 'The Attribution Lint server is not running. Click to restart it.'
      this.item.command = starting ? undefined : 'attributionLint.restartServer'
      this.item.accessibilityInformation = {label: String(this.item.tooltip)}
      this.item.show()
      return
    }

    const diagnostics = draftDiagnostics(document.uri)
    const byRule = new Map<string, number>()
    for (const diagnostic of diagnostics) {
      // Plain names in the tooltip; the id is only the diagnostic's code.
      const rule = ruleName(ruleOf(diagnostic) ?? 'other')
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
    }
    const total = diagnostics.length
    const summary = total === 0 ? 'nothing to check in this draft' : `${total} ${total === 1 ? 'finding' : 'findings'} to check`
    this.item.text = total === 0 ? '$(check) Sourcing' : `$(quote) Sourcing: ${total} to check`
    const tooltip = new vscode.MarkdownString(`**Sourcing**: ${summary}.`)
    if (byRule.size > 0) {
      tooltip.appendMarkdown('\n\n')
      for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) tooltip.appendMarkdown(`- ${count} ${ruleCount(rule, count)}\n`)
    }
    tooltip.appendMarkdown('\n\nClick to open the Sourcing view.')
    this.item.tooltip = tooltip
    this.item.accessibilityInformation = {label: `Sourcing: ${summary}. Open the Sourcing view.`, role: 'button'}
    this.item.command = {title: 'Open the Sourcing view', command: 'attributionLint.showSourcingView'}
    this.item.show()
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose()
  }
}

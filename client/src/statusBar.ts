// The status bar item for the active draft: its open problems by severity, the rules behind them in
// the tooltip; a click opens the Problems view.

import * as vscode from 'vscode'
import {State, type LanguageClient} from 'vscode-languageclient/node'
import {draftDiagnostics, isDraft, ruleOf} from './drafts.ts'

const severityNames: Array<[vscode.DiagnosticSeverity, string, string, string]> = [
  [vscode.DiagnosticSeverity.Error, '$(error)', 'error', 'errors'],
  [vscode.DiagnosticSeverity.Warning, '$(warning)', 'warning', 'warnings'],
  [vscode.DiagnosticSeverity.Information, '$(info)', 'note', 'notes'],
  [vscode.DiagnosticSeverity.Hint, '$(light-bulb)', 'hint', 'hints']
]

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributionLint.status', vscode.StatusBarAlignment.Right, 100)
  private readonly disposables: vscode.Disposable[] = []

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Attribution Lint'
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString()
        if (event.uris.some((uri) => uri.toString() === active)) this.update()
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      client.onDidChangeState(() => this.update())
    )
    this.update()
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document
    if (!isDraft(document)) {
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
    const counts = severityNames
      .map(([severity, icon, one, many]) => ({icon, one, many, count: diagnostics.filter((diagnostic) => diagnostic.severity === severity).length}))
      .filter((entry) => entry.count > 0)
    const byRule = new Map<string, number>()
    for (const diagnostic of diagnostics) {
      const rule = ruleOf(diagnostic) ?? 'other'
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
    }

    this.item.text = counts.length === 0 ? '$(check) Sourcing' : `Sourcing ${counts.map((entry) => `${entry.icon} ${entry.count}`).join(' ')}`
    const summary = counts.length === 0 ? 'No sourcing problems in this draft' : counts.map((entry) => `${entry.count} ${entry.count === 1 ? entry.one : entry.many}`).join(', ')
    const tooltip = new vscode.MarkdownString(`**Attribution Lint**: ${summary}.`)
    if (byRule.size > 0) {
      tooltip.appendMarkdown('\n\n| rule | problems |\n| --- | ---: |\n')
      for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) tooltip.appendMarkdown(`| ${rule} | ${count} |\n`)
    }
    tooltip.appendMarkdown('\n\nClick to open the Problems view.')
    this.item.tooltip = tooltip
    this.item.accessibilityInformation = {label: `Attribution Lint: ${summary}. Open the Problems view.`, role: 'button'}
    this.item.command = {title: 'Show Problems', command: 'workbench.actions.view.problems'}
    this.item.show()
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose()
  }
}

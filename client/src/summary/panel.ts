// The Sourcing view as a panel beside the draft ("Attribution Lint: Show Sourcing Summary"), for
// those who want it next to the text rather than in the side bar. The same presenter draws it.

import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'
import {isDraft} from '../drafts.ts'
import {SummaryPresenter} from './presenter.ts'

export const summaryViewType = 'attributionLint.summary'

export class SummaryPanels implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private presenter: SummaryPresenter | undefined

  constructor(private readonly client: LanguageClient) {}

  /** Opens the panel for `uri` (the active draft by default), or brings it forward. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? (isDraft(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document.uri : undefined)
    if (!target) {
      void vscode.window.showInformationMessage('Attribution Lint: open a Markdown, plain-text or .draft file to see its sourcing.')
      return
    }
    if (this.panel) this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true)
    else this.attach(vscode.window.createWebviewPanel(summaryViewType, 'Sourcing', {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: true, localResourceRoots: []}))
    this.presenter?.follow(target)
  }

  /** Brings back a panel VS Code kept from the last session. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose()
    this.attach(panel)
    const saved = typeof state === 'object' && state !== null ? (state as {uri?: unknown}).uri : undefined
    if (typeof saved === 'string') this.presenter?.follow(vscode.Uri.parse(saved))
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel
    const presenter = new SummaryPresenter(
      this.client,
      {
        webview: panel.webview,
        get visible() {
          return panel.visible
        },
        showDraftName: (name) => (panel.title = name ? `Sourcing: ${name}` : 'Sourcing'),
        editorColumn: () => (panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One)
      }
    )
    this.presenter = presenter
    const changes = panel.onDidChangeViewState(() => {
      if (panel.visible) presenter.refreshSoon()
    })
    panel.onDidDispose(() => {
      changes.dispose()
      presenter.dispose()
      if (this.panel === panel) {
        this.panel = undefined
        this.presenter = undefined
      }
    })
  }

  dispose(): void {
    this.panel?.dispose()
  }
}

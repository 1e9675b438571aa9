// The Sourcing view in its own Activity Bar container: a webview view in the side bar, so it never
// squeezes the draft. It follows the active draft; the status bar item opens it.

import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'
import {SummaryPresenter} from './presenter.ts'

export const sourcingViewId = 'attributionLint.sourcing'

export class SourcingView implements vscode.WebviewViewProvider, vscode.Disposable {
  private presenter: SummaryPresenter | undefined

  constructor(private readonly client: LanguageClient) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.presenter?.dispose()
    const presenter = new SummaryPresenter(
      this.client,
      {
        webview: view.webview,
        get visible() {
          return view.visible
        },
        showDraftName: (name) => (view.description = name),
        editorColumn: () => vscode.window.tabGroups.activeTabGroup.viewColumn ?? vscode.ViewColumn.One
      }
    )
    this.presenter = presenter
    const visibility = view.onDidChangeVisibility(() => {
      if (view.visible) presenter.refreshSoon()
    })
    view.onDidDispose(() => {
      visibility.dispose()
      presenter.dispose()
      if (this.presenter === presenter) this.presenter = undefined
    })
  }

  /** Opens the view (and its container) and shows `uri`, or the active draft. */
  async show(uri?: vscode.Uri): Promise<void> {
    await vscode.commands.executeCommand(`${sourcingViewId}.focus`)
    if (uri) this.presenter?.follow(uri)
  }

  dispose(): void {
    this.presenter?.dispose()
  }
}

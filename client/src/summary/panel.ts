// The sourcing summary view: one webview panel beside the draft. It follows the active draft and
// asks the server for a new summary as the draft changes; choosing a source puts the cursor on its
// first mention.

import {basename} from 'node:path'
import * as vscode from 'vscode'
import {State, type LanguageClient} from 'vscode-languageclient/node'
import {sourcingSummaryRequest} from '../../../server/src/lsp/protocol.ts'
import {isDraft} from '../drafts.ts'
import {nonce, summaryPage} from './page.ts'
import {isSourcingSummary, renderMessage, renderSummary} from './render.ts'

export const summaryViewType = 'attributionLint.summary'

/** Typing pauses shorter than this do not ask for a new summary. */
const typingDelay = 300

interface RevealMessage {
  type: 'reveal'
  line: number
  character: number
  endLine: number
  endCharacter: number
}

function isRevealMessage(value: unknown): value is RevealMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return message.type === 'reveal' && ['line', 'character', 'endLine', 'endCharacter'].every((key) => Number.isInteger(message[key]) && (message[key] as number) >= 0)
}

export class SummaryPanels implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private panelDisposables: vscode.Disposable[] = []
  private readonly disposables: vscode.Disposable[] = []
  /** The draft the panel shows. */
  private uri: vscode.Uri | undefined
  private ready = false
  private content = ''
  private sequence = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShown(event.document.uri) && event.contentChanges.length > 0) this.schedule(typingDelay)
      }),
      // New diagnostics mean the server linted again: after a settings or configuration file change too.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.isShown(uri))) this.schedule(0)
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isDraft(editor.document) && !this.isShown(editor.document.uri)) this.follow(editor.document.uri)
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isShown(document.uri)) this.schedule(0)
      }),
      client.onDidChangeState(() => this.schedule(0))
    )
  }

  /** Opens the view for `uri` (the active draft by default), or brings it forward. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? (isDraft(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document.uri : undefined)
    if (!target) {
      void vscode.window.showInformationMessage('Attribution Lint: open a Markdown, plain-text or .draft file to see its sourcing summary.')
      return
    }
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true)
    } else {
      const panel = vscode.window.createWebviewPanel(summaryViewType, 'Sourcing summary', {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: true, localResourceRoots: []})
      this.attach(panel)
    }
    this.follow(target)
  }

  /** Brings back a panel VS Code kept from the last session. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose()
    this.attach(panel)
    const saved = typeof state === 'object' && state !== null ? (state as {uri?: unknown}).uri : undefined
    if (typeof saved === 'string') this.follow(vscode.Uri.parse(saved))
    else this.post(renderMessage('Sourcing summary', 'Open a draft and run “Attribution Lint: Show Sourcing Summary”.'))
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel
    this.ready = false
    panel.webview.options = {enableScripts: true, localResourceRoots: []}
    panel.webview.html = summaryPage({cspSource: panel.webview.cspSource, nonce: nonce(), content: renderMessage('Sourcing summary', 'Reading the draft…')})
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.schedule(0)
      }),
      panel.onDidDispose(() => {
        for (const disposable of this.panelDisposables) disposable.dispose()
        this.panelDisposables = []
        if (this.panel === panel) this.panel = undefined
      })
    ]
  }

  private follow(uri: vscode.Uri): void {
    this.uri = uri
    if (this.panel) this.panel.title = `Sourcing: ${basename(uri.path)}`
    this.schedule(0)
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.panel !== undefined && this.uri !== undefined && uri.toString() === this.uri.toString()
  }

  private schedule(delay: number): void {
    if (!this.panel) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.refresh()
    }, delay)
  }

  private async refresh(): Promise<void> {
    const {panel, uri} = this
    if (!panel || !uri || !panel.visible) return
    const sequence = ++this.sequence
    const current = () => sequence === this.sequence && this.panel === panel
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
    if (!document) {
      this.post(renderMessage('The draft is closed', `Open ${basename(uri.path)} again to see its sourcing.`))
      return
    }
    if (this.client.state !== State.Running) {
      this.post(
        this.client.state === State.Starting
          ? renderMessage('Sourcing summary', 'Attribution Lint is starting…')
          : renderMessage('Attribution Lint is not running', 'Run “Attribution Lint: Restart Server” to start it again.')
      )
      return
    }
    try {
      const summary = await this.client.sendRequest(sourcingSummaryRequest, {textDocument: {uri: this.client.code2ProtocolConverter.asUri(uri)}})
      if (!current()) return
      if (summary === null || summary === undefined) {
        this.post(renderMessage(`Sourcing of ${basename(uri.path)}`, 'This draft is not checked: Attribution Lint is turned off for it, or it is larger than the “Max Draft Size” setting.'))
      } else if (!isSourcingSummary(summary)) {
        this.post(renderMessage('Sourcing summary', 'The server sent a summary this version of the extension cannot read.'))
      } else {
        this.post(renderSummary(summary, basename(uri.path)))
      }
    } catch (error) {
      if (current()) this.post(renderMessage('The summary is not available', error instanceof Error ? error.message : String(error)))
    }
  }

  private post(content: string): void {
    this.content = content
    if (this.panel && this.ready) void this.panel.webview.postMessage({type: 'render', html: content, uri: this.uri?.toString(), sequence: this.sequence})
  }

  private receive(message: unknown): void {
    if (typeof message === 'object' && message !== null && (message as {type?: unknown}).type === 'ready') {
      this.ready = true
      this.post(this.content)
      this.schedule(0)
    } else if (isRevealMessage(message)) {
      void this.reveal(message)
    }
  }

  private async reveal(message: RevealMessage): Promise<void> {
    if (!this.uri) return
    const uri = this.uri
    const document = await vscode.workspace.openTextDocument(uri)
    const start = document.validatePosition(new vscode.Position(message.line, message.character))
    const end = document.validatePosition(new vscode.Position(message.endLine, message.endCharacter))
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString())
    const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One)
    const editor = await vscode.window.showTextDocument(document, {viewColumn: column, preserveFocus: false, selection: new vscode.Selection(start, end.isBefore(start) ? start : end)})
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.panel?.dispose()
    for (const disposable of this.disposables) disposable.dispose()
  }
}

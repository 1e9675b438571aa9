// What the Sourcing view shows, for one webview: the side bar's view or the panel beside the draft.
// It follows the active draft (and keeps the last one while another kind of editor, a panel or the
// view itself has focus), asks the server for a new summary as the draft changes, goes to what a
// row names, and says so when the draft is closed, with a button to open it again.

import {basename} from 'node:path'
import * as vscode from 'vscode'
import {LSPErrorCodes, ResponseError, State, type LanguageClient} from 'vscode-languageclient/node'
import {sourcingSummaryRequest, unacceptFindingRequest} from '../../../server/src/lsp/protocol.ts'
import {isDraft} from '../drafts.ts'
import {nonce, summaryPage} from './page.ts'
import {isSourcingSummary, renderMessage, renderSummary, type SourcingSummary} from './render.ts'

/** Typing pauses shorter than this do not ask for a new summary. */
const typingDelay = 300

/** The webview a presenter draws into, and where its title goes. */
export interface SummaryHost {
  readonly webview: vscode.Webview
  readonly visible: boolean
  /** Names the draft shown (the view's description, the panel's title). */
  showDraftName(name: string | undefined): void
  /** Where a draft opened from the view goes: beside a panel, in the main editor for the side bar. */
  readonly editorColumn: () => vscode.ViewColumn
}

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

function isActionMessage(value: unknown): value is {type: 'action'; action: string; index: number} {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return message.type === 'action' && typeof message.action === 'string' && Number.isInteger(message.index)
}

/** Is a tab showing `uri` as text (the draft is open in an editor, focused or not)? */
function isInATab(uri: vscode.Uri): boolean {
  const wanted = uri.toString()
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === wanted))
}

export class SummaryPresenter implements vscode.Disposable {
  /** The draft shown. */
  private uri: vscode.Uri | undefined
  private ready = false
  private content = ''
  private sequence = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  /** The summary shown: its accepted findings are what an undo button names. */
  private shown: SourcingSummary | undefined
  private readonly disposables: vscode.Disposable[] = []

  constructor(
    private readonly client: LanguageClient,
    private readonly host: SummaryHost
  ) {
    host.webview.options = {enableScripts: true, localResourceRoots: []}
    host.webview.html = summaryPage({cspSource: host.webview.cspSource, nonce: nonce(), content: renderMessage('Sourcing', 'Reading the draft…')})
    this.disposables.push(
      host.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShown(event.document.uri) && event.contentChanges.length > 0) this.schedule(typingDelay)
      }),
      // New diagnostics mean the server linted again: after a settings or configuration file change too.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.isShown(uri))) this.schedule(0)
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDraft(editor.document) && !this.isShown(editor.document.uri)) this.follow(editor.document.uri)
      }),
      // Closing the draft's last tab: the view says so (the document itself may stay loaded a while).
      vscode.window.tabGroups.onDidChangeTabs(() => {
        if (this.uri) this.schedule(0)
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isShown(document.uri)) this.schedule(0)
      }),
      client.onDidChangeState(() => this.schedule(0))
    )
    const active = vscode.window.activeTextEditor?.document
    const draft = isDraft(active) ? active : vscode.window.visibleTextEditors.map((editor) => editor.document).find(isDraft)
    if (draft) this.follow(draft.uri)
    else this.schedule(0)
  }

  /** The draft the view shows, if any. */
  get draft(): vscode.Uri | undefined {
    return this.uri
  }

  follow(uri: vscode.Uri): void {
    this.uri = uri
    this.host.showDraftName(basename(uri.path))
    this.schedule(0)
  }

  /** Draws again now, when the host became visible. */
  refreshSoon(): void {
    this.schedule(0)
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.uri !== undefined && uri.toString() === this.uri.toString()
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.refresh()
    }, delay)
  }

  private async refresh(): Promise<void> {
    const {uri} = this
    if (!this.host.visible) return
    const sequence = ++this.sequence
    const current = () => sequence === this.sequence && uri === this.uri
    if (!uri) {
      this.post(renderMessage('Sourcing', 'Open a Markdown, plain-text or .draft file to see how it is sourced.'))
      return
    }
    const name = basename(uri.path)
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
    if (!document || (!isInATab(uri) && uri.scheme !== 'untitled')) {
      this.post(renderMessage(`${name} is closed`, `The Sourcing view shows the draft you are working on. ${name} is no longer open.`, {id: 'reopen', label: `Reopen ${name}`}))
      return
    }
    if (this.client.state !== State.Running) {
      this.post(
        this.client.state === State.Starting
          ? renderMessage('Sourcing', 'Attribution Lint is starting…')
          : renderMessage('Attribution Lint is not running', 'Run “Attribution Lint: Restart Server” to start it again.', {id: 'restart', label: 'Restart the server'})
      )
      return
    }
    try {
      const summary = await this.client.sendRequest(sourcingSummaryRequest, {textDocument: {uri: this.client.code2ProtocolConverter.asUri(uri)}})
      if (!current()) return
      if (summary === null || summary === undefined) {
        this.post(renderMessage(`Sourcing of ${name}`, 'This draft is not checked: Attribution Lint is turned off for it, or it is larger than the “Max Draft Size” setting.'))
      } else if (!isSourcingSummary(summary)) {
        this.post(renderMessage('Sourcing', 'The server sent a summary this version of the extension cannot read. Reload the window.'))
      } else {
        this.shown = summary
        this.post(renderSummary(summary, name))
      }
    } catch (error) {
      // A request overtaken by the reporter's typing is not a failure: the summary on screen stays
      // (and the lists they opened with it) until the next one arrives.
      if (isOvertaken(error)) return
      if (current()) this.post(renderMessage('The summary is not available', error instanceof Error ? error.message : String(error)))
    }
  }

  private post(content: string): void {
    this.content = content
    if (this.ready) void this.host.webview.postMessage({type: 'render', html: content, uri: this.uri?.toString(), sequence: this.sequence})
  }

  private receive(message: unknown): void {
    if (typeof message === 'object' && message !== null && (message as {type?: unknown}).type === 'ready') {
      this.ready = true
      this.post(this.content)
      this.schedule(0)
    } else if (isRevealMessage(message)) {
      void this.reveal(message)
    } else if (isActionMessage(message)) {
      void this.act(message.action, message.index)
    }
  }

  private async act(action: string, index: number): Promise<void> {
    const uri = this.uri
    if (action === 'reopen' && uri) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), {viewColumn: this.host.editorColumn()})
      this.schedule(0)
    } else if (action === 'restart') {
      await vscode.commands.executeCommand('attributionLint.restartServer')
    } else if (action === 'unaccept' && uri) {
      const item = this.shown?.items.accepted[index]
      if (!item?.accepted || !item.ruleId) return
      const result = await this.client.sendRequest(unacceptFindingRequest, {textDocument: {uri: this.client.code2ProtocolConverter.asUri(uri)}, rule: item.ruleId, sentence: item.accepted.sentence})
      if ('error' in result) void vscode.window.showErrorMessage(`Attribution Lint: ${result.error}`)
    }
  }

  private async reveal(message: RevealMessage): Promise<void> {
    if (!this.uri) return
    const uri = this.uri
    const document = await vscode.workspace.openTextDocument(uri)
    const start = document.validatePosition(new vscode.Position(message.line, message.character))
    const end = document.validatePosition(new vscode.Position(message.endLine, message.endCharacter))
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString())
    const column = visible?.viewColumn ?? this.host.editorColumn()
    const editor = await vscode.window.showTextDocument(document, {viewColumn: column, preserveFocus: false, selection: new vscode.Selection(start, end.isBefore(start) ? start : end)})
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    for (const disposable of this.disposables) disposable.dispose()
  }
}

/** A request cancelled (-32800) or made stale by an edit (-32801): the next refresh answers it. */
function isOvertaken(error: unknown): boolean {
  return error instanceof ResponseError && (error.code === LSPErrorCodes.RequestCancelled || error.code === LSPErrorCodes.ContentModified)
}

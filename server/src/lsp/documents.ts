// The open drafts: their text, kept in step with the client by incremental changes. One owner for
// the text (style guide, section 1); changes that make no sense are said once in the log and then
// applied as well as they can be, never thrown.

import {TextDocument} from 'vscode-languageserver-textdocument'
import type {DidChangeTextDocumentParams, DidOpenTextDocumentParams, Position, TextDocumentContentChangeEvent} from 'vscode-languageserver'

export class Drafts {
  private readonly documents = new Map<string, TextDocument>()

  constructor(private readonly log: (line: string) => void) {}

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri)
  }

  all(): TextDocument[] {
    return [...this.documents.values()]
  }

  open(params: DidOpenTextDocumentParams): TextDocument {
    const {uri, languageId, version, text} = params.textDocument
    const document = TextDocument.create(uri, languageId, version, text)
    this.documents.set(uri, document)
    return document
  }

  change(params: DidChangeTextDocumentParams): TextDocument | undefined {
    const {uri, version} = params.textDocument
    const document = this.documents.get(uri)
    if (!document) {
      this.log(`Ignored a change to ${uri}: that document is not open.`)
      return undefined
    }
    if (version !== null && version <= document.version) this.log(`A change to ${uri} has version ${version}, not newer than ${document.version}; applied anyway.`)
    const changes = params.contentChanges.map((change) => this.wellFormed(document, change))
    TextDocument.update(document, changes, version ?? document.version + 1)
    return document
  }

  close(uri: string): boolean {
    return this.documents.delete(uri)
  }

  /** A change whose range lies outside the document is clamped to it (and said once in the log). */
  private wellFormed(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
    if (!('range' in change) || !change.range) return change
    const clamp = (position: Position) => document.positionAt(document.offsetAt(position))
    const start = clamp(change.range.start)
    const end = clamp(change.range.end)
    const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character
    if (same(start, change.range.start) && same(end, change.range.end)) return change
    this.log(
      `A change to ${document.uri} has the range ${describe(change.range.start)}-${describe(change.range.end)}, outside the document (${document.lineCount} lines); applied at ${describe(start)}-${describe(end)}.`
    )
    return {range: {start, end}, text: change.text}
  }
}

function describe(position: Position): string {
  return `${position.line + 1}:${position.character + 1}`
}

// Completion inside evidence notes: after `[^` the draft's footnote labels (each with what its
// definition says), and after `source:` in a `{>>source: ...<<}` note the sources the draft
// names, so a note points at the same name the copy uses. Worked out from the lint's facts; a
// keystroke anywhere else costs one look at the text before the cursor.

import {CompletionItemKind, type CompletionItem, type CompletionList, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {DraftFacts} from './facts.ts'

export const completionTriggers = ['^', ':']

const footnoteOpened = /\[\^([^\]\s]*)$/
const sourceOpened = /\{>>\s*(?:source|evidence)\s*:(\s*)([^<]*)$/i

/** What the text before the cursor asks for, if anything: decided before the facts are fetched. */
export function completionContext(document: TextDocument, position: Position): 'footnote' | 'source' | undefined {
  const before = document.getText({start: {line: position.line, character: 0}, end: position})
  if (footnoteOpened.test(before)) return 'footnote'
  if (sourceOpened.test(before)) return 'source'
  return undefined
}

export function completionsAt(document: TextDocument, position: Position, facts: DraftFacts): CompletionList | null {
  const before = document.getText({start: {line: position.line, character: 0}, end: position})
  const after = document.getText({start: position, end: {line: position.line, character: position.character + 1}})
  const footnote = footnoteOpened.exec(before)
  if (footnote) {
    const start = {line: position.line, character: position.character - footnote[1].length}
    const close = after === ']' ? '' : ']'
    const items = new Map<string, CompletionItem>()
    for (const definition of facts.definitions) {
      items.set(definition.label, {label: definition.label, kind: CompletionItemKind.Reference, detail: definition.value.trim() || '(empty definition)', textEdit: {range: {start, end: position}, newText: `${definition.label}${close}`}})
    }
    for (const note of facts.notes) {
      if (note.kind !== 'footnote' || items.has(note.value)) continue
      items.set(note.value, {label: note.value, kind: CompletionItemKind.Reference, detail: 'cited, not defined yet', textEdit: {range: {start, end: position}, newText: `${note.value}${close}`}})
    }
    return {isIncomplete: false, items: [...items.values()].map((item, index) => ({...item, sortText: String(index).padStart(4, '0')}))}
  }
  const source = sourceOpened.exec(before)
  if (source) {
    const typed = source[2]
    // Right after the colon, the name comes with its space: `source: Mayor Lena Dorsey`.
    const space = source[1] === '' ? ' ' : ''
    const start = {line: position.line, character: position.character - typed.length}
    const names = new Map<string, CompletionItem>()
    for (const cue of facts.cues) {
      const named = cue.source.antecedent ?? cue.source
      if (cue.source.kind === 'vague' || (cue.source.pronoun && !cue.source.antecedent)) continue
      const name = named.text.replace(/\s+/g, ' ').trim()
      if (names.has(name.toLowerCase())) continue
      const line = document.positionAt(named.start).line + 1
      names.set(name.toLowerCase(), {
        label: name,
        kind: cue.source.kind === 'document' ? CompletionItemKind.File : CompletionItemKind.Reference,
        detail: `${cue.source.kind === 'document' ? 'document' : `${cue.source.kind} source`}, line ${line}`,
        filterText: `${space}${name}`,
        textEdit: {range: {start, end: position}, newText: `${space}${name}`}
      })
    }
    return {isIncomplete: false, items: [...names.values()].map((item, index) => ({...item, sortText: String(index).padStart(4, '0')}))}
  }
  return null
}

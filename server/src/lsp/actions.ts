// Code actions, built from the findings and the analysis of the version the client sees, with no
// second analysis (unifiedjs/unified-language-server builds its quick fixes the same way):
// - loaded-attribution-verb: replace the verb with the engine's safe `expected` (preferred);
// - missing-evidence, unattributed-claim: add an evidence note, as a CriticMarkup comment after the
//   sentence or as a new footnote, with the cursor inside the note;
// - dangling-evidence: define a footnote that has no definition, or remove a definition nobody cites;
// - every rule: a disable-next-line comment on the line before;
// - "Fix all loaded verbs in this draft", as a source action and as a quick fix.

import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ruleIds, type DraftFormat, type Finding, type RuleId} from '../engine/index.ts'
import {fixEdits} from '../engine/fix.ts'
import {diagnosticSource, toRange} from './diagnostics.ts'
import {itemAt, type DraftFacts} from './facts.ts'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.attributionLint`

export interface ActionContext {
  document: TextDocument
  format: DraftFormat
  findings: Finding[]
  /** The lint's facts, when the request needs them (`needsFacts`). */
  facts: DraftFacts | undefined
  /** The client applies snippet edits (LSP 3.18 `snippetEditSupport`, with `documentChanges`). */
  snippets: boolean
  documentChanges: boolean
}

/** An edit that may hold a snippet (`$0` marks the cursor); plain text for clients without snippets. */
interface DraftEdit {
  range: Range
  /** Literal text. */
  text: string
  /** The same text as a snippet, when it has a tab stop. */
  snippet?: string
}

/** The rules whose quick fixes read the facts (sentences, notes, definitions), not only the finding. */
const rulesReadingFacts: ReadonlySet<unknown> = new Set<RuleId>(['missing-evidence', 'unattributed-claim', 'dangling-evidence'])

/** Whether the actions asked for need the lint's facts, which are fetched from the linter. */
export function needsFacts(params: CodeActionParams): boolean {
  return wants(params, CodeActionKind.QuickFix) && params.context.diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource && rulesReadingFacts.has(diagnostic.code))
}

function wants(params: CodeActionParams, kind: string): boolean {
  return !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`))
}

export function codeActions(params: CodeActionParams, context: ActionContext): CodeAction[] {
  const actions: CodeAction[] = []
  if (wants(params, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== diagnosticSource) continue
      const finding = findingOf(diagnostic, context)
      if (!finding) continue
      actions.push(...quickFixes(finding, diagnostic, context))
    }
  }
  if (wants(params, fixAllKind)) {
    const fixAll = fixAllLoadedVerbs(context, fixAllKind)
    if (fixAll) actions.push(fixAll)
  }
  return actions
}

/** The finding a diagnostic came from, in the lint of the document's current version. */
function findingOf(diagnostic: Diagnostic, context: ActionContext): Finding | undefined {
  const ruleId = diagnostic.code
  if (typeof ruleId !== 'string' || !(ruleIds as readonly string[]).includes(ruleId)) return undefined
  const {findings} = context
  const start = context.document.offsetAt(diagnostic.range.start)
  const end = context.document.offsetAt(diagnostic.range.end)
  return findings.find((finding) => finding.ruleId === ruleId && finding.start.offset === start && finding.end.offset === end)
}

function quickFixes(finding: Finding, diagnostic: Diagnostic, context: ActionContext): CodeAction[] {
  const actions: CodeAction[] = []
  const fix = (title: string, edits: DraftEdit[], isPreferred = false): CodeAction => {
    const action: CodeAction = {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(context, edits)}
    if (isPreferred) action.isPreferred = true
    return action
  }
  const ruleId = finding.ruleId as RuleId
  const {facts} = context
  const range = toRange(finding)

  if (ruleId === 'loaded-attribution-verb' && finding.actual && finding.expected) {
    for (const expected of finding.expected) {
      actions.push(fix(`Replace “${finding.actual}” with “${expected}”`, [{range, text: expected}], finding.expected.length === 1))
    }
    const all = fixAllLoadedVerbs(context, CodeActionKind.QuickFix)
    if (all && context.findings.filter(isLoadedVerbFix).length > 1) actions.push(all)
  }

  if (facts && (ruleId === 'missing-evidence' || ruleId === 'unattributed-claim')) {
    const end = sentenceEnd(finding, facts, context)
    if (end !== undefined) {
      const at = context.document.positionAt(end)
      actions.push(fix('Add an evidence note after this sentence', [{range: {start: at, end: at}, text: ' {>>source: <<}', snippet: ' {>>source: $0<<\\}'}]))
      const label = String(nextFootnoteNumber(facts))
      actions.push(fix(`Add footnote [^${label}] with its definition at the end of the draft`, [{range: {start: at, end: at}, text: `[^${label}]`}, definitionEdit(label, context)]))
    }
  }

  if (facts && ruleId === 'dangling-evidence') {
    const note = facts.notes.find((candidate) => candidate.start === finding.start.offset && candidate.defect === 'no-definition')
    if (note) actions.push(fix(`Add a definition for [^${note.value}] at the end of the draft`, [definitionEdit(note.value, context)], true))
    const definition = facts.definitions.find((candidate) => candidate.start === finding.start.offset && !candidate.referenced)
    if (definition) actions.push(fix(`Remove the unused footnote definition [^${definition.label}]`, [removeLines(definition.start, definition.end, context.document)]))
  }

  actions.push(fix(`Turn off ${ruleId} for this line`, [disableNextLine(ruleId, finding.start.line - 1, context)]))
  return actions
}

function isLoadedVerbFix(finding: Finding): boolean {
  return finding.ruleId === 'loaded-attribution-verb' && finding.expected !== undefined && finding.expected.length > 0
}

function fixAllLoadedVerbs(context: ActionContext, kind: string): CodeAction | undefined {
  // The CLI's --fix applies the same edits (engine/fix.ts).
  const {document} = context
  const edits = fixEdits(document.getText(), context.findings.filter(isLoadedVerbFix)).map((edit) => ({
    range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)},
    text: edit.newText
  }))
  if (edits.length === 0) return undefined
  return {title: 'Fix all loaded verbs in this draft', kind, edit: workspaceEdit(context, edits)}
}

/** Where the sentence holding a finding ends, before any trailing space. */
function sentenceEnd(finding: Finding, facts: DraftFacts, context: ActionContext): number | undefined {
  const sentence = itemAt(facts.sentences, finding.start.offset)
  if (!sentence) return undefined
  const text = context.document.getText()
  let end = sentence.end
  while (end > sentence.start && /\s/.test(text[end - 1])) end--
  return end
}

function nextFootnoteNumber(facts: DraftFacts): number {
  let highest = 0
  const labels = [...facts.definitions.map((definition) => definition.label), ...facts.notes.filter((note) => note.kind === 'footnote').map((note) => note.value)]
  for (const label of labels) if (/^\d+$/.test(label)) highest = Math.max(highest, Number(label))
  return highest + 1
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** A footnote definition at the end of the draft, after a blank line unless it joins other definitions. */
function definitionEdit(label: string, context: ActionContext): DraftEdit {
  const full = context.document.getText()
  // A comment left open at the end would hide the definition: it goes before the comment's line.
  const opened = full.lastIndexOf('<!--')
  const end = opened > full.lastIndexOf('-->') ? full.lastIndexOf('\n', opened) + 1 : full.length
  const text = full.slice(0, end)
  const eol = lineEnding(full)
  const at = context.document.positionAt(end)
  const lines = text.split(/\r?\n/)
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop()
  const afterDefinition = /^\[\^[^\]\s]+\]:/.test(lines.at(-1) ?? '') && !/(\r?\n){2}$/.test(text)
  let before: string
  if (text.trim() === '') before = ''
  else if (afterDefinition) before = /\r?\n$/.test(text) ? '' : eol
  else before = /(\r?\n){2}$/.test(text) ? '' : /\r?\n$/.test(text) ? eol : eol + eol
  const head = `${before}[^${label}]: `
  return {range: {start: at, end: at}, text: `${head}${eol}`, snippet: `${escapeSnippet(head)}$0${eol}`}
}

/** Deletes whole lines from the one holding `start` to the one holding `end`, with their line break. */
function removeLines(start: number, end: number, document: TextDocument): DraftEdit {
  const text = document.getText()
  let last = end
  while (last > start && /\s/.test(text[last - 1])) last--
  const from = document.positionAt(start)
  const to = document.positionAt(last)
  const lastLine = to.line
  const range: Range = {start: {line: from.line, character: 0}, end: lastLine + 1 < document.lineCount ? {line: lastLine + 1, character: 0} : document.positionAt(text.length)}
  return {range, text: ''}
}

/**
 * The spec's disable-next-line comment before the finding's line. In every format the draft's
 * comment is an HTML comment. On a line of its own it would end a Markdown paragraph (an HTML block
 * may interrupt one), so inside a paragraph it goes at the end of the line before.
 */
function disableNextLine(ruleId: RuleId, line: number, context: ActionContext): DraftEdit {
  const {document} = context
  const comment = `<!-- attribution-lint-disable-next-line ${ruleId} -->`
  const lineText = (index: number) => document.getText({start: {line: index, character: 0}, end: {line: index + 1, character: 0}}).replace(/\r?\n$|\r$/, '')
  const previous = line > 0 ? lineText(line - 1) : ''
  const ownLine = line === 0 || previous.trim() === '' || (context.format === 'markdown' && /^\s*(```|~~~|---|\+\+\+)/.test(previous))
  if (ownLine) {
    const indent = /^[ \t]*/.exec(lineText(line))![0]
    const at = {line, character: 0}
    return {range: {start: at, end: at}, text: `${indent}${comment}${lineEnding(document.getText())}`}
  }
  const at = {line: line - 1, character: previous.length}
  return {range: {start: at, end: at}, text: `${/\s$/.test(previous) ? '' : ' '}${comment}`}
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&')
}

function workspaceEdit(context: ActionContext, edits: DraftEdit[]): WorkspaceEdit {
  const {document} = context
  if (context.snippets && edits.some((edit) => edit.snippet)) {
    return {
      documentChanges: [
        {
          textDocument: {uri: document.uri, version: document.version},
          edits: edits.map((edit) => (edit.snippet ? {range: edit.range, snippet: {kind: 'snippet', value: edit.snippet}} : {range: edit.range, newText: edit.text}))
        }
      ]
    }
  }
  const textEdits: TextEdit[] = edits.map((edit) => ({range: edit.range, newText: edit.text}))
  if (context.documentChanges) return {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits: textEdits}]}
  return {changes: {[document.uri]: textEdits}}
}

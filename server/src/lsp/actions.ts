// Code actions, built from the findings and the suggestions of the version the client sees, with no
// second analysis (unifiedjs/unified-language-server builds its quick fixes the same way). Nothing
// here knows a rule: every rule's findings get the same actions from what the rule declared:
// - a finding's safe `fix` (preferred);
// - its suggestions, as the rule titled them (snippets keep the cursor where the reporter types);
// - accept the finding in the project's `.attributionlint-accepted.json` (the copy stays as it is),
//   and a disable-next-line comment on the line before, for every rule;
// - at an anonymous or vague source, whatever the rule: treat that source as named in the configuration;
// - "Apply all safe fixes in this draft", as a source action and as a quick fix when there are several.

import {CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ruleById, type DraftFormat, type Finding, type Source, type TextEdit as DraftTextEdit} from '../engine/index.ts'
import {fixEdits, isFixable} from '../engine/fix.ts'
import {diagnosticSource} from './diagnostics.ts'
import type {DraftFacts} from './facts.ts'
import type {FindingSuggestions} from './worker-messages.ts'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.attributionLint`

export interface ActionContext {
  document: TextDocument
  format: DraftFormat
  findings: Finding[]
  /** The lint's suggestions, when the request needs them (`needsSuggestions`). */
  suggestions: FindingSuggestions[] | undefined
  /** The lint's facts (quotes, cues and their sources), for quick fixes: to name the source a finding is about. */
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

/** The commands the client runs for the project-file actions (client/src/accept.ts). */
export const acceptFindingCommand = 'attributionLint.acceptFinding'
export const treatAsNamedCommand = 'attributionLint.treatAsNamed'

/** Whether quick fixes are asked for ours: they read the lint's facts. */
export function needsFacts(params: CodeActionParams): boolean {
  return wants(params, CodeActionKind.QuickFix) && params.context.diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource)
}

/** Whether the actions asked for need the lint's suggestions, which are fetched from the linter. */
export function needsSuggestions(params: CodeActionParams): boolean {
  return wants(params, CodeActionKind.QuickFix) && params.context.diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource && ruleById.get(String(diagnostic.code))?.meta.hasSuggestions === true)
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
    const fixAll = fixAllSafe(context, fixAllKind)
    if (fixAll) actions.push(fixAll)
  }
  return actions
}

/** The finding a diagnostic came from, in the lint of the document's current version. */
function findingOf(diagnostic: Diagnostic, context: ActionContext): Finding | undefined {
  const ruleId = diagnostic.code
  if (typeof ruleId !== 'string' || !ruleById.has(ruleId)) return undefined
  const {findings} = context
  const start = context.document.offsetAt(diagnostic.range.start)
  const end = context.document.offsetAt(diagnostic.range.end)
  return findings.find((finding) => finding.ruleId === ruleId && finding.start.offset === start && finding.end.offset === end)
}

function quickFixes(finding: Finding, diagnostic: Diagnostic, context: ActionContext): CodeAction[] {
  const actions: CodeAction[] = []
  const {document} = context
  const fix = (title: string, edits: DraftEdit[], isPreferred = false): CodeAction => {
    const action: CodeAction = {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(context, edits)}
    if (isPreferred) action.isPreferred = true
    return action
  }
  const rangeOf = (edit: DraftTextEdit): Range => ({start: document.positionAt(edit.start), end: document.positionAt(edit.end)})

  if (finding.fix) {
    actions.push(fix(fixTitle(document.getText(rangeOf(finding.fix)), finding.fix.text), [{range: rangeOf(finding.fix), text: finding.fix.text}], true))
    const all = fixAllSafe(context, CodeActionKind.QuickFix)
    if (all && context.findings.filter(isFixable).length > 1) actions.push(all)
  }

  const offered = context.suggestions?.find((candidate) => candidate.ruleId === finding.ruleId && candidate.start === finding.start.offset && candidate.end === finding.end.offset)
  for (const suggestion of offered?.suggestions ?? []) {
    actions.push(fix(suggestion.title, suggestion.edits.map((edit) => ({range: rangeOf(edit), text: edit.text, snippet: edit.snippet})), suggestion.preferred === true && !finding.fix))
  }

  const command = (title: string, name: string, argument: object): CodeAction => {
    const run: Command = {title, command: name, arguments: [argument]}
    return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: run}
  }
  const source = context.facts && describedSourceAt(finding, context.facts)
  if (source) {
    const named = source.replace(/^(a|an|the)\s+/i, '')
    actions.push(command(`Treat “${named}” as a named source`, treatAsNamedCommand, {uri: document.uri, name: named}))
  }
  actions.push(command('Accept this finding (the copy stays as it is)', acceptFindingCommand, {uri: document.uri, ruleId: finding.ruleId, range: diagnostic.range}))
  const name = ruleById.get(finding.ruleId)?.meta.name ?? finding.ruleId
  actions.push(fix(`Turn off “${name}” for this line`, [disableNextLine(finding.ruleId, finding.start.line - 1, context)]))
  return actions
}

/**
 * The anonymous or vague source a finding is about, as the draft names it: the speaker of a quote
 * the finding marks, or a cue's source at the finding's start. A newsroom may treat such a
 * description as named ("police", "the palace").
 */
function describedSourceAt(finding: Finding, facts: DraftFacts): string | undefined {
  const {offset} = finding.start
  const described = (source: Source | undefined) => (source && (source.kind === 'anonymous' || source.kind === 'vague') ? (source.antecedent ?? source).text : undefined)
  const within = (source: Source | undefined) => source !== undefined && source.start <= offset && offset < source.end
  for (const quote of facts.quotes) if (quote.start === offset || within(quote.speaker)) return described(quote.speaker)
  for (const cue of facts.cues) if (within(cue.source)) return described(cue.source)
  return undefined
}

/** "Replace “claimed” with “said”", or "Insert" and "Delete" when one side is empty. */
function fixTitle(before: string, after: string): string {
  if (before === '') return `Insert “${after}”`
  if (after === '') return `Delete “${before}”`
  return `Replace “${before}” with “${after}”`
}

function fixAllSafe(context: ActionContext, kind: string): CodeAction | undefined {
  // The CLI's --fix applies the same edits (engine/fix.ts).
  const {document} = context
  const edits = fixEdits(document.getText(), context.findings).map((edit) => ({
    range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)},
    text: edit.newText
  }))
  if (edits.length === 0) return undefined
  return {title: fixAllTitle, kind, edit: workspaceEdit(context, edits)}
}

export const fixAllTitle = 'Apply all safe fixes in this draft'

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/**
 * The spec's disable-next-line comment before the finding's line. In every format the draft's
 * comment is an HTML comment. On a line of its own it would end a Markdown paragraph (an HTML block
 * may interrupt one), so inside a paragraph it goes at the end of the line before.
 */
function disableNextLine(ruleId: string, line: number, context: ActionContext): DraftEdit {
  const {document} = context
  const comment = `<!-- attribution-lint-disable-next-line ${ruleId} -->`
  // The cursor waits where the reason goes (" -- why"), so a desk that runs with `requireReason`
  // gets one written at once; a writer who types nothing leaves a comment that still works.
  const withReason = `<!-- attribution-lint-disable-next-line ${ruleId} -- $0 -->`
  const lineText = (index: number) => document.getText({start: {line: index, character: 0}, end: {line: index + 1, character: 0}}).replace(/\r?\n$|\r$/, '')
  const previous = line > 0 ? lineText(line - 1) : ''
  const ownLine = line === 0 || previous.trim() === '' || (context.format === 'markdown' && /^\s*(```|~~~|---|\+\+\+)/.test(previous))
  if (ownLine) {
    const indent = /^[ \t]*/.exec(lineText(line))![0]
    const at = {line, character: 0}
    const eol = lineEnding(document.getText())
    return {range: {start: at, end: at}, text: `${indent}${comment}${eol}`, snippet: `${indent}${withReason}${eol}`}
  }
  const at = {line: line - 1, character: previous.length}
  const space = /\s$/.test(previous) ? '' : ' '
  return {range: {start: at, end: at}, text: `${space}${comment}`, snippet: `${space}${withReason}`}
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

// Hovers that explain what the analysis read: who a quote is attributed to and how that was found,
// what a cue attributes to, and which sentence an evidence note supports; and, over a finding, how
// to fix it (a message only says what was found, so it fits the Problems view).

import {MarkupKind, type Hover, type MarkupContent} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ruleById, type Cue, type EvidenceNote, type Finding, type Quote, type Source} from '../engine/index.ts'
import {itemAt, type DraftFacts} from './facts.ts'

export interface HoverContext {
  document: TextDocument
  facts: DraftFacts
  markdown: boolean
  /** The findings of the same lint: the hover says how to fix those under the cursor. */
  findings?: readonly Finding[]
}

export function hoverAt(offset: number, context: HoverContext): Hover | null {
  const read = readingAt(offset, context)
  const help = howToFix(offset, context)
  if (help.lines.length === 0) return read
  if (!read) return reply(help.span!, help.lines, context)
  return {...read, contents: {...(read.contents as MarkupContent), value: `${(read.contents as MarkupContent).value}${context.markdown ? '\n\n---\n\n' : '\n\n'}${joined(help.lines, context)}`}}
}

/** What the analysis read under the cursor: a note, a cue or a quote. */
function readingAt(offset: number, context: HoverContext): Hover | null {
  const {facts} = context
  // The innermost thing under the cursor wins: a cue or note inside a quote's sentence is more specific.
  const note = itemAt(facts.notes, offset)
  if (note) return reply(note, describeNote(note, context), context)
  const cue = facts.cues.find((candidate) => (candidate.start <= offset && offset < candidate.end) || (candidate.source.start <= offset && offset < candidate.source.end))
  const quote = innermostQuote(facts.quotes, offset)
  if (cue && !(quote && quote.start <= cue.start && cue.end <= quote.end)) return reply(cue, describeCue(cue, context), context)
  if (quote) return reply(quote, describeQuote(quote, context), context)
  return null
}

/** For each rule with a finding under the cursor, its plain name and how to fix it, once. */
function howToFix(offset: number, context: HoverContext): {lines: string[]; span?: {start: number; end: number}} {
  const lines: string[] = []
  const seen = new Set<string>()
  let span: {start: number; end: number} | undefined
  for (const finding of context.findings ?? []) {
    if (finding.start.offset > offset) break
    if (offset >= finding.end.offset || seen.has(finding.ruleId)) continue
    const meta = ruleById.get(finding.ruleId)?.meta
    if (!meta) continue
    seen.add(finding.ruleId)
    span ??= {start: finding.start.offset, end: finding.end.offset}
    lines.push(`**${meta.name}**: ${meta.docs.howToFix}`)
  }
  return {lines, span}
}

function joined(lines: string[], context: HoverContext): string {
  return context.markdown ? lines.join('\n\n') : lines.map((line) => line.replace(/\*\*|`/g, '')).join('\n')
}

function innermostQuote(quotes: Quote[], offset: number): Quote | undefined {
  let found: Quote | undefined
  for (const quote of quotes) {
    if (quote.start <= offset && offset < quote.end && (!found || quote.end - quote.start < found.end - found.start)) found = quote
  }
  return found
}

function reply(span: {start: number; end: number}, lines: string[], context: HoverContext): Hover {
  const {document} = context
  const value = joined(lines, context)
  const contents: MarkupContent = {kind: context.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value}
  return {contents, range: {start: document.positionAt(span.start), end: document.positionAt(span.end)}}
}

const kindWords: Record<string, string> = {named: 'named', anonymous: 'anonymous', vague: 'vague', document: 'a document, not a person'}

function quoted(text: string): string {
  // A quote's own marks and trailing comma give way to ours: “Nobody asked”, not ““Nobody asked,””.
  const flat = text.replace(/\s+/g, ' ').trim().replace(/^[“"‘]+|[,\s]*[”"’]+$|,$/g, '')
  return `“${flat.length > 80 ? flat.slice(0, 77) + '…' : flat}”`
}

function lineOf(offset: number, context: HoverContext): number {
  return context.document.positionAt(offset).line + 1
}

function describeSource(source: Source, context: HoverContext): string {
  let text = `${quoted(source.text)} (${kindWords[source.kind] ?? source.kind})`
  if (source.pronoun && source.antecedent) text += `: the pronoun ${quoted(source.pronoun.text)} resolved to ${quoted(source.antecedent.text)} on line ${lineOf(source.antecedent.start, context)}`
  else if (source.antecedent) text += `, which refers to ${quoted(source.antecedent.text)} on line ${lineOf(source.antecedent.start, context)}`
  return text
}

function describeQuote(quote: Quote, context: HoverContext): string[] {
  const {facts} = context
  const lines = ['**Direct quote**']
  const speaker = quote.speaker
  lines.push(speaker ? `Speaker: ${describeSource(speaker, context)}` : 'Speaker: none found (kind: none)')
  const cue = quote.cue === undefined ? undefined : facts.cues[quote.cue]
  const cueText = cue ? ` ${quoted(cue.phrase)}` : ''
  switch (quote.evidence) {
    case 'cue':
      lines.push(`Found by: the cue${cueText} in the same sentence.`)
      break
    case 'adjacent-sentence': {
      const where = cue && cue.start < quote.start ? 'the sentence before' : 'the sentence after'
      lines.push(`Found by: the cue${cueText} in ${where}, in the same paragraph.`)
      break
    }
    case 'inherited': {
      const earlier = facts.quotes.filter((candidate) => candidate.paragraph === quote.paragraph && candidate.end <= quote.start && candidate.speaker).at(-1)
      lines.push(earlier ? `Found by: inherited from the attributed quote ${quoted(earlier.text)} on line ${lineOf(earlier.start, context)}.` : 'Found by: inherited from an attributed quote earlier in the paragraph.')
      break
    }
    case 'continued': {
      const first = quote.continues === undefined ? undefined : facts.quotes[quote.continues]
      lines.push(first ? `Found by: continued from the quote that opens on line ${lineOf(first.start, context)}.` : 'Found by: continued from the quote in the paragraph before.')
      break
    }
    case 'em-dash':
      lines.push('Found by: the em-dash line that follows the block quote.')
      break
    default:
      lines.push('No cue in this sentence or the ones next to it ties the quote to a speaker.')
  }
  return lines
}

function describeCue(cue: Cue, context: HoverContext): string[] {
  return ['**Attribution cue** ' + quoted(cue.phrase), `Source: ${describeSource(cue.source, context)}`]
}

const noteKinds: Record<EvidenceNote['kind'], string> = {footnote: 'footnote', link: 'link', comment: 'comment'}
const defects: Record<NonNullable<EvidenceNote['defect']>, string> = {
  'no-definition': 'it has no definition, so it cannot help an editor yet',
  empty: 'it is empty, so it cannot help an editor yet',
  placeholder: 'it is still a placeholder, so it cannot help an editor yet'
}

function describeNote(note: EvidenceNote, context: HoverContext): string[] {
  const lines = [`**Evidence note** (${noteKinds[note.kind]})`]
  const sentence = context.facts.sentences[note.sentence]
  if (sentence) lines.push(`For the sentence ${quoted(context.document.getText().slice(sentence.start, sentence.end))} on line ${lineOf(sentence.start, context)}.`)
  else lines.push('It belongs to no sentence.')
  if (note.defect) lines.push(`But ${defects[note.defect]}.`)
  return lines
}

// Hovers that explain what the analysis read: who a quote is attributed to and how that was found,
// what a cue attributes to, and which sentence an evidence note supports. On a finding, the hover
// first says what its rule wants and how to fix it, from the rule's page, with links to the page:
// offline (the copy shipped with the extension, when the client gives a command that opens it) and
// online. Places the hover names ("on line 3") are links to them.

import {MarkupKind, type Hover, type MarkupContent} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ruleById, type Cue, type EvidenceNote, type Finding, type Quote, type Source} from '../engine/index.ts'
import {itemAt, type DraftFacts} from './facts.ts'
import type {RuleHelpText} from './rule-help.ts'

export interface HoverContext {
  document: TextDocument
  facts: DraftFacts
  markdown: boolean
  /** The lint's findings: a hover on one explains its rule. */
  findings?: readonly Finding[]
  help?: (ruleId: string) => RuleHelpText | undefined
  /** The client's command that opens a rule's page from the extension's own copy, taking the rule id. */
  openRulePage?: string
}

interface Reading {
  span: {start: number; end: number}
  lines: string[]
}

export function hoverAt(offset: number, context: HoverContext): Hover | null {
  const reading = readingAt(offset, context)
  const help = helpAt(offset, context)
  if (!reading && !help) return null
  const lines = help && reading ? [...help.lines, '---', ...reading.lines] : (help ?? reading)!.lines
  return reply((reading ?? help)!.span, lines, context)
}

function readingAt(offset: number, context: HoverContext): Reading | undefined {
  const {facts} = context
  // The innermost thing under the cursor wins: a cue or note inside a quote's sentence is more specific.
  const note = itemAt(facts.notes, offset)
  if (note) return {span: note, lines: describeNote(note, context)}
  const cue = facts.cues.find((candidate) => (candidate.start <= offset && offset < candidate.end) || (candidate.source.start <= offset && offset < candidate.source.end))
  const quote = innermostQuote(facts.quotes, offset)
  if (cue && !(quote && quote.start <= cue.start && cue.end <= quote.end)) return {span: cue, lines: describeCue(cue, context)}
  if (quote) return {span: quote, lines: describeQuote(quote, context)}
  return undefined
}

/** What the rule of each finding under the cursor wants, and how to fix it: once per rule. */
function helpAt(offset: number, context: HoverContext): Reading | undefined {
  const {findings} = context
  if (!findings) return undefined
  const lines: string[] = []
  const seen = new Set<string>()
  let span: Reading['span'] | undefined
  for (const finding of findings) {
    if (finding.start.offset > offset) break
    if (offset > finding.end.offset || seen.has(finding.ruleId)) continue
    const meta = ruleById.get(finding.ruleId)?.meta
    // The page's words; without the pages (a client of the engine alone), the rule's own line.
    const text = context.help?.(finding.ruleId) ?? (meta ? {wants: meta.docs.summary, fix: meta.docs.howToFix} : undefined)
    if (!text) continue
    seen.add(finding.ruleId)
    span ??= {start: finding.start.offset, end: finding.end.offset}
    lines.push(`**${meta?.name ?? finding.ruleId}**: ${text.wants}`, `**How to fix**: ${text.fix.startsWith('- ') ? `\n\n${text.fix}` : text.fix}`)
    if (context.markdown) {
      const offline = context.openRulePage ? `[Read the rule's page](command:${context.openRulePage}?${encodeURIComponent(JSON.stringify([finding.ruleId]))} "Opens the page that came with the extension")` : undefined
      lines.push([offline, `[${offline ? 'online' : "The rule's page"}](${finding.url})`].filter(Boolean).join(' · '))
    }
  }
  return span && {span, lines}
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
  // Plain text has no rule lines: a separator line would show as three dashes.
  const value = context.markdown ? lines.join('\n\n') : lines.filter((line) => line !== '---').map((line) => line.replace(/\*\*|`/g, '')).join('\n')
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

/** "line 3", as a link that goes there when the hover is Markdown. */
function lineLink(offset: number, context: HoverContext): string {
  const line = lineOf(offset, context)
  return context.markdown ? `[line ${line}](${context.document.uri}#L${line})` : `line ${line}`
}

function describeSource(source: Source, context: HoverContext): string {
  let text = `${quoted(source.text)} (${kindWords[source.kind] ?? source.kind})`
  if (source.pronoun && source.antecedent) text += `: the pronoun ${quoted(source.pronoun.text)} resolved to ${quoted(source.antecedent.text)} on ${lineLink(source.antecedent.start, context)}`
  else if (source.antecedent) text += `, which refers to ${quoted(source.antecedent.text)} on ${lineLink(source.antecedent.start, context)}`
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
      lines.push(earlier ? `Found by: inherited from the attributed quote ${quoted(earlier.text)} on ${lineLink(earlier.start, context)}.` : 'Found by: inherited from an attributed quote earlier in the paragraph.')
      break
    }
    case 'continued': {
      const first = quote.continues === undefined ? undefined : facts.quotes[quote.continues]
      lines.push(first ? `Found by: continued from the quote that opens on ${lineLink(first.start, context)}.` : 'Found by: continued from the quote in the paragraph before.')
      break
    }
    case 'em-dash':
      lines.push('Found by: the em-dash line that follows the block quote.')
      break
    case 'introduced':
      lines.push(`Found by: the cue${cueText} that ends the paragraph before with a colon.`)
      break
    case 'credit':
      lines.push('Found by: the bracketed credit that closes the paragraph.')
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
  if (sentence) lines.push(`For the sentence ${quoted(context.document.getText().slice(sentence.start, sentence.end))} on ${lineLink(sentence.start, context)}.`)
  else lines.push('It belongs to no sentence.')
  if (note.defect) lines.push(`But ${defects[note.defect]}.`)
  return lines
}

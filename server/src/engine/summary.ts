// The sourcing summary of one draft: who it relies on and how much of it is sourced. The CLI's
// `--report sources` prints it and the language server returns it to the summary view, so both
// read this one function over the analysis and never count anything themselves.

import {location} from 'vfile-location'
import {unattributedMarker} from './analysis/claims.ts'
import type {DraftAnalysis, Quote, Source} from './analysis/model.ts'
import type {Place, Point} from './types.ts'

export interface SourceSummary {
  /** The source as the draft first names it (`hospital president Gerald Okonkwo-Hale`). */
  name: string
  kind: 'named' | 'anonymous' | 'vague'
  /** Sentences that attribute something to the source (`she said`, `according to ...`). */
  attributions: number
  /** Direct quotes the source speaks. */
  quotes: number
  /** Every way the draft refers to the source, as written, in order (`Okonkwo-Hale`, `He`). */
  mentions: string[]
  firstMention: Place
  /** For an anonymous source: does the draft say why it is not named? */
  reasonGiven?: boolean
  /** Only a pronoun (`he said`) with nobody earlier it can refer to. */
  unresolved?: true
}

/** A document a claim leans on (`a memo`, `State inspection records`): not a speaker. */
export interface DocumentSummary {
  name: string
  attributions: number
  firstMention: Place
}

export interface SourcingSummary {
  /** Named, anonymous and vague sources, in the order the draft introduces them. */
  sources: SourceSummary[]
  documents: DocumentSummary[]
  /** Attributions by kind of source, for a named / anonymous / vague bar. */
  attributions: {named: number; anonymous: number; vague: number}
  /**
   * Sentences with a claim marker (a hedge, an intent, an accusation...): attributed has a cue,
   * noted has no cue but an evidence note, unsourced has neither; share is attributed / total.
   */
  claims: {total: number; attributed: number; noted: number; unsourced: number; share: number | null}
  /** Direct quotes: attributed has a speaker, named a named one; share is attributed / total. */
  quotes: {total: number; attributed: number; named: number; share: number | null}
  /** Names of the anonymous sources for which the draft gives no reason for the anonymity. */
  anonymousWithoutReason: string[]
}

interface Group {
  key: string
  kind: Source['kind']
  name: string
  words: string[]
  head: string
  sentences: Set<number>
  quotes: number
  mentions: string[]
  first: {start: number; end: number}
  reasonGiven: boolean
  unresolved: boolean
}

const leadingArticle = /^(the|a|an|this|that|these|those)\s+/
// "the aide", "those officials": a back-reference to a group the draft has introduced.
const backReference = /^(the|this|that|these|those)\s/i

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(leadingArticle, '')
}

/** What a source refers to: a resolved pronoun stands for its antecedent. */
function referent(source: Source): {text: string; start: number; end: number} {
  return source.antecedent ?? source
}

export function sourcingSummary(analysis: DraftAnalysis): SourcingSummary {
  const {sentences, paragraphs, cues, quotes, notes} = analysis
  const isProse = (sentenceIndex: number) => {
    const sentence = sentences[sentenceIndex]
    return sentence !== undefined && !sentence.heading && !paragraphs[sentence.paragraph].exempt && sentence.bylineOf === undefined
  }

  const groups: Group[] = []
  const groupOfCue = new Map<number, Group>()

  const groupFor = (source: Source): Group => {
    const target = referent(source)
    const key = normalise(target.text)
    const words = key.split(' ')
    let group = groups.find((candidate) => candidate.kind === source.kind && candidate.key === key)
    // "Okonkwo-Hale" after "hospital president Gerald Okonkwo-Hale": a surname stands for the full name.
    if (!group && source.kind === 'named') {
      group = groups.find((candidate) => candidate.kind === 'named' && candidate.words.length > words.length && candidate.words.slice(-words.length).join(' ') === key)
    }
    // "the aide" after "a senior aide to Osei"; but "a nurse" after "a nurse manager" is someone new.
    if (!group && source.kind === 'anonymous' && !source.pronoun && backReference.test(target.text)) {
      for (let index = groups.length - 1; index >= 0 && !group; index--) {
        if (groups[index].kind === 'anonymous' && groups[index].head === source.head) group = groups[index]
      }
    }
    const unresolved = source.pronoun !== undefined && source.antecedent === undefined
    if (!group) {
      group = {key, kind: source.kind, name: target.text, words, head: source.head, sentences: new Set(), quotes: 0, mentions: [], first: {start: target.start, end: target.end}, reasonGiven: false, unresolved}
      groups.push(group)
    }
    if (!unresolved) group.unresolved = false
    if (!group.mentions.includes(source.text)) group.mentions.push(source.text)
    return group
  }

  for (const cue of cues) {
    if (!isProse(cue.sentence)) continue
    const group = groupFor(cue.source)
    groupOfCue.set(cue.index, group)
    group.sentences.add(cue.sentence)
    if (sentences[cue.sentence].anonymityReason || sentences[cue.sentence + 1]?.anonymityReason) group.reasonGiven = true
  }

  const countedQuotes = quotes.filter((quote) => isCountedQuote(analysis, quote))
  for (const quote of countedQuotes) {
    if (!quote.speaker) continue
    const group = quote.cue !== undefined ? groupOfCue.get(quote.cue) ?? groupFor(quote.speaker) : groupFor(quote.speaker)
    group.quotes++
  }

  const place = location(analysis.text)
  const toPoint = (offset: number): Point => {
    const point = place.toPoint(offset) ?? {line: 1, column: 1}
    return {line: point.line, column: point.column, offset}
  }
  const toPlace = (span: {start: number; end: number}): Place => ({start: toPoint(span.start), end: toPoint(span.end)})

  const sources: SourceSummary[] = []
  const documents: DocumentSummary[] = []
  const attributions = {named: 0, anonymous: 0, vague: 0}
  for (const group of [...groups].sort((a, b) => a.first.start - b.first.start)) {
    if (group.kind === 'document') {
      documents.push({name: group.name, attributions: group.sentences.size, firstMention: toPlace(group.first)})
      continue
    }
    attributions[group.kind] += group.sentences.size
    sources.push({
      name: group.name,
      kind: group.kind,
      attributions: group.sentences.size,
      quotes: group.quotes,
      mentions: group.mentions,
      firstMention: toPlace(group.first),
      ...(group.kind === 'anonymous' ? {reasonGiven: group.reasonGiven} : {}),
      ...(group.unresolved ? {unresolved: true as const} : {})
    })
  }

  const claims = {total: 0, attributed: 0, noted: 0, unsourced: 0, share: null as number | null}
  for (const sentence of sentences) {
    if (!isProse(sentence.index) || sentence.question || sentence.allQuoted || sentence.claimMarkers.length === 0) continue
    claims.total++
    // As unattributed-claim reads it: no claim marker left that no cue attributes.
    if (!unattributedMarker(sentence, cues)) claims.attributed++
    else if (sentence.notes.some((index) => !notes[index].defect)) claims.noted++
    else claims.unsourced++
  }
  claims.share = claims.total > 0 ? claims.attributed / claims.total : null

  const attributedQuotes = countedQuotes.filter((quote) => quote.speaker)
  const quoteCounts = {
    total: countedQuotes.length,
    attributed: attributedQuotes.length,
    named: attributedQuotes.filter((quote) => quote.speaker!.kind === 'named').length,
    share: countedQuotes.length > 0 ? attributedQuotes.length / countedQuotes.length : null
  }

  return {
    sources,
    documents,
    attributions,
    claims,
    quotes: quoteCounts,
    // An unresolved "he said" is a speaker nobody introduced, not a source kept anonymous on purpose.
    anonymousWithoutReason: sources.filter((source) => source.kind === 'anonymous' && !source.reasonGiven && !source.unresolved).map((source) => source.name)
  }
}

/** A quote as the rules count one: in prose, not a title of a work, not the tail of a quote that runs on. */
function isCountedQuote(analysis: DraftAnalysis, quote: Quote): boolean {
  const first = analysis.sentences[quote.sentences[0]]
  if (!first || first.heading || analysis.paragraphs[quote.paragraph].exempt) return false
  if (quote.titleCase && quote.evidence !== 'cue') return false
  return quote.continues === undefined
}

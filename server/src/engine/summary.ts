// The sourcing summary of one draft: who it relies on and how much of it is sourced. The CLI's
// `--report sources` prints it and the language server returns it to the Sourcing view, so both
// read this one function over the analysis and the lint's findings and never count anything
// themselves. What the rules decide (a claim is unsourced, an anonymous source has no reason) is
// read from the findings, never worked out again: the view's counts then agree with the Problems
// view's, finding for finding, after suppressions and accepted findings too.

import {location} from 'vfile-location'
import {unexplainedAnonymousCues} from './analysis/anonymity.ts'
import {findCandidates} from './analysis/candidates.ts'
import {unattributedMarker} from './analysis/claims.ts'
import {spanAt} from './span-at.ts'
import type {Words} from './words.ts'
import type {DraftAnalysis, Quote, Source} from './analysis/model.ts'
import type {AcceptedEntry, Finding, Place, Point} from './types.ts'

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

/** One thing a count counts: a sentence, a quote or a finding, with where it is. */
export interface CountedItem {
  /** The sentence (or quote) it is in, on one line, cut to fit a row. */
  text: string
  place: Place
  /** For a finding: its rule and message. */
  ruleId?: string
  message?: string
  /** For an accepted finding: the sentence its entry names, as the file holds it, and why. */
  accepted?: {sentence: string; reason?: string}
}

/** What each count of the summary counts, item by item, so a view can list it and go to each. */
export interface CountedItems {
  /** Attributions, one per source and sentence, by kind of source: as `attributions` counts them. */
  named: CountedItem[]
  anonymous: CountedItem[]
  vague: CountedItem[]
  claimsAttributed: CountedItem[]
  claimsNoted: CountedItem[]
  /** The `unattributed-claim` findings, at their claim words. */
  claimsUnsourced: CountedItem[]
  /** Claims with no source and no finding: suppressed, accepted, or the rule is off. */
  claimsAccepted: CountedItem[]
  quotesWithSpeaker: CountedItem[]
  quotesWithoutSpeaker: CountedItem[]
  /** Every finding of the lint, in the draft's order: what the Problems view lists. */
  findings: CountedItem[]
  /** Findings an entry of `.attributionlint-accepted.json` hid. */
  accepted: CountedItem[]
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
  claims: {total: number; attributed: number; noted: number; unsourced: number; accepted: number; share: number | null}
  /** Direct quotes: attributed has a speaker, named a named one; share is attributed / total. */
  quotes: {total: number; attributed: number; named: number; share: number | null}
  /** Names of the anonymous sources that have an `anonymous-source` finding (no reason given). */
  anonymousWithoutReason: string[]
  items: CountedItems
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
  /** The source has an `anonymous-source` finding. */
  flagged: boolean
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

/** How long an item's text may be: a row of the view, a line of a report. */
const itemLength = 120

/**
 * `findings`: the lint's findings (after suppressions and accepted findings), which decide what is
 * unsourced and which anonymous sources lack a reason.
 */
export function sourcingSummary(analysis: DraftAnalysis & {words?: Words}, findings: readonly Finding[], accepted: ReadonlyArray<Finding & {entry: AcceptedEntry}> = []): SourcingSummary {
  const {sentences, paragraphs, cues, quotes, notes} = analysis
  const isProse = (sentenceIndex: number) => {
    const sentence = sentences[sentenceIndex]
    return sentence !== undefined && !sentence.heading && !paragraphs[sentence.paragraph].exempt && sentence.bylineOf === undefined
  }

  const groups: Group[] = []
  const groupOfCue = new Map<number, Group>()
  const findingsAt = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.ruleId !== 'unattributed-claim' && finding.ruleId !== 'anonymous-source') continue
    const sentence = spanAt(analysis.sentences, finding.start.offset)
    const key = `${finding.ruleId} ${finding.ruleId === 'anonymous-source' ? finding.start.offset : (sentence?.index ?? -1)}`
    findingsAt.set(key, [...(findingsAt.get(key) ?? []), finding])
  }

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
        group = {key, kind: source.kind, name: target.text, words, head: source.head, sentences: new Set(), quotes: 0, mentions: [], first: {start: target.start, end: target.end}, reasonGiven: false, flagged: false, unresolved}
      groups.push(group)
    }
    if (!unresolved) group.unresolved = false
    if (!group.mentions.includes(source.text)) group.mentions.push(source.text)
    return group
  }

  // The anonymous sources the rule reads as having no reason, found as the rule finds them.
  const candidates = findCandidates(sentences, paragraphs, cues)
  const unexplained = new Set(analysis.words ? unexplainedAnonymousCues(sentences, cues, candidates, analysis.words) : [])
  const read = new Set(candidates.anonymousCues)
  for (const cue of cues) {
    if (!isProse(cue.sentence)) continue
    const group = groupFor(cue.source)
    groupOfCue.set(cue.index, group)
    group.sentences.add(cue.sentence)
    if (read.has(cue.index) ? !unexplained.has(cue.index) : sentences[cue.sentence].anonymityReason || sentences[cue.sentence + 1]?.anonymityReason) group.reasonGiven = true
    if (findingsAt.has(`anonymous-source ${cue.source.start}`)) group.flagged = true
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
  const sentenceItem = (index: number, span: {start: number; end: number} = sentences[index]): CountedItem => ({text: oneLine(sentences[index].text), place: toPlace(span)})
  const findingItem = (finding: Finding): CountedItem => {
    const sentence = spanAt(analysis.sentences, finding.start.offset)
    const text = sentence ? sentence.text : analysis.text.slice(finding.start.offset, finding.end.offset)
    return {text: oneLine(text), place: {start: finding.start, end: finding.end}, ruleId: finding.ruleId, message: finding.message}
  }
  const items: CountedItems = {
    named: [], anonymous: [], vague: [], claimsAttributed: [], claimsNoted: [], claimsUnsourced: [], claimsAccepted: [], quotesWithSpeaker: [], quotesWithoutSpeaker: [],
    findings: findings.map(findingItem),
    accepted: accepted.map((finding) => ({...findingItem(finding), accepted: {sentence: finding.entry.sentence, ...(finding.entry.reason ? {reason: finding.entry.reason} : {})}}))
  }

  const sources: SourceSummary[] = []
  const documents: DocumentSummary[] = []
  const attributions = {named: 0, anonymous: 0, vague: 0}
  for (const group of [...groups].sort((a, b) => a.first.start - b.first.start)) {
    if (group.kind === 'document') {
      documents.push({name: group.name, attributions: group.sentences.size, firstMention: toPlace(group.first)})
      continue
    }
    attributions[group.kind] += group.sentences.size
    for (const index of [...group.sentences].sort((a, b) => a - b)) items[group.kind].push(sentenceItem(index))
    sources.push({
      name: group.name,
      kind: group.kind,
      attributions: group.sentences.size,
      quotes: group.quotes,
      mentions: group.mentions,
      firstMention: toPlace(group.first),
      ...(group.kind === 'anonymous' ? {reasonGiven: group.reasonGiven && !group.flagged} : {}),
      ...(group.unresolved ? {unresolved: true as const} : {})
    })
  }

  // A claim is unsourced when the rule says so; one it left alone with nothing to source it was
  // accepted (a suppression comment, an accepted finding, the rule turned off).
  const claimed = new Set<number>()
  for (const sentence of sentences) {
    if (!isProse(sentence.index) || sentence.question || sentence.allQuoted || sentence.claimMarkers.length === 0) continue
    claimed.add(sentence.index)
    const flagged = findingsAt.get(`unattributed-claim ${sentence.index}`)
    if (flagged) items.claimsUnsourced.push(...flagged.map(findingItem))
    // As unattributed-claim reads it: no claim marker left that no cue attributes.
    else if (!unattributedMarker(sentence, cues)) items.claimsAttributed.push(sentenceItem(sentence.index))
    else if (sentence.notes.some((index) => !notes[index].defect)) items.claimsNoted.push(sentenceItem(sentence.index))
    else items.claimsAccepted.push(sentenceItem(sentence.index))
  }
  // A finding in a sentence the summary would not count as a claim still counts: the Problems view lists it.
  for (const finding of findings) {
    if (finding.ruleId === 'unattributed-claim' && !claimed.has(spanAt(analysis.sentences, finding.start.offset)?.index ?? -1)) items.claimsUnsourced.push(findingItem(finding))
  }
  items.claimsUnsourced.sort((a, b) => a.place.start.offset - b.place.start.offset)
  const claims = {
    total: items.claimsAttributed.length + items.claimsNoted.length + items.claimsUnsourced.length + items.claimsAccepted.length,
    attributed: items.claimsAttributed.length,
    noted: items.claimsNoted.length,
    unsourced: items.claimsUnsourced.length,
    accepted: items.claimsAccepted.length,
    share: null as number | null
  }
  claims.share = claims.total > 0 ? claims.attributed / claims.total : null

  const attributedQuotes = countedQuotes.filter((quote) => quote.speaker)
  for (const quote of countedQuotes) (quote.speaker ? items.quotesWithSpeaker : items.quotesWithoutSpeaker).push({text: oneLine(quote.text), place: toPlace(quote)})
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
    anonymousWithoutReason: groups.filter((group) => group.kind === 'anonymous' && group.flagged).sort((a, b) => a.first.start - b.first.start).map((group) => group.name),
    items
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > itemLength ? `${flat.slice(0, itemLength - 1)}…` : flat
}

/** A quote as the rules count one: in prose, not a title of a work, not the tail of a quote that runs on. */
function isCountedQuote(analysis: DraftAnalysis, quote: Quote): boolean {
  const first = analysis.sentences[quote.sentences[0]]
  if (!first || first.heading || analysis.paragraphs[quote.paragraph].exempt) return false
  if (quote.titleCase && quote.evidence !== 'cue') return false
  return quote.continues === undefined
}

// The draft's sentences, quotes and cues for one paragraph, made from the paragraph's reading. A
// reading is kept where it was first read (paragraph.ts); a part is the same objects placed at the
// paragraph's offset and numbered in the draft. While a reporter types, a session keeps what the
// last lint built: the blocks before the edit are taken as they were, the blocks after it as the
// last lint's objects moved in place and renumbered (analyze.ts, `takeTail`), and in between a
// paragraph whose text did not change keeps its part, so an edit costs new objects only for the
// paragraphs it touched.

import type {ParagraphReading} from './paragraph.ts'
import type {ClaimMarker, Cue, FootnoteDefinition, LoadedVerb, Mention, Paragraph, Quote, Sentence, Source} from './model.ts'
import type {Span} from '../types.ts'
import {ownCopy} from '../own-copy.ts'

export interface ParagraphPart {
  /** Cues were taken from the reading (not when the paragraph is an em-dash line under a block quote). */
  withCues: boolean
  /** The draft offset the objects below stand at. */
  start: number
  /**
   * The paragraph's text, copied out of the draft: sentences' texts are slices of it, so a part kept
   * for many lints does not keep every old version of the draft alive.
   */
  text: string
  sentences: Sentence[]
  quotes: Quote[]
  cues: Cue[]
  /** Each cue's source as read, before the draft-wide pass resolves pronouns. */
  ownSources: Source[]
  /** Per sentence: the paragraph-local indices of its cues. */
  sentenceCues: number[][]
  /** Per cue: the paragraph-local index of its sentence. */
  cueSentence: number[]
  /** Per sentence: names of people, for pronouns to refer to. */
  names: Source[][]
  /** Per sentence: the paragraph-local indices of its quotes. */
  sentenceQuotes: number[][]
  /** Per quote: the paragraph-local indices of its sentences, and whether it continues a quote left open. */
  quoteSentences: number[][]
  quoteContinues: boolean[]
  /** Every object of the part that holds draft offsets, each once: what a move shifts. */
  spans: Span[]
  /** The numbers the part was given when last placed; none before it is placed. */
  placed?: {paragraph: number; firstSentence: number; firstQuote: number; firstCue: number; bylineOf: number | undefined; continues: number | undefined}
}

/**
 * The draft objects for a paragraph's reading, placed at `paragraph.start`. A reading is usually
 * shared (a memo or a session keeps it for later lints, at the offset it was first read at), so its
 * objects are copied. `once`: the reading is this lint's alone (a lint with no memos and no session,
 * as the command line's), read at this very offset, so its mentions, sources and lists become the
 * draft's as they are: a 10 MB draft is read without a second copy of every sentence's findings.
 */
export function makePart(reading: ParagraphReading, paragraph: Paragraph, withCues: boolean, once = false): ParagraphPart {
  const delta = paragraph.start - reading.base
  const adopt = once && delta === 0
  const spans: Span[] = []
  // Copies written out, not spread: a spread copy got its fields in a separate backing store.
  const at = <T extends Span>(span: T, copy: T): T => {
    copy.start = span.start + delta
    copy.end = span.end + delta
    spans.push(copy)
    return copy
  }
  const mention = (read: Mention): Mention => (adopt ? read : at(read, {start: 0, end: 0, text: read.text}))
  const marker = (read: ClaimMarker): ClaimMarker => (adopt ? read : at(read, {start: 0, end: 0, text: read.text, category: read.category, reported: read.reported}))
  const loaded = (read: LoadedVerb): LoadedVerb => (adopt ? read : at(read, {start: 0, end: 0, text: read.text, neutral: read.neutral}))
  const source = (read: Source): Source => {
    if (adopt) return read
    const copy = at(read, {...read})
    if (read.pronoun) copy.pronoun = at(read.pronoun, {...read.pronoun})
    if (read.antecedent) copy.antecedent = at(read.antecedent, {...read.antecedent})
    return copy
  }
  const part: ParagraphPart = {
    withCues, start: paragraph.start, text: '', sentences: [], quotes: [], cues: [], ownSources: [], sentenceCues: [], cueSentence: [], names: [], spans,
    sentenceQuotes: reading.sentences.map((sentence) => sentence.quotes), quoteSentences: reading.quotes.map((quote) => quote.sentences), quoteContinues: reading.quotes.map((quote) => quote.continuesPrevious)
  }
  for (const [local, read] of reading.sentences.entries()) {
    const cues: number[] = []
    if (withCues) {
      for (const found of read.cues) {
        cues.push(part.cues.length)
        const own = source(found.source)
        // Written out, not spread: one object shape for every cue keeps the draft-wide loops fast.
        const cue: Cue = {start: found.start + delta, end: found.end + delta, index: 0, sentence: 0, phrase: found.phrase, base: found.base, belief: found.belief, source: own}
        if (!adopt) spans.push(cue)
        if (found.embedded !== undefined) cue.embedded = found.embedded
        part.cues.push(cue)
        part.ownSources.push(own)
        part.cueSentence.push(local)
      }
    }
    part.sentenceCues.push(cues)
    part.names.push(adopt ? read.names : copied(read.names, source))
    // A reading's own list is numbered in place when adopted: it is placed once (placePart reads
    // each local index before it writes the draft's over it). An empty list is never written to.
    const sentence: Sentence = {
      index: 0, paragraph: 0, start: read.start + delta, end: read.end + delta, text: '', heading: paragraph.kind === 'heading', question: read.question, allQuoted: read.allQuoted,
      cues: adopt || cues.length === 0 ? cues : [...cues], quotes: adopt || read.quotes.length === 0 ? read.quotes : [...read.quotes], notes: noNotes, figures: adopt ? read.figures : copied(read.figures, mention),
      claimMarkers: adopt ? read.claimMarkers : copied(read.claimMarkers, marker), documents: adopt ? read.documents : copied(read.documents, mention),
      loadedVerbs: adopt ? read.loadedVerbs : copied(read.loadedVerbs, loaded), anonymityReason: read.anonymityReason, anonymousGroups: read.anonymousGroups, bylineOf: undefined
    }
    if (!adopt) spans.push(sentence)
    part.sentences.push(sentence)
  }
  // Speaker and cue are set by the draft-wide pass; written out here so that every quote has one
  // shape from the start, attributed or not (the rules' code stays specialised to it).
  for (const local of reading.quotes) {
    const quote: Quote = {index: 0, start: local.start + delta, end: local.end + delta, text: local.text, words: local.words, sentences: adopt ? local.sentences : [...local.sentences], paragraph: 0, open: local.open, titleCase: local.titleCase, continues: undefined, evidence: 'none', speaker: undefined, cue: undefined}
    if (!adopt) spans.push(quote)
    part.quotes.push(quote)
  }
  return part
}

/**
 * The notes of a sentence that has none, shared: most sentences have none. A sentence given a note
 * gets a list of its own (analyze.ts, \`notesOf\`); frozen, so a write to it fails loudly.
 */
export const noNotes: number[] = Object.freeze([]) as unknown as number[]

/**
 * `list` with each item copied, or the list itself when it is empty: most of a sentence's lists are
 * (most sentences have no figure, document or loaded verb), an empty array costs 32 bytes, and a
 * session keeps a copy of every sentence of its draft. No list of a sentence is written to after it
 * is made, except `notes` (a list of its own once the sentence has a note) and the renumbering of `cues` and
 * `quotes` in place, which writes nothing to an empty one.
 */
function copied<T>(list: T[], copy: (item: T) => T): T[] {
  return list.length === 0 ? list : list.map(copy)
}

/** Where a part goes in this lint: its paragraph, and the draft indices of its first sentence, quote and cue. */
export interface Placement {
  paragraph: Paragraph
  firstSentence: number
  firstQuote: number
  firstCue: number
  /** The em-dash line's block quote paragraph, for every sentence of the part. */
  bylineOf: number | undefined
  /** The quote left open by the paragraph before, which this paragraph's first quote may continue. */
  openQuote: Quote | undefined
}

/**
 * Moves a part to its paragraph and numbers it in the draft. What the draft-wide pass sets (resolved
 * sources, speakers, notes) is cleared by `clearDraftWide`, for every part at once. `kept`: a
 * session keeps the part for later lints (of later versions of the text).
 */
export function placePart(part: ParagraphPart, place: Placement, text: string, sameText = false, kept = true): void {
  movePart(part, place.paragraph.start - part.start)
  // The same reading can stand for different text: notes and markup are masked before reading.
  if (!sameText) {
    const paragraphText = text.slice(place.paragraph.start, place.paragraph.end)
    if (paragraphText !== part.text) {
      // A part no session keeps lives as long as the draft's text: a slice of it costs nothing.
      part.text = kept ? ownCopy(paragraphText) : paragraphText
      for (const sentence of part.sentences) sentence.text = part.text.slice(sentence.start - part.start, sentence.end - part.start)
    }
  }
  // Most parts keep their numbers from one keystroke to the next: then there is nothing to renumber.
  const numbered = part.placed
  const continues = place.openQuote?.index
  if (numbered && numbered.paragraph === place.paragraph.index && numbered.firstSentence === place.firstSentence && numbered.firstQuote === place.firstQuote && numbered.firstCue === place.firstCue && numbered.bylineOf === place.bylineOf && numbered.continues === continues) return
  part.placed = {paragraph: place.paragraph.index, firstSentence: place.firstSentence, firstQuote: place.firstQuote, firstCue: place.firstCue, bylineOf: place.bylineOf, continues}
  for (let local = 0; local < part.sentences.length; local++) {
    const sentence = part.sentences[local]
    sentence.index = place.firstSentence + local
    sentence.paragraph = place.paragraph.index
    sentence.bylineOf = place.bylineOf
    const cues = part.sentenceCues[local]
    for (let index = 0; index < cues.length; index++) sentence.cues[index] = place.firstCue + cues[index]
    const quotes = part.sentenceQuotes[local]
    for (let index = 0; index < quotes.length; index++) sentence.quotes[index] = place.firstQuote + quotes[index]
  }
  for (let local = 0; local < part.cues.length; local++) {
    const cue = part.cues[local]
    cue.index = place.firstCue + local
    cue.sentence = place.firstSentence + part.cueSentence[local]
  }
  for (let local = 0; local < part.quotes.length; local++) {
    const quote = part.quotes[local]
    const sentences = part.quoteSentences[local]
    quote.index = place.firstQuote + local
    quote.paragraph = place.paragraph.index
    for (let index = 0; index < sentences.length; index++) quote.sentences[index] = place.firstSentence + sentences[index]
    quote.continues = part.quoteContinues[local] ? continues : undefined
  }
}

/** Moves a part, every span of it, `delta` characters. */
export function movePart(part: ParagraphPart, delta: number): void {
  if (delta === 0) return
  const {spans} = part
  for (let index = 0; index < spans.length; index++) {
    spans[index].start += delta
    spans[index].end += delta
  }
  part.start += delta
}

/**
 * Clears what the draft-wide pass sets on the draft's objects, kept or new: each cue's source as read
 * (before pronouns are resolved), no speaker for any quote, no notes on any sentence, no footnote
 * definition referenced.
 */
export function clearDraftWide(sentences: Sentence[], quotes: Quote[], cues: Cue[], ownSources: Source[], definitions: FootnoteDefinition[]): void {
  for (let index = 0; index < cues.length; index++) cues[index].source = ownSources[index]
  for (const quote of quotes) {
    if (quote.evidence === 'none' && quote.speaker === undefined && quote.cue === undefined) continue
    quote.speaker = undefined
    quote.evidence = 'none'
    quote.cue = undefined
  }
  for (const sentence of sentences) if (sentence.notes.length > 0) sentence.notes = noNotes
  for (let index = 0; index < definitions.length; index++) definitions[index].referenced = false
}


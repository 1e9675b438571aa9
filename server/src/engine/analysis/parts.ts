// The draft's sentences, quotes and cues for one paragraph, made from the paragraph's reading. A
// reading is kept where it was first read (paragraph.ts); a part is the same objects placed at the
// paragraph's offset and numbered in the draft. While a reporter types, a session keeps what the
// last lint built: the blocks before the edit are taken as they were, the blocks after it as the
// last lint's objects moved in place and renumbered (analyze.ts, `takeTail`), and in between a
// paragraph whose text did not change keeps its part, so an edit costs new objects only for the
// paragraphs it touched.

import type {ParagraphReading} from './paragraph.ts'
import type {Cue, FootnoteDefinition, Paragraph, Quote, Sentence, Source} from './model.ts'
import type {DraftFormat, Span} from '../types.ts'
import type {BlockProse} from '../read/prose.ts'
import {splitBlocks, splitBlocksAfterEdit, type Block} from '../read/blocks.ts'
import type {Words} from '../words.ts'
import type {Built} from './analyze.ts'
import {MessageMemo} from '../messages.ts'
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

/** What an edit left alone: the draft's first `prefix` and last `suffix` characters are as before. */
export interface Unchanged {
  prefix: number
  suffix: number
  /** New length minus old length: how far the text after the edit moved. */
  delta: number
  length: number
}

/**
 * Remembers one draft's last lint for the next (an editor's open document): its text and all it
 * built. With a session, a lint's analysis is valid until the next lint with the same session.
 */
export class AnalysisSession {
  /** The last lints' messages, by their words: most findings of a lint are the last one's. */
  readonly messages = new MessageMemo()
  private text = ''
  private format: DraftFormat | undefined
  private unchanged: Unchanged | undefined
  /** The text of the lint before the last. */
  private before = ''
  private last: Built | undefined
  /** Paragraphs of the last lint this lint starts with unchanged (their parts are in use). */
  private resumed = 0
  /** The first paragraph of the last lint's unchanged end (see `unchangedEnd`); its parts and after are not for `take`. */
  private tail = Infinity
  /** The last lint's parts not resumed, by reading (the same text, read the same way, is the same reading). */
  private byReading: Map<ParagraphReading, ParagraphPart | PartList> | undefined
  /** The line starts of a lint's text, kept by the engine to edit for the next lint (points.ts). */
  private lines: {text: string; starts: readonly number[]} | undefined

  /**
   * Starts a lint of `text`: finds what the edit since the last lint left alone, or takes it from
   * `edit` when the caller knows it (the language server's worker is sent the edit, not the text).
   */
  begin(text: string, format: DraftFormat, edit?: {prefix: number; suffix: number}): void {
    if (format !== this.format) {
      this.format = format
      this.text = ''
      this.last = undefined
    }
    const known = edit && edit.prefix + edit.suffix <= Math.min(this.text.length, text.length)
    this.unchanged = known ? {prefix: edit.prefix, suffix: edit.suffix, delta: text.length - this.text.length, length: text.length} : unchangedEnds(this.text, text)
    this.before = this.text
    this.text = text
    this.resumed = 0
    this.tail = Infinity
    this.byReading = undefined
  }

  /** The draft's blocks, split again only around the edit when the last lint's are known. */
  blocksOf(text: string, format: DraftFormat): Block[] {
    return this.last && this.unchanged ? splitBlocksAfterEdit(text, format, this.last.blocks, this.unchanged) : splitBlocks(text, format)
  }

  /**
   * How many of `blocks` (from the first) are the last lint's, untouched by the edit and read with
   * the same word lists, with what the last lint built: the lint can start after them.
   */
  unchangedStart(blocks: readonly Block[], words: Words): {blocks: number; built: Built} | undefined {
    const last = this.last
    if (!last || last.words.key !== words.key) return undefined
    const {prefix} = this.unchanged!
    let count = 0
    while (count < blocks.length && count < last.blocks.length) {
      const block = blocks[count]
      const before = last.blocks[count]
      if (block.end > prefix || block.start !== before.start || block.end !== before.end || block.frontMatter !== before.frontMatter) break
      count++
    }
    if (count === 0) return undefined
    this.resumed = last.afterBlock[(count - 1) * 5]
    return {blocks: count, built: last}
  }

  /**
   * Where the draft's unchanged end starts: the blocks after the edit whose text did not change and
   * whose place moved by exactly the edit's length, each with what the last lint built from it.
   * This lint's block `first` and after are the last lint's block `index - shift`, moved `delta`
   * characters; the blocks before `from` are taken already (`unchangedStart`). Undefined when the
   * last block changed.
   */
  unchangedEnd(blocks: readonly Block[], from: number): {first: number; shift: number; delta: number; built: Built} | undefined {
    const last = this.last
    if (!last || this.unchanged === undefined) return undefined
    const {suffix, length, delta} = this.unchanged
    let index = blocks.length
    let before = last.blocks.length
    while (index > from && before > from) {
      const block = blocks[index - 1]
      const old = last.blocks[before - 1]
      if (block.start < length - suffix || old.start + delta !== block.start || old.end + delta !== block.end || old.frontMatter !== block.frontMatter) break
      index--
      before--
    }
    if (index === blocks.length) return undefined
    this.tail = before > 0 ? last.afterBlock[(before - 1) * 5] : 0
    return {first: index, shift: index - before, delta, built: last}
  }

  /** A block's prose: the last lint's when the edit left the block alone, else `read()`. */
  block(start: number, end: number, read: () => BlockProse): BlockProse {
    const unchanged = this.unchanged!
    const last = this.last
    if (last) {
      const before = end <= unchanged.prefix ? blockAt(last, start) : start >= unchanged.length - unchanged.suffix ? blockAt(last, start - unchanged.delta) : -1
      const prose = before === -1 ? undefined : last.prose[before]
      if (prose && last.blocks[before].end === (end <= unchanged.prefix ? end : end - unchanged.delta)) return prose
    }
    return read()
  }

  /**
   * Did the edit leave this paragraph's text alone, where the part taken for it stood? Then its
   * sentences' texts need no new slices.
   */
  sameText(part: ParagraphPart, start: number, end: number): boolean {
    const unchanged = this.unchanged!
    if (end <= unchanged.prefix) return part.start === start
    return start >= unchanged.length - unchanged.suffix && part.start + unchanged.delta === start
  }

  /** A part of the last lint for `reading`, taken so no other paragraph of this lint gets it. */
  take(reading: ParagraphReading, withCues: boolean): ParagraphPart | undefined {
    const byReading = (this.byReading ??= this.partsByReading())
    const kept = byReading.get(reading)
    if (!kept) return undefined
    // One part per reading, nearly always; a paragraph repeated in the draft has a list, taken from
    // the front in draft order (so a draft of ten thousand equal paragraphs stays linear).
    if (!('parts' in kept)) {
      if (kept.withCues !== withCues) return undefined
      byReading.delete(reading)
      return kept
    }
    for (let index = kept.next; index < kept.parts.length; index++) {
      const part = kept.parts[index]
      if (!part || part.withCues !== withCues) continue
      kept.parts[index] = undefined
      while (kept.next < kept.parts.length && !kept.parts[kept.next]) kept.next++
      return part
    }
    return undefined
  }

  /**
   * What the edit before the last lint left alone, if that lint's text came after `before`: the
   * language server compares the last findings it sent with the new ones across the same edit.
   */
  changeSince(before: string): Unchanged | undefined {
    return this.unchanged && this.before === before ? this.unchanged : undefined
  }

  /** The line starts kept for the text this lint's edit began from, with what the edit left alone. */
  lastLineStarts(): {starts: readonly number[]; unchanged: Unchanged} | undefined {
    const lines = this.lines
    return lines && this.unchanged && lines.text === this.before ? {starts: lines.starts, unchanged: this.unchanged} : undefined
  }

  /** Keeps the line starts of this lint's text for the next lint. */
  keepLineStarts(starts: readonly number[]): void {
    this.lines = {text: this.text, starts}
  }

  /** Forgets everything: after a lint that failed half way, nothing kept can be trusted. */
  reset(): void {
    this.lines = undefined
    this.text = ''
    this.before = ''
    this.format = undefined
    this.unchanged = undefined
    this.last = undefined
    this.resumed = 0
    this.tail = Infinity
    this.byReading = undefined
  }

  /** The lint is done: what it built is what the next lint starts from. */
  finish(built: Built): void {
    this.last = built
    this.byReading = undefined
  }

  private partsByReading(): Map<ParagraphReading, ParagraphPart | PartList> {
    const byReading = new Map<ParagraphReading, ParagraphPart | PartList>()
    const last = this.last
    if (!last) return byReading
    const end = Math.min(this.tail, last.parts.length)
    for (let index = this.resumed; index < end; index++) {
      const reading = last.readings[index]
      const part = last.parts[index]
      const kept = byReading.get(reading)
      if (!kept) byReading.set(reading, part)
      else if ('parts' in kept) kept.parts.push(part)
      else byReading.set(reading, {parts: [kept, part], next: 0})
    }
    return byReading
  }
}

/** The parts of a paragraph that stands in the draft more than once, in draft order; `next` is the first not taken. */
interface PartList {
  parts: Array<ParagraphPart | undefined>
  next: number
}

/** The index of the block of `built` that starts at `start`, or -1 (blocks are in draft order). */
function blockAt(built: Built, start: number): number {
  let low = 0
  let high = built.blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = built.blocks[middle].start
    if (at === start) return middle
    if (at < start) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** How many characters `before` and `after` share at the start and (not overlapping) at the end. */
export function unchangedEnds(before: string, after: string): Unchanged {
  const most = Math.min(before.length, after.length)
  // Whole chunks first (compared natively), then character by character.
  const chunk = 2048
  let prefix = 0
  while (prefix + chunk <= most && before.slice(prefix, prefix + chunk) === after.slice(prefix, prefix + chunk)) prefix += chunk
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  const room = most - prefix
  let suffix = 0
  while (suffix + chunk <= room && before.slice(before.length - suffix - chunk, before.length - suffix) === after.slice(after.length - suffix - chunk, after.length - suffix)) suffix += chunk
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++
  return {prefix, suffix, delta: after.length - before.length, length: after.length}
}

/** New draft objects for a paragraph's reading, placed at `paragraph.start`. */
export function makePart(reading: ParagraphReading, paragraph: Paragraph, withCues: boolean): ParagraphPart {
  const delta = paragraph.start - reading.base
  const spans: Span[] = []
  const at = <T extends Span>(span: T): T => {
    const copy = {...span, start: span.start + delta, end: span.end + delta}
    spans.push(copy)
    return copy
  }
  const source = (read: Source): Source => {
    const copy = at(read)
    if (read.pronoun) copy.pronoun = at(read.pronoun)
    if (read.antecedent) copy.antecedent = at(read.antecedent)
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
        const cue: Cue = at({start: found.start, end: found.end, index: 0, sentence: 0, phrase: found.phrase, base: found.base, belief: found.belief, source: own})
        if (found.embedded !== undefined) cue.embedded = found.embedded
        part.cues.push(cue)
        part.ownSources.push(own)
        part.cueSentence.push(local)
      }
    }
    part.sentenceCues.push(cues)
    part.names.push(read.names.map(source))
    part.sentences.push(
      at({
        index: 0, paragraph: 0, start: read.start, end: read.end, text: '', heading: paragraph.kind === 'heading', question: read.question, allQuoted: read.allQuoted,
        cues: [...cues], quotes: [...read.quotes], notes: [], figures: read.figures.map(at), claimMarkers: read.claimMarkers.map(at), documents: read.documents.map(at),
        loadedVerbs: read.loadedVerbs.map(at), anonymityReason: read.anonymityReason, bylineOf: undefined
      })
    )
  }
  // Speaker and cue are set by the draft-wide pass; written out here so that every quote has one
  // shape from the start, attributed or not (the rules' code stays specialised to it).
  for (const local of reading.quotes) {
    part.quotes.push(at({index: 0, start: local.start, end: local.end, text: local.text, words: local.words, sentences: [...local.sentences], paragraph: 0, open: local.open, titleCase: local.titleCase, continues: undefined, evidence: 'none', speaker: undefined, cue: undefined}))
  }
  return part
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
 * sources, speakers, notes) is cleared by `clearDraftWide`, for every part at once.
 */
export function placePart(part: ParagraphPart, place: Placement, text: string, sameText = false): void {
  movePart(part, place.paragraph.start - part.start)
  // The same reading can stand for different text: notes and markup are masked before reading.
  if (!sameText) {
    const paragraphText = text.slice(place.paragraph.start, place.paragraph.end)
    if (paragraphText !== part.text) {
      part.text = ownCopy(paragraphText)
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
  for (const sentence of sentences) if (sentence.notes.length > 0) sentence.notes = []
  for (let index = 0; index < definitions.length; index++) definitions[index].referenced = false
}


// The one analysis pass: reads a draft into paragraphs, sentences, quotes, cues, sources and
// evidence notes that every rule reads (shared spec, "Units and terms").

import type {DraftFormat, Span} from '../types.ts'
import type {Words} from '../words.ts'
import {splitBlocks, type Block} from '../read/blocks.ts'
import {readBlock, type ProseParagraph} from '../read/prose.ts'
import {holdsBoilerplate} from './boilerplate.ts'
import {findCandidates, type Candidates} from './candidates.ts'
import type {DraftAnalysis, EvidenceNote, Paragraph, Quote} from './model.ts'
import {sentenceOfNote, toEvidenceNote} from './notes.ts'
import type {ReadingMemos} from './memos.ts'
import {maxParagraph, readingAt} from './paragraph.ts'
import {attributeQuotes, resolvePronouns} from './speakers.ts'
import {soundBiteLine} from './sound-bites.ts'
import {countsAfterBlocks, countsAfterParagraphs, countsPerBlock, countsPerParagraph, emptyBuilt, type Built} from './built.ts'
import {clearDraftWide, makePart, movePart, placePart, type ParagraphPart} from './parts.ts'
import type {AnalysisSession} from './session.ts'

/** Titles of sections that list sources rather than report ("Sources", "Source notes", "Notes:"). */
const exemptTitle = /^(sources?|sourcing|notes?|disclosures?|disclaimers?|methodology|references|documents|editor['’]?s notes?|about this (story|report)|about the authors?|corrections?|credits?|reporting notes?)\b[\w\s,&'’-]{0,30}:?$/i
/**
 * Sentence-final punctuation, looked for before any closing quotes and brackets, and before a
 * newsletter's credit in square brackets ("... of every seaside town.” [Tribune]").
 */
const finalPunctuation = /[.!?…;][\s"”’')\]»]*(\[[^\[\]\n]{1,40}\]\s*)?$/

/**
 * In plain text a one-line paragraph with no final punctuation is a heading (shared spec); so is a
 * short line ending in a colon ("Sources:"). In Markdown, a short line that is all bold
 * ("**Sources**") reads as one too.
 *
 * A heading reads like one: short ("Drought cuts harvest", "By Dana Ruiz"), or in capitals or
 * Title Case ("MARLOW MAYORAL RACE - RUNOFF SET"). A longer line in sentence case is a sentence
 * that lost its final stop ("Farm income will likely fall a third this year, officials said"),
 * and the rules read it as they read any sentence.
 */
function isTextHeading(line: string, lexicon: Words): boolean {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.includes('\n') || soundBiteLine.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  // "Dr. Ana Ruiz stated:" introduces the quote below it: a verb of speech makes it no heading.
  if (trimmed.endsWith(':')) return words.length <= 4 && !words.some((word) => /^[a-z]/.test(word) && lexicon.cueForms.has(word.replace(/:$/, '')))
  if (finalPunctuation.test(trimmed)) return false
  return words.length <= maxSentenceCaseHeading || headlineCase(words)
}

/** Words a heading in sentence case runs to; the same length marks a line of its own inside a paragraph (sentences.ts). */
const maxSentenceCaseHeading = 8

/** Capitals, or Title Case: every word of four letters or more starts with a capital or a digit. */
function headlineCase(words: string[]): boolean {
  return words.every((word) => !/\p{L}{4}/u.test(word) || /^[^\p{L}\d]*[\p{Lu}\d]/u.test(word))
}

/**
 * A publisher's closing boilerplate ("This is not a recommendation to buy or sell", "The author holds
 * no positions"): not the story's sourcing, with or without a heading over it. A session keeps the
 * answer for each paragraph as read (the built-in list is the same for every lint).
 */
function isBoilerplate(paragraph: ProseParagraph, words: Words, session: AnalysisSession | undefined): boolean {
  let answer = session?.boilerplate.get(paragraph)
  if (answer === undefined) {
    answer = holdsBoilerplate(paragraph.masked, words.boilerplate)
    session?.boilerplate.set(paragraph, answer)
  }
  return answer
}

/** The analysis the rules read: the draft's, with the word lists it was read with and what the rules look at. */
export interface Analysis extends DraftAnalysis {
  words: Words
  candidates: Candidates
}

/** The start of `last`: its first `blocks` blocks and all that was built from them. */
function resume(last: Built, blocks: number): Built {
  const [paragraphs, rawNotes, definitions, suppressions, sections] = countsAfterBlocks(last, blocks)
  const [sentences, quotes, cues, tooLong] = countsAfterParagraphs(last, paragraphs)
  return {
    words: last.words,
    blocks: last.blocks.slice(0, blocks),
    prose: last.prose.slice(0, blocks),
    afterBlock: last.afterBlock.slice(0, blocks * countsPerBlock),
    paragraphs: last.paragraphs.slice(0, paragraphs),
    masked: last.masked.slice(0, paragraphs),
    // Raw notes were sorted by offset, and a block's notes come before a later block's.
    rawNotes: last.rawNotes.slice(0, rawNotes),
    definitions: last.definitions.slice(0, definitions),
    suppressions: last.suppressions.slice(0, suppressions),
    sections: last.sections.slice(0, sections),
    afterParagraph: last.afterParagraph.slice(0, paragraphs * countsPerParagraph),
    openAfter: last.openAfter.slice(0, paragraphs),
    parts: last.parts.slice(0, paragraphs),
    readings: last.readings.slice(0, paragraphs),
    sentences: last.sentences.slice(0, sentences),
    quotes: last.quotes.slice(0, quotes),
    cues: last.cues.slice(0, cues),
    ownSources: last.ownSources.slice(0, cues),
    names: last.names.slice(0, sentences),
    tooLong: last.tooLong.slice(0, tooLong)
  }
}

/**
 * Appends to `built` the blocks of the last lint from this lint's block `first` on (the last lint's
 * `first - shift`), which an edit `delta` characters long left alone before them: their paragraphs,
 * notes, definitions, suppressions and sections are the last lint's objects, moved in place and
 * renumbered. Returns how far the paragraphs' numbers moved.
 */
function takeTail(built: Built, last: Built, blocks: readonly Block[], first: number, shift: number, delta: number): number {
  const before = first - shift
  const [paragraphsBefore, notesBefore, definitionsBefore, suppressionsBefore, sectionsBefore] = countsAfterBlocks(last, before)
  const counts = [built.paragraphs.length - paragraphsBefore, built.rawNotes.length - notesBefore, built.definitions.length - definitionsBefore, built.suppressions.length - suppressionsBefore, built.sections.length - sectionsBefore]
  const sectionShift = counts[4]
  // A paragraph under a heading before the unchanged end is under the last heading before it now.
  const outer = built.sections.length - 1
  for (let index = first; index < blocks.length; index++) {
    built.blocks.push(blocks[index])
    built.prose.push(last.prose[index - shift])
    const after = (index - shift) * countsPerBlock
    for (let count = 0; count < countsPerBlock; count++) built.afterBlock.push(last.afterBlock[after + count] + counts[count])
  }
  for (let index = sectionsBefore; index < last.sections.length; index++) built.sections.push(moveSpan(last.sections[index], delta))
  for (let index = paragraphsBefore; index < last.paragraphs.length; index++) {
    const paragraph = moveSpan(last.paragraphs[index], delta)
    paragraph.index += counts[0]
    paragraph.section = paragraph.section >= sectionsBefore ? paragraph.section + sectionShift : outer
    paragraph.exempt = paragraph.boilerplate || (paragraph.section >= 0 && built.sections[paragraph.section].exempt)
    built.paragraphs.push(paragraph)
    built.masked.push(last.masked[index])
  }
  for (let index = notesBefore; index < last.rawNotes.length; index++) built.rawNotes.push(moveSpan(last.rawNotes[index], delta))
  for (let index = suppressionsBefore; index < last.suppressions.length; index++) built.suppressions.push(moveSpan(last.suppressions[index], delta))
  for (let index = definitionsBefore; index < last.definitions.length; index++) {
    const definition = moveSpan(last.definitions[index], delta)
    moveSpan(definition.labelSpan, delta)
    built.definitions.push(definition)
  }
  return counts[0]
}

/** Moves a span of the last lint in place by `delta` characters. */
function moveSpan<T extends Span>(span: T, delta: number): T {
  span.start += delta
  span.end += delta
  return span
}

/** A span of a block, moved to the block's place in the draft. */
function shift<T extends {start: number; end: number}>(span: T, by: number): T {
  return {...span, start: span.start + by, end: span.end + by}
}

/**
 * The analysis of `text`. `memos`: where blocks and paragraphs read before are found (a session's,
 * when there is one); none reads everything.
 */
export function analyze(text: string, format: DraftFormat, words: Words, memos?: ReadingMemos, session?: AnalysisSession, edit?: {prefix: number; suffix: number}): Analysis {
  session?.begin(text, format, edit)
  const blocks = session ? session.blocksOf(text, format) : splitBlocks(text, format)
  // The blocks an edit left alone at the start of the draft, and everything built from them, are the
  // last lint's (a session's): the work below starts after them.
  const last = session?.unchangedStart(blocks, words)
  const keptBlocks = last?.blocks ?? 0
  const built: Built = last ? resume(last.built, keptBlocks) : emptyBuilt(words)
  const tail = readBlocks(built, blocks, keptBlocks, text, format, memos, session)
  placeParagraphs(built, text, words, memos, session, tail)
  session?.finish(built)

  const {paragraphs, sentences, quotes, cues, definitions} = built
  clearDraftWide(sentences, quotes, cues, built.ownSources, definitions)
  resolvePronouns(sentences, cues, built.names, words, session?.pronouns)
  attributeQuotes(quotes, sentences, paragraphs, cues, text)
  const notes = evidenceNotes(built, text, words, session)
  const {sections, suppressions, tooLong} = built
  const candidates = findCandidates(sentences, paragraphs, cues)
  return {text, format, paragraphs, sentences, quotes, cues, notes, definitions, sections, suppressions, tooLong, words, candidates}
}

/**
 * The paragraphs of the last lint after the edit, as this lint finds them: this lint's `index` is
 * the last's `index - shift`, moved `delta` characters.
 */
interface Tail {
  built: Built
  firstParagraph: number
  shift: number
  delta: number
}

/**
 * Reads the blocks from `from` on into `built`: their prose, paragraphs, notes, definitions,
 * suppressions and sections. The blocks after the edit that it left alone are taken from the last
 * lint (`takeTail`); returns where their paragraphs start, if there are any.
 */
function readBlocks(built: Built, blocks: readonly Block[], from: number, text: string, format: DraftFormat, memos: ReadingMemos | undefined, session: AnalysisSession | undefined): Tail | undefined {
  const {words} = built
  const {paragraphs, masked, rawNotes, definitions, suppressions, sections} = built
  const end = session?.unchangedEnd(blocks, from)
  for (let blockIndex = from; blockIndex < blocks.length; blockIndex++) {
    if (blockIndex === end?.first) {
      const firstParagraph = paragraphs.length
      return {built: end.built, firstParagraph, shift: takeTail(built, end.built, blocks, blockIndex, end.shift, end.delta), delta: end.delta}
    }
    const block = blocks[blockIndex]
    built.blocks.push(block)
    // Only a session reads a block's prose again (the next lint's); without one it is let go once read.
    if (session) built.prose.push(undefined)
    if (!block.frontMatter) {
      // A leading byte-order mark is not part of the draft's text: the block is read without it, as
      // a draft without one would be (a space in its place would indent the first line), and its
      // offsets start one further on.
      const at = block.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : block.start
      const blockText = text.slice(at, block.end)
      const read = () => (memos ? memos.blocks[format].get(blockText, () => readBlock(blockText, format)) : readBlock(blockText, format))
      const prose = session ? session.block(block.start, block.end, read) : read()
      if (session) built.prose[blockIndex] = prose
      for (const suppression of prose.suppressions) suppressions.push(shift(suppression, at))
      // Written out, not spread over the read definition: a spread with labelSpan written over gave
      // each definition a hidden class of its own, and every loop over them went megamorphic.
      for (const read of prose.definitions) {
        definitions.push({label: read.label, value: read.value, start: read.start + at, end: read.end + at, labelSpan: {start: read.labelSpan.start + at, end: read.labelSpan.end + at}, referenced: false})
      }
      for (const paragraph of prose.paragraphs) {
        const paragraphText = paragraph.masked
        // Worked out once per paragraph as read, in a session (a block's prose is read for one format, so its paragraphs are too).
        let kind = session?.paragraphKinds.get(paragraph)
        if (kind === undefined) {
          kind = paragraph.kind
          // Plain text has no heading syntax: a one-line paragraph with no final punctuation is a heading.
          if (kind === 'paragraph' && (format !== 'markdown' ? isTextHeading(paragraphText, words) : /^\s*(\*\*|__)[^*_\n]{1,60}(\*\*|__)\s*$/.test(blockText.slice(paragraph.start, paragraph.end)) && isTextHeading(paragraphText, words))) kind = 'heading'
          session?.paragraphKinds.set(paragraph, kind)
        }
        const index = paragraphs.length
        if (kind === 'heading') {
          const title = paragraphText.trim()
          sections.push({start: at + paragraph.start, end: at + paragraph.end, title, exempt: exemptTitle.test(title.replace(/^[#*_\s]+|[*_\s]+$/g, ''))})
        }
        const section = sections.length - 1
        const boilerplate = kind !== 'heading' && isBoilerplate(paragraph, words, session)
        paragraphs.push({index, kind, start: at + paragraph.start, end: at + paragraph.end, section, boilerplate, exempt: boilerplate || (section >= 0 && sections[section].exempt), sentences: []})
        masked.push(paragraphText)
        for (const note of paragraph.notes) rawNotes.push(shift(note, at))
      }
    }
    built.afterBlock.push(paragraphs.length, rawNotes.length, definitions.length, suppressions.length, sections.length)
  }
  return undefined
}

/** Is the paragraph one quote and nothing else ('“We will win this race.”' on its own)? */
function onlyQuote(paragraph: Paragraph, quote: Quote | undefined, text: string): boolean {
  return quote !== undefined && quote.paragraph === paragraph.index && paragraph.kind !== 'heading' &&
    text.slice(paragraph.start, quote.start).trim() === '' && text.slice(quote.end, paragraph.end).trim() === ''
}

/**
 * A signature after a dash: a name or a described person of a few words ("— Dana Ruiz, campaign
 * manager", "― a campaign aide"); not a sentence set off by a dash ("— and then the vote came in").
 */
function signatureLine(line: string): boolean {
  const signed = /^\s*(—|―|–|--)\s*(.*)$/.exec(line)
  return signed !== null && /^(\p{Lu}|(a|an|the|one)\s)/u.test(signed[2]) && signed[2].split(/\s+/).length <= 10
}

/**
 * Places each paragraph's sentences, quotes and cues (its part) in the draft, from the first
 * paragraph `built` has no part for. A paragraph's part is the last lint's when the session has it,
 * else made from the paragraph's reading.
 */
function placeParagraphs(built: Built, text: string, words: Words, memos: ReadingMemos | undefined, session: AnalysisSession | undefined, tail: Tail | undefined): void {
  const {paragraphs, masked, sentences, quotes, cues, ownSources, names, tooLong} = built
  const keptParagraphs = built.parts.length
  // Without memos and a session (the command line), each reading is this lint's alone: its objects
  // become the draft's, and neither it nor the part is kept past its paragraph, so a long draft
  // holds one paragraph's reading at a time besides what the rules read.
  const once = !memos && !session
  let openQuote = keptParagraphs > 0 ? built.openAfter[keptParagraphs - 1] : undefined
  for (let index = keptParagraphs; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]
    paragraph.sentences.length = 0
    if (masked[index].length > maxParagraph) tooLong.push({start: paragraph.start, end: paragraph.end})
    // After the edit, the same paragraph read the same way (continuing a quote or not) is the last
    // lint's reading, and its part too unless the paragraph before changed what it is for.
    const before = tail && index >= tail.firstParagraph ? index - tail.shift : -1
    const same = before >= 0 && (before > 0 && tail!.built.openAfter[before - 1] !== undefined) === (openQuote !== undefined)
    const reading = same ? tail!.built.readings[before] : readingAt(masked[index], paragraph.start, paragraph.kind === 'heading', openQuote !== undefined, words, memos)
    const previous = paragraphs[index - 1]
    // "— Rosa Tillman (@rosatillman), 16 March 2025" under a block quote, or under a paragraph that
    // is one quote and nothing else, names its author.
    const signs = reading.sentences[0]?.dashLine && (paragraph.kind === 'blockquote' || previous?.kind === 'blockquote' || (previous !== undefined && onlyQuote(previous, quotes.at(-1), text) && signatureLine(text.slice(paragraph.start, paragraph.end))))
    const bylineOf = signs ? (previous ? previous.index : -1) : undefined
    const withCues = bylineOf === undefined
    const ownPart = same && tail!.built.parts[before].withCues === withCues ? tail!.built.parts[before] : undefined
    const kept = ownPart ?? (before >= 0 ? undefined : session?.take(reading, withCues))
    const part = kept ?? makePart(reading, paragraph, withCues, once)
    const place = {paragraph, firstSentence: sentences.length, firstQuote: quotes.length, firstCue: cues.length, bylineOf, openQuote}
    placePart(part, place, text, ownPart !== undefined || (kept !== undefined && session!.sameText(kept, paragraph.start, paragraph.end)), session !== undefined)
    if (session) {
      built.parts.push(part)
      built.readings.push(reading)
    }
    // Indexed loops, not push(...spread): a pasted paragraph can hold more items than a call takes arguments.
    for (let local = 0; local < part.quotes.length; local++) quotes.push(part.quotes[local])
    for (let local = 0; local < part.cues.length; local++) {
      cues.push(part.cues[local])
      ownSources.push(part.ownSources[local])
    }
    for (let local = 0; local < part.sentences.length; local++) {
      const sentence = part.sentences[local]
      paragraph.sentences.push(sentence.index)
      sentences.push(sentence)
      names.push(part.names[local])
    }
    openQuote = reading.endsOpen ? quotes[quotes.length - 1] : undefined
    built.openAfter.push(openQuote)
    built.afterParagraph.push(sentences.length, quotes.length, cues.length, tooLong.length)
    // Once a paragraph of the unchanged end leaves the same quote open as before (the same quote
    // object: its part is the last lint's), every paragraph after it reads as before.
    if (before >= 0 && built.openAfter[index] === tail!.built.openAfter[before]) {
      takeRestOfTail(built, tail!, index + 1)
      return
    }
  }
}

/**
 * The paragraphs of the unchanged end from `from` on, when the paragraph before them left the same
 * quote open as in the last lint: each reads as before and is placed as before, moved by the edit's
 * length and renumbered by as many paragraphs, sentences, quotes and cues as the edit added or
 * removed before it. Done over the last lint's lists in a few flat loops rather than paragraph by
 * paragraph: a keystroke in a long draft costs little more after the edit than moving numbers.
 */
function takeRestOfTail(built: Built, tail: Tail, from: number): void {
  const last = tail.built
  const before = from - tail.shift
  const old = countsAfterParagraphs(last, before)
  const added = {paragraphs: tail.shift, sentences: built.sentences.length - old[0], quotes: built.quotes.length - old[1], cues: built.cues.length - old[2], tooLong: built.tooLong.length - old[3]}
  const renumber = added.paragraphs !== 0 || added.sentences !== 0 || added.quotes !== 0 || added.cues !== 0
  for (let index = before; index < last.parts.length; index++) {
    const part = last.parts[index]
    movePart(part, tail.delta)
    if (renumber && part.placed) renumberPlaced(part.placed, added)
    built.parts.push(part)
    built.readings.push(last.readings[index])
    built.openAfter.push(last.openAfter[index])
    const after = index * countsPerParagraph
    built.afterParagraph.push(last.afterParagraph[after] + added.sentences, last.afterParagraph[after + 1] + added.quotes, last.afterParagraph[after + 2] + added.cues, last.afterParagraph[after + 3] + added.tooLong)
  }
  for (let index = old[0]; index < last.sentences.length; index++) {
    const sentence = last.sentences[index]
    if (renumber) {
      sentence.index += added.sentences
      sentence.paragraph += added.paragraphs
      if (sentence.bylineOf !== undefined && sentence.bylineOf !== -1) sentence.bylineOf += added.paragraphs
      for (let cue = 0; cue < sentence.cues.length; cue++) sentence.cues[cue] += added.cues
      for (let quote = 0; quote < sentence.quotes.length; quote++) sentence.quotes[quote] += added.quotes
    }
    built.sentences.push(sentence)
    built.names.push(last.names[index])
  }
  for (let index = old[1]; index < last.quotes.length; index++) {
    const quote = last.quotes[index]
    if (renumber) {
      quote.index += added.quotes
      quote.paragraph += added.paragraphs
      if (quote.continues !== undefined) quote.continues += added.quotes
      for (let sentence = 0; sentence < quote.sentences.length; sentence++) quote.sentences[sentence] += added.sentences
    }
    built.quotes.push(quote)
  }
  for (let index = old[2]; index < last.cues.length; index++) {
    const cue = last.cues[index]
    if (renumber) {
      cue.index += added.cues
      cue.sentence += added.sentences
    }
    built.cues.push(cue)
    built.ownSources.push(last.ownSources[index])
  }
  for (let index = old[3]; index < last.tooLong.length; index++) built.tooLong.push(moveSpan(last.tooLong[index], tail.delta))
  if (added.sentences !== 0) {
    for (let index = from; index < built.paragraphs.length; index++) {
      const {sentences} = built.paragraphs[index]
      for (let sentence = 0; sentence < sentences.length; sentence++) sentences[sentence] += added.sentences
    }
  }
}

/** A part's numbers, moved as its paragraph's, sentences', quotes' and cues' were. */
function renumberPlaced(placed: NonNullable<ParagraphPart['placed']>, added: {paragraphs: number; sentences: number; quotes: number; cues: number}): void {
  placed.paragraph += added.paragraphs
  placed.firstSentence += added.sentences
  placed.firstQuote += added.quotes
  placed.firstCue += added.cues
  if (placed.bylineOf !== undefined && placed.bylineOf !== -1) placed.bylineOf += added.paragraphs
  if (placed.continues !== undefined) placed.continues += added.quotes
}

/** The draft's evidence notes, each tied to its sentence (and its sentence to it). */
function evidenceNotes(built: Built, text: string, words: Words, session: AnalysisSession | undefined): EvidenceNote[] {
  const {rawNotes, definitions, paragraphs, sentences} = built
  const definitionsByLabel = new Map(definitions.map((definition) => [definition.label.toLowerCase(), definition]))
  const notes: EvidenceNote[] = []
  // Notes and paragraphs both run in draft order: one pointer finds each note's paragraph.
  let paragraphAt = 0
  rawNotes.sort((a, b) => a.start - b.start)
  for (let index = 0; index < rawNotes.length; index++) {
    const raw = rawNotes[index]
    const note = toEvidenceNote(raw, definitionsByLabel, words, notes.length, session?.notes)
    if (!note) continue
    while (paragraphAt < paragraphs.length && paragraphs[paragraphAt].end <= raw.start) paragraphAt++
    const candidate = paragraphs[paragraphAt]
    const paragraph = candidate && raw.start >= candidate.start ? candidate : undefined
    note.sentence = paragraph ? sentenceOfNote(note, sentences, paragraph.sentences, text) : -1
    if (note.sentence !== -1) {
      const sentence = sentences[note.sentence]
      // A sentence with no notes shares one empty list (parts.ts, \`noNotes\`): its first note gets it a list of its own.
      if (sentence.notes.length === 0) sentence.notes = [note.index]
      else sentence.notes.push(note.index)
    }
    notes.push(note)
  }
  return notes
}

// Everything the analysis learns from one paragraph on its own: sentences, quotes, cues with their
// sources, figures, claim markers, documents, loaded verbs, reasons for anonymity, names. It
// depends only on the paragraph's prose, whether it is a heading, whether the paragraph before
// ended inside a quote, and the word lists, so it is memoised on those: while a reporter types,
// only the edited paragraph is read again and the draft-wide steps run over the rest as they were.

import type {Words} from '../words.ts'
import {groupsNamedIn} from './anonymity.ts'
import {findCues, type FoundCue} from './cues.ts'
import {isCommonWord, isVerb, pastAfterSubject, quoteVerbCues, transcriptCue} from './quote-verbs.ts'
import {isCapitalised, itemsOf, type Item} from './items.ts'
import {claimMarkers, documentMentions, figures, hasAnonymityReason, loadedVerbMentions} from './markers.ts'
import {Memo} from './memo.ts'
import type {SentenceFacts, Source, Token} from './model.ts'
import {quotesOfParagraph, type ParagraphQuote} from './quotes.ts'
import {segment} from './sentences.ts'
import {soundBiteCue, soundBiteLine} from './sound-bites.ts'

export interface SentenceReading extends SentenceFacts {
  start: number
  end: number
  /** Opens with a dash: an em-dash line when it follows a block quote. */
  dashLine: boolean
  cues: FoundCue[]
  /** Names of people (two or more capitalised words), for pronouns to refer to. */
  names: Source[]
  /** The paragraph's quotes this sentence touches. */
  quotes: number[]
}

export interface ParagraphReading {
  /** The draft offset the spans below are relative to. */
  base: number
  sentences: SentenceReading[]
  quotes: ParagraphQuote[]
  /** The paragraph ends inside a quote: the next one may continue it. */
  endsOpen: boolean
}

/** Where readings are memoised (memos.ts): by the paragraph's text, then by word lists and context. */
export interface ParagraphMemo {
  paragraphs: Memo<Map<number, ParagraphReading>>
  wordListId(words: Words): number
}

/**
 * The reading of a paragraph, from the memo or read now. A reading stays at the offset it was first
 * read at (`base`): the analysis places a copy of it at the paragraph's offset (parts.ts).
 */
export function readingAt(masked: string, start: number, heading: boolean, continuing: boolean, words: Words, memos: ParagraphMemo | undefined): ParagraphReading {
  if (!memos) return readParagraph(masked, start, heading, continuing, words)
  const variants = memos.paragraphs.get(masked, () => new Map())
  const variant = memos.wordListId(words) * 4 + (heading ? 2 : 0) + (continuing ? 1 : 0)
  let reading = variants.get(variant)
  if (!reading) variants.set(variant, (reading = readParagraph(masked, start, heading, continuing, words)))
  return reading
}

/**
 * Paragraphs longer than this are not read: no paragraph of a story comes near it, and the parser
 * and the grammar steps are not built for a megabyte with no full stop. The analysis reports it.
 */
export const maxParagraph = 50_000
const maxSentenceTokens = 4_000

function readParagraph(masked: string, start: number, heading: boolean, continuing: boolean, words: Words): ParagraphReading {
  if (masked.length > maxParagraph) return {base: start, sentences: [], quotes: [], endsOpen: false}
  const raw = segment(masked, start)
  const quotes = quotesOfParagraph(masked, start, raw, continuing)
  // Did the sentence before, in this paragraph, end with a quote ("“Can you explain?” Reyes pressed.")?
  let afterQuote = false
  const sentences = raw.map((sentence, index): SentenceReading => {
    // A "sentence" of thousands of words is pasted data, not prose: its grammar is not read.
    const items = sentence.tokens.length > maxSentenceTokens ? [] : itemsOf(sentence)
    const endsWithQuote = items.at(-1)?.kind === 'quote'
    const last = lastShown(sentence.tokens)
    const cues = heading ? [] : findCues(items, words)
    // A transcript line's label speaks for its sentence, quote or none ("HOLLOWAY: Let us hear it.").
    // "SEN. HOLLOWAY: ...", "MR. HOLLOWAY: ...": the label's title may end a "sentence" of its own first.
    // "[SOT: Hal Brenner, resident] “...”": a script's sound-bite label names the tape's speaker;
    // "SOT:" and "NAT SOT:" are labels, never the name of a transcript's speaker or of a name before a colon.
    const soundBite = !heading && soundBiteLine.test(masked.slice(sentence.start - start, sentence.end - start))
    const transcript = !heading && !soundBite && (index === 0 || (index === 1 && titleAlone(raw[0].tokens))) && cues.length === 0 ? transcriptCue(items, words, raw.length === 1) : undefined
    if (transcript) cues.push(transcript)
    const bite = soundBite ? soundBiteCue(items, words) : undefined
    if (bite) cues.push(bite)
    if (!heading && !soundBite) for (const cue of quoteVerbCues(items, cues, words, afterQuote)) cues.push(cue)
    afterQuote = endsWithQuote
    const reading: SentenceReading = {
      start: sentence.start,
      end: sentence.end,
      question: last?.text === '?' || endsWithQuestion(sentence.tokens),
      allQuoted: !items.some((item) => item.kind === 'word'),
      dashLine: /^\s*(—|―|–|--)\s*\S/.test(masked.slice(sentence.start - start, sentence.end - start)),
      cues,
      figures: [],
      claimMarkers: [],
      documents: [],
      loadedVerbs: [],
      anonymityReason: false,
      anonymousGroups: groupsNamedIn(masked.slice(sentence.start - start, sentence.end - start), words),
      names: heading ? [] : personNames(items, words),
      quotes: quotesOf(quotes, index)
    }
    if (!heading) {
      // Mentions quote the draft itself ("$2.3 million"), not tokens joined by spaces.
      reading.figures = figures(items, words, cues.map((cue) => cue.source)).map((figure) => ({start: figure.start, end: figure.end, text: masked.slice(figure.start - start, figure.end - start)}))
      reading.claimMarkers = claimMarkers(items, words)
      reading.documents = documentMentions(items, words, cues)
      // Only a cue's verb can be loaded: most sentences have none.
      reading.loadedVerbs = cues.length === 0 ? [] : loadedVerbMentions(items, new Set(cues.map((cue) => cue.start)), words)
      reading.anonymityReason = hasAnonymityReason(items, words)
    }
    return reading
  })
  return {base: start, sentences, quotes, endsOpen: quotes.at(-1)?.open ?? false}
}

/** The last token that is not a space. */
function lastShown(tokens: readonly Token[]): Token | undefined {
  for (let index = tokens.length - 1; index >= 0; index--) if (tokens[index].kind !== 'space') return tokens[index]
  return undefined
}

/**
 * Do the last three tokens end with a question mark and closing quotation marks (`?”`, `?'"`)?
 * They are joined only when one of them holds a question mark, which few sentences have.
 */
function endsWithQuestion(tokens: readonly Token[]): boolean {
  const last = tokens.slice(-3)
  return last.some((token) => token.text.includes('?')) && /\?['"”’]*$/.test(last.map((token) => token.text).join(''))
}

/** The indexes of the paragraph's quotes that touch sentence `index`. */
function quotesOf(quotes: readonly ParagraphQuote[], index: number): number[] {
  const touching: number[] = []
  for (let quoteIndex = 0; quoteIndex < quotes.length; quoteIndex++) if (quotes[quoteIndex].sentences.includes(index)) touching.push(quoteIndex)
  return touching
}

/** Is the sentence a title in capitals and its full stop alone ("SEN.", "MR.", "DR."), as a transcript label opens? */
function titleAlone(tokens: Array<{kind: string, text: string}>): boolean {
  const shown = tokens.filter((token) => token.kind !== 'space')
  return shown.length === 2 && /^\p{Lu}{2,4}$/u.test(shown[0].text) && shown[1].text === '.'
}

/** Names of two or more capitalised words outside quotes: people a later pronoun may refer to. */
function personNames(items: Item[], words: Words): Source[] {
  const found: Source[] = []
  for (let at = 0; at < items.length; at++) {
    if (items[at].kind !== 'word' || !isCapitalised(items[at])) continue
    let end = at
    while (items[end + 1]?.kind === 'word' && isCapitalised(items[end + 1])) end++
    // "Lena Marsh took the stage": a sentence's first word starts a name when a capitalised word
    // follows it and it is no common word ("The Harriers", "Some Norrmark shoppers").
    if (items[at].initial && isCommonWord(items[at].lower, words) && end > at) {
      at++
      if (end === at) continue
    }
    // "Pate claimed ...", "Manafort suggested ...", "Ruiz spoke ...", "Ruiz has met ...": one
    // capitalised word as the subject of a verb is a person a later pronoun may refer to.
    // Past tenses (after "has" or "had" too) and "says" only: "European insurers" is an adjective and a noun.
    const subject = end === at && !(items[at].initial && isCommonWord(items[at].lower, words)) && !/['’]s?$/.test(items[at].text) && !afterPreposition(items, at) &&
      ((items[at + 1]?.text === 'says' && isVerb(items, at + 1, words)) || pastAfterSubject(items, at + 1, words))
    const last = items[end].lower.replace(/['’]s?$/, '')
    const mayName = !words.grammar.organisationWords.has(last) && !words.grammar.months.has(last)
    if ((end > at || subject) && mayName) {
      found.push({start: items[at].start, end: items[end].end, text: items.slice(at, end + 1).map((item) => item.text).join(' '), kind: 'named', head: last, plural: false})
    } else if (end > at && words.grammar.organisationWords.has(last) && !afterPreposition(items, at)) {
      // "The Harbour Trust met on Monday. “...,” it said": a named body is whom a later "it" or
      // "they" may refer to (never "he" or "she": speakers.ts).
      found.push({start: items[at].start, end: items[end].end, text: items.slice(at, end + 1).map((item) => item.text).join(' '), kind: 'named', head: last, plural: false})
    } else if (end === at && mayName && last.length > 1 && !(items[at].initial && isCommonWord(items[at].lower, words)) && !afterPreposition(items, at)) {
      // "Garcia, the grocery store worker", "Trump cast himself as ...", "Ban's term": one
      // capitalised word, a person only if the draft names one so elsewhere (speakers.ts). After
      // a preposition ("the contrast between her and Ortiz", "a race against Ortiz") it is a
      // passing object, not whom the next "he" or "she" is about.
      const text = items[at].text.replace(/['’]s?$/, '')
      found.push({start: items[at].start, end: items[at].start + text.length, text, kind: 'named', head: last, plural: false, lone: true})
    }
    at = end
  }
  return found
}

/** Prepositions whose object is a passing mention ("against Ortiz", "with Ortiz"); not "by", whose object is an agent. */
const objectPrepositions = /^(about|against|among|amid|at|before|behind|beside|between|beyond|despite|for|from|in|into|like|near|of|on|onto|over|than|to|toward|towards|under|unlike|versus|via|with|without)$/

/** Does a preposition stand right before the word at `at`, or before "and"/"or" and one word ("between her and Ortiz")? */
function afterPreposition(items: Item[], at: number): boolean {
  const before = items[at - 1]
  if (before?.kind !== 'word') return false
  if (objectPrepositions.test(before.lower)) return true
  return /^(and|or)$/.test(before.lower) && items[at - 3]?.kind === 'word' && objectPrepositions.test(items[at - 3].lower)
}

// The one analysis pass: reads a draft into paragraphs, sentences, quotes, cues, sources and
// evidence notes that every rule reads (shared spec, "Units and terms").

import type {Paragraph as NlcstParagraph, Root} from 'nlcst'
import type {DraftFormat} from '../types.ts'
import type {Words} from '../words.ts'
import {splitBlocks} from '../read/blocks.ts'
import {readBlock, type BlockProse, type RawNote} from '../read/prose.ts'
import {findCues} from './cues.ts'
import {itemsOf, type Item} from './items.ts'
import {claimMarkers, documentMentions, figures, hasAnonymityReason, loadedVerbMentions} from './markers.ts'
import type {Cue, DraftAnalysis, EvidenceNote, FootnoteDefinition, Paragraph, Sentence, Suppression} from './model.ts'
import {sentenceOfNote, toEvidenceNote} from './notes.ts'
import {findQuotes} from './quotes.ts'
import {Memo} from './memo.ts'
import {segment, type RawSentence} from './sentences.ts'
import {attributeQuotes, resolvePronouns} from './speakers.ts'

/** Headings of sections that list sources rather than report: exempt from all but dangling-evidence. */
/** Titles of sections that list sources rather than report ("Sources", "Source notes", "Notes:"). */
const exemptTitle = /^(sources?|sourcing|notes?|disclosures?|methodology|references|documents|editor['’]?s notes?|about this (story|report)|corrections?|credits?|reporting notes?)\b[\w\s,&'’-]{0,30}:?$/i
/** Sentence-final punctuation, looked for before any closing quotes and brackets. */
const finalPunctuation = /[.!?…;][\s"”’')\]»]*$/

/**
 * In plain text a one-line paragraph with no final punctuation is a heading (shared spec); so is a
 * short line ending in a colon ("Sources:"). In Markdown, a short line that is all bold
 * ("**Sources**") reads as one too.
 */
function isTextHeading(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed === '' || trimmed.includes('\n')) return false
  if (trimmed.endsWith(':')) return trimmed.split(/\s+/).length <= 4
  return !finalPunctuation.test(trimmed)
}

export interface Analysis extends DraftAnalysis {
  /** Each sentence's words and marks outside quotes, quotes as single items. */
  items: Item[][]
  /** The prose as nlcst, one paragraph node per prose paragraph (positions relative to each). */
  tree: Root
}

/**
 * About 1.5 million characters each: a 100,000-word draft uses 600,000, so two book-length drafts
 * stay warm, and the memos hold under about 200 MB whatever is open.
 */
const memoCharacters = 1_500_000
const blockMemo = new Memo<BlockProse>(memoCharacters)
const paragraphMemo = new Memo<{base: number; sentences: RawSentence[]; tree: NlcstParagraph}>(memoCharacters)

/** Forgets every memoised block and paragraph: for measuring a cold lint. */
export function clearMemos(): void {
  blockMemo.clear()
  paragraphMemo.clear()
}

/** Sentences of a paragraph at its place in the draft: parsed once per distinct text, then moved. */
function sentencesAt(maskedText: string, start: number, trees: NlcstParagraph[]): RawSentence[] {
  let fresh = false
  const parsed = paragraphMemo.get(maskedText, () => {
    fresh = true
    const tree: NlcstParagraph[] = []
    return {base: start, sentences: segment(maskedText, start, tree), tree: tree[0]}
  })
  trees.push(parsed.tree)
  // Parsed just now: use as is. Found in the memo: fresh tokens moved to this place, since the
  // analysis marks tokens (quote membership) and they carry draft offsets.
  if (fresh) return parsed.sentences
  const delta = start - parsed.base
  return parsed.sentences.map((sentence) => ({
    start: sentence.start + delta,
    end: sentence.end + delta,
    tokens: sentence.tokens.map((token) => ({...token, start: token.start + delta, end: token.end + delta, quote: -1}))
  }))
}

export function analyze(text: string, format: DraftFormat, words: Words): Analysis {
  const paragraphs: Paragraph[] = []
  const masked: string[] = []
  const rawNotes: RawNote[] = []
  const definitions: FootnoteDefinition[] = []
  const suppressions: Suppression[] = []
  const sections: DraftAnalysis['sections'] = []

  for (const block of splitBlocks(text, format)) {
    if (block.frontMatter) continue
    const blockText = text.slice(block.start, block.end)
    const prose = blockMemo.get(format + '\0' + blockText, () => readBlock(blockText, format))
    const shift = <T extends {start: number; end: number}>(span: T): T => ({...span, start: span.start + block.start, end: span.end + block.start})
    for (const suppression of prose.suppressions) suppressions.push(shift(suppression))
    for (const definition of prose.definitions) definitions.push({...shift(definition), labelSpan: shift(definition.labelSpan), referenced: false})
    for (const paragraph of prose.paragraphs) {
      let kind = paragraph.kind
      let paragraphText = paragraph.masked
      // A byte-order mark is not prose.
      if (block.start + paragraph.start === 0 && paragraphText.charCodeAt(0) === 0xfeff) paragraphText = ' ' + paragraphText.slice(1)
      // Plain text has no heading syntax: a one-line paragraph with no final punctuation is a heading.
      if (kind === 'paragraph' && (format !== 'markdown' ? isTextHeading(paragraphText) : /^\s*(\*\*|__)[^*_\n]{1,60}(\*\*|__)\s*$/.test(blockText.slice(paragraph.start, paragraph.end)) && isTextHeading(paragraphText))) kind = 'heading'
      const index = paragraphs.length
      if (kind === 'heading') {
        const title = paragraphText.trim()
        sections.push({start: block.start + paragraph.start, end: block.start + paragraph.end, title, exempt: exemptTitle.test(title.replace(/^[#*_\s]+|[*_\s]+$/g, ''))})
      }
      const section = sections.length - 1
      paragraphs.push({index, kind, start: block.start + paragraph.start, end: block.start + paragraph.end, section, exempt: section >= 0 && sections[section].exempt, sentences: []})
      masked.push(paragraphText)
      for (const note of paragraph.notes) rawNotes.push(shift(note))
    }
  }

  const sentences: Sentence[] = []
  const trees: NlcstParagraph[] = []
  for (const paragraph of paragraphs) {
    for (const raw of sentencesAt(masked[paragraph.index], paragraph.start, trees)) {
      const last = raw.tokens.filter((token) => token.kind !== 'space').at(-1)
      const lastMarks = raw.tokens.slice(-3).map((token) => token.text).join('')
      paragraph.sentences.push(sentences.length)
      sentences.push({
        index: sentences.length, paragraph: paragraph.index, start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), tokens: raw.tokens,
        heading: paragraph.kind === 'heading', question: last?.text === '?' || /\?['"”’]*$/.test(lastMarks),
        allQuoted: false, cues: [], quotes: [], notes: [], figures: [], claimMarkers: [], documents: [], loadedVerbs: [], anonymityReason: false
      })
    }
  }

  const quotes = findQuotes(paragraphs, sentences, masked)
  for (const quote of quotes) for (const index of quote.sentences) sentences[index].quotes.push(quote.index)
  const items = sentences.map(itemsOf)

  // "— Rosa Tillman (@rosatillman), 16 March 2025" under a block quote names its author.
  for (const paragraph of paragraphs) {
    const first = sentences[paragraph.sentences[0]]
    const previous = paragraphs[paragraph.index - 1]
    if (first && /^\s*(—|–|--)\s*\S/.test(first.text) && (paragraph.kind === 'blockquote' || previous?.kind === 'blockquote')) {
      for (const index of paragraph.sentences) sentences[index].bylineOf = previous ? previous.index : -1
    }
  }

  const cues: Cue[] = []
  for (const sentence of sentences) {
    const sentenceItems = items[sentence.index]
    sentence.allQuoted = !sentenceItems.some((item) => item.kind === 'word')
    if (sentence.heading || sentence.bylineOf !== undefined) continue
    for (const found of findCues(sentenceItems, words)) {
      sentence.cues.push(cues.length)
      cues.push({...found, index: cues.length, sentence: sentence.index})
    }
  }
  resolvePronouns(sentences, cues, (sentence) => items[sentence.index], words)
  attributeQuotes(quotes, sentences, paragraphs, cues)

  const definitionsByLabel = new Map(definitions.map((definition) => [definition.label.toLowerCase(), definition]))
  const notes: EvidenceNote[] = []
  for (const raw of rawNotes.sort((a, b) => a.start - b.start)) {
    const note = toEvidenceNote(raw, definitionsByLabel, words, notes.length)
    if (!note) continue
    const paragraph = paragraphs.find((candidate) => raw.start >= candidate.start && raw.start < candidate.end)
    note.sentence = paragraph ? sentenceOfNote(note, sentences, paragraph.sentences, text) : -1
    if (note.sentence !== -1) sentences[note.sentence].notes.push(note.index)
    notes.push(note)
  }

  for (const sentence of sentences) {
    if (sentence.heading) continue
    const sentenceItems = items[sentence.index]
    const sourceSpans = sentence.cues.map((index) => cues[index].source)
    // Mentions quote the draft itself ("$2.3 million"), not tokens joined by spaces.
    sentence.figures = figures(sentenceItems, words, sourceSpans).map((figure) => ({...figure, text: text.slice(figure.start, figure.end)}))
    sentence.claimMarkers = claimMarkers(sentenceItems, words)
    sentence.documents = documentMentions(sentenceItems, words)
    sentence.loadedVerbs = loadedVerbMentions(sentenceItems, new Set(sentence.cues.map((index) => cues[index].start)), words)
    sentence.anonymityReason = hasAnonymityReason(sentenceItems, words)
  }

  return {text, format, paragraphs, sentences, quotes, cues, notes, definitions, sections, suppressions, items, tree: {type: 'RootNode', children: trees}}
}

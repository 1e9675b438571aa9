// What one lint of a draft builds, in draft order, with running counts of how much each block and
// paragraph added: the analysis reads it, and a session keeps it so the next lint can start after
// the blocks an edit left alone (session.ts) and take the rest of the last lint's whole.

import type {Block} from '../read/blocks.ts'
import type {BlockProse, RawNote} from '../read/prose.ts'
import type {Span} from '../types.ts'
import type {Words} from '../words.ts'
import type {Cue, DraftAnalysis, FootnoteDefinition, Paragraph, Quote, Sentence, Source, Suppression} from './model.ts'
import type {ParagraphReading} from './paragraph.ts'
import type {ParagraphPart} from './parts.ts'

/** The counts `afterBlock` keeps for each block: paragraphs, raw notes, definitions, suppressions, sections. */
export const countsPerBlock = 5
/** The counts `afterParagraph` keeps for each paragraph: sentences, quotes, cues, too-long spans. */
export const countsPerParagraph = 4

/**
 * Everything the analysis builds in draft order, with how much of it each block and paragraph
 * added: a session keeps it, so the next lint can start after the blocks an edit left alone.
 */
export interface Built {
  words: Words
  blocks: Block[]
  /** Each block's prose as read (none for front matter). */
  prose: Array<BlockProse | undefined>
  /** After each block: how many paragraphs, raw notes, definitions, suppressions and sections there were (`countsPerBlock` numbers a block). */
  afterBlock: number[]
  paragraphs: Paragraph[]
  masked: string[]
  rawNotes: RawNote[]
  definitions: FootnoteDefinition[]
  suppressions: Suppression[]
  sections: DraftAnalysis['sections']
  /** After each paragraph: how many sentences, quotes, cues and too-long spans there were (`countsPerParagraph` numbers a paragraph). */
  afterParagraph: number[]
  /** After each paragraph: the quote it left open, which the next may continue. */
  openAfter: Array<Quote | undefined>
  parts: ParagraphPart[]
  readings: ParagraphReading[]
  sentences: Sentence[]
  quotes: Quote[]
  cues: Cue[]
  ownSources: Source[]
  names: Source[][]
  tooLong: Span[]
}

export function emptyBuilt(words: Words): Built {
  return {
    words, blocks: [], prose: [], afterBlock: [], paragraphs: [], masked: [], rawNotes: [], definitions: [], suppressions: [], sections: [], afterParagraph: [], openAfter: [],
    parts: [], readings: [], sentences: [], quotes: [], cues: [], ownSources: [], names: [], tooLong: []
  }
}

/** The counts after the first `blocks` blocks of `built` (all zero for none). */
export function countsAfterBlocks(built: Built, blocks: number): number[] {
  return blocks > 0 ? built.afterBlock.slice((blocks - 1) * countsPerBlock, blocks * countsPerBlock) : new Array<number>(countsPerBlock).fill(0)
}

/** The counts after the first `paragraphs` paragraphs of `built` (all zero for none). */
export function countsAfterParagraphs(built: Built, paragraphs: number): number[] {
  return paragraphs > 0 ? built.afterParagraph.slice((paragraphs - 1) * countsPerParagraph, paragraphs * countsPerParagraph) : new Array<number>(countsPerParagraph).fill(0)
}

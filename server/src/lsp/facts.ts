// A lint's facts: what hovers and code actions read of the analysis (sentences, paragraphs, quotes,
// cues, notes, definitions), worked out in the worker from the lint it keeps (kept.ts) only when
// asked for, and how to find the one at an offset.

import type {Cue, DraftAnalysis, EvidenceNote, FootnoteDefinition, Quote, Span} from '../engine/index.ts'

export interface SentenceFacts extends Span {
  paragraph: number
}

export interface DraftFacts {
  sentences: SentenceFacts[]
  paragraphs: Array<Span & {kind: string}>
  quotes: Quote[]
  cues: Cue[]
  notes: EvidenceNote[]
  definitions: FootnoteDefinition[]
}

export const noFacts: DraftFacts = {sentences: [], paragraphs: [], quotes: [], cues: [], notes: [], definitions: []}

export function factsOf(analysis: DraftAnalysis): DraftFacts {
  return {
    sentences: analysis.sentences.map((sentence) => ({start: sentence.start, end: sentence.end, paragraph: sentence.paragraph})),
    paragraphs: analysis.paragraphs.map((paragraph) => ({start: paragraph.start, end: paragraph.end, kind: paragraph.kind})),
    quotes: analysis.quotes,
    cues: analysis.cues,
    notes: analysis.notes,
    definitions: analysis.definitions
  }
}

/** The smallest item of `items` (sorted by start) that contains `offset`, by binary search over starts. */
export function itemAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let low = 0
  let high = items.length - 1
  let found: T | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    if (items[middle].start <= offset) {
      found = items[middle]
      low = middle + 1
    } else high = middle - 1
  }
  if (found && offset < found.end) return found
  // Spans may nest or overlap (a quote inside a longer one): fall back to a scan.
  return items.find((item) => item.start <= offset && offset < item.end)
}

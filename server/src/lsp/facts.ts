// What the server keeps of one lint: the findings and the parts of the analysis that hovers and
// code actions read. The full analysis (nlcst tree, tokens) is about 10 MB for a 10,000-word draft,
// so it is not kept: 50 open drafts must fit in a few hundred megabytes.

import type {SourcingSummary} from '../engine/summary.ts'
import type {Analysis, Configuration, Cue, DraftFormat, EvidenceNote, Finding, FootnoteDefinition, Problem, Quote, Span} from '../engine/index.ts'

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

/** One draft to lint. */
export interface LintJob {
  text: string
  format: DraftFormat
  path?: string
  configuration: Configuration
}

export interface LintOutcome {
  findings: Finding[]
  problems: Problem[]
  facts: DraftFacts
  /** The draft's sourcing summary (the CLI's `--report sources`); none when the engine failed. */
  summary: SourcingSummary | undefined
  /** Milliseconds the engine took. */
  took: number
}

export function factsOf(analysis: Analysis): DraftFacts {
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

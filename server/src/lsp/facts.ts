// What crosses from the linter to the server: a lint job, its outcome (the findings, on every
// keystroke) and the details hovers, code actions and the summary view read (the facts and the
// sourcing summary, only when asked for, and worked out in the worker from the analysis it keeps:
// kept.ts). Only findings cross between threads on a keystroke, and mostly as a change (delta.ts).

import type {SourcingSummary} from '../engine/summary.ts'
import type {Configuration, Cue, DraftAnalysis, DraftFormat, EvidenceNote, Finding, FootnoteDefinition, Problem, Quote, Span, Suggestion} from '../engine/index.ts'

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
  /** Keep the analysis for the details asked later: an open draft's lints, not the workspace check's. */
  keep: boolean
}

export interface LintOutcome {
  /** Names this lint when its details are asked for: a newer lint of the draft has another. */
  lint: number
  findings: Finding[]
  problems: Problem[]
  /** Milliseconds the engine took. */
  took: number
}

/** A finding's suggestions, with what finds the finding again: its rule and its range in offsets. */
export interface FindingSuggestions extends Span {
  ruleId: string
  suggestions: Suggestion[]
}

/** What a lint can tell beyond its findings, worked out only when asked for. */
export interface LintDetails {
  facts: DraftFacts
  /** The draft's sourcing summary (the CLI's `--report sources`); null when the engine failed. */
  summary: SourcingSummary | null
  /** The suggestions of the lint's findings that have any (code actions read them). */
  suggestions: FindingSuggestions[]
}

export type DetailName = keyof LintDetails

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

// What crosses between the language server and its lint worker: a lint job and its outcome (the
// findings, on every keystroke, mostly as a change: delta.ts), the details hovers, code actions and
// the summary view ask for later (worked out in the worker from the lint it keeps: kept.ts), and the
// messages that carry them.

import type {Configuration, DraftFormat, Finding, Problem, Span, Suggestion} from '../engine/index.ts'
import type {SourcingSummary} from '../engine/summary.ts'
import type {FindingsDelta} from './delta.ts'
import type {DraftFacts} from './facts.ts'

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

/**
 * A draft's text as a change to the text of the last lint of the same draft sent to the worker:
 * its first `prefix` and last `suffix` characters, with `insert` between. Copying a long draft to
 * the worker on every keystroke cost more than a millisecond.
 */
export interface TextChange {
  /** The lint whose text the change applies to, and that text's length, as a check. */
  lint: number
  length: number
  prefix: number
  suffix: number
  insert: string
}

export type WorkerRequest =
  /**
   * `base`: the lint of this key whose findings the server holds, for the answer to be a change to
   * them. With `change`, the job's text is empty: it is the change applied to the key's last text.
   */
  | {kind: 'lint'; id: number; key: string; job: LintJob; base?: number; change?: TextChange}
  /** A detail of lint `lint` of `key`, answered `undefined` when a newer lint of the key replaced it. */
  | {kind: 'detail'; id: number; key: string; lint: number; name: DetailName}
  /** The draft was closed: drop its kept lint. No answer. */
  | {kind: 'forget'; key: string}
  /** The server has no lint waiting: the end of a burst (opening drafts, say), for the worker to tidy after. No answer. */
  | {kind: 'drained'}

export type WorkerResponse =
  /** With `delta`, the outcome's findings are empty: they are the delta's, decoded against the base lint's. */
  | {id: number; outcome: LintOutcome; delta?: FindingsDelta}
  | {id: number; detail: LintDetails[DetailName] | undefined}
  | {id: number; error: string}
  /** The worker does not have the text a change applies to: send the whole text. */
  | {id: number; resend: true}

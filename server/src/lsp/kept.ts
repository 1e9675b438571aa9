// Where each open draft's latest lint is kept for the details asked later (hovers, code actions, the
// summary view): in the lint worker, or on the main thread when there is none. Only the findings
// cross to the server on every keystroke; the facts and the summary are worked out here when first
// asked for, so a keystroke pays for neither nor for copying them between threads.

import {AnalysisSession, ReadingMemos, suggestionsFor, type AcceptedFinding, type Analysis, type Configuration, type Finding, type LintOptions, type Unchanged} from '../engine/index.ts'
import {sourcingSummary} from '../engine/summary.ts'
import {factsOf, noFacts} from './facts.ts'
import type {DetailName, LintDetails, LintJob, LintOutcome} from './worker-messages.ts'
import {runJob} from './lint-job.ts'

interface Kept {
  lint: number
  /** None when the engine failed, or once every detail was worked out. */
  analysis: Analysis | undefined
  /** The findings and configuration of the lint, for its suggestions. */
  findings: Finding[]
  /** Findings the project accepted: the Sourcing view lists them. */
  accepted: AcceptedFinding[]
  configuration: Configuration
  details: Partial<LintDetails>
  /** The engine's session for this draft: the next lint re-makes only what the edit touched. */
  session: AnalysisSession
  characters: number
}

/**
 * Drafts kept, in characters, most recently linted first: a reporter types in one or two drafts at
 * a time, and fifty open drafts must not each hold their whole analysis. A draft let go is linted
 * from the engine's memo on its next change, and its details by a new lint when asked for (170 ms
 * for a dense 10,000-word draft the memos no longer hold either). Two drafts of 100,000 words fit,
 * or twenty of 10,000, or a hundred stories of 2,000; 1,500,000 left fifty drafts of 10,000 words
 * over 250 MB (docs/engine.md, "Memory").
 */
const keptCharacters = 1_250_000

export class KeptLints {
  private readonly byKey = new Map<string, Kept>()
  /** One set of memos for every draft kept here: a draft let go is read again from them, and so is a paragraph two drafts share. */
  private readonly memos = new ReadingMemos()
  private characters = 0

  /** `log` hears of a detail that could not be worked out; `forgotten` of each draft let go. */
  constructor(
    private readonly log: (line: string) => void,
    private readonly forgotten?: (key: string) => void
  ) {}

  /**
   * Lints `job` as lint `lint` of `key`, keeping it in place of the key's last one if the job says
   * so. `edit`: what the edit since the key's last lint left alone, when the caller knows it.
   */
  lint(key: string, lint: number, job: LintJob, edit?: LintOptions['edit']): LintOutcome {
    const previous = this.byKey.get(key)
    this.drop(key)
    const session = job.keep ? (previous?.session ?? new AnalysisSession(this.memos)) : undefined
    const {analysis, accepted, ...outcome} = runJob(job, session, previous && edit)
    if (session) {
      this.byKey.set(key, {lint, analysis, findings: outcome.findings, accepted, configuration: job.configuration, details: {}, session, characters: job.text.length})
      this.characters += job.text.length
      for (const oldest of this.byKey.keys()) {
        if (this.characters <= keptCharacters || oldest === key) break
        this.forget(oldest)
      }
    }
    return {lint, ...outcome}
  }

  /** A detail of lint `lint` of `key`; `undefined` when that is not the key's kept lint (any more). */
  detail<Name extends DetailName>(key: string, lint: number, name: Name): LintDetails[Name] | undefined {
    const kept = this.byKey.get(key)
    if (!kept || kept.lint !== lint) return undefined
    if (kept.details[name] === undefined) kept.details[name] = this.workOut(kept, name)
    // With every detail worked out, the analysis is never read again.
    if (kept.details.facts && kept.details.summary !== undefined && kept.details.suggestions) kept.analysis = undefined
    return kept.details[name]
  }

  /** What the edit from `before` to the key's last linted text left alone, as its session found it. */
  changeOf(key: string, before: string): Unchanged | undefined {
    return this.byKey.get(key)?.session.changeSince(before)
  }

  forget(key: string): void {
    if (this.drop(key)) this.forgotten?.(key)
  }

  private drop(key: string): boolean {
    const kept = this.byKey.get(key)
    if (!kept) return false
    this.characters -= kept.characters
    this.byKey.delete(key)
    return true
  }

  private workOut<Name extends DetailName>(kept: Kept, name: Name): LintDetails[Name] {
    const {analysis} = kept
    const details: {[Each in DetailName]: () => LintDetails[Each]} = {
      facts: () => (analysis ? factsOf(analysis) : noFacts),
      summary: () => {
        if (!analysis) return null
        try {
          return sourcingSummary(analysis, kept.findings, kept.accepted)
        } catch (error) {
          // The findings stand; the summary view says there is none.
          this.log(`The sourcing summary failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
          return null
        }
      },
      suggestions: () => {
        if (!analysis) return []
        const found = suggestionsFor(analysis, kept.findings, kept.configuration)
        return kept.findings.flatMap((finding, index) => (found[index].length > 0 ? [{ruleId: finding.ruleId, start: finding.start.offset, end: finding.end.offset, suggestions: found[index]}] : []))
      }
    }
    return details[name]()
  }
}

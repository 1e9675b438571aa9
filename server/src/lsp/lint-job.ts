// One lint of one draft, the same call the CLI makes. Runs in the lint worker, or on the main thread
// when no worker could be started.

import {lint, ruleUrl, type AcceptedFinding, type Analysis, type AnalysisSession, type Finding, type LintOptions} from '../engine/index.ts'
import type {LintJob, LintOutcome} from './worker-messages.ts'

/** The outcome, less the lint's name, with the analysis for the caller to keep; none when the engine failed. */
export interface JobRun extends Omit<LintOutcome, 'lint'> {
  analysis: Analysis | undefined
  /** Findings the project accepted: kept with the analysis for the summary, never sent on a keystroke. */
  accepted: AcceptedFinding[]
}

/** `session`: the draft's engine session, for an open draft linted again and again; `edit`: the edit since its last lint, when known. */
export function runJob(job: LintJob, session?: AnalysisSession, edit?: LintOptions['edit']): JobRun {
  const started = performance.now()
  try {
    const result = lint(job.text, {format: job.format, path: job.path, configuration: job.configuration, session, edit})
    return {findings: result.findings, problems: result.problems, analysis: result.analysis, accepted: result.accepted, took: performance.now() - started}
  } catch (error) {
    session?.reset()
    // A broken invariant in the engine is our bug, not the writer's: one error at the top of the
    // draft with the stack, and the server carries on (style guide, habit 6).
    const failure = error instanceof Error ? (error.stack ?? error.message) : String(error)
    const point = {line: 1, column: 1, offset: 0}
    const finding: Finding = {ruleId: 'engine', severity: 'error', message: `Attribution Lint failed on this draft; please report it:\n${failure}`, url: ruleUrl('engine'), start: point, end: point}
    return {findings: [finding], problems: [], analysis: undefined, accepted: [], took: performance.now() - started}
  }
}

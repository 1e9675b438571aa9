// One lint of one draft, the same call the CLI makes, reduced to what the server keeps. Runs in the
// lint worker, or on the main thread when no worker could be started.

import {lint, ruleUrl, type Finding} from '../engine/index.ts'
import {sourcingSummary} from '../engine/summary.ts'
import {factsOf, type LintJob, type LintOutcome} from './facts.ts'

export function runJob(job: LintJob): LintOutcome {
  const started = performance.now()
  try {
    const result = lint(job.text, {format: job.format, path: job.path, configuration: job.configuration})
    const facts = factsOf(result.analysis)
    // The summary is cheap next to the lint, and kept with it so the summary view and the
    // diagnostics always describe the same version of the draft.
    const summary = sourcingSummary(result.analysis)
    return {findings: result.findings, problems: result.problems, facts, summary, took: performance.now() - started}
  } catch (error) {
    // A broken invariant in the engine is our bug, not the writer's: one error at the top of the
    // draft with the stack, and the server carries on (style guide, habit 6).
    const failure = error instanceof Error ? (error.stack ?? error.message) : String(error)
    const point = {line: 1, column: 1, offset: 0}
    const finding: Finding = {ruleId: 'engine', severity: 'error', message: `Attribution Lint failed on this draft; please report it:\n${failure}`, url: ruleUrl('engine'), start: point, end: point}
    return {findings: [finding], problems: [], facts: {sentences: [], paragraphs: [], quotes: [], cues: [], notes: [], definitions: []}, summary: undefined, took: performance.now() - started}
  }
}

// Lints one draft's text as the CLI asks: with its configuration, fixing in passes when asked, and
// with the sourcing summary when `--report sources` wants it. Runs on the main thread or in a worker,
// so everything in and out is plain data.

import {lint, type AcceptedFinding, type Configuration, type DraftFormat, type Finding, type Problem} from '../engine/index.ts'
import {applyFixes, isFixable} from '../engine/fix.ts'
import {sourcingSummary, type SourcingSummary} from '../engine/summary.ts'
import {attributionsOf, type Attribution} from '../engine/attributions.ts'

export interface DraftJob {
  text: string
  /** The draft's path (for its format and messages), or the `--stdin-filename`. */
  path?: string
  format: DraftFormat
  configuration: Configuration
  /** Apply safe fixes (`--fix`, `--fix-dry-run`). */
  fix: boolean
  /** Fix only what is reported: with `--quiet`, errors. */
  errorsOnly: boolean
  summary: boolean
  /** Also return the findings suppression comments hide (SARIF records them as suppressed). */
  keepSuppressed?: boolean
  /** Return the linted text: rdjsonl counts columns in UTF-8 bytes, which needs each line. */
  keepText?: boolean
}

export interface DraftOutcome {
  /** Findings of the final text (after fixing, when fixing). */
  findings: Finding[]
  /** With `keepSuppressed`: the findings suppression comments hide. */
  suppressed?: Finding[]
  /** With `keepSuppressed`: the findings `.attributionlint-accepted.json` hides, with their entries. */
  accepted?: AcceptedFinding[]
  /** With `keepText`: the text the findings are in (the fixed text, when fixing). */
  text?: string
  /** The fixed text, when fixing changed it. */
  output?: string
  /** How many fixes were applied. */
  fixed: number
  summary?: SourcingSummary
  /** Every attribution found, quote by quote, with the summary. */
  attributions?: Attribution[]
  /** Problems with the configuration's word lists. */
  problems: Problem[]
}

// ESLint's limit: each pass re-lints the fixed text, and fixes that overlapped wait for the next one.
const maxFixPasses = 10

export function lintDraft(job: DraftJob): DraftOutcome {
  // Each file is linted once: nothing to keep for a next lint.
  const options = {path: job.path, format: job.format, configuration: job.configuration, keepSuppressed: job.keepSuppressed}
  let text = job.text
  let result = lint(text, options)
  const problems = result.problems
  let fixed = 0
  if (job.fix) {
    for (let pass = 0; pass < maxFixPasses; pass++) {
      const fixable = result.findings.filter((finding) => isFixable(finding) && (!job.errorsOnly || finding.severity === 'error'))
      const applied = applyFixes(text, fixable)
      if (applied.edits.length === 0) break
      fixed += applied.edits.length
      text = applied.text
      result = lint(text, options)
    }
  }
  return {
    findings: result.findings,
    suppressed: result.suppressed,
    accepted: job.keepSuppressed ? result.accepted : undefined,
    text: job.keepText ? text : undefined,
    output: text !== job.text ? text : undefined,
    fixed,
    summary: job.summary ? sourcingSummary(result.analysis, result.findings, result.accepted) : undefined,
    attributions: job.summary ? attributionsOf(result.analysis) : undefined,
    problems
  }
}

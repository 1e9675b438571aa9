// What every formatter gets: the drafts linted, in command-line order, and facts about the run.

import type {AcceptedFinding, Finding} from '../../engine/index.ts'
import type {SourcingSummary} from '../../engine/summary.ts'
import type {Attribution} from '../../engine/attributions.ts'

export interface FileReport {
  /** Absolute path (ESLint's `filePath`). */
  filePath: string
  /** Relative to the working folder, with `/` separators: what people and CI annotations read. */
  path: string
  /** What to report, after `--quiet`. */
  findings: Finding[]
  /** Findings a suppression comment hides, when the format records them (SARIF). */
  suppressed?: Finding[]
  /** Findings `.attributionlint-accepted.json` hides, with their entries, when the format records them. */
  accepted?: AcceptedFinding[]
  /** The linted text, when the format needs it (rdjsonl's UTF-8 columns). */
  text?: string
  /** The fixed text (`--fix`, `--fix-dry-run`), when fixing changed it. */
  output?: string
  summary?: SourcingSummary
  /** Every attribution found (`--report sources`), quote by quote. */
  attributions?: Attribution[]
}

export interface ReportContext {
  cwd: string
  color: boolean
  /** The package version, for SARIF's `tool.driver`. */
  version: string
  /** Usage, configuration and file problems of the run, one line each (also printed on stderr). */
  problems: string[]
}

export type Formatter = (files: FileReport[], context: ReportContext) => string

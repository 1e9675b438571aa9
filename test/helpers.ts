// Shared test helpers: lint a snippet and describe findings as short `line:col-line:col rule` lines,
// so a test reads like the draft it checks (style guide, "Tests per rule").

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lint, type DraftFormat, type Finding, type LintOptions} from '../server/src/engine/index.ts'

export function describeFinding(finding: Finding): string {
  return `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column} ${finding.ruleId}`
}

/** Findings of one rule (or all) for a snippet, as short lines. */
export function findingsOf(text: string, ruleId?: string, options: LintOptions & {format?: DraftFormat} = {}): string[] {
  return lint(text, {format: 'markdown', ...options}).findings.filter((finding) => !ruleId || finding.ruleId === ruleId).map(describeFinding)
}

/** The text a finding covers. */
export function coveredText(text: string, finding: Finding): string {
  return text.slice(finding.start.offset, finding.end.offset)
}

export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8')
}

// The one place a finding becomes an LSP Diagnostic (style guide, habit 4): rule id to `code`,
// docs page to `codeDescription.href`, 1-based unist points to 0-based LSP positions (both count
// UTF-16 code units, and both treat \r\n, \r and \n as line breaks). A diagnostic carries no `data`:
// a code action finds its finding again by the diagnostic's range, and 7,000 diagnostics of a long
// draft are sent on every keystroke. For the same reason a client that says it fills them in itself
// (`compactDiagnostics`, as our extension does) gets no `source` and `codeDescription` on each: they
// are the same for every finding of a rule, were 45% of the JSON (1.1 of 2.4 MB at 100,000 words),
// and the client reads them once from the `ruleLinks` of the server's initialize result.

import {DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range} from 'vscode-languageserver'
import {ruleIds, ruleUrl, type Finding, type Point, type Problem, type Severity} from '../engine/index.ts'

export const diagnosticSource = 'attribution-lint'

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

export function toPosition(point: Point): {line: number; character: number} {
  return {line: Math.max(point.line - 1, 0), character: Math.max(point.column - 1, 0)}
}

export function toRange(place: {start: Point; end?: Point}): Range {
  return {start: toPosition(place.start), end: toPosition(place.end ?? place.start)}
}

export interface DiagnosticContext {
  uri: string
  /** The client shows `relatedInformation`; without it the places are appended to the message. */
  relatedInformation: boolean
  /** The client fills in `source` and `codeDescription` from the code, by `ruleLinks`: they are left out. */
  compact: boolean
}

/**
 * What a client that asks for compact diagnostics adds to each diagnostic whose `source` is missing,
 * by its `code`: the `source`, and the `codeDescription` with the rule's page. Sent once, in the
 * initialize result (`capabilities.experimental.ruleLinks`).
 */
export interface RuleLinks {
  source: string
  pages: Record<string, string>
}

export function ruleLinks(): RuleLinks {
  return {source: diagnosticSource, pages: Object.fromEntries([...ruleIds, 'engine', 'require-reason'].map((ruleId) => [ruleId, ruleUrl(ruleId)]))}
}

export function toDiagnostic(finding: Finding, context: DiagnosticContext): Diagnostic {
  const diagnostic: Diagnostic = context.compact
    ? {range: toRange(finding), severity: severities[finding.severity], code: finding.ruleId, message: finding.message}
    : {range: toRange(finding), severity: severities[finding.severity], source: diagnosticSource, code: finding.ruleId, codeDescription: {href: finding.url}, message: finding.message}
  const related = finding.related ?? []
  if (related.length > 0) {
    if (context.relatedInformation) {
      diagnostic.relatedInformation = related.map((place): DiagnosticRelatedInformation => ({location: {uri: context.uri, range: toRange(place)}, message: place.message}))
    } else {
      diagnostic.message += related.map((place) => `\n${place.start.line}:${place.start.column}: ${place.message}`).join('')
    }
  }
  return diagnostic
}

/**
 * A configuration or word-list problem: one warning at the top of the draft (style guide, "Errors
 * are values at the edges"), pointing at the place in the configuration file when it is known.
 */
export function problemToDiagnostic(problem: Problem, relatedInformation: boolean, fileUri?: (path: string) => string): Diagnostic {
  const top = {line: 0, character: 0}
  const diagnostic: Diagnostic = {range: {start: top, end: top}, severity: DiagnosticSeverity.Warning, source: diagnosticSource, code: 'configuration', message: problem.message}
  if (relatedInformation && problem.file && fileUri) {
    const position = {line: Math.max((problem.line ?? 1) - 1, 0), character: Math.max((problem.column ?? 1) - 1, 0)}
    diagnostic.relatedInformation = [{location: {uri: fileUri(problem.file), range: {start: position, end: position}}, message: 'The problem is here.'}]
  }
  return diagnostic
}

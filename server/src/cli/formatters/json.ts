// ESLint's JSON shape, which the corpus scorer and other ESLint-aware tools read:
// [{filePath, messages: [{ruleId, severity, severityName, message, line, column, endLine, endColumn}],
//   errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount}].
// ESLint has two levels, so `severity` is 2 for an error and 1 for anything else; `severityName` says
// which of ours it is, and the counts keep information apart: a warning budget never counts it.
// `output` is added only when a fix changed the draft.

import {isFixable} from '../../engine/fix.ts'
import type {Finding, Severity} from '../../engine/index.ts'
import type {Formatter} from './types.ts'

export const formatJson: Formatter = (files) => {
  const results = files.map((file) => {
    const count = (severity: Severity, fixable = false) => file.findings.filter((finding) => finding.severity === severity && (!fixable || isFixable(finding))).length
    return {
      filePath: file.filePath,
      messages: file.findings.map((finding: Finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity === 'error' ? 2 : 1,
        severityName: finding.severity,
        message: finding.message,
        line: finding.start.line,
        column: finding.start.column,
        endLine: finding.end.line,
        endColumn: finding.end.column
      })),
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      fixableErrorCount: count('error', true),
      fixableWarningCount: count('warning', true),
      ...(file.output !== undefined ? {output: file.output} : {})
    }
  })
  return JSON.stringify(results) + '\n'
}

// ESLint's JSON shape, which the corpus scorer and other ESLint-aware tools read:
// [{filePath, messages: [{ruleId, severity, message, line, column, endLine, endColumn}], errorCount, warningCount}].
// Severity 2 is an error and 1 anything else; `output` is added only when a fix changed the draft.

import {errorCount, type Formatter} from './types.ts'

export const formatJson: Formatter = (files) => {
  const results = files.map((file) => ({
    filePath: file.filePath,
    messages: file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.start.line,
      column: finding.start.column,
      endLine: finding.end.line,
      endColumn: finding.end.column
    })),
    errorCount: errorCount(file.findings),
    warningCount: file.findings.length - errorCount(file.findings),
    ...(file.output !== undefined ? {output: file.output} : {})
  }))
  return JSON.stringify(results) + '\n'
}

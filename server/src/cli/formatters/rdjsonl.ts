// The Reviewdog Diagnostic Format as JSON lines (`reviewdog -f=rdjsonl`): one diagnostic per line,
// with its severity, its place, the rule as a code with its page, and the safe fix as a suggestion
// reviewdog can post as a suggested change. reviewdog counts columns in UTF-8 bytes (its schema:
// "the column of b in 'a𐐀b' is 6"), and its ranges end before the end position, as ours do.
//   {"message":"...","location":{"path":"stories/port.md","range":{...}},"severity":"WARNING",...}

import {ruleUrl, type Severity} from '../../engine/index.ts'
import {lineStarts, pointsOf} from '../../engine/points.ts'
import type {Formatter} from './types.ts'

const severities: Record<Severity, string> = {error: 'ERROR', warning: 'WARNING', info: 'INFO'}

export const formatRdjsonl: Formatter = (files) => {
  const lines: string[] = []
  for (const file of files) {
    const position = bytePositions(file.text ?? '')
    for (const finding of file.findings) {
      const diagnostic = {
        message: finding.message,
        location: {path: file.path, range: {start: position(finding.start.offset), end: position(finding.end.offset)}},
        severity: severities[finding.severity],
        source: {name: 'attribution-lint', url: ruleUrl('').replace(/\/blob\/.*$/, '')},
        code: {value: finding.ruleId, url: finding.url},
        ...(finding.fix ? {suggestions: [{range: {start: position(finding.fix.start), end: position(finding.fix.end)}, text: finding.fix.text}]} : {})
      }
      // JSON.stringify escapes quotes, backslashes and line breaks: one diagnostic stays one line.
      lines.push(JSON.stringify(diagnostic))
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Offset in the text → reviewdog's 1-based line and UTF-8 byte column (a byte-order mark not counted). */
function bytePositions(text: string): (offset: number) => {line: number; column: number} {
  const starts = lineStarts(text)
  const pointOf = pointsOf(text, starts)
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  return (offset) => {
    const {line} = pointOf(offset)
    const lineStart = line === 1 ? bom : starts[line - 1]
    return {line, column: Buffer.byteLength(text.slice(lineStart, Math.max(lineStart, offset)), 'utf8') + 1}
  }
}

// One line per problem, ESLint's `compact` shape: easy to grep and to read in a CI log.
//   stories/port.md: line 3, col 13, Warning - No source is given for the hedge “reportedly”. (unattributed-claim)

import type {Formatter} from './types.ts'
import {visible} from './visible.ts'

const labels = {error: 'Error', warning: 'Warning', info: 'Info'} as const

export const formatCompact: Formatter = (files) => {
  const lines: string[] = []
  for (const file of files) {
    for (const finding of file.findings) {
      lines.push(`${visible(file.path)}: line ${finding.start.line}, col ${finding.start.column}, ${labels[finding.severity]} - ${visible(oneLine(finding.message))} (${finding.ruleId})`)
    }
  }
  if (lines.length === 0) return ''
  return `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

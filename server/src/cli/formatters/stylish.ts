// The default report for people: problems grouped by draft, columns aligned, a summary line.
// Colour only when the context says so (a terminal, and no NO_COLOR).

import pc from 'picocolors'
import {isFixable} from '../../engine/fix.ts'
import type {Finding} from '../../engine/index.ts'
import type {Formatter} from './types.ts'
import {visible} from './visible.ts'

export const formatStylish: Formatter = (files, context) => {
  const colors = pc.createColors(context.color)
  const severityColor = {error: colors.red, warning: colors.yellow, info: colors.blue} as const
  const out: string[] = []
  const totals = {error: 0, warning: 0, info: 0}
  let fixable = 0

  for (const file of files) {
    if (file.findings.length === 0) continue
    out.push('', colors.underline(visible(file.path)))
    const rows = file.findings.map((finding) => [`${finding.start.line}:${finding.start.column}`, finding.severity, visible(flatten(finding.message)), finding.ruleId] as const)
    const width = (column: number) => Math.max(...rows.map((row) => row[column].length))
    const [placeWidth, severityWidth, messageWidth] = [width(0), width(1), width(2)]
    file.findings.forEach((finding: Finding, index) => {
      const [place, severity, message, ruleId] = rows[index]
      totals[finding.severity]++
      if (isFixable(finding)) fixable++
      out.push(`  ${colors.dim(place.padStart(placeWidth))}  ${severityColor[finding.severity](severity.padEnd(severityWidth))}  ${message.padEnd(messageWidth)}  ${colors.dim(ruleId)}`)
    })
  }

  const total = totals.error + totals.warning + totals.info
  if (total === 0) return ''
  const parts = [plural(totals.error, 'error'), plural(totals.warning, 'warning')]
  if (totals.info > 0) parts.push(plural(totals.info, 'info', 'infos'))
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`
  const paint = totals.error > 0 ? colors.red : totals.warning > 0 ? colors.yellow : colors.blue
  out.push('', paint(colors.bold(summary)))
  if (fixable > 0) out.push(paint(colors.bold(`  ${plural(fixable, 'problem')} ${fixable === 1 ? 'is' : 'are'} fixable with the --fix option.`)))
  return out.join('\n') + '\n'
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function flatten(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

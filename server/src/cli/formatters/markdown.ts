// A short Markdown report for a GitHub Actions job summary (`>> "$GITHUB_STEP_SUMMARY"`): a line of
// totals, then for each draft a table of its findings and its sourcing (the named, anonymous and
// vague shares of its attributions, and the anonymous sources with no reason given).
//
// Everything from a draft (paths, messages, source names) is escaped: a `|` in a message would
// split the table's cell, and `<b>`, `*`, `[link](...)` or `$x$` would render as markup.

import {isFixable} from '../../engine/fix.ts'
import type {Severity} from '../../engine/index.ts'
import type {SourcingSummary} from '../../engine/summary.ts'
import type {Formatter} from './types.ts'
import {visible} from './visible.ts'

const labels: Record<Severity, string> = {error: '🔴 error', warning: '🟡 warning', info: '🔵 info'}

export const formatMarkdown: Formatter = (files) => {
  const totals = {error: 0, warning: 0, info: 0}
  for (const file of files) for (const finding of file.findings) totals[finding.severity]++
  const total = totals.error + totals.warning + totals.info
  const withFindings = files.filter((file) => file.findings.length > 0).length
  const out = ['## Attribution Lint', '']
  out.push(
    total === 0
      ? `No problems in ${plural(files.length, 'draft')}.`
      : `${plural(total, 'problem')} in ${withFindings} of ${plural(files.length, 'draft')}: ${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(totals.info, 'info', 'infos')}.`
  )
  for (const file of files) {
    const sourcing = file.summary ? sourcingLine(file.summary) : undefined
    if (file.findings.length === 0 && !sourcing) continue
    out.push('', `### ${escapeMarkdown(file.path)}`, '')
    if (file.findings.length > 0) {
      out.push('| Place | Severity | Problem | Rule |', '| ---: | --- | --- | --- |')
      for (const finding of file.findings) {
        const fixable = isFixable(finding) ? ' (fixable with `--fix`)' : ''
        out.push(`| ${finding.start.line}:${finding.start.column} | ${labels[finding.severity]} | ${escapeMarkdown(finding.message)}${fixable} | [\`${finding.ruleId}\`](${finding.url}) |`)
      }
      out.push('')
    }
    if (sourcing) out.push(sourcing)
  }
  return out.join('\n').replace(/\n+$/, '') + '\n'
}

function sourcingLine(summary: SourcingSummary): string | undefined {
  const {named, anonymous, vague} = summary.attributions
  const all = named + anonymous + vague
  if (all === 0) return undefined
  const share = (count: number) => `${Math.round((count / all) * 100)}%`
  let line = `**Sourcing:** ${plural(all, 'attribution')}: named ${share(named)}, anonymous ${share(anonymous)}, vague ${share(vague)}.`
  if (summary.anonymousWithoutReason.length > 0) {
    line += ` Anonymous with no reason given: ${summary.anonymousWithoutReason.map((name) => `“${escapeMarkdown(name)}”`).join(', ')}.`
  }
  return line
}

/**
 * Text that reads as itself in a GitHub Markdown table cell or heading: line breaks become spaces,
 * and every character Markdown, GitHub's extensions (`~~`, `$math$`, `@mention`) or HTML could take
 * as markup is backslash-escaped, which CommonMark allows before any ASCII punctuation.
 */
export function escapeMarkdown(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&$@#!]/g, '\\$&'))
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}


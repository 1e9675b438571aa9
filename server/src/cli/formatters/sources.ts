// `--report sources`: the sources each draft relies on, as a table for people or as JSON.

import pc from 'picocolors'
import type {SourceSummary} from '../../engine/summary.ts'
import type {Formatter} from './types.ts'
import {visible} from './visible.ts'

export const formatSourcesJson: Formatter = (files) => {
  // The counts by kind of source are `attributionsByKind` here: `attributions` is the list of every
  // attribution found, quote by quote, that annotated corpora score speakers against.
  return JSON.stringify(files.map((file) => {
    if (!file.summary) return {filePath: file.filePath}
    const {attributions: attributionsByKind, ...summary} = file.summary
    return {filePath: file.filePath, ...summary, attributionsByKind, attributions: file.attributions ?? []}
  })) + '\n'
}

export const formatSourcesTable: Formatter = (files, context) => {
  const colors = pc.createColors(context.color)
  const kindColor = {named: colors.green, anonymous: colors.yellow, vague: colors.magenta} as const
  const out: string[] = []
  for (const file of files) {
    const summary = file.summary
    if (!summary) continue
    out.push('', colors.underline(visible(file.path)))
    if (summary.sources.length === 0) out.push(colors.dim('  no attributed sources'))
    else {
      const header = ['source', 'kind', 'attributions', 'quotes'] as const
      const rows = summary.sources.map((source) => [clip(source.name, 48), source.kind, String(source.attributions), String(source.quotes), note(source)] as const)
      const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
      out.push(colors.dim(`  ${header[0].padEnd(widths[0])}  ${header[1].padEnd(widths[1])}  ${header[2].padStart(widths[2])}  ${header[3].padStart(widths[3])}`))
      summary.sources.forEach((source, index) => {
        const [name, kind, attributions, quotes, remark] = rows[index]
        out.push(`  ${name.padEnd(widths[0])}  ${kindColor[source.kind](kind.padEnd(widths[1]))}  ${attributions.padStart(widths[2])}  ${quotes.padStart(widths[3])}${remark ? `  ${colors.dim(remark)}` : ''}`.trimEnd())
      })
    }
    if (summary.documents.length > 0) out.push(`  documents: ${summary.documents.map((document) => `“${clip(document.name, 40)}”`).join(', ')}`)
    out.push(`  claims attributed: ${share(summary.claims.attributed, summary.claims.total)}${summary.claims.noted > 0 ? `, ${summary.claims.noted} more with an evidence note` : ''}`)
    out.push(`  quotes attributed: ${share(summary.quotes.attributed, summary.quotes.total)}${summary.quotes.total > 0 ? `, ${summary.quotes.named} to a named speaker` : ''}`)
    if (summary.anonymousWithoutReason.length > 0) {
      out.push(colors.yellow(`  anonymous with no reason given: ${summary.anonymousWithoutReason.map((name) => `“${clip(name, 40)}”`).join(', ')}`))
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : ''
}

function note(source: SourceSummary): string {
  if (source.unresolved) return 'pronoun with nobody to refer to'
  if (source.kind === 'anonymous') return source.reasonGiven ? 'reason given' : 'no reason given'
  return ''
}

function share(part: number, total: number): string {
  if (total === 0) return 'none in this draft'
  return `${part} of ${total} (${Math.round((part / total) * 100)}%)`
}

function clip(text: string, length: number): string {
  const flat = visible(text.replace(/\s+/g, ' ').trim())
  return flat.length > length ? flat.slice(0, length - 1) + '…' : flat
}


// The formatters by name (`--format`), and the sources report's two forms (`--report sources`).

import type {FormatName} from '../args.ts'
import {formatCompact} from './compact.ts'
import {formatGithub} from './github.ts'
import {formatJson} from './json.ts'
import {formatMarkdown} from './markdown.ts'
import {formatRdjsonl} from './rdjsonl.ts'
import {formatSarif} from './sarif.ts'
import {formatSourcesJson, formatSourcesTable} from './sources.ts'
import {formatStylish} from './stylish.ts'
import type {Formatter} from './types.ts'

export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  compact: formatCompact,
  rdjsonl: formatRdjsonl,
  markdown: formatMarkdown
}

/** The sources report reads as a table, except in JSON. */
export function sourcesFormatter(format: FormatName): Formatter | undefined {
  if (format === 'json') return formatSourcesJson
  if (format === 'stylish' || format === 'compact') return formatSourcesTable
  return undefined
}

export type {FileReport, Formatter, ReportContext} from './types.ts'

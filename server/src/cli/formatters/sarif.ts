// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): the tool with all
// seven rules, one result per problem with its place in the draft, and the run's usage, configuration
// and file problems as tool notifications.

import {pathToFileURL} from 'node:url'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import {rules, ruleUrl, type Severity} from '../../engine/index.ts'
import type {Formatter} from './types.ts'

const levels: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

// The rules' pages live in the repository's docs; the tool's page is the repository itself.
const informationUri = ruleUrl('').replace(/\/blob\/.*$/, '')

/** `unattributed-claim` → `UnattributedClaim`: SARIF's `name` is an identifier-like friendly name. */
function friendlyName(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())
}

export const formatSarif: Formatter = (files, context) => {
  const descriptors: ReportingDescriptor[] = rules.map(({meta}) => ({
    id: meta.id,
    name: friendlyName(meta.id),
    shortDescription: {text: meta.docs.summary},
    fullDescription: {text: meta.docs.description},
    helpUri: ruleUrl(meta.id),
    help: {text: `${meta.docs.description} See ${ruleUrl(meta.id)}`, markdown: `${meta.docs.description} [Read the rule's page](${ruleUrl(meta.id)}).`},
    defaultConfiguration: {level: levels[meta.defaultSeverity]}
  }))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id as string, index]))

  const results: Result[] = []
  for (const file of files) {
    for (const finding of file.findings) {
      const result: Result = {
        ruleId: finding.ruleId,
        level: levels[finding.severity],
        message: {text: finding.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: toUriReference(file.path), uriBaseId: '%SRCROOT%'},
              region: {startLine: finding.start.line, startColumn: finding.start.column, endLine: finding.end.line, endColumn: finding.end.column}
            }
          }
        ]
      }
      const index = ruleIndex.get(finding.ruleId)
      if (index !== undefined) result.ruleIndex = index
      results.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'attribution-lint', version: context.version, semanticVersion: context.version, informationUri, rules: descriptors}},
        // Columns are counted as JavaScript (and LSP) count them.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}},
        invocations: [
          {
            executionSuccessful: context.problems.length === 0,
            toolExecutionNotifications: context.problems.map((problem) => ({level: 'error' as const, message: {text: problem}}))
          }
        ],
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** A relative path as a URI reference: each segment percent-encoded (`a b#1.md` → `a%20b%231.md`). */
function toUriReference(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/')
}

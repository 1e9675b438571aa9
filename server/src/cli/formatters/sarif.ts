// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): the tool with all
// seven rules, one result per problem with its place in the draft, and the run's usage, configuration
// and file problems as tool notifications.
//
// What code scanning needs to track an alert across commits:
// - paths relative to the repository's top folder (where `.git` is), even when the command runs in a
//   subfolder, and no absolute path of the runner anywhere in the file;
// - `partialFingerprints` that do not change when the lines above a finding move: a hash of the rule,
//   the file, the text the finding is about and its rank among findings with the same three;
// - `automationDetails.id`, the analysis category;
// - findings a suppression comment hides, as results with an `inSource` suppression, and findings
//   `.attributionlint-accepted.json` accepts, with an `external` one and the entry's reason, so an
//   alert closes as suppressed rather than as fixed.

import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, sep} from 'node:path'
import type {Log, ReportingDescriptor, Result, Suppression} from 'sarif'
import {rules, ruleUrl, type Finding, type Severity} from '../../engine/index.ts'
import type {FileReport, Formatter} from './types.ts'

const levels: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

// The rules' pages live in the repository's docs; the tool's page is the repository itself.
const informationUri = ruleUrl('').replace(/\/blob\/.*$/, '')

/** The fingerprint's name and version: change the version if what is hashed ever changes. */
const fingerprintKey = 'attributionLint/v1'

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
  const top = repositoryTop(context.cwd)

  const results: Result[] = []
  for (const file of files) {
    const uri = toUriReference(repositoryPath(file, top))
    const ranks = new Map<string, number>()
    const all: Array<{finding: Finding; suppression?: Suppression}> = [
      ...file.findings.map((finding) => ({finding})),
      ...(file.suppressed ?? []).map((finding) => ({finding, suppression: {kind: 'inSource' as const, justification: 'An attribution-lint-disable comment in the draft.'}})),
      ...(file.accepted ?? []).map(({entry, ...finding}) => ({finding, suppression: {kind: 'external' as const, justification: entry.reason ?? 'Accepted in .attributionlint-accepted.json.'}}))
    ]
    all.sort((a, b) => a.finding.start.offset - b.finding.start.offset)
    for (const {finding, suppression} of all) {
      const key = `${finding.ruleId}\u0000${uri}\u0000${subjectOf(finding)}`
      const rank = ranks.get(key) ?? 0
      ranks.set(key, rank + 1)
      const result: Result = {
        ruleId: finding.ruleId,
        level: levels[finding.severity],
        message: {text: finding.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
              region: {startLine: finding.start.line, startColumn: finding.start.column, endLine: finding.end.line, endColumn: finding.end.column}
            }
          }
        ],
        partialFingerprints: {[fingerprintKey]: createHash('sha256').update(`${key}\u0000${rank}`).digest('hex').slice(0, 32)}
      }
      const index = ruleIndex.get(finding.ruleId)
      if (index !== undefined) result.ruleIndex = index
      if (suppression) result.suppressions = [suppression]
      results.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'attribution-lint', version: context.version, semanticVersion: context.version, informationUri, rules: descriptors}},
        automationDetails: {id: 'attribution-lint/'},
        // Columns are counted as JavaScript (and LSP) count them.
        columnKind: 'utf16CodeUnits',
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

/** What a finding is about, independent of where it is: the text it flags, else its message. */
function subjectOf(finding: Finding): string {
  return (finding.actual ?? finding.message).replace(/\s+/g, ' ').trim()
}

/** The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree). */
function repositoryTop(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current
    if (dirname(current) === current) return undefined
  }
}

/** The draft's path from the repository's top (else as shown, relative to the working folder), with `/`. */
function repositoryPath(file: FileReport, top: string | undefined): string {
  if (top === undefined || !isAbsolute(file.filePath)) return file.path
  const fromTop = relative(top, file.filePath)
  if (fromTop.startsWith('..') || isAbsolute(fromTop)) return file.path
  return fromTop.split(sep).join('/')
}

/** A relative path as a URI reference: each segment percent-encoded (`a b#1.md` → `a%20b%231.md`). */
function toUriReference(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/')
}

// The engine: draft text, its format and a configuration in; findings out. No VS Code, no LSP, no
// file system: the CLI and the language server are adapters over `lint`.

import {analyze, type Analysis} from './analysis/analyze.ts'
import {maxParagraph} from './analysis/paragraph.ts'
import {editedLineStarts, lineStarts, pointsOf} from './points.ts'
import type {ReadingMemos} from './analysis/memos.ts'
import type {AnalysisSession} from './analysis/session.ts'
import {formatMessage, rules, ruleUrl, type Report, type Rule} from './rules/index.ts'
import {acceptor} from './accepted.ts'
import {reasonsRequired} from './reasons.ts'
import {resolveSetting} from './settings.ts'
import {suppressor} from './suppress.ts'
import {ruleIds, type AcceptedEntry, type Configuration, type DraftFormat, type Finding, type Problem, type RuleId, type Severity} from './types.ts'
import {loadWords, type Words} from './words.ts'

export {rules, ruleUrl, type Rule, type RuleMeta, type Suggestion, type SuggestionEdit, type TextEdit} from './rules/index.ts'
export {suggestionsFor, withSuggestions} from './suggest.ts'
export {resolveSetting, ruleById} from './settings.ts'
export {acceptedUnitAt, normaliseSentence} from './accepted.ts'
export {ReadingMemos} from './analysis/memos.ts'
export {AnalysisSession, unchangedEnds, type Unchanged} from './analysis/session.ts'
export * from './types.ts'
export type {Analysis} from './analysis/analyze.ts'
export type * from './analysis/model.ts'

export interface LintOptions {
  /** How to read the draft; by default from `path`'s extension, else Markdown. */
  format?: DraftFormat
  /** The draft's path, for its format and for messages. */
  path?: string
  configuration?: Partial<Configuration>
  /**
   * Where blocks and paragraphs read before are found, for a lint without a session (with one, the
   * session's are used). None reads everything: a command line linting each file once needs none.
   */
  memos?: ReadingMemos
  /**
   * The draft's session (an editor's open document): the next lint re-makes only the paragraphs an
   * edit touched. The analysis returned is valid until the next lint with the same session.
   */
  session?: AnalysisSession
  /**
   * With a session: how many characters at the start and at the end of the text are as in the
   * session's last lint, when the caller knows (it sent the edit); otherwise the texts are compared.
   */
  edit?: {prefix: number; suffix: number}
  /** Also return the findings a suppression comment hides, as `suppressed` (SARIF records them). */
  keepSuppressed?: boolean
}

export interface LintResult {
  findings: Finding[]
  /** With `keepSuppressed`: the findings suppression comments hide, which `findings` leaves out. */
  suppressed?: Finding[]
  /** Problems with the configuration or word lists, each said once. */
  problems: Problem[]
  /** What the one analysis pass found (quotes and speakers, cues and sources, notes): for hovers and reports. */
  analysis: Analysis
  /** Findings an entry of `configuration.accepted` hid, with that entry: for the Sourcing view's list. */
  accepted: AcceptedFinding[]
}

export interface AcceptedFinding extends Finding {
  entry: AcceptedEntry
}

const extensions = new Map<string, DraftFormat>([['md', 'markdown'], ['markdown', 'markdown'], ['mdown', 'markdown'], ['txt', 'text'], ['text', 'text'], ['draft', 'draft']])

export function formatOf(path: string | undefined): DraftFormat | undefined {
  const extension = path?.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  return extension ? extensions.get(extension) : undefined
}

type FindingRule = Finding['ruleId']
/** Findings at the same offset are listed by rule id, in `localeCompare` order. */
const ruleOrder = Object.fromEntries([...ruleIds, 'engine', 'require-reason'].sort((a, b) => a.localeCompare(b)).map((ruleId, index) => [ruleId, index])) as Record<FindingRule, number>
/** Each rule's page, made once: every finding of a rule shares the same string. */
const ruleUrls = Object.fromEntries(ruleIds.map((ruleId) => [ruleId, ruleUrl(ruleId)])) as Record<RuleId, string>

export function lint(text: string, options: LintOptions = {}): LintResult {
  const problems: Problem[] = []
  const configuration = options.configuration ?? {}
  const format = options.format ?? formatOf(options.path) ?? 'markdown'
  let analysis: Analysis
  let words: Words
  try {
    words = loadWords(configuration.words, problems)
    analysis = analyze(text, format, words, options.session?.memos ?? options.memos, options.session, options.edit)
  } catch (error) {
    options.session?.reset()
    // Our bug, not the reporter's: one finding that says so, instead of a crash of the editor or the CI run.
    return {findings: [engineFailure(`could not read this draft (${describeError(error)})`, text)], problems, analysis: analyze('', format, loadWords()), accepted: []}
  }

  const severities = new Map<RuleId, Severity>()
  const reports: Array<Report & {rule: Rule}> = []
  const failures: Array<{ruleId: RuleId; error: unknown}> = []
  for (const rule of rules) {
    const ruleId = rule.meta.id
    const resolved = resolveSetting(ruleId, configuration.rules?.[ruleId])
    if (!resolved) continue
    severities.set(ruleId, resolved.severity)
    let found: Report[]
    try {
      found = rule.check(analysis, resolved.options)
    } catch (error) {
      // A rule's bug must not cost the reporter the other rules' findings.
      failures.push({ruleId, error})
      continue
    }
    // Reports are the rule's own, made for this run: labelled in place rather than copied.
    for (const report of found) {
      ;(report as Report & {rule: Rule}).rule = rule
      reports.push(report as Report & {rule: Rule})
    }
  }

  // While a reporter types, the last lint's line starts are edited rather than found again.
  const session = options.session
  const kept = session?.lastLineStarts()
  const starts = kept ? editedLineStarts(text, kept.starts, kept.unchanged) : lineStarts(text)
  session?.keepLineStarts(starts)
  const toPoint = pointsOf(text, starts)
  const suppressed = suppressor(text, analysis.suppressions)
  const accepting = configuration.accepted?.length ? acceptor(text, analysis.sentences, configuration.accepted) : undefined
  const acceptedFindings: Array<{entry: AcceptedEntry; start: number; end: number; finding: Finding}> = []
  const findings: Finding[] = []
  const hidden: Finding[] | undefined = options.keepSuppressed ? [] : undefined
  const messages = session?.messages
  // In the order findings are listed (and the suppressor asks): by offset, then by rule.
  reports.sort((a, b) => a.start - b.start || ruleOrder[a.rule.meta.id] - ruleOrder[b.rule.meta.id])
  for (const report of reports) {
    const {meta} = report.rule
    const isHidden = suppressed.isSuppressed(meta.id, report.start)
    if (isHidden && !hidden) continue
    const template = meta.messages[report.messageId]
    const finding: Finding = {
      ruleId: meta.id,
      severity: severities.get(meta.id)!,
      message: messages ? messages.get(template, report.data) : formatMessage(template, report.data),
      url: ruleUrls[meta.id],
      start: toPoint(report.start),
      end: toPoint(report.end),
      // Every finding has the same fields, set or undefined: one hidden class for every loop over them.
      actual: report.actual,
      fix: report.fix,
      related: report.related?.map((related) => ({message: related.message, start: toPoint(related.start), end: toPoint(related.end)}))
    }
    if (isHidden) {
      hidden!.push(finding)
      continue
    }
    const entry = accepting?.entryFor(meta.id, report.start)
    if (entry) acceptedFindings.push({entry, start: report.start, end: report.end, finding})
    else findings.push(finding)
  }
  const ruleFindings = findings.length
  if (configuration.requireReason) {
    for (const missing of reasonsRequired(analysis.suppressions, acceptedFindings)) {
      findings.push({ruleId: 'require-reason', severity: 'warning', url: ruleUrl('require-reason'), start: toPoint(missing.start), end: toPoint(missing.end), message: missing.message})
    }
  }
  // Said, not silently skipped: a pasted paragraph past the limit is left unchecked.
  for (const span of analysis.tooLong) {
    findings.push({
      ruleId: 'engine', severity: 'info', url: ruleUrl('engine'), start: toPoint(span.start), end: toPoint(Math.min(span.end, span.start + 80)),
      message: `This paragraph is ${(span.end - span.start).toLocaleString('en')} characters long and was not checked: paragraphs are checked up to ${maxParagraph.toLocaleString('en')} characters. Split it to have it checked.`
    })
  }
  for (const failure of failures) findings.push(engineFailure(`could not run the rule ${failure.ruleId} on this draft (${describeError(failure.error)}); the other rules ran`, text))
  // Only the engine's own findings, added last, can be out of order.
  if (findings.length > ruleFindings) findings.sort((a, b) => a.start.offset - b.start.offset || ruleOrder[a.ruleId] - ruleOrder[b.ruleId])
  const accepted = acceptedFindings.map(({entry, finding}): AcceptedFinding => ({...finding, entry}))
  return hidden ? {findings, suppressed: hidden, problems, analysis, accepted} : {findings, problems, analysis, accepted}
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function engineFailure(what: string, text: string): Finding {
  const end = Math.min(text.length, Math.max(0, text.indexOf('\n')) || text.length)
  return {
    ruleId: 'engine',
    severity: 'error',
    message: `Attribution Lint ${what}. Please report it with the draft, or the smallest part of it that shows the problem.`,
    url: ruleUrl('engine'),
    start: {line: 1, column: 1, offset: 0},
    end: {line: 1, column: end + 1, offset: end}
  }
}

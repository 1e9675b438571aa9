// What a rule is: a check over the shared analysis, wrapped as a retext plugin. The plugin reads
// the analysis the engine put on the file (`file.data.analysis`) and reports vfile messages.

import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Analysis} from '../analysis/analyze.ts'
import type {RelatedPlace, RuleId, Severity, Span} from '../types.ts'
import type {Words} from '../words.ts'

export interface RuleContext {
  analysis: Analysis
  words: Words
  options: Record<string, unknown>
}

/** One problem a rule found, in draft offsets. */
export interface Report extends Span {
  message: string
  /** The words that triggered the rule. */
  actual?: string
  /** Safe replacements for `actual` (only where a fix invents nothing). */
  expected?: string[]
  /** Other places that explain the finding, as offsets. */
  related?: Array<Span & {message: string}>
}

export interface Rule {
  id: RuleId
  defaultSeverity: Severity
  /** One line for `--list-rules`, SARIF and the docs index. */
  summary: string
  /** A paragraph for SARIF's `fullDescription`, which code scanning shows beside an alert. */
  description: string
  check(context: RuleContext): Report[]
}

export const docsBase = 'https://github.com/attribution-lint/attribution-lint/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  // The engine's own failures point to the page that says what to do about them.
  if (id === 'engine') return docsBase.replace('docs/rules/', 'docs/troubleshooting.md')
  return `${docsBase}${id}.md`
}

declare module 'vfile' {
  interface DataMap {
    analysis: Analysis
    words: Words
    reports: Array<Report & {ruleId: RuleId}>
    /** Rules that threw on this draft: reported as one engine finding each, the other rules still run. */
    failures: Array<{ruleId: RuleId; error: unknown}>
  }
}

/** Wraps a rule as a retext plugin (an attacher whose transformer reports on the file). */
export function asPlugin(rule: Rule): Plugin<[Record<string, unknown>?], Root> {
  return function (options = {}) {
    return (_tree: Root, file: VFile) => {
      const {analysis, words} = file.data
      if (!analysis || !words) return
      file.data.reports ??= []
      let found: Report[]
      try {
        found = rule.check({analysis, words, options})
      } catch (error) {
        // A rule's bug must not cost the reporter the other rules' findings.
        ;(file.data.failures ??= []).push({ruleId: rule.id, error})
        return
      }
      // Reports are the rule's own, made for this run: labelled in place rather than copied.
      for (const report of found) {
        const labelled = report as Report & {ruleId: RuleId}
        labelled.ruleId = rule.id
        file.data.reports.push(labelled)
      }
    }
  }
}

export type {RelatedPlace}

/** Is this sentence one that claims-and-evidence rules read: prose, not a heading, not a source list? */
export function isProseSentence(context: RuleContext, sentenceIndex: number): boolean {
  const sentence = context.analysis.sentences[sentenceIndex]
  const paragraph = context.analysis.paragraphs[sentence.paragraph]
  return !sentence.heading && !paragraph.exempt && sentence.bylineOf === undefined
}

export function quoteText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > 60 ? flat.slice(0, 57) + '…' : flat}”`
}

/** A note an editor can use: present, with a definition, not a placeholder. */
export function hasUsableNote(context: RuleContext, sentenceIndex: number): boolean {
  return context.analysis.sentences[sentenceIndex].notes.some((index) => !context.analysis.notes[index].defect)
}

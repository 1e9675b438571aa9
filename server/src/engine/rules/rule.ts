// What a rule is: a check over the shared analysis, wrapped as a retext plugin. The plugin reads
// the analysis the engine put on the file (`file.data.analysis`) and reports vfile messages.

import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Analysis} from '../analysis/analyze.ts'
import type {RelatedPlace, RuleId, Severity, Span} from '../types.ts'
import type {Words} from '../words.ts'
import {ownCopy} from '../own-copy.ts'

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

/**
 * What the rules look at in the draft's sentences and cues, found in one pass shared by the rules of
 * a lint: most sentences hold nothing to report, and each rule walking every sentence and its lists
 * again cost more than the reporting.
 */
export interface Candidates {
  /**
   * Per sentence: 1 when claims-and-evidence rules read it (prose: not a heading, not in a source
   * list, not an em-dash byline), else 0.
   */
  prose: Uint8Array
  /** Per sentence: 1 when it gives a reason for a source's anonymity, else 0 (and 0 one past the last sentence). */
  givesAnonymityReason: Uint8Array
  /** Prose sentences with a claim marker. */
  claims: number[]
  /** Prose sentences with a figure or a document. */
  figuresOrDocuments: number[]
  /** Prose sentences with a loaded verb. */
  loadedVerbs: number[]
  /** Sentences that give a reason for a source's anonymity, prose or not. */
  anonymityReasons: number[]
  /** Cues of prose sentences whose source is vague, or anonymous, and not a pronoun. */
  vagueCues: number[]
  anonymousCues: number[]
}

/** Each lint's analysis is a new object: its candidates are found once per lint. */
const candidatesByAnalysis = new WeakMap<Analysis, Candidates>()

export function candidates(analysis: Analysis): Candidates {
  let found = candidatesByAnalysis.get(analysis)
  if (found) return found
  const {sentences, paragraphs, cues} = analysis
  found = {
    prose: new Uint8Array(sentences.length), givesAnonymityReason: new Uint8Array(sentences.length + 1),
    claims: [], figuresOrDocuments: [], loadedVerbs: [], anonymityReasons: [], vagueCues: [], anonymousCues: []
  }
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    if (sentence.anonymityReason) {
      found.givesAnonymityReason[index] = 1
      found.anonymityReasons.push(index)
    }
    if (sentence.heading || paragraphs[sentence.paragraph].exempt || sentence.bylineOf !== undefined) continue
    found.prose[index] = 1
    if (sentence.claimMarkers.length > 0) found.claims.push(index)
    if (sentence.figures.length > 0 || sentence.documents.length > 0) found.figuresOrDocuments.push(index)
    if (sentence.loadedVerbs.length > 0) found.loadedVerbs.push(index)
  }
  for (let index = 0; index < cues.length; index++) {
    const {source, sentence} = cues[index]
    if (source.pronoun || found.prose[sentence] === 0) continue
    if (source.kind === 'vague') found.vagueCues.push(index)
    else if (source.kind === 'anonymous') found.anonymousCues.push(index)
  }
  candidatesByAnalysis.set(analysis, found)
  return found
}

export function quoteText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > 60 ? flat.slice(0, 57) + '…' : flat}”`
}

/** Messages a `Messages` keeps, at most: more than a long draft's findings of one kind. */
const maxMessages = 10_000

/**
 * A rule's messages by the words they quote (and one more detail): a draft's findings are mostly
 * the last lint's, and building each message again (quoting its words with a regular expression)
 * was most of what the rules cost on a keystroke.
 */
export class Messages {
  private readonly known = new Map<string, {detail: string; message: string}>()
  constructor(private readonly make: (text: string, detail: string) => string) {}

  get(text: string, detail = ''): string {
    const known = this.known.get(text)
    if (known !== undefined && known.detail === detail) return known.message
    // Made from copies: `text` may be a slice of the draft, which V8 would keep alive whole.
    const key = ownCopy(text)
    const ownDetail = ownCopy(detail)
    const entry = {detail: ownDetail, message: this.make(key, ownDetail)}
    if (this.known.size >= maxMessages) this.known.clear()
    this.known.set(key, entry)
    return entry.message
  }
}


/** A note an editor can use: present, with a definition, not a placeholder. */
export function hasUsableNote(context: RuleContext, sentenceIndex: number): boolean {
  const {notes} = context.analysis
  for (const index of context.analysis.sentences[sentenceIndex].notes) if (!notes[index].defect) return true
  return false
}

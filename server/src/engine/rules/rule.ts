// What a rule is, as ESLint has it: `meta` that says what the rule reports, how (messages keyed by
// id, with {{placeholders}}), what options it takes and whether it can fix; and `check`, a plain
// function from the shared analysis and the rule's options to reports in draft offsets. The engine
// turns reports into findings (messages filled in, points, severities); the adapters apply a
// report's `fix` and its suggestions without knowing which rule made them.

import {repository} from '../../../../package.json'
import type {Analysis} from '../analysis/analyze.ts'
import type {RuleId, Severity, Span, Suggestion, SuggestionEdit, TextEdit} from '../types.ts'

export type {Suggestion, SuggestionEdit, TextEdit}

/** A JSON Schema (draft-07) for a rule's options object: the configuration is checked against it. */
export interface OptionsSchema {
  type: 'object'
  properties: Record<string, {type: 'string' | 'number' | 'integer' | 'boolean' | 'array'; description: string; items?: {type: 'string'}}>
  additionalProperties: false
}

/** The schema of a rule that takes no options: any option given is reported as unknown. */
export const noOptions: OptionsSchema = {type: 'object', properties: {}, additionalProperties: false}

export interface RuleMeta {
  id: RuleId
  /** The rule's plain name, for titles and tooltips ("Unnamed speaker"); the id is the diagnostic's code. */
  name: string
  defaultSeverity: Severity
  docs: {
    /** One line for `--list-rules`, SARIF, the configuration schema and the settings. */
    summary: string
    /** A paragraph for SARIF's `fullDescription`, which code scanning shows beside an alert. */
    description: string
    /** How to fix a finding, in a sentence or two: the hover shows it, since messages only say what was found. */
    howToFix: string
  }
  /**
   * Each message the rule reports, by id: `{{name}}` is filled from the report's `data`. A message is
   * one plain sentence that quotes what was found, about 90 characters at most, with no markup.
   */
  messages: Record<string, string>
  schema: OptionsSchema
  /** Some reports carry a `fix` that is safe to apply without a look (the CLI's `--fix`, "fix all"). */
  fixable?: 'code'
  /** The rule offers suggestions: edits a reporter chooses from, worked out when an editor asks. */
  hasSuggestions?: boolean
}

/** One problem a rule found, in draft offsets. */
export interface Report extends Span {
  messageId: string
  /** The message's placeholders. */
  data?: Record<string, string>
  /** The words that triggered the rule. */
  actual?: string
  /** A safe edit (for a rule whose meta says `fixable`). */
  fix?: TextEdit
  /** Other places that explain the finding, as offsets. */
  related?: Array<Span & {message: string}>
}

/** A finding as a rule's suggestions read it: where it is and the words it reported. */
export interface Reported extends Span {
  actual?: string
}

export interface Rule {
  meta: RuleMeta
  check(analysis: Analysis, options: Record<string, unknown>): Report[]
  /**
   * The suggestions for each of `reported` (this rule's findings in the same analysis), in order.
   * Asked when an editor wants code actions or a report wants them, not on every lint: a long
   * draft's keystroke must not pay for thousands of edits nobody looks at.
   */
  suggest?(analysis: Analysis, reported: readonly Reported[], options: Record<string, unknown>): Suggestion[][]
}

/**
 * The project's pages online, under the repository `package.json` declares (what the package and
 * the extension link to): `https://github.com/owner/name.git` becomes `https://github.com/owner/name/blob/main/`.
 */
export const repositoryBase = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/`

export const docsBase = `${repositoryBase}docs/rules/`

export function ruleUrl(id: string): string {
  // The engine's own failures point to the page that says what to do about them.
  if (id === 'engine') return `${repositoryBase}docs/troubleshooting.md`
  if (id === 'require-reason') return `${repositoryBase}docs/accepting.md#reasons`
  return `${docsBase}${id}.md`
}

export {formatMessage, maxQuoted, quotable} from '../messages.ts'

// The engine's vocabulary. Nothing here knows about VS Code or LSP: adapters translate.

/**
 * A finding a project accepted without touching the copy (`.attributionlint-accepted.json`): its
 * rule and the sentence it is in, matched after `normaliseSentence` (accepted.ts).
 */
export interface AcceptedEntry {
  rule: string
  /** The sentence as written when it was accepted; compared after `normaliseSentence`. */
  sentence: string
  reason?: string
}

/** The rule ids, sorted. The same id names the rule's module, docs page and fixture folder. */
export const ruleIds = [
  'anonymous-source',
  'dangling-evidence',
  'loaded-attribution-verb',
  'missing-evidence',
  'unattributed-claim',
  'unnamed-speaker',
  'vague-attribution'
] as const

export type RuleId = (typeof ruleIds)[number]

export type Severity = 'error' | 'warning' | 'info'

/** How a draft is read: Markdown, or plain text (`.txt` and `.draft` read the same way). */
export type DraftFormat = 'markdown' | 'text' | 'draft'

/** A range of the draft as JavaScript string offsets (UTF-16 code units), end exclusive. */
export interface Span {
  start: number
  end: number
}

/** A place in the draft as unist counts it: 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Place {
  start: Point
  end: Point
}

/** A pointer to another place that explains a finding (the earlier mention a pronoun resolved to). */
export interface RelatedPlace extends Place {
  message: string
}

/** One problem the engine found in a draft. */
export interface Finding extends Place {
  /** A rule, the engine's own notice, or `require-reason` (an accepted finding or a suppression with no reason, under `requireReason`). */
  ruleId: RuleId | 'engine' | 'require-reason'
  severity: Severity
  message: string
  /** The rule's documentation page. */
  url: string
  /** The text that triggered the rule. */
  actual?: string
  /** A safe edit, in string offsets: set only when it invents nothing (the CLI's `--fix` applies it). */
  fix?: TextEdit
  related?: RelatedPlace[]
  /** Edits a reporter may choose, in string offsets: only when asked for (`withSuggestions`). */
  suggestions?: Suggestion[]
}

/** One replacement, in string offsets: the text from `start` to `end` becomes `text`. */
export interface TextEdit extends Span {
  text: string
}

/** An edit of a suggestion; `snippet`, when given, is the same text as an LSP snippet (`$0` for the cursor). */
export interface SuggestionEdit extends TextEdit {
  snippet?: string
}

/** An edit a reporter may choose (ESLint's `suggest`): a title and its edits, never applied unseen. */
export interface Suggestion {
  title: string
  edits: SuggestionEdit[]
  /** The obvious choice among a finding's fixes. */
  preferred?: boolean
}

/** A rule's setting in configuration: a severity, `off`, or `[severity, options]`. */
export type RuleSetting = Severity | 'off' | [Severity | 'off', Record<string, unknown>?]

/** Additions a project makes to the built-in word lists. */
export interface WordListAdditions {
  /** Reporting verbs, base form or any inflection (`testify`, `testified`). */
  cues?: string[]
  /** Role nouns that describe an unnamed person (`fixer`, `handler`). */
  anonymousRoles?: string[]
  /** Words for an indefinite crowd (`pundits`). */
  vagueSources?: string[]
  /** Phrases that make a sentence a claim that needs a source (`is rumoured to`). */
  claimMarkers?: string[]
  /** Sources the newsroom treats as named although they look like descriptions (`police`). */
  namedSources?: string[]
  /** Words for documents a claim can lean on (`dossier`). */
  documents?: string[]
}

export interface Configuration {
  rules: Partial<Record<RuleId, RuleSetting>>
  words: WordListAdditions
  /** Accepted findings and suppression comments must say why (`.attributionlintrc.json`). */
  requireReason?: boolean
  /** Findings the project accepted (`.attributionlint-accepted.json`, next to the configuration). */
  accepted?: AcceptedEntry[]
}

/** Something wrong with input the user gave (config, word list, file), reported, never thrown. */
export interface Problem {
  message: string
  /** The file the problem is in, when there is one. */
  file?: string
  line?: number
  column?: number
}

// What one analysis pass finds in a draft. Every rule reads this; none re-reads the raw text.
// All spans are absolute offsets into the draft's text.

import type {Span} from '../types.ts'

/** A word or mark of a sentence, from retext's tokens. */
export interface Token extends Span {
  kind: 'word' | 'punctuation' | 'symbol' | 'space'
  text: string
  /** Lower-cased text, for list look-ups. */
  lower: string
  /** Index of the direct quote the token stands in (its quotation marks included), or -1. */
  quote: number
}

/** Where a block of prose sits in the draft's structure. */
export type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'table-cell' | 'footnote-definition'

export interface Paragraph extends Span {
  index: number
  kind: BlockKind
  /** Index of the section (heading) this paragraph sits under, or -1 before any heading. */
  section: number
  /** A publisher's boilerplate (a disclaimer, a credit line), found by its wording. */
  boilerplate: boolean
  /** Boilerplate, or in a section headed Sources, Notes, Disclosure and the like: only `dangling-evidence` applies. */
  exempt: boolean
  sentences: number[]
}

/** What a sentence says of itself, read with its paragraph: the same in a paragraph's reading and in the draft's sentences. */
export interface SentenceFacts {
  question: boolean
  /** Every word of the sentence is inside a direct quote. */
  allQuoted: boolean
  figures: Mention[]
  claimMarkers: ClaimMarker[]
  documents: Mention[]
  loadedVerbs: LoadedVerb[]
  /** The sentence gives a reason for a source's anonymity. */
  anonymityReason: boolean
  /** The groups of anonymous people the sentence names ("officer" for "officers"), worked out once per paragraph as read. */
  anonymousGroups: string[]
}

export interface Sentence extends Span, SentenceFacts {
  index: number
  paragraph: number
  text: string
  /** A heading, or a one-line paragraph with no final punctuation in plain text. */
  heading: boolean
  cues: number[]
  quotes: number[]
  notes: number[]
  /** An em-dash line that names the author of the block quote above it (`— Name (@handle)`). */
  bylineOf?: number
}

/** Words of a sentence that matter to a rule, with where they stand. */
export interface Mention extends Span {
  text: string
}

export type ClaimCategory = 'hedge' | 'intent' | 'accusation' | 'forecast' | 'judgement' | 'cause'

export interface ClaimMarker extends Mention {
  category: ClaimCategory
  /**
   * In what a verb of speech reports, whether or not its speaker was found: "Graham ... and said the
   * party is bound to lose", "''We would win,'' said Ortega" (doubled apostrophes as quotation marks).
   */
  reported: boolean
}

export type SourceKind = 'named' | 'anonymous' | 'vague' | 'document'

/** Who a cue or a quote is attributed to. */
export interface Source extends Span {
  text: string
  kind: SourceKind
  /** The words that made the source what it is (the role noun, the crowd word). */
  head: string
  /** Set when the source was a pronoun: the pronoun, and the earlier source it refers to. */
  pronoun?: Span & {text: string}
  /** Set when a pronoun or back-reference resolved to an earlier mention. */
  antecedent?: Span & {text: string}
  plural: boolean
  /**
   * A lone capitalised word ("Garcia", "Iowa"): a person a pronoun may refer to only where the
   * draft names someone by it elsewhere ("Ana Garcia", "Garcia said").
   */
  lone?: boolean
}

/** Words that tell the reader who says a thing: a reporting verb with its source, or a source phrase. */
export interface Cue extends Span {
  index: number
  sentence: number
  /** The reporting verb or phrase (`said`, `according to`). */
  phrase: string
  /** Lower-case base form of the verb (`say`), or the phrase. */
  base: string
  /** A verb of belief (`experts believe`): a cue for a vague source only. */
  belief: boolean
  /** In a clause that names a quote (`what it called “...”`): ties the quote, not the sentence. */
  embedded?: boolean
  source: Source
}

export type SpeakerEvidence = 'cue' | 'adjacent-sentence' | 'introduced' | 'inherited' | 'continued' | 'em-dash' | 'credit' | 'none'

export interface Quote extends Span {
  index: number
  text: string
  words: number
  /** Sentences the quote touches, first to last. */
  sentences: number[]
  paragraph: number
  /** The paragraph ends before the closing mark. */
  open: boolean
  /** Every word is capitalised: a title of a work unless a cue ties it to a speaker. */
  titleCase: boolean
  /** Index of the quote this one continues (across a paragraph break). */
  continues?: number
  speaker?: Source
  /** How the speaker was found. */
  evidence: SpeakerEvidence
  /** The cue that ties the quote to its speaker. */
  cue?: number
}

export type NoteKind = 'footnote' | 'link' | 'comment'

/** A mark that tells an editor where to check a claim. */
export interface EvidenceNote extends Span {
  index: number
  kind: NoteKind
  /** Footnote label, link URL, or the comment's text. */
  value: string
  /** The sentence the note belongs to, or -1. */
  sentence: number
  /** Why the note cannot help an editor, if it cannot. */
  defect?: 'no-definition' | 'empty' | 'placeholder'
}

export interface FootnoteDefinition extends Span {
  label: string
  /** The definition's text after the colon. */
  value: string
  /** Span of `[^label]:`. */
  labelSpan: Span
  referenced: boolean
}

export interface LoadedVerb extends Span {
  text: string
  /** The neutral verb in the same tense. */
  neutral: string
}

/** Comments that turn rules off: `<!-- attribution-lint-disable RULE -->` and friends. */
export interface Suppression extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line'
  rules: string[]
  /** The words after ` -- `, as in ESLint: why the rules are turned off. */
  reason?: string
}

export interface DraftAnalysis {
  text: string
  format: 'markdown' | 'text' | 'draft'
  paragraphs: Paragraph[]
  sentences: Sentence[]
  quotes: Quote[]
  cues: Cue[]
  notes: EvidenceNote[]
  definitions: FootnoteDefinition[]
  sections: Array<Span & {title: string; exempt: boolean}>
  suppressions: Suppression[]
  /** Paragraphs too long to read (over the engine's limit), left unchecked. */
  tooLong: Span[]
}

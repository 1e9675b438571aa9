// Every attribution the analysis found, one per direct quote with a speaker and one per cue that
// attributes a sentence with no such quote: who (the source as written), by which words (the cue),
// and what (the quote or the sentence). The sources report lists them (`--report sources --format
// json`), so a speaker can be checked quote by quote against an annotated corpus.
// Offsets are 0-based UTF-16 offsets into the draft's text, as every span of the analysis.

import type {Cue, DraftAnalysis, Quote, Source} from './analysis/model.ts'

/** How the engine tied the content to its source. */
export type AttributionHow = 'same sentence' | 'pronoun' | 'adjacent sentence' | 'earlier quote' | 'continued' | 'signature'

export interface Attribution {
  cue: {text: string; start: number; end: number} | null
  /** The source as the draft writes it here: for `she said`, the pronoun, with what it refers to. */
  source: {text: string; kind: Source['kind']; start: number; end: number; antecedent?: {text: string; start: number; end: number}}
  /** A direct quote, quotation marks included. */
  quote?: {start: number; end: number}
  /** The sentence a cue attributes, when no direct quote of it is tied to a speaker. */
  content?: {start: number; end: number}
  how: AttributionHow
}

const howOfEvidence: Record<Quote['evidence'], AttributionHow> = {
  cue: 'same sentence',
  'adjacent-sentence': 'adjacent sentence',
  inherited: 'earlier quote',
  continued: 'continued',
  introduced: 'adjacent sentence',
  'em-dash': 'signature',
  credit: 'signature',
  none: 'same sentence'
}

function sourceOf(source: Source): Attribution['source'] {
  const span = source.pronoun ?? source
  return {
    text: span.text,
    kind: source.kind,
    start: span.start,
    end: span.end,
    ...(source.antecedent ? {antecedent: {text: source.antecedent.text, start: source.antecedent.start, end: source.antecedent.end}} : {})
  }
}

function cueOf(cue: Cue | undefined): Attribution['cue'] {
  return cue ? {text: cue.phrase, start: cue.start, end: cue.end} : null
}

/** The attributions of a draft, in draft order; headings and source-list sections have none. */
export function attributionsOf(analysis: DraftAnalysis): Attribution[] {
  const {sentences, paragraphs, quotes, cues} = analysis
  const inProse = (sentenceIndex: number | undefined) => {
    const sentence = sentenceIndex === undefined ? undefined : sentences[sentenceIndex]
    return sentence !== undefined && !sentence.heading && !paragraphs[sentence.paragraph].exempt && sentence.bylineOf === undefined
  }
  const listed: Array<Attribution & {at: number}> = []
  const sentencesWithQuotes = new Set<number>()
  for (const quote of quotes) {
    if (!quote.speaker || !inProse(quote.sentences[0])) continue
    for (const sentence of quote.sentences) sentencesWithQuotes.add(sentence)
    const how = quote.speaker.pronoun ? 'pronoun' : howOfEvidence[quote.evidence]
    listed.push({at: quote.start, cue: cueOf(quote.cue === undefined ? undefined : cues[quote.cue]), source: sourceOf(quote.speaker), quote: {start: quote.start, end: quote.end}, how})
  }
  for (const cue of cues) {
    if (!inProse(cue.sentence) || sentencesWithQuotes.has(cue.sentence)) continue
    const sentence = sentences[cue.sentence]
    listed.push({at: sentence.start, cue: cueOf(cue), source: sourceOf(cue.source), content: {start: sentence.start, end: sentence.end}, how: cue.source.pronoun ? 'pronoun' : 'same sentence'})
  }
  listed.sort((a, b) => a.at - b.at)
  return listed.map(({at: _at, ...attribution}) => attribution)
}

// What the rules look at in the draft's sentences and cues, found in one pass for each analysis:
// most sentences hold nothing to report, and each rule walking every sentence and its lists again
// cost more than the reporting.

import type {Cue, Paragraph, Sentence} from './model.ts'

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

export function findCandidates(sentences: readonly Sentence[], paragraphs: readonly Paragraph[], cues: readonly Cue[]): Candidates {
  const found: Candidates = {
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
  const spoken = transcriptAnswers(sentences, paragraphs)
  for (let index = 0; index < cues.length; index++) {
    const {source, sentence} = cues[index]
    if (source.pronoun || found.prose[sentence] === 0 || spoken?.has(sentences[sentence].paragraph)) continue
    if (source.kind === 'vague') found.vagueCues.push(index)
    else if (source.kind === 'anonymous') found.anonymousCues.push(index)
  }
  return found
}

/**
 * A speaker's label and a colon ("LIND: ...", "SEN. PRICE: ...", and "A:" for an interview's
 * answers), in capitals: a transcript line. Newsroom labels ("NOTE:", "UPDATE:") are not speakers,
 * and the interviewer's "Q:" lines are the publication's own words.
 */
const transcriptLabel = /^[\s>*_]*(?:A|(?!(?:NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|EDITOR|RELATED|WATCH|READ|PHOTO|VIDEO|SOURCES?|DISCLOSURE|WARNING|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|Q)\b)\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,2}):\s/u

/**
 * The paragraphs of a transcript that a speaker's label opens: what the speaker says there is
 * their speech, as a direct quote is, so the sources they mention ("A: A county official told me
 * in March.") are theirs to name, not the writer's. A transcript has two such lines at least; one
 * capitalised word and a colon alone may be a dateline ("NEW DELHI: Officials said ...").
 */
function transcriptAnswers(sentences: readonly Sentence[], paragraphs: readonly Paragraph[]): Set<number> | undefined {
  let labelled: Set<number> | undefined
  for (const paragraph of paragraphs) {
    const first = paragraph.sentences[0]
    if (first !== undefined && transcriptLabel.test(sentences[first].text)) (labelled ??= new Set()).add(paragraph.index)
  }
  return labelled && labelled.size >= 2 ? labelled : undefined
}

// What the analysis tests share: one draft read with the built-in word lists, and each thing the
// analysis found as one short line, so a table row says what the analysis should find in words.

import {lint, type Analysis, type Cue, type DraftFormat, type EvidenceNote, type Quote, type Source} from '../../server/src/engine/index.ts'

export function read(text: string, format: DraftFormat = 'markdown'): Analysis {
  return lint(text, {format}).analysis
}

/** `Ruiz (named)`, `an aide (anonymous, plural)`, `she (anonymous) = A nurse manager`. */
export function describeSource(source: Source): string {
  const traits = [source.kind, ...(source.plural ? ['plural'] : [])].join(', ')
  const antecedent = source.antecedent ? ` = ${source.antecedent.text}` : ''
  return `${source.text} (${traits})${antecedent}`
}

/** `said: Mayor Ana Ruiz (named)`. */
export function describeCue(cue: Cue): string {
  return `${cue.phrase}: ${describeSource(cue.source)}${cue.belief ? ' [belief]' : ''}`
}

/** `“We will not back down,” <- a county official (anonymous) by cue`. */
export function describeQuote(quote: Quote): string {
  return `${quote.text.replace(/\s+/g, ' ')} <- ${quote.speaker ? describeSource(quote.speaker) : 'nobody'} by ${quote.evidence}`
}

/** `footnote “jobs” in sentence 0`, `comment “TK” in sentence 1: placeholder`. */
export function describeNote(note: EvidenceNote): string {
  return `${note.kind} “${note.value}” in sentence ${note.sentence}${note.defect ? `: ${note.defect}` : ''}`
}

export const cuesOf = (text: string, format?: DraftFormat): string[] => read(text, format).cues.map(describeCue)
export const quotesOf = (text: string, format?: DraftFormat): string[] => read(text, format).quotes.map(describeQuote)
export const notesOf = (text: string, format?: DraftFormat): string[] => read(text, format).notes.map(describeNote)

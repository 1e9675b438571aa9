// Evidence notes: footnote references with their definitions, links, and CriticMarkup comments that
// begin with `source:` or `evidence:` (shared spec, "Evidence note"). A note belongs to the sentence
// it stands in, or to the sentence whose final punctuation it directly follows.

import type {Words} from '../words.ts'
import type {EvidenceNote, FootnoteDefinition, Sentence} from './model.ts'
import type {RawNote} from '../read/prose.ts'

const noteComment = /^\s*(source|evidence)\s*:([^]*)$/i

const maxAnswers = 10_000

/**
 * What reading notes keeps from one lint of a draft to the next (a session holds one): every note of
 * a long draft is looked at again on each keystroke.
 */
export class NoteMemory {
  /** Answers of `placeholderText` by word list and text. */
  readonly placeholderAnswers = new WeakMap<Words, Map<string, boolean>>()
  /** Each note as read on its own, by the note as the block's prose holds it. */
  readonly readings = new WeakMap<RawNote, NoteReading>()
}

/** Is this note text still a placeholder: empty, `TK`, `TBD`, `XX`, `???`? */
export function placeholderText(value: string, words: Words, memory?: NoteMemory): boolean {
  if (!memory) return isPlaceholder(value, words)
  let answers = memory.placeholderAnswers.get(words)
  if (!answers) memory.placeholderAnswers.set(words, (answers = new Map()))
  let answer = answers.get(value)
  if (answer === undefined) {
    if (answers.size >= maxAnswers) answers.clear()
    answers.set(value, (answer = isPlaceholder(value, words)))
  }
  return answer
}

function isPlaceholder(value: string, words: Words): boolean {
  const text = value.trim().toLowerCase().replace(/[.:;,]+$/, '').trim()
  // "TK — ask the union" still says TK: the first word decides.
  const first = /^(\?{2,}|[\p{L}\p{N}]+)/u.exec(text)?.[0] ?? ''
  return text === '' || words.placeholders.has(text) || words.placeholders.has(first) || /^\?{2,}$/.test(first) || /^x{2,}$/.test(first)
}

/**
 * What a note is on its own, before the draft's footnote definitions are looked at: worked out once
 * per note as read (a long draft's notes are all looked at again on every keystroke), for the word
 * lists it was worked out with. Undefined: not an evidence note (`{>>check count<<}` is an aside).
 */
interface NoteReading {
  words: Words
  kind: EvidenceNote['kind']
  value: string
  /** A footnote's label, lower-cased for the definitions' look-up. */
  label: string
  defect: EvidenceNote['defect']
  evidence: boolean
}

function readNote(raw: RawNote, words: Words, memory: NoteMemory | undefined): NoteReading {
  let reading = memory?.readings.get(raw)
  if (reading?.words === words) return reading
  reading = {words, kind: raw.kind, value: raw.value, label: '', defect: undefined, evidence: true}
  if (raw.kind === 'comment') {
    const match = noteComment.exec(raw.value)
    if (!match) {
      reading.evidence = raw.value.trim() === ''
      reading.defect = 'empty'
    } else {
      reading.value = match[2].trim()
      if (placeholderText(reading.value, words, memory)) reading.defect = reading.value === '' ? 'empty' : 'placeholder'
    }
  } else if (raw.kind === 'footnote') {
    reading.label = raw.value.toLowerCase()
  } else if (raw.value.trim() === '' || raw.value.trim() === '#') {
    reading.defect = 'empty'
  }
  memory?.readings.set(raw, reading)
  return reading
}

/** Turns a raw note into an evidence note, or drops it: `{>>check count<<}` is an editor's aside. */
export function toEvidenceNote(raw: RawNote, definitions: Map<string, FootnoteDefinition>, words: Words, index: number, memory?: NoteMemory): EvidenceNote | undefined {
  const reading = readNote(raw, words, memory)
  if (!reading.evidence) return undefined
  const note: EvidenceNote = {index, kind: reading.kind, value: reading.value, start: raw.start, end: raw.end, sentence: -1}
  if (reading.kind === 'footnote') {
    const definition = definitions.get(reading.label)
    if (!definition) note.defect = 'no-definition'
    else {
      definition.referenced = true
      if (placeholderText(definition.value, words)) note.defect = definition.value.trim() === '' ? 'empty' : 'placeholder'
    }
  } else if (reading.defect) note.defect = reading.defect
  return note
}

/** The sentence a note belongs to: the one it stands in, else the one it directly follows. */
export function sentenceOfNote(note: EvidenceNote, sentences: Sentence[], paragraphSentences: number[], text: string): number {
  let before = -1
  for (const index of paragraphSentences) {
    const sentence = sentences[index]
    if (note.start >= sentence.start && note.start < sentence.end) return index
    if (sentence.end <= note.start) before = index
  }
  if (before !== -1 && /^[\s\p{P}]*$/u.test(text.slice(sentences[before].end, note.start).replace(/\{>>[^]*?<<\}|\[\^[^\]]*\]/g, ''))) return before
  // A note before any sentence of its paragraph belongs to the first.
  return before === -1 && paragraphSentences.length > 0 ? paragraphSentences[0] : before
}

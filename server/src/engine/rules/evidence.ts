// What the evidence rules share: whether a sentence has a note an editor can use, and the edits that
// add one (a CriticMarkup comment after the sentence, or a footnote with its definition at the end
// of the draft), as suggestions with the cursor inside the note.

import type {Analysis} from '../analysis/analyze.ts'
import type {Reported, Suggestion, SuggestionEdit} from './rule.ts'

/** A note an editor can use: present, with a definition, not a placeholder. */
export function hasUsableNote(analysis: Analysis, sentenceIndex: number): boolean {
  const {notes} = analysis
  for (const index of analysis.sentences[sentenceIndex].notes) if (!notes[index].defect) return true
  return false
}

/** For each finding, "add an evidence note" and "add a footnote" at the end of its sentence. */
export function addNoteSuggestions(analysis: Analysis, reported: readonly Reported[]): Suggestion[][] {
  // One label and one place for definitions serve every finding of the draft.
  const label = String(nextFootnoteNumber(analysis))
  let definition: SuggestionEdit | undefined
  return reported.map((finding) => {
    const end = sentenceEnd(analysis, finding.start)
    if (end === undefined) return []
    definition ??= definitionEdit(label, analysis.text)
    return [
      {title: 'Add an evidence note after this sentence', edits: [{start: end, end, text: ' {>>source: <<}', snippet: ' {>>source: $0<<\\}'}]},
      {title: `Add footnote [^${label}] with its definition at the end of the draft`, edits: [{start: end, end, text: `[^${label}]`}, definition]}
    ]
  })
}

/** Where the sentence holding `offset` ends, before any trailing space. */
function sentenceEnd(analysis: Analysis, offset: number): number | undefined {
  const {sentences, text} = analysis
  // Sentences are in draft order: the last one starting at or before the offset.
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const sentence = sentences[found]
  if (!sentence || offset >= sentence.end) return undefined
  let end = sentence.end
  while (end > sentence.start && /\s/.test(text[end - 1])) end--
  return end
}

function nextFootnoteNumber(analysis: Analysis): number {
  let highest = 0
  const consider = (label: string) => {
    if (/^\d+$/.test(label)) highest = Math.max(highest, Number(label))
  }
  for (const definition of analysis.definitions) consider(definition.label)
  for (const note of analysis.notes) if (note.kind === 'footnote') consider(note.value)
  return highest + 1
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** A footnote definition at the end of the draft, after a blank line unless it joins other definitions. */
export function definitionEdit(label: string, full: string): SuggestionEdit {
  // A comment left open at the end would hide the definition: it goes before the comment's line.
  const opened = full.lastIndexOf('<!--')
  const end = opened > full.lastIndexOf('-->') ? full.lastIndexOf('\n', opened) + 1 : full.length
  const text = full.slice(0, end)
  const eol = lineEnding(full)
  const trimmed = text.trimEnd()
  const lastLine = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1)
  const afterDefinition = /^\[\^[^\]\s]+\]:/.test(lastLine) && !/(\r?\n){2}$/.test(text)
  let before: string
  if (text.trim() === '') before = ''
  else if (afterDefinition) before = /\r?\n$/.test(text) ? '' : eol
  else before = /(\r?\n){2}$/.test(text) ? '' : /\r?\n$/.test(text) ? eol : eol + eol
  const head = `${before}[^${label}]: `
  return {start: end, end, text: `${head}${eol}`, snippet: `${escapeSnippet(head)}$0${eol}`}
}

/** Deletes whole lines, from the one holding `start` to the one holding `end`, with their line break. */
export function removeLines(start: number, end: number, text: string): SuggestionEdit {
  let last = end
  while (last > start && /\s/.test(text[last - 1])) last--
  let from = start
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--
  let to = last
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++
  if (to < text.length) to += text.startsWith('\r\n', to) ? 2 : 1
  return {start: from, end: to, text: ''}
}

export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&')
}

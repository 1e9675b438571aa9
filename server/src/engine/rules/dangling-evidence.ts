// dangling-evidence: an evidence note that cannot help an editor: a footnote with no definition, a
// definition nobody references, an empty note, or one that still says TK (shared spec).

import {type Report, type Rule} from './rule.ts'

const defects = {
  'no-definition': (value: string) => `Footnote [^${value}] has no definition: add "[^${value}]: ..." saying where to check the claim.`,
  empty: () => 'Evidence note is empty: say where an editor can check the claim.',
  placeholder: (value: string) => `Evidence note still says "${value.trim()}": fill in the source before the draft goes to the desk.`
} as const

/** Labels one slip apart: case, punctuation, a prefix, or an edit distance of at most two. */
function similarLabels(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  const y = b.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  if (x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)))) return true
  if (Math.abs(x.length - y.length) > 2) return false
  let previous = Array.from({length: y.length + 1}, (_, index) => index)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[y.length] <= 2 && Math.min(x.length, y.length) > 2
}

export const danglingEvidence: Rule = {
  id: 'dangling-evidence',
  defaultSeverity: 'error',
  summary: 'A footnote with no definition, an unused definition, or an empty or TK note.',
  check(context) {
    const {analysis} = context
    const reports: Report[] = []
    for (const note of analysis.notes) {
      if (!note.defect) continue
      let value = note.value
      if (note.kind === 'footnote' && note.defect !== 'no-definition') value = analysis.definitions.find((definition) => definition.label.toLowerCase() === note.value.toLowerCase())?.value ?? ''
      // "[^votes]" with only "[^vote]:" defined: point at the near miss.
      const related = note.kind === 'footnote' && note.defect === 'no-definition'
        ? analysis.definitions.filter((definition) => similarLabels(definition.label, note.value)).map((definition) => ({start: definition.labelSpan.start, end: definition.labelSpan.end, message: `A definition with a similar label: [^${definition.label}]`}))
        : []
      reports.push({start: note.start, end: note.end, actual: analysis.text.slice(note.start, note.end), message: defects[note.defect](value), related: related.length > 0 ? related : undefined})
    }
    for (const definition of analysis.definitions) {
      if (definition.referenced) continue
      reports.push({start: definition.start, end: definition.end, actual: `[^${definition.label}]`, message: `Footnote definition [^${definition.label}] is not referenced anywhere in the draft: cite it in the sentence it supports, or remove it.`})
    }
    return reports
  }
}

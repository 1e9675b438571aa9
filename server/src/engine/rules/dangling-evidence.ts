// dangling-evidence: an evidence note that cannot help an editor: a footnote with no definition, a
// definition nobody references, an empty note, or one that still says TK (shared spec).

import {type Report, type Rule} from './rule.ts'

const defects = {
  'no-definition': (value: string) => `Footnote [^${value}] has no definition: add "[^${value}]: ..." saying where to check the claim.`,
  empty: () => 'Evidence note is empty: say where an editor can check the claim.',
  placeholder: (value: string) => `Evidence note still says "${value.trim()}": fill in the source before the draft goes to the desk.`
} as const

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
      reports.push({start: note.start, end: note.end, actual: analysis.text.slice(note.start, note.end), message: defects[note.defect](value)})
    }
    for (const definition of analysis.definitions) {
      if (definition.referenced) continue
      reports.push({start: definition.start, end: definition.end, actual: `[^${definition.label}]`, message: `Footnote definition [^${definition.label}] is not referenced anywhere in the draft: cite it in the sentence it supports, or remove it.`})
    }
    return reports
  }
}

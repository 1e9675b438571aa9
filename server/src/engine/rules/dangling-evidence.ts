// dangling-evidence: an evidence note that cannot help an editor: a footnote with no definition, a
// definition nobody references, an empty note, or one that still says TK (shared spec).

import type {FootnoteDefinition} from '../analysis/model.ts'
import leven from 'leven'
import {definitionEdit, removeLines} from './evidence.ts'
import {ruleNames} from './names.ts'
import {noOptions, quotable, type Report, type Rule, type Suggestion} from './rule.ts'

/** The message of each defect a note can have. */
const defectMessages = {'no-definition': 'noDefinition', empty: 'empty', placeholder: 'placeholder'} as const

/** Near misses are looked for among at most this many definitions, for labels up to this length. */
const maxLabelsCompared = 500
const maxLabelLength = 64

/** Labels a writer may have meant: the same ignoring case and punctuation, one slip away, or any number for a number. */
export function similarLabels(label: string, labels: string[]): string[] {
  const plain = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  const numeric = /^\d+$/.test(label)
  return labels.filter((candidate) => {
    if (candidate === label) return false
    if (numeric && /^\d+$/.test(candidate)) return true
    if (plain(candidate) === plain(label)) return true
    return candidate.length <= maxLabelLength && leven(plain(candidate), plain(label)) <= Math.max(1, Math.floor(label.length / 4))
  })
}

export const danglingEvidence: Rule = {
  meta: {
    id: 'dangling-evidence',
    name: ruleNames['dangling-evidence'],
    defaultSeverity: 'error',
    docs: {
      summary: 'A footnote with no definition, an unused definition, or an empty or TK note.',
      description:
        'An evidence note that cannot help an editor: a footnote reference with no definition, a definition nothing refers to, an empty note, or a note that still says TK, TBD, XX or ???.',
      howToFix: 'Give every footnote a definition (`[^1]: where to check it`), cite every definition in the sentence it supports or remove it, and replace a TK note with the real source before the draft goes to the desk.'
    },
    messages: {
      noDefinition: 'The footnote “{{label}}” has no definition.',
      empty: 'This evidence note is empty.',
      placeholder: 'The evidence note still says “{{value}}”.',
      unreferenced: 'The footnote definition “{{label}}” is never cited.'
    },
    schema: noOptions,
    hasSuggestions: true
  },
  check(analysis) {
    const reports: Report[] = []
    // Definitions by label, made only when a note has a defect: most lints of a long draft find none.
    let byLabel: Map<string, FootnoteDefinition> | undefined
    const definitionOf = (label: string) => (byLabel ??= new Map(analysis.definitions.map((definition) => [definition.label.toLowerCase(), definition]))).get(label.toLowerCase())
    // One search a missing label, over few enough definitions that an editor would scan them too.
    const nearMisses = new Map<string, string[]>()
    let labels: string[] | undefined
    const similarTo = (label: string) => {
      labels ??= analysis.definitions.length <= maxLabelsCompared ? analysis.definitions.map((definition) => definition.label) : []
      let found = nearMisses.get(label)
      if (!found) nearMisses.set(label, (found = label.length > maxLabelLength ? [] : similarLabels(label, labels).slice(0, 3)))
      return found
    }
    for (const note of analysis.notes) {
      if (!note.defect) continue
      let value = note.value
      if (note.kind === 'footnote' && note.defect !== 'no-definition') value = definitionOf(note.value)?.value ?? ''
      // "[^votes]" with only "[^vote]:" defined: point at the near misses.
      const related = note.kind === 'footnote' && note.defect === 'no-definition'
        ? similarTo(note.value).map((label) => {
            const definition = definitionOf(label)!
            return {start: definition.labelSpan.start, end: definition.labelSpan.end, message: `The footnote “${quotable(label)}” is defined here.`}
          })
        : []
      const data: Record<string, string> | undefined = note.defect === 'no-definition' ? {label: value} : note.defect === 'placeholder' ? {value: value.trim()} : undefined
      reports.push({start: note.start, end: note.end, actual: analysis.text.slice(note.start, note.end), messageId: defectMessages[note.defect], data, related: related.length > 0 ? related : undefined})
    }
    for (const definition of analysis.definitions) {
      if (definition.referenced) continue
      reports.push({start: definition.start, end: definition.end, actual: `[^${definition.label}]`, messageId: 'unreferenced', data: {label: definition.label}})
    }
    return reports
  },
  suggest(analysis, reported) {
    return reported.map((finding) => {
      const suggestions: Suggestion[] = []
      const note = analysis.notes.find((candidate) => candidate.start === finding.start && candidate.defect === 'no-definition')
      if (note) suggestions.push({title: `Add a definition for [^${note.value}] at the end of the draft`, edits: [definitionEdit(note.value, analysis.text)], preferred: true})
      const definition = analysis.definitions.find((candidate) => candidate.start === finding.start && !candidate.referenced)
      if (definition) suggestions.push({title: `Remove the unused footnote definition [^${definition.label}]`, edits: [removeLines(definition.start, definition.end, analysis.text)]})
      return suggestions
    })
  }
}

// vague-attribution: a cue whose source is an indefinite crowd or an impersonal form ("critics
// argue", "it is believed", "sources say") (shared spec, `vague-attribution`).

import {ruleNames} from './names.ts'
import {noOptions, type Report, type Rule} from './rule.ts'

export const vagueAttribution: Rule = {
  meta: {
    id: 'vague-attribution',
    name: ruleNames['vague-attribution'],
    defaultSeverity: 'warning',
    docs: {
      summary: 'An attribution to a vague crowd ("critics say") or an impersonal "it is said".',
      description:
        'An attribution to an indefinite crowd or an impersonal form: "some say", "critics argue", "experts believe", "it is believed", "reports suggest", "sources say". Name who says it, or say who they are and how many.',
      howToFix: 'Name who says it, or say who they are and how many ("three council members said").'
    },
    messages: {
      vague: 'The attribution “{{text}}” names no one.'
    },
    schema: noOptions
  },
  check(analysis) {
    const reports: Report[] = []
    const {cues} = analysis
    for (const index of analysis.candidates.vagueCues) {
      const cue = cues[index]
      const {source} = cue
      // "Critics argue", "it is believed": the source and its verb together. "Critics of the plan,
      // including several council members, argue": the crowd alone, not the clause between.
      const together = analysis.text.slice(Math.min(cue.end, source.end), Math.max(cue.start, source.start)).trim() === ''
      const start = together ? Math.min(cue.start, source.start) : source.start
      const end = together ? Math.max(cue.end, source.end) : source.end
      const text = analysis.text.slice(start, end)
      reports.push({start, end, actual: text, messageId: 'vague', data: {text}})
    }
    return reports
  }
}

// vague-attribution: a cue whose source is an indefinite crowd or an impersonal form ("critics
// argue", "it is believed", "sources say") (shared spec, `vague-attribution`).

import {noOptions, type Report, type Rule} from './rule.ts'

export const vagueAttribution: Rule = {
  meta: {
    id: 'vague-attribution',
    name: 'Vague attribution',
    defaultSeverity: 'warning',
    docs: {
      summary: 'An attribution to a vague crowd ("critics say") or an impersonal "it is said".',
      description:
        'An attribution to an indefinite crowd or an impersonal form: "some say", "critics argue", "experts believe", "it is believed", "reports suggest", "sources say". Name who says it, or say who they are and how many.'
    },
    messages: {
      vague: 'Vague attribution “{{text}}”: name who says it, or say who they are and how many.'
    },
    schema: noOptions
  },
  check(analysis) {
    const reports: Report[] = []
    const {cues} = analysis
    for (const index of analysis.candidates.vagueCues) {
      const cue = cues[index]
      const start = Math.min(cue.start, cue.source.start)
      const end = Math.max(cue.end, cue.source.end)
      const text = analysis.text.slice(start, end)
      reports.push({start, end, actual: text, messageId: 'vague', data: {text}})
    }
    return reports
  }
}

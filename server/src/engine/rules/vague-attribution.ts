// vague-attribution: a cue whose source is an indefinite crowd or an impersonal form ("critics
// argue", "it is believed", "sources say") (shared spec, `vague-attribution`).

import {Messages, quoteText, candidates, type Report, type Rule} from './rule.ts'

const messages = new Messages((text) => `Vague attribution ${quoteText(text)}: name who says it, or say who they are and how many.`)

export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  defaultSeverity: 'warning',
  summary: 'An attribution to a vague crowd or an impersonal "it is said".',
  description:
    'An attribution to an indefinite crowd or an impersonal form: "some say", "critics argue", "experts believe", "it is believed", "reports suggest", "sources say". Name who says it, or say who they are and how many.',
  check(context) {
    const reports: Report[] = []
    const {cues} = context.analysis
    for (const index of candidates(context.analysis).vagueCues) {
      const cue = cues[index]
      const start = Math.min(cue.start, cue.source.start)
      const end = Math.max(cue.end, cue.source.end)
      const text = context.analysis.text.slice(start, end)
      reports.push({start, end, actual: text, message: messages.get(text)})
    }
    return reports
  }
}

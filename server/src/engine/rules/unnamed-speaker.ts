// unnamed-speaker: a direct quote whose speaker is not named: none at all, or an anonymous or
// vague description (shared spec, `unnamed-speaker`).

import {Messages, quoteText, type Report, type Rule} from './rule.ts'

const referringMessages = new Messages((text, antecedent) => `Quote has no named speaker: attributed to "${text}", which refers to ${quoteText(antecedent)}.`)
const describedMessages = new Messages((text) => `Quote has no named speaker: attributed to ${quoteText(text)}.`)
const antecedentMessages = new Messages((text, antecedent) => `"${text}" refers to ${quoteText(antecedent)}.`)

export const unnamedSpeaker: Rule = {
  id: 'unnamed-speaker',
  defaultSeverity: 'warning',
  summary: 'A direct quote with no named speaker.',
  description:
    'A direct quote with no speaker, or whose speaker is only described ("a senior administration official") or vague ("critics"). A quote is tied to its speaker by a cue in its own sentence, the sentence just before or after it, an earlier quote of the same speaker in the paragraph, or an em-dash line under a block quote.',
  check(context) {
    const {analysis} = context
    const reports: Report[] = []
    for (const quote of analysis.quotes) {
      const firstSentence = analysis.sentences[quote.sentences[0]]
      if (!firstSentence || firstSentence.heading || analysis.paragraphs[quote.paragraph].exempt) continue
      // A Title Case string with no speech verb is a title of a work ("Three Sisters Mending Nets").
      if (quote.titleCase && quote.evidence !== 'cue') continue
      const speaker = quote.speaker
      const end = Math.min(quote.end, analysis.sentences[quote.sentences.at(-1)!].end)
      if (!speaker) {
        reports.push({start: quote.start, end, message: 'Quote has no speaker: say who said it.'})
        continue
      }
      if (speaker.kind === 'named' || speaker.kind === 'document') continue
      const {antecedent} = speaker
      const related = antecedent ? [{start: antecedent.start, end: antecedent.end, message: antecedentMessages.get(speaker.text, antecedent.text)}] : undefined
      reports.push({
        start: quote.start,
        end,
        actual: speaker.text,
        related,
        message: antecedent ? referringMessages.get(speaker.text, antecedent.text) : describedMessages.get(speaker.text)
      })
    }
    return reports
  }
}

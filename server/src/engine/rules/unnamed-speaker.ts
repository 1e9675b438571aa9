// unnamed-speaker: a direct quote whose speaker is not named: none at all, or an anonymous or
// vague description (shared spec, `unnamed-speaker`).

import {noOptions, quotable, type Report, type Rule} from './rule.ts'

export const unnamedSpeaker: Rule = {
  meta: {
    id: 'unnamed-speaker',
    name: 'Unnamed speaker',
    defaultSeverity: 'warning',
    docs: {
      summary: 'A direct quote with no speaker, or an anonymous or vague one.',
      description:
        'A direct quote with no speaker, or whose speaker is only described ("a senior administration official") or vague ("critics"). A quote is tied to its speaker by a cue in its own sentence, the sentence just before or after it, an earlier quote of the same speaker in the paragraph, or an em-dash line under a block quote.'
    },
    messages: {
      noSpeaker: 'Quote has no speaker: say who said it.',
      described: 'Quote has no named speaker: attributed to “{{speaker}}”.',
      referring: 'Quote has no named speaker: attributed to "{{speaker}}", which refers to “{{antecedent}}”.'
    },
    schema: noOptions
  },
  check(analysis) {
    const reports: Report[] = []
    for (const quote of analysis.quotes) {
      const firstSentence = analysis.sentences[quote.sentences[0]]
      if (!firstSentence || firstSentence.heading || analysis.paragraphs[quote.paragraph].exempt) continue
      // A Title Case string with no speech verb is a title of a work ("Three Sisters Mending Nets").
      if (quote.titleCase && quote.evidence !== 'cue') continue
      const speaker = quote.speaker
      const end = Math.min(quote.end, analysis.sentences[quote.sentences.at(-1)!].end)
      if (!speaker) {
        reports.push({start: quote.start, end, messageId: 'noSpeaker'})
        continue
      }
      if (speaker.kind === 'named' || speaker.kind === 'document') continue
      const {antecedent} = speaker
      const related = antecedent ? [{start: antecedent.start, end: antecedent.end, message: `"${speaker.text}" refers to “${quotable(antecedent.text)}”.`}] : undefined
      reports.push({
        start: quote.start,
        end,
        actual: speaker.text,
        related,
        ...(antecedent ? {messageId: 'referring', data: {speaker: speaker.text, antecedent: antecedent.text}} : {messageId: 'described', data: {speaker: speaker.text}})
      })
    }
    return reports
  }
}

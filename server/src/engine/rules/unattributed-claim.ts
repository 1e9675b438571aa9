// unattributed-claim: a sentence that asserts something a reader needs a source for, with no
// attribution cue and no evidence note (shared spec, `unattributed-claim`).

import {unattributedMarker} from '../analysis/claims.ts'
import {addNoteSuggestions, hasUsableNote} from './evidence.ts'
import {ruleNames} from './names.ts'
import {noOptions, type Report, type Rule} from './rule.ts'
import {accordingToSuggestion} from './sourcing.ts'

const categoryWords = {
  hedge: 'hedge',
  intent: 'claim of intent',
  accusation: 'accusation',
  forecast: 'forecast',
  judgement: 'judgement',
  cause: 'claim of cause'
} as const

export const unattributedClaim: Rule = {
  meta: {
    id: 'unattributed-claim',
    name: ruleNames['unattributed-claim'],
    defaultSeverity: 'warning',
    docs: {
      summary: 'A claim (hedge, intent, accusation, forecast, judgement, cause) with no attribution and no evidence note.',
      description:
        'A sentence that makes a claim a reader needs a source for (a hedge such as "allegedly", someone else\'s intent or belief, an accusation, a forecast, a superlative or judgement, or a cause) and has neither an attribution ("said", "according to") nor an evidence note. Attribution has to stand in the sentence itself.',
      howToFix: 'Say who says so in the sentence ("according to ...", "..., the council said"), or add an evidence note saying where an editor can check it.'
    },
    messages: {
      noAttribution: 'No source is given for the {{category}} “{{text}}”.'
    },
    schema: noOptions,
    hasSuggestions: true
  },
  check(analysis) {
    const reports: Report[] = []
    for (const index of analysis.candidates.claims) {
      const sentence = analysis.sentences[index]
      if (sentence.question || sentence.allQuoted) continue
      const marker = unattributedMarker(sentence, analysis.cues)
      if (!marker || hasUsableNote(analysis, index)) continue
      reports.push({start: marker.start, end: marker.end, actual: marker.text, messageId: 'noAttribution', data: {text: marker.text, category: categoryWords[marker.category]}})
    }
    return reports
  },
  // Who says so, in the sentence; or, for a claim the reporter checked, an evidence note.
  suggest(analysis, reported) {
    const notes = addNoteSuggestions(analysis, reported)
    return reported.map((finding, index) => {
      const according = accordingToSuggestion(analysis, finding.start)
      return according ? [according, ...notes[index]] : notes[index]
    })
  }
}

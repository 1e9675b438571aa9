// unattributed-claim: a sentence that asserts something a reader needs a source for, with no
// attribution cue and no evidence note (shared spec, `unattributed-claim`).

import {unattributedMarker} from '../analysis/claims.ts'
import type {ClaimCategory} from '../analysis/model.ts'
import {hasUsableNote, Messages, quoteText, candidates, type Rule} from './rule.ts'

const categoryWords = {
  hedge: 'a hedge',
  intent: "someone's intent or belief",
  accusation: 'an accusation',
  forecast: 'a forecast',
  judgement: 'a judgement',
  cause: 'a cause'
} as const

const messages = new Messages(
  (text, category) => `Claim has no attribution: ${quoteText(text)} makes this ${categoryWords[category as ClaimCategory]}; say who says so, or add an evidence note.`
)

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'warning',
  summary: 'A claim with no attribution and no evidence note.',
  description:
    'A sentence that makes a claim a reader needs a source for (a hedge such as "allegedly", someone else\'s intent or belief, an accusation, a forecast, a superlative or judgement, or a cause) and has neither an attribution ("said", "according to") nor an evidence note. Attribution has to stand in the sentence itself.',
  check(context) {
    const {analysis} = context
    const reports = []
    for (const index of candidates(analysis).claims) {
      const sentence = analysis.sentences[index]
      if (sentence.question || sentence.allQuoted) continue
      const marker = unattributedMarker(sentence, analysis.cues)
      if (!marker || hasUsableNote(context, index)) continue
      reports.push({
        start: marker.start,
        end: marker.end,
        actual: marker.text,
        message: messages.get(marker.text, marker.category)
      })
    }
    return reports
  }
}

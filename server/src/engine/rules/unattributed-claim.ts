// unattributed-claim: a sentence that asserts something a reader needs a source for, with no
// attribution cue and no evidence note (shared spec, `unattributed-claim`).

import {hasUsableNote, isProseSentence, quoteText, type Rule} from './rule.ts'

const categoryWords = {
  hedge: 'a hedge',
  intent: "someone's intent or belief",
  accusation: 'an accusation',
  forecast: 'a forecast',
  judgement: 'a judgement',
  cause: 'a cause'
} as const

export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  defaultSeverity: 'warning',
  summary: 'A claim with no attribution and no evidence note.',
  description:
    'A sentence that makes a claim a reader needs a source for (a hedge such as "allegedly", someone else\'s intent or belief, an accusation, a forecast, a superlative or judgement, or a cause) and has neither an attribution ("said", "according to") nor an evidence note. Attribution has to stand in the sentence itself.',
  check(context) {
    const {analysis} = context
    const reports = []
    for (const sentence of analysis.sentences) {
      if (!isProseSentence(context, sentence.index) || sentence.question || sentence.allQuoted) continue
      // "Both spoke on condition of anonymity because the talks are private": the cause is the reason
      // for anonymity, not a claim.
      const marker = sentence.claimMarkers.find((candidate) => !(sentence.anonymityReason && candidate.category === 'cause'))
      if (!marker) continue
      // A cue attributes the sentence, even a vague one; a verb of belief attributes only for a
      // crowd ("experts believe"): "the mayor believes" states a belief, it does not source one.
      const attributed = sentence.cues.some((index) => {
        const cue = analysis.cues[index]
        // "The council plans to close what it called “the least useful branch”": that cue names the
        // quote's speaker; the plan is still unattributed.
        return !cue.embedded && (!cue.belief || cue.source.kind === 'vague')
      })
      if (attributed || hasUsableNote(context, sentence.index)) continue
      reports.push({
        start: marker.start,
        end: marker.end,
        actual: marker.text,
        message: `Claim has no attribution: ${quoteText(marker.text)} makes this ${categoryWords[marker.category]}; say who says so, or add an evidence note.`
      })
    }
    return reports
  }
}

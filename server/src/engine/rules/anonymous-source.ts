// anonymous-source: an attribution to an unnamed person or group when the draft gives no reason for
// the anonymity, in the sentence that introduces the source or the one right after it (shared spec,
// `anonymous-source`; AP and Reuters standards ask a story to say why a source is not named).

import {unexplainedAnonymousCues} from '../analysis/anonymity.ts'
import {ruleNames} from './names.ts'
import {noOptions, quotable, type Report, type Rule} from './rule.ts'
import {anonymityReasonSuggestion} from './sourcing.ts'

export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    name: ruleNames['anonymous-source'],
    defaultSeverity: 'info',
    docs: {
      summary: 'An anonymous source with no reason given for the anonymity.',
      description:
        'An attribution to an unnamed person or group ("two people familiar with the talks") when the draft does not say why the source is not named, in that sentence or the next ("spoke on condition of anonymity because ...", "not authorized to speak publicly").',
      howToFix: 'Say why the source is not named, in the same sentence or the next: "who spoke on condition of anonymity because they were not authorized to discuss the talks".'
    },
    messages: {
      noReason: 'No reason is given for keeping “{{source}}” anonymous.'
    },
    schema: noOptions,
    hasSuggestions: true
  },
  check(analysis) {
    const reports: Report[] = []
    for (const index of unexplainedAnonymousCues(analysis.sentences, analysis.cues, analysis.candidates, analysis.words)) {
      const source = analysis.cues[index].source
      reports.push({
        start: source.start,
        end: source.end,
        actual: source.text,
        related: source.antecedent ? [{start: source.antecedent.start, end: source.antecedent.end, message: `The source was introduced here as “${quotable(source.antecedent.text)}”.`}] : undefined,
        messageId: 'noReason',
        data: {source: source.text}
      })
    }
    return reports
  },
  // The reason right after the source phrase: the sentence then gives one, which is what the rule asks.
  suggest(analysis, reported) {
    return reported.map((finding) => [anonymityReasonSuggestion(analysis.text, finding.end)])
  }
}

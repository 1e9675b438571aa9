// loaded-attribution-verb: a reporting verb that takes sides ("claimed", "admitted", "insisted"),
// with "said" in the same tense as a safe fix (shared spec; AP Stylebook: "said" is almost always
// the right word).

import {ruleNames} from './names.ts'
import {noOptions, type Report, type Rule} from './rule.ts'

export const loadedAttributionVerb: Rule = {
  meta: {
    id: 'loaded-attribution-verb',
    name: ruleNames['loaded-attribution-verb'],
    defaultSeverity: 'info',
    docs: {
      summary: 'A reporting verb that takes sides, such as "claimed" or "admitted".',
      description:
        'A reporting verb that takes sides ("claimed", "admitted", "conceded", "insisted", "revealed", "slammed") where a neutral one would do. The fix replaces it with "said" or "says" in the same tense; verbs that are not about speech ("claimed the title") are left alone.',
      howToFix: 'Use "said" (or "says"), as the quick fix does, and let the quote or the facts speak.'
    },
    messages: {
      takesSides: '“{{verb}}” takes sides, where “{{neutral}}” would not.'
    },
    schema: noOptions,
    fixable: 'code'
  },
  check(analysis) {
    const reports: Report[] = []
    const {sentences} = analysis
    for (const index of analysis.candidates.loadedVerbs) {
      for (const verb of sentences[index].loadedVerbs) {
        reports.push({start: verb.start, end: verb.end, actual: verb.text, fix: {start: verb.start, end: verb.end, text: verb.neutral}, messageId: 'takesSides', data: {verb: verb.text, neutral: verb.neutral}})
      }
    }
    return reports
  }
}

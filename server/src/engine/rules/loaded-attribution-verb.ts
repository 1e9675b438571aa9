// loaded-attribution-verb: a reporting verb that takes sides ("claimed", "admitted", "insisted"),
// with "said" in the same tense as a safe fix (shared spec; AP Stylebook: "said" is almost always
// the right word).

import {Messages, candidates, type Report, type Rule} from './rule.ts'

const messages = new Messages((verb, neutral) => `"${verb}" takes sides: use "${neutral}" and let the quote or the facts speak.`)

export const loadedAttributionVerb: Rule = {
  id: 'loaded-attribution-verb',
  defaultSeverity: 'info',
  summary: 'A reporting verb that takes sides, such as "claimed" or "admitted".',
  description:
    'A reporting verb that takes sides ("claimed", "admitted", "conceded", "insisted", "revealed", "slammed") where a neutral one would do. The fix replaces it with "said" or "says" in the same tense; verbs that are not about speech ("claimed the title") are left alone.',
  check(context) {
    const reports: Report[] = []
    const {sentences} = context.analysis
    for (const index of candidates(context.analysis).loadedVerbs) {
      for (const verb of sentences[index].loadedVerbs) {
        reports.push({start: verb.start, end: verb.end, actual: verb.text, expected: [verb.neutral], message: messages.get(verb.text, verb.neutral)})
      }
    }
    return reports
  }
}

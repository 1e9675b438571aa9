// loaded-attribution-verb: a reporting verb that takes sides ("claimed", "admitted", "insisted"),
// with "said" in the same tense as a safe fix (shared spec; AP Stylebook: "said" is almost always
// the right word).

import {isProseSentence, type Report, type Rule} from './rule.ts'

export const loadedAttributionVerb: Rule = {
  id: 'loaded-attribution-verb',
  defaultSeverity: 'info',
  summary: 'A reporting verb that takes sides, such as "claimed" or "admitted".',
  description:
    'A reporting verb that takes sides ("claimed", "admitted", "conceded", "insisted", "revealed", "slammed") where a neutral one would do. The fix replaces it with "said" or "says" in the same tense; verbs that are not about speech ("claimed the title") are left alone.',
  check(context) {
    const reports: Report[] = []
    for (const sentence of context.analysis.sentences) {
      if (!isProseSentence(context, sentence.index)) continue
      for (const verb of sentence.loadedVerbs) {
        reports.push({start: verb.start, end: verb.end, actual: verb.text, expected: [verb.neutral], message: `"${verb.text}" takes sides: use "${verb.neutral}" and let the quote or the facts speak.`})
      }
    }
    return reports
  }
}

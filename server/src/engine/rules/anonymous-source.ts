// anonymous-source: an attribution to an unnamed person or group when the draft gives no reason for
// the anonymity, in the sentence that introduces the source or the one right after it (shared spec,
// `anonymous-source`; AP and Reuters standards ask a story to say why a source is not named).

import {isProseSentence, quoteText, type Report, type Rule} from './rule.ts'

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'info',
  summary: 'An anonymous source with no reason given for the anonymity.',
  description:
    'An attribution to an unnamed person or group ("two people familiar with the talks") when the draft does not say why the source is not named, in that sentence or the next ("spoke on condition of anonymity because ...", "not authorized to speak publicly").',
  check(context) {
    const {analysis} = context
    const reports: Report[] = []
    const explained = new Set<string>()
    const reported = new Set<string>()
    for (const cue of analysis.cues) {
      const source = cue.source
      // "Three corrections officers ... one officer said": one group, whatever the number.
      const group = source.head.replace(/(?<=[^s])s$/, '')
      if (source.kind !== 'anonymous' || source.pronoun || cue.belief || !isProseSentence(context, cue.sentence)) continue
      const sentence = analysis.sentences[cue.sentence]
      const next = analysis.sentences[cue.sentence + 1]
      if (sentence.anonymityReason || next?.anonymityReason) explained.add(group)
      if (explained.has(group)) continue
      // Later references to a group already reported ("the aide said", "one of them", "one official
      // said") are left to the editor; "a source familiar with the search" is a new source.
      if (reported.has(group) && /^(the|these|those|this|that|one|both|each)\b/i.test(source.text)) continue
      reported.add(group)
      reports.push({
        start: source.start,
        end: source.end,
        actual: source.text,
        related: source.antecedent ? [{start: source.antecedent.start, end: source.antecedent.end, message: `The source was introduced here as “${source.antecedent.text}”.`}] : undefined,
        message: `Anonymous source ${quoteText(source.text)} with no reason given: say why the source is not named (for example "spoke on condition of anonymity because ...").`
      })
    }
    return reports
  }
}

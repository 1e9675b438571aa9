// anonymous-source: an attribution to an unnamed person or group when the draft gives no reason for
// the anonymity, in the sentence that introduces the source or the one right after it (shared spec,
// `anonymous-source`; AP and Reuters standards ask a story to say why a source is not named).

import type {Sentence} from '../analysis/model.ts'
import type {Words} from '../words.ts'
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
    const {words} = analysis
    const reports: Report[] = []
    // Where each group's anonymity is first explained: a reason explains the people its sentence
    // names ("Nurses ..., according to three of them who spoke on condition of anonymity because
    // ...") and those of the sentence before it (a reason given right after, as the spec allows).
    const explainedFrom = new Map<string, number>()
    const explain = (sentenceIndex: number, from: number) => {
      const sentence = analysis.sentences[sentenceIndex]
      if (!sentence) return
      for (const group of groupsNamedIn(sentence, words)) if (!explainedFrom.has(group)) explainedFrom.set(group, from)
    }
    const {anonymityReasons, givesAnonymityReason, anonymousCues} = analysis.candidates
    for (const index of anonymityReasons) {
      explain(index, index)
      explain(index - 1, index - 1)
    }
    const reported = new Set<string>()
    for (const index of anonymousCues) {
      const cue = analysis.cues[index]
      const source = cue.source
      // A reason in the cue's sentence or the next.
      if (cue.belief || givesAnonymityReason[cue.sentence] === 1 || givesAnonymityReason[cue.sentence + 1] === 1) continue
      const group = groupOf(source.head)
      if ((explainedFrom.get(group) ?? Infinity) <= cue.sentence) continue
      // Later references to a group already reported ("the aide said", "one of them", "one official
      // said") are left to the editor; "a source familiar with the search" is a new source.
      if (reported.has(group) && /^(the|these|those|this|that|one|both|each)\b/i.test(source.text)) continue
      reported.add(group)
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

/** The groups of anonymous people a sentence names ("officers", "aides"). */
function groupsNamedIn(sentence: Sentence, words: Words): string[] {
  return (sentence.text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).filter((word) => words.anonymousRoles.has(word)).map(groupOf)
}

/** "Three corrections officers ... one officer said": one group, whatever the number. */
function groupOf(head: string): string {
  // A final "s" after anything but another "s" ("officers", not "witness"); no regular expression,
  // as this runs for every anonymous source on every lint.
  const last = head.length - 1
  return last > 0 && head[last] === 's' && head[last - 1] !== 's' ? head.slice(0, last) : head
}

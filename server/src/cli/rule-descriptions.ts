// A paragraph per rule for SARIF's `fullDescription`, which code scanning shows beside an alert.
// The one-line `summary` lives with each rule; these longer texts follow the rules contract. Keyed
// by rule id so the compiler notices a rule added without one. (They could move into each rule's
// meta, next to its summary, when the engine grows a `description` field.)

import type {RuleId} from '../engine/index.ts'

export const ruleDescriptions: Record<RuleId, string> = {
  'unattributed-claim':
    'A sentence that makes a claim a reader needs a source for (a hedge such as "allegedly", someone else\'s intent or belief, an accusation, a forecast, a superlative or judgement, or a cause) and has neither an attribution ("said", "according to") nor an evidence note. Attribution has to stand in the sentence itself.',
  'missing-evidence':
    'A sentence that states a figure (a count, an amount of money, a percentage, a measurement) or leans on a document (a report, records, a study, a poll) with no evidence note: a footnote, a link or a {>>source: ...<<} comment that tells the editor where to check it. Attribution says who; the note says where.',
  'unnamed-speaker':
    'A direct quote with no speaker, or whose speaker is only described ("a senior administration official") or vague ("critics"). A quote is tied to its speaker by a cue in its own sentence, the sentence just before or after it, an earlier quote of the same speaker in the paragraph, or an em-dash line under a block quote.',
  'anonymous-source':
    'An attribution to an unnamed person or group ("two people familiar with the talks") when the draft does not say why the source is not named, in that sentence or the next ("spoke on condition of anonymity because ...", "not authorized to speak publicly").',
  'vague-attribution':
    'An attribution to an indefinite crowd or an impersonal form: "some say", "critics argue", "experts believe", "it is believed", "reports suggest", "sources say". Name who says it, or say who they are and how many.',
  'loaded-attribution-verb':
    'A reporting verb that takes sides ("claimed", "admitted", "conceded", "insisted", "revealed", "slammed") where a neutral one would do. The fix replaces it with "said" or "says" in the same tense; verbs that are not about speech ("claimed the title") are left alone.',
  'dangling-evidence':
    'An evidence note that cannot help an editor: a footnote reference with no definition, a definition nothing refers to, an empty note, or a note that still says TK, TBD, XX or ???.'
}

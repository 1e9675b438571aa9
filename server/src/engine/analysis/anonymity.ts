// Which anonymous sources the draft gives no reason for (shared spec, `anonymous-source`): read once
// here, so the rule and the Sourcing Summary count the same sources.

import type {Words} from '../words.ts'
import type {Candidates} from './candidates.ts'
import type {Cue, Sentence} from './model.ts'

/**
 * The anonymous cues (of `candidates.anonymousCues`) whose source has no reason for its anonymity,
 * in draft order.
 *
 * - A reason in the cue's sentence clears it ("..., said two officials who spoke on condition of
 *   anonymity because they were not authorized to discuss the talks"), and so does one in the
 *   next sentence that refers back to it ("They spoke on condition ..."), not one that belongs
 *   to a source the next sentence introduces.
 * - A reason explains the groups its sentence names, and those of the sentence before it: "Nurses
 *   ..., according to three of them who spoke on condition of anonymity because ..." explains
 *   later nurses too.
 * - A verb of belief sources nothing ("officials fear"), so it needs no reason; nor does a refusal
 *   ("officials would not say when").
 * - Later references to a group already reported ("the aide said", "one of them", "one official
 *   said") are left to the editor; "a source familiar with the search" is a new source.
 */
export function unexplainedAnonymousCues(sentences: readonly Sentence[], cues: readonly Cue[], candidates: Candidates, words: Words): number[] {
  const explainedFrom = new Map<string, number>()
  const explain = (sentenceIndex: number, from: number) => {
    const sentence = sentences[sentenceIndex]
    if (!sentence) return
    for (const group of sentence.anonymousGroups) if (!explainedFrom.has(group)) explainedFrom.set(group, from)
  }
  const {anonymityReasons, givesAnonymityReason, anonymousCues} = candidates
  for (const index of anonymityReasons) {
    explain(index, index)
    if (refersBack(sentences[index])) explain(index - 1, index - 1)
  }
  const namedRoles = rolesOfNamedSources(sentences, cues)
  const reported = new Set<string>()
  // "An aide wrote a letter saying ...", "An aide said ... and added that ...": two cues that
  // share one mention of their source are one finding.
  const mentions = new Set<number>()
  const unexplained: number[] = []
  for (const index of anonymousCues) {
    const cue = cues[index]
    const source = cue.source
    if (mentions.has(source.start)) continue
    if (cue.belief || refusal(cue, sentences[cue.sentence]) || givesAnonymityReason[cue.sentence] === 1 || (givesAnonymityReason[cue.sentence + 1] === 1 && refersBack(sentences[cue.sentence + 1]))) continue
    if (namedRoles.refersBack(source, index)) continue
    const group = groupOf(source.head)
    // "Speaking on condition of anonymity to discuss personnel matters, a senior official said ...
    // Another official said ...": a reason given before explains later references to the group,
    // not a new person introduced with "a", "an" or "another".
    if ((explainedFrom.get(group) ?? Infinity) <= cue.sentence && !(explainedFrom.get(group)! < cue.sentence && introducesNew(source.text))) continue
    if (reported.has(group) && /^(the|these|those|this|that|one|both|each)\b/i.test(source.text)) continue
    reported.add(group)
    mentions.add(source.start)
    unexplained.push(index)
  }
  return unexplained
}

/** Words beside a name that are no role: articles and the prepositions of a place. */
const notRoles = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'from', 'in', 'at'])

/**
 * "Farmer Ana Ruiz said ... The farmer said ...", "The driver, Tomas Vail, said ... the driver
 * added": a definite description of one person by a word that stood beside a name met earlier
 * (a title before it, or an apposition on either side) refers back to that named person, so it
 * hides no one. "A farmer said ... the farmer said" still refers to no name.
 *
 * The role words of the named sources are gathered in draft order as the cues are asked about
 * (they come in draft order), so the pass stays linear in the draft.
 */
function rolesOfNamedSources(sentences: readonly Sentence[], cues: readonly Cue[]) {
  const roles = new Set<string>()
  let gathered = 0
  const add = (phrase: string) => {
    for (const word of phrase.toLowerCase().split(/[^\p{L}-]+/u)) if (word && !notRoles.has(word)) roles.add(word)
  }
  return {
    refersBack(source: Cue['source'], before: number): boolean {
      // Only "the farmer" can refer back (the cues asked about are all anonymous); the gathering
      // waits for the first one.
      if (source.plural || !/^the\s+/i.test(source.text)) return false
      for (; gathered < before; gathered++) {
        const named = cues[gathered].source
        if (named.kind !== 'named' || named.pronoun) continue
        const sentence = sentences[cues[gathered].sentence]
        if (!sentence || named.start < sentence.start || named.end > sentence.end) continue
        // "Farmer Ana Ruiz": a title inside the source phrase (the name's own words do no harm).
        add(named.text)
        // "The driver, Tomas Vail": an apposition before the name, at most four words.
        // (A comma must stand right there before any pattern is tried: most names have none.)
        const before = sentence.text.slice(Math.max(0, named.start - sentence.start - 80), named.start - sentence.start)
        if (before.trimEnd().endsWith(',')) {
          const opening = before.match(/(?:^|[\s(])((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s*$/u)
          if (opening) add(opening[1])
        }
        // "Ana Ruiz, a farmer from Dover,": one after it, up to its comma.
        if (sentence.text.charCodeAt(named.end - sentence.start) === 44) {
          const after = sentence.text.slice(named.end - sentence.start, named.end - sentence.start + 80).match(/^,\s+((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u)
          if (after) add(after[1])
        }
      }
      return roles.has(source.head)
    }
  }
}

/**
 * Does a source phrase bring in someone new rather than refer back to a group already explained?
 * "a senior official", "another official", "two other officials", "officials in Lima and Quito"
 * (a group placed anew) do; "the officials", "officials", "one official", "both" refer back.
 */
function introducesNew(text: string): boolean {
  return /^(a|an|another|two|three|four|five|six|seven|eight|nine|ten|several|other|more|\d+)\b/i.test(text) || /^\S+\s+(in|at|from)\s+\p{Lu}/u.test(text)
}

/**
 * Does the source refuse to say ("Officials would not say when the road would reopen", "A
 * spokesman declined to say how many")? Nothing is sourced to them, so there is no anonymity to
 * explain; "Officials said the road would not reopen" is still sourced.
 */
function refusal(cue: Cue, sentence: Sentence): boolean {
  if (cue.source.end > cue.start || cue.source.end < sentence.start) return false
  // Only the verb's own words, right before it: "A miner who asked not to be named said" refuses nothing.
  const verbWords = sentence.text.slice(cue.source.end - sentence.start, cue.start - sentence.start).trim().split(/\s+/).slice(-3).join(' ')
  return /\b(not|never|declined|refused)\b|n['’]t\b/i.test(verbWords) && !/\b(who|which|that)\b|,/i.test(verbWords)
}

/**
 * Does a sentence open by referring back to someone already introduced ("They spoke on condition
 * of anonymity ...", "The aide was not authorized to ...")? Its reason then belongs to them; a
 * sentence that introduces a new source ("A third official, who was not authorized to ...,
 * said") gives the reason for that one only.
 */
function refersBack(sentence: Sentence | undefined): boolean {
  return sentence !== undefined && /^[\s"“'‘(]*(he|she|they|both|all|each|the|those|these|this|that|neither|none|his|her|their)\b/i.test(sentence.text)
}

/**
 * The groups of anonymous people a sentence's text names ("officers", "aides"): worked out when its
 * paragraph is read, not on every lint.
 */
export function groupsNamedIn(text: string, words: Words): string[] {
  let groups: string[] | undefined
  // The words are runs of letters and hyphens, as `/[\p{L}-]+/gu` finds them in the lower-cased
  // text. This runs for every sentence of a draft, so a sentence in ASCII and the general
  // punctuation block (curly quotes, dashes) is read by character codes, without lower-casing the
  // sentence or a Unicode regular expression; any other character sends the sentence down the
  // general path, where lower-casing can change a word ("İ") and letters are not ASCII.
  let start = -1
  let upper = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32
    if ((code >= 97 && code <= 122) || code === 45 || (code >= 65 && code <= 90)) {
      if (start < 0) start = index
      if (code <= 90 && code !== 45) upper = true
      continue
    }
    if (code >= 128 && code !== 0xa0 && (code < 0x2000 || code > 0x206f)) return groupsNamedInAnyScript(text, words)
    if (start < 0) continue
    const word = upper ? text.slice(start, index).toLowerCase() : text.slice(start, index)
    if (words.anonymousRoles.has(word)) (groups ??= []).push(groupOf(word))
    start = -1
    upper = false
  }
  return groups ?? noGroups
}

function groupsNamedInAnyScript(text: string, words: Words): string[] {
  const found = text.toLowerCase().match(/[\p{L}-]+/gu)
  if (!found) return noGroups
  let groups: string[] | undefined
  for (const word of found) if (words.anonymousRoles.has(word)) (groups ??= []).push(groupOf(word))
  return groups ?? noGroups
}

/** The groups of a sentence that names none: one shared empty list. */
const noGroups: string[] = []

/** "Three corrections officers ... one officer said": one group, whatever the number. */
function groupOf(head: string): string {
  // A final "s" after anything but another "s" ("officers", not "witness"); no regular expression,
  // as this runs for every anonymous source on every lint.
  const last = head.length - 1
  return last > 0 && head[last] === 's' && head[last - 1] !== 's' ? head.slice(0, last) : head
}

// Sources joined by "and" or "or" (issue 13): "Current and former employees said", "Two aides and a
// former adviser said", "Officials in Lima and Quito said", "said two aides and a lawyer". A
// source's noun phrase stops at "and", so without this only the conjunct next to the verb was read:
// "former employees", "a former adviser", "Quito" (a name: the anonymous officials went unflagged).

import type {Words} from '../words.ts'
import {isCapitalised, isNumber, type Item} from './items.ts'
import {hasVerbEnding} from '../verbs.ts'

/** How many conjuncts a source may have: "Price, Lee, Ortiz and Vail" is four. */
const maxConjuncts = 5

/** Readers of a noun phrase before or after a position, passed in by the cue finder. */
export interface PhraseReaders {
  before(items: Item[], end: number, words: Words): Item[]
  after(items: Item[], from: number, words: Words): Item[]
}

/**
 * The conjuncts of the source `phrase` of a cue, in draft order, each a noun phrase: `[phrase]` when
 * nothing is joined to it. Coordinated modifiers ("current and former employees") and names inside
 * a place ("officials in Lima and Quito") are one conjunct with the phrase they belong to.
 * `before` says whether the phrase stands before its verb (read back) or after it (read on).
 */
export function conjunctsOf(items: Item[], phrase: Item[], before: boolean, words: Words, read: PhraseReaders): Item[][] {
  if (phrase.length === 0) return [phrase]
  const conjuncts: Item[][] = [phrase]
  if (before) {
    let first = items.indexOf(phrase[0])
    let crossedAnd = false
    while (conjuncts.length < maxConjuncts) {
      let join = first - 1
      const joiner = items[join]
      if (!joiner) break
      const and = joiner.kind === 'word' && (joiner.lower === 'and' || joiner.lower === 'or')
      // "Price, Lee and Ortiz": a comma joins a list once its "and" is crossed; ", and" (the
      // serial comma) joins like "and".
      if (!and && !(joiner.text === ',' && crossedAnd)) break
      if (and && items[join - 1]?.text === ',') join--
      const earlier = read.before(items, join - 1, words)
      if (!isConjunct(items, earlier, words)) break
      conjuncts.unshift(earlier)
      crossedAnd ||= and
      first = items.indexOf(earlier[0])
    }
    // A list read back must open its clause: "The plant closed and officials said" has a clause
    // before "and", which `isConjunct` turns away by its verb; a stray word before the list too.
    if (conjuncts.length > 1 && !opensClause(items, items.indexOf(conjuncts[0][0]), words)) return [phrase]
  } else {
    let last = items.indexOf(phrase.at(-1)!)
    while (conjuncts.length < maxConjuncts) {
      const joiner = items[last + 1]
      if (!joiner || joiner.kind !== 'word' || (joiner.lower !== 'and' && joiner.lower !== 'or')) break
      const later = read.after(items, last + 2, words)
      if (!isConjunct(items, later, words) || !opensNounPhrase(later[0], words)) break
      conjuncts.push(later)
      last = items.indexOf(later.at(-1)!)
    }
  }
  return merged(items, conjuncts, words)
}

/** A word that can open a source after "and": a name, a determiner, a number, a role or a crowd. */
function opensNounPhrase(word: Item, words: Words): boolean {
  return isCapitalised(word) || words.grammar.determiners.has(word.lower) || words.vagueDeterminers.has(word.lower) || words.grammar.numberWords.has(word.lower) || isNumber(word.text) ||
    isPersonWord(word.lower, words)
}

/** A role, a crowd, an opinion group or a body: a noun that can be a source by itself. */
function isPersonWord(lower: string, words: Words): boolean {
  return words.anonymousRoles.has(lower) || words.vagueSources.has(lower) || words.opinionGroups.has(lower) || words.institutions.has(lower) || words.grammar.pluralNouns.has(lower)
}

/**
 * Is the stretch a noun phrase, not a clause? "Two aides", "Current", "Officials in Lima" are;
 * "The plant closed", "the board will vote" are not (a verb in the past or an -s form after a
 * noun, an auxiliary, a reporting verb).
 */
function isConjunct(items: Item[], stretch: Item[], words: Words): boolean {
  if (stretch.length === 0 || stretch.some((item) => item.kind !== 'word')) return false
  return stretch.every((item, index) => {
    if (words.grammar.auxiliaries.has(item.lower) && !isCapitalised(item)) return false
    if (words.cueForms.has(item.lower) && !isPersonWord(item.lower, words) && !isCapitalised(item)) return false
    const previous = stretch[index - 1]
    const verbShape = hasVerbEnding(item.text) && !isPersonWord(item.lower, words) && !isPersonWord(item.lower.replace(/s$/, ''), words)
    return !(verbShape && previous !== undefined && !words.grammar.determiners.has(previous.lower) && !words.grammar.numberWords.has(previous.lower) && !isNumber(previous.text))
  })
}

/** Nothing, a mark, a quote or a clause word stands before the list: it is the clause's subject. */
function opensClause(items: Item[], first: number, words: Words): boolean {
  const before = items[first - 1]
  return !before || before.kind === 'quote' || (before.kind === 'mark' && before.text !== '\'') || (before.kind === 'word' && (words.grammar.phraseBreaks.has(before.lower) || words.grammar.relativePronouns.has(before.lower)))
}

/**
 * Conjuncts that belong to the phrase after or before them: a lone modifier ("Current" of "Current
 * and former employees") joins the next when that opens with a modifier too; a bare name after a phrase that places its people
 * ("Quito" after "Officials in Lima") is another place of the same people.
 */
function merged(items: Item[], conjuncts: Item[][], words: Words): Item[][] {
  const span = (from: Item[], to: Item[]) => items.slice(items.indexOf(from[0]), items.indexOf(to.at(-1)!) + 1)
  const result: Item[][] = []
  for (let index = 0; index < conjuncts.length; index++) {
    const conjunct = conjuncts[index]
    const next = conjuncts[index + 1]
    if (next && conjunct.length === 1 && isModifier(conjunct[0], words) && next.length > 1 && isModifier(next[0], words) && !isCapitalised(next[0])) {
      conjuncts[index + 1] = span(conjunct, next)
      continue
    }
    const previous = result.at(-1)
    if (previous && placesItsPeople(previous, words) && conjunct.every((item) => isCapitalised(item))) {
      result[result.length - 1] = span(previous, conjunct)
      continue
    }
    result.push(conjunct)
  }
  return result
}

/**
 * "Current", "former", "retired": a word that is no noun a source can be, no pronoun, count or
 * determiner. Coordinated modifiers are two of them before one noun ("current and former
 * employees"); "Ortiz and two aides", "Ortiz and aides" are two sources.
 */
function isModifier(item: Item, words: Words): boolean {
  return !isPersonWord(item.lower, words) && !/s$/.test(item.lower) && !(isCapitalised(item) && !item.initial) && !words.grammar.determiners.has(item.lower) &&
    !words.vagueDeterminers.has(item.lower) && !words.grammar.numberWords.has(item.lower) && !isNumber(item.text) && !words.grammar.subjectPronouns.has(item.lower) &&
    !words.singularPronouns.has(item.lower) && !words.pluralPronouns.has(item.lower)
}

/** "Officials in Lima", "diplomats from Quito": people and then where they are. */
function placesItsPeople(phrase: Item[], words: Words): boolean {
  const at = phrase.findIndex((item, index) => index > 0 && /^(in|at|from)$/.test(item.lower))
  return at > 0 && isCapitalised(phrase.at(-1)!) && (!isCapitalised(phrase[at - 1]) || phrase[at - 1].initial) && isPersonWord(phrase[at - 1].lower, words)
}

// Says what kind of source a noun phrase is: named, anonymous, vague, a document, or a pronoun to
// resolve later (shared spec, "Source").

import type {Words} from '../words.ts'
import {isCapitalised, stripPossessive, type Item} from './items.ts'
import type {Source, SourceKind} from './model.ts'
import {isPastParticiple} from '../verbs.ts'

const counts = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|both|one|a few|few|multiple)$/

/**
 * The head of a phrase is its last word before a modifier starts: "people" in "two people familiar
 * with the talks", "spokesperson" in "a Halvorsen General spokesperson".
 */
function headIndex(phrase: Item[], words: Words): number {
  let end = phrase.length
  for (let index = 1; index < phrase.length; index++) {
    const item = phrase[index]
    // "the drivers' union": a possessive apostrophe belongs to the phrase.
    if (item.kind === 'mark' && /^['’]$/.test(item.text)) continue
    const previous = phrase[index - 1]
    // "a memo sent out by the board": an irregular participle ends the noun too.
    const participle = isPastParticiple(item.text) && previous.kind === 'word' && !words.grammar.determiners.has(previous.lower)
    if (item.kind !== 'word' || participle || (words.grammar.prepositions.has(item.lower) && !isCapitalised(item))) {
      end = index
      break
    }
  }
  return end - 1
}

/** Is this word part of a name, not a capitalised first word of the sentence? */
function looksProper(item: Item, words: Words): boolean {
  if (!isCapitalised(item)) return false
  const lower = stripPossessive(item.lower)
  if (!item.initial) return true
  return !(words.grammar.determiners.has(lower) || words.anonymousRoles.has(lower) || words.vagueSources.has(lower) ||
    words.vagueDeterminers.has(lower) || words.institutions.has(lower) || words.singularPronouns.has(lower) ||
    words.pluralPronouns.has(lower) || words.documentWords.has(lower) || lower === 'it' || counts.test(lower))
}

export function classifySource(phrase: Item[], words: Words): Source | undefined {
  const wordsOnly = phrase.filter((item) => item.kind === 'word')
  if (wordsOnly.length === 0) return undefined
  const first = wordsOnly[0]
  const last = phrase[phrase.length - 1]
  const base = {start: first.start, end: last.end, text: phraseText(phrase)}

  // "nobody told us", "no one said": nobody is cited; "There is talk of Perez, saying": no one either.
  if (/^(nobody|none|nothing|no)$/.test(first.lower) || (wordsOnly.length === 1 && first.lower === 'there')) return undefined
  if (wordsOnly.length === 1) {
    const lower = first.lower
    if (words.singularPronouns.has(lower) || words.pluralPronouns.has(lower)) {
      return {start: base.start, end: base.end, text: base.text, kind: 'anonymous', head: lower, plural: words.pluralPronouns.has(lower), pronoun: {start: first.start, end: first.end, text: first.text}}
    }
  }

  // "Those close to the mayor", "those familiar with the talks": people described, as "people
  // close to the mayor" are; "those" alone (its clause read apart) is a crowd.
  if (first.lower === 'those' && phrase[0] === first) return {start: base.start, end: base.end, text: base.text, kind: wordsOnly.length > 1 ? 'anonymous' : 'vague', head: 'those', plural: true}

  // "one of the officials": the group after `of` is the head.
  const ofAt = phrase.findIndex((item) => item.lower === 'of')
  if (ofAt > 0 && ofAt <= 2 && counts.test(phrase[ofAt - 1].lower) && phrase.length > ofAt + 1) {
    const rest = phrase.slice(ofAt + 1)
    const group = classifySource(rest, words)
    if (group) return {...group, start: base.start, end: base.end, text: base.text, plural: !/^one$/.test(phrase[ofAt - 1].lower)}
  }
  const head = phrase[headIndex(phrase, words)]
  const headLower = stripPossessive(head.lower)
  const modifiers = phrase.slice(0, headIndex(phrase, words))
  const determiners = modifiers.filter((item) => words.grammar.determiners.has(item.lower) || words.vagueDeterminers.has(item.lower) || counts.test(item.lower))
  // "Sanders", "Roberts", "Reyes": a name ending in -s is one person; "Democrats", "Iowans" and
  // "the Clintons" are many.
  const properHead = isCapitalised(head) && !(head.initial && !looksProper(head, words))
  const pluralName = /(ans|crats|ists|ites|ims|ives|ians)$/.test(headLower) || /^the$/.test(modifiers[0]?.lower ?? '')
  const plural = (/s$/.test(headLower) && (!properHead || pluralName)) || (counts.test(modifiers[0]?.lower ?? '') && modifiers[0]?.lower !== 'one')
  // Written out, not spread: V8's optimised spread gave every source a hidden class of its own
  // (17,651 classes for 24,284 sources in a 2.6 MB draft), which cost memory and made every read of a
  // source's fields megamorphic.
  const make = (kind: SourceKind): Source => ({start: base.start, end: base.end, text: base.text, kind, head: headLower, plural})

  // A newsroom's named sources match without their article: "A senior insider" for "senior insider".
  let firstWord = 0
  while (firstWord < wordsOnly.length - 1 && (words.grammar.determiners.has(wordsOnly[firstWord].lower) || words.vagueDeterminers.has(wordsOnly[firstWord].lower))) firstWord++
  // Only a project's own list: the text is joined only when the list has words.
  if (words.namedSources.size > 0 && (words.namedSources.has(wordsOnly.slice(firstWord).map((item) => item.lower).join(' ')) || words.namedSources.has(headLower))) return make('named')
  // "Some trustees", "many residents" are vague; "most recent" is not a crowd.
  if ((modifiers.length > 0 && words.vagueDeterminers.has(modifiers[0].lower)) || (phrase.length === 1 && words.vagueSources.has(headLower) && !words.anonymousRoles.has(headLower))) return make('vague')
  if (words.documentWords.has(headLower) || isDocumentPhrase(phrase, words)) return make('document')
  // "the mayor", "the senator": one office-holder the story identifies; "a mayor" is anyone.
  // "The company's chief executive", "the agency's chief financial officer": a "chief" title is one
  // office too ("a chief executive said" is anyone).
  const office = words.officeTitles.has(headLower) || (modifiers.some((item) => item.lower === 'chief') && !plural)
  if (office && /^(the|our|their|its|his|her)$/.test(modifiers[0]?.lower ?? '') && !modifiers.some((item) => words.anonymousRoles.has(item.lower))) return make('named')
  // "Consumer advocates argue", "critics say": an opinion crowd the story does not place is vague.
  if (words.opinionGroups.has(headLower) && determiners.length === 0 && !placedAtName(phrase.slice(headIndex(phrase, words) + 1), words)) return make('vague')
  if (words.anonymousRoles.has(headLower)) {
    // "sources say", "people are saying": a bare crowd is vague; counted or described, anonymous.
    const bare = phrase.length === 1 || (determiners.length === 0 && modifiers.length === 0 && headIndex(phrase, words) === phrase.length - 1)
    return make(bare && words.bareVague.has(headLower) ? 'vague' : 'anonymous')
  }
  // "Experts at the Halden Institute" are a group the story places, not an indefinite crowd.
  if (words.vagueSources.has(headLower)) return placedAtName(phrase.slice(headIndex(phrase, words) + 1), words) ? make('anonymous') : make('vague')
  // "a 2008 campaign veteran", "one operative": an indefinite description is anyone of its kind,
  // not someone the story names.
  // So is a counted crowd of a lower-case kind ("multiple outlets", "two senators"; not "both Lee and Ortiz").
  // A capitalised kind ("a New Hampshire Republican", "an angry Hollande") is read as a name, unless
  // the description is the anonymous formula ("one Democrat familiar with the talks", "a Republican
  // involved in the planning").
  const indefiniteStart = /^(a|an|another|one)$/.test(wordsOnly[0].lower) || (counts.test(wordsOnly[0].lower) && wordsOnly[0].lower !== 'both')
  const formula = wordsOnly.some((item) => /^(familiar|involved|briefed|knowledgeable)$/.test(item.lower))
  // "A senior Republican", "a top Democrat", "one Israeli": a party or a nationality after lower-case
  // words is a description too.
  const partyOrNation = /^\p{Lu}\p{Ll}+(an|crat|ese|i)$/u.test(head.text) && modifiers.slice(1).every((item) => item.kind === 'word' && !isCapitalised(item))
  const indefinite = wordsOnly.length > 1 && indefiniteStart && (!isCapitalised(head) || formula || partyOrNation)
  if (indefinite && !titledName(phrase, words) && !words.institutions.has(headLower)) return make('anonymous')
  if (looksProper(head, words) || /^\p{Lu}{2,}/u.test(head.text)) return make('named')
  // "master of ceremonies Asab Al-Tabchi", "prosecutor Marc Trevidic": a title before a name names
  // the person (but "a spokesperson for Tessel County" is anyone who speaks for it).
  if (titledName(phrase, words)) return make('named')
  if (words.institutions.has(headLower)) return make('named')
  // A lower-case head that is none of the above: a person described by role ("a fisherman", "the
  // pharmacist") is anonymous; a body described ("the state forestry service") is read as the
  // named body it stands for.
  // A thing owned by a named body speaks for it: "the Norrmark Customs Agency's live queue tracker".
  if (modifiers.some((item) => /['’]s?$/.test(item.text) && looksProper(item, words))) return make('named')
  // "the three", "the two": a count alone refers back to people already named, whatever its
  // spelling ("three" ends as "employee" does).
  if (isPersonNoun(headLower, words) && !counts.test(headLower)) return make('anonymous')
  return make('named')
}

/**
 * The phrase's words joined by spaces, with no space before a comma, an apostrophe or a per cent
 * sign ("the drivers' union", "Ruiz, 46"): what `join(' ')` and removing those spaces give, built
 * in one pass, as this runs for every source of a draft.
 */
function phraseText(phrase: readonly Item[]): string {
  let text = phrase[0].text
  for (let index = 1; index < phrase.length; index++) {
    const next = phrase[index].text
    const first = next.charCodeAt(0)
    // , ' ’ %
    text += first === 44 || first === 39 || first === 0x2019 || first === 37 ? next : ' ' + next
  }
  return text
}

/**
 * Do the words after a crowd's head place it at a name: "at the Carrow Institute", "in the
 * Valdorian parliament", "of Goldman Sachs"? "of Valdorian politics" gives a topic, not a place:
 * after "of" the name must end the phrase.
 */
function placedAtName(after: Item[], words: Words): boolean {
  if (!after.some((item) => item.kind === 'word' && looksProper(item, words))) return false
  return after[0]?.lower !== 'of' || isCapitalised(after.at(-1)!)
}

/** Does the phrase end in a name of two or more words right after a lower-case noun? */
function titledName(phrase: Item[], words: Words): boolean {
  let start = phrase.length
  while (start > 0 && phrase[start - 1].kind === 'word' && isCapitalised(phrase[start - 1]) && !phrase[start - 1].initial) start--
  if (phrase.length - start < 2 || start === 0) return false
  const before = phrase[start - 1]
  const last = stripPossessive(phrase.at(-1)!.lower)
  return before.kind === 'word' && !isCapitalised(before) && !words.grammar.prepositions.has(before.lower) && !words.grammar.determiners.has(before.lower) &&
    !/['’]s?$/.test(phrase.at(-1)!.text) && !words.grammar.organisationWords.has(last) && !words.institutions.has(last)
}

/** Endings of nouns for people: worker, director, economist, technician, fisherman, trainee, opponent, 43-year-old. */
const personEnding = /(er|or|ist|ian|man|woman|men|women|ee|eur|ant|[^m]ent|-year-old)s?$/

/**
 * Is the word a noun for a person, by its ending ("farmer", "economist") or as one of the nouns
 * whose ending does not say so ("deckhand", "nun", "surgeon", `personNouns` in data/sources.json)?
 */
export function isPersonNoun(word: string, words: Words): boolean {
  return personEnding.test(word) || words.personNouns.has(word)
}

/**
 * A phrase that holds a document of several words ("prior reporting", "a court filing"). One word
 * counts only as the head ("the report"): "the ruling party", "the audit committee" are bodies.
 */
function isDocumentPhrase(phrase: Item[], words: Words): boolean {
  for (let index = 0; index < phrase.length; index++) {
    for (const candidate of words.documents.get(phrase[index].lower) ?? []) {
      if (candidate.words.length > 1 && candidate.words.every((word, offset) => phrase[index + offset]?.lower === word)) return true
    }
  }
  return false
}

// A verb's tense from its shape: regular verbs by rule ("walked", "walks", "walking"), irregular
// ones from the one table in data/verbs.json ("spoke", "spoken"). Every part of the engine that asks
// "is this word a past tense?" or "what are this verb's forms?" asks here, so a verb known in one
// place is known in all: "Ruiz spoke" and "Ruiz walked" read alike.

import verbsData from '../../../data/verbs.json'

/** One irregular verb: its base form, its past tense(s) and its past participle(s). */
interface IrregularVerb {
  base: string
  past: string[]
  participle: string[]
}

/** "burn burned/burnt burned/burnt" -> {base: "burn", past: ["burned", "burnt"], participle: [...]}. */
function parse(line: string): IrregularVerb {
  const [base, past, participle] = line.split(' ')
  return {base, past: past.split('/'), participle: participle.split('/')}
}

const irregular = new Map<string, IrregularVerb>()
const baseOfPast = new Map<string, string>()
const baseOfParticiple = new Map<string, string>()
for (const verb of verbsData.irregular.verbs.map(parse)) {
  irregular.set(verb.base, verb)
  // The first verb listed wins a form two verbs share ("lay": the past of "lie" and a base of its own).
  for (const form of verb.past) if (!baseOfPast.has(form)) baseOfPast.set(form, verb.base)
  for (const form of verb.participle) if (!baseOfParticiple.has(form)) baseOfParticiple.set(form, verb.base)
}

/**
 * The irregular form inside a prefixed verb: "recast" -> "cast", "retold" -> "told", "misspoke" ->
 * "spoke", "overpaid" -> "paid". Verbs the table lists whole ("rewrite", "mislead") are found before
 * this is asked; a form of three letters or fewer stays whole ("reread" is listed, "unset" is not).
 */
const verbPrefix = /^(re|mis|un|over|under)(?=[a-z]{4,}$)/

function prefixed(word: string, forms: Map<string, string>): boolean {
  const rest = verbPrefix.test(word) ? word.replace(verbPrefix, '') : ''
  return rest !== '' && forms.has(rest)
}

/** A regular past or participle: "walked", "denied". (Words like "need" and "red" match too; callers read the context.) */
const regularPast = /^[a-z]+ed$/

/** Is this lower-case word an irregular verb's past tense: "spoke", "went", "put" (never "walked")? */
export function isIrregularPast(word: string): boolean {
  return baseOfPast.has(word) || prefixed(word, baseOfPast)
}

/** Is this lower-case word a past tense: "walked", "spoke", "put"? Not "spoken" nor "Spoke". */
export function isPastTense(word: string): boolean {
  return regularPast.test(word) || baseOfPast.has(word) || prefixed(word, baseOfPast)
}

/** Is this lower-case word a past participle: "walked", "spoken", "put", "told"? Not "spoke". */
export function isPastParticiple(word: string): boolean {
  return regularPast.test(word) || baseOfParticiple.has(word) || prefixed(word, baseOfParticiple)
}

/**
 * Is this lower-case word only ever a participle, never a past tense: "written", "shown", "given"
 * ("has written" is a verb; "ratios written into law" a description)? Not "told" or "said", which
 * are past tenses too.
 */
export function isParticipleOnly(word: string): boolean {
  return (baseOfParticiple.has(word) || prefixed(word, baseOfParticiple)) && !baseOfPast.has(word) && !prefixed(word, baseOfPast)
}

/**
 * Is this lower-case word shaped like a verb in -s or -ed, with three letters or more before the
 * ending ("claims", "walked"), and not a noun's -ss, -us or -is ("press", "bonus", "crisis")? The
 * shape alone, for reading where a phrase stops; an irregular past ("spoke") is asked with isPastTense.
 */
export function hasVerbEnding(word: string): boolean {
  return /^[a-z]{3,}(ed|s)$/.test(word) && !/(ss|us|is)$/.test(word)
}

/** The base form of an irregular past or participle: "spoke" and "spoken" -> "speak". Undefined for any other word. */
export function baseOf(form: string): string | undefined {
  return baseOfPast.get(form) ?? baseOfParticiple.get(form)
}

/** The past tense of a base form: "speak" -> "spoke", "walk" -> "walked", "deny" -> "denied". */
export function pastTenseOf(base: string): string {
  return irregular.get(base)?.past[0] ?? regularForms(base).past
}

/** Finals doubled before -ed and -ing in regular verbs whose stress falls on the last syllable ("admitted", not "visited"). */
const doubledFinal = new Set(['admit', 'slam', 'commit', 'regret', 'submit', 'omit', 'permit', 'refer', 'prefer', 'occur', 'concur', 'confer', 'plan', 'stop', 'drop', 'chat', 'quip', 'brag', 'nag', 'tap', 'rebut', 'blog'])

/**
 * Irregular verbs that end in one vowel and one consonant double it ("putting", "forgetting",
 * "quitting"): they are one syllable, or stressed on the last one. Not "beating" (two vowels),
 * "showing" (w).
 */
const irregularDoubles = /(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$/

/** The -s, past and -ing forms of a regular verb: "deny" -> "denies", "denied", "denying". */
function regularForms(base: string, doubled = doubledFinal.has(base)): {third: string, past: string, ing: string} {
  const stem = doubled ? base + base.at(-1) : base
  if (/[^aeiou]y$/.test(base)) return {third: base.slice(0, -1) + 'ies', past: base.slice(0, -1) + 'ied', ing: base + 'ing'}
  if (/(s|sh|ch|x|z)$/.test(base)) return {third: base + 'es', past: base + 'ed', ing: base + 'ing'}
  // "goes", "vetoes"; not "radios".
  if (/[^aeiou]o$/.test(base)) return {third: base + 'es', past: base + 'ed', ing: base + 'ing'}
  // "agreeing", "lying": an -e that stays, or an -ie that turns to -y; "hoping" drops its -e.
  if (/ee$/.test(base)) return {third: base + 's', past: base + 'd', ing: base + 'ing'}
  if (/ie$/.test(base)) return {third: base + 's', past: base + 'd', ing: base.slice(0, -2) + 'ying'}
  if (base.endsWith('e')) return {third: base + 's', past: base + 'd', ing: base.slice(0, -1) + 'ing'}
  return {third: base + 's', past: stem + 'ed', ing: stem + 'ing'}
}

/**
 * Every form of a verb, base first: "say" -> say, says, said, saying; "write" -> write, writes,
 * wrote, written, writing; "claim" -> claim, claims, claimed, claiming.
 */
export function formsOf(base: string): string[] {
  const verb = irregular.get(base)
  if (!verb) {
    const {third, past, ing} = regularForms(base)
    return [base, third, past, ing]
  }
  const {third, ing} = regularForms(base, irregularDoubles.test(base))
  return [...new Set([base, third, ...verb.past, ...verb.participle, ing])]
}

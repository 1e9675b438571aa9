// What makes a sentence need a source or a note: claim markers, figures and documents (shared spec,
// "Claim marker", "Figure"), plus the reasons for anonymity a sentence gives.

import type {PhraseIndex, Words} from '../words.ts'
import {isCapitalised, type Item} from './items.ts'
import type {ClaimCategory, Mention} from './model.ts'

/**
 * Every match of an indexed phrase among the words outside quotes. With `negations`, a phrase also
 * matches negated: "is not designed to" and "isn't designed to" as "is designed to", "was never
 * aware" as "was aware".
 */
export function matchPhrases<Tag>(items: Item[], index: PhraseIndex<Tag>, negations?: Map<string, string>): Array<Mention & {tag: Tag}> {
  const found: Array<Mention & {tag: Tag}> = []
  for (let at = 0; at < items.length; at++) {
    const first = items[at]
    // "isn't expected to" as "is expected to"; but a contracted modal alone ("wouldn't", "couldn't")
    // mostly tells what someone would not or could not do ("she wouldn't back down"), not a forecast.
    const candidates = first.kind === 'word' ? index.get(first.lower) ?? (negations?.has(first.lower) ? index.get(negations.get(first.lower)!)?.filter((phrase) => phrase.words.length > 1) : undefined) : undefined
    if (!candidates) continue
    for (const phrase of candidates) {
      const matched: Item[] = []
      let words = 0
      let cursor = at
      for (const word of phrase.words) {
        while (items[cursor]?.kind === 'mark' && /^['’-]$/.test(items[cursor].text)) cursor++
        // A negation between the phrase's words: "is not designed to".
        if (negations && matched.length > 0 && (items[cursor]?.lower === 'not' || items[cursor]?.lower === 'never')) matched.push(items[cursor++])
        const item = items[cursor]
        if (!item || item.kind !== 'word' || (word !== '*' && item.lower !== word && negations?.get(item.lower) !== word)) break
        matched.push(item)
        words++
        cursor++
      }
      if (words === phrase.words.length) {
        found.push({start: matched[0].start, end: matched.at(-1)!.end, text: matched.map((item) => item.text).join(' '), tag: phrase.tag})
        at = cursor - 1
        break
      }
    }
  }
  return found
}

export function claimMarkers(items: Item[], words: Words): Array<Mention & {category: ClaimCategory}> {
  const found = matchPhrases(items, words.claimMarkers, words.negations).filter((mention) => !refusal(items, mention, words)).map(({tag, ...mention}) => ({...mention, category: tag}))
  // Superlatives by form: "the oldest prison", "the hardest hit".
  for (let at = 1; at < items.length; at++) {
    const item = items[at]
    // "the second-largest" too.
    const last = item.lower.split('-').at(-1)!
    if (item.kind !== 'word' || items[at - 1].lower !== 'the' || !/^([a-z]+-)?[a-z]{2,}est$/.test(item.text) || words.superlativeExceptions.has(last)) continue
    if (!found.some((mention) => mention.start <= item.start && mention.end >= item.end)) found.push({start: items[at - 1].start, end: item.end, text: `the ${item.text}`, category: 'judgement'})
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * "would not comment", "could not be reached", "couldn't say whether": a source declining or out
 * of reach, not a forecast. A negated modal followed by a verb of speech, or by "be" and a
 * participle, tells what happened.
 */
function refusal(items: Item[], mention: Mention, words: Words): boolean {
  let at = items.findIndex((item) => item.start === mention.start)
  const modal = items[at]
  if (at < 0 || mention.end !== modal.end || !/^(would|could|wouldn['’]t|couldn['’]t)$/.test(modal.lower)) return false
  if (!/n['’]t$/.test(modal.lower)) {
    if (!words.negations.has(items[at + 1]?.lower ?? '')) return false
    at++
  }
  const verb = items[at + 1]
  if (verb?.kind !== 'word') return false
  if (words.cueForms.has(verb.lower)) return true
  const participle = items[at + 2]
  return verb.lower === 'be' && participle?.kind === 'word' && /^[a-z]+(ed|en)$/.test(participle.lower)
}

/** Document mentions: "a memo", "records show", "data from", "a study", "prior reporting". */
export function documentMentions(items: Item[], words: Words): Mention[] {
  return matchPhrases(items, words.documents).filter((mention) => {
    const at = items.findIndex((item) => item.start === mention.start)
    const previous = items[at - 1]
    // "the report" and "a study" are documents; "report" alone at a sentence start is often a verb.
    if (mention.text.includes(' ') || !previous) return true
    // "before filing" is an action, not a document.
    if (/ing$/.test(mention.text) && (words.grammar.prepositions.has(previous.lower) || words.grammar.phraseBreaks.has(previous.lower))) return false
    return previous.kind === 'word' || previous.kind === 'mark'
  }).map(({tag: _tag, ...mention}) => mention)
}

const currency = /^[$€£¥]$/

/**
 * Figures: quantities an editor can check. Dates, times, years, ages after a name, identifiers
 * (`Title 9`, `Flight 212`, `10-K`, `H5N1`) and counts of the sources themselves are not figures.
 */
export function figures(items: Item[], words: Words, sourceSpans: Array<{start: number; end: number}>): Mention[] {
  const found: Mention[] = []
  for (let at = 0; at < items.length; at++) {
    const item = items[at]
    if (item.kind !== 'word') continue
    const previous = items[at - 1]
    const next = items[at + 1]
    const text = item.text.replace(/\.$/, '')
    const lower = text.toLowerCase()
    const inSource = sourceSpans.some((span) => item.start >= span.start && item.end <= span.end)
    if (inSource) continue

    if (/^\d/.test(text)) {
      // "£4.2m", "3bn", "12km" are amounts; "10-K", "7B", "H5N1", "2024/18" name things.
      if (!/^\d[\d.,]*(%|st|nd|rd|th|s|m|bn|b|k|tn|km|kg|mph|ft|cm|mm|ha|mw|gw|kwh)?$/.test(text)) continue
      if (/^\d+(st|nd|rd|th)$/.test(text)) continue // ordinals: dates and rankings left alone
      // Times: "9:40", "3 p.m.", "from 9 to 11 p.m.".
      if (next?.text === ':' || items.slice(at + 1, at + 4).some((later) => /^(a\.m\.?|p\.m\.?|am|pm|noon|midnight)$/.test(later.lower))) continue
      // "Regulation 2024/18", "3/4": parts of an identifier or a date.
      if (next?.text === '/' || previous?.text === '/') continue
      const number = Number(text.replace(/,/g, '').replace(/(%|s)$/, ''))
      const isYear = /^\d{4}s?$/.test(text) && number >= 1800 && number <= 2100 && !(next && words.grammar.units.has(next.lower))
      if (isYear) continue
      if (previous && (words.grammar.months.has(previous.lower) || (next && words.grammar.months.has(next.lower)))) continue
      // "Title 9", "Gate 3", "draft 2": a number that names a thing.
      // "No. 3": the abbreviation's full stop stands between the noun and its number.
      const label = previous?.text === '.' && items[at - 2]?.kind === 'word' && /^nos?$/.test(items[at - 2].lower) ? items[at - 2] : previous
      if (label?.kind === 'word' && label !== previous) continue
      if (previous?.kind === 'word' && (words.grammar.identifierNouns.has(previous.lower.replace(/\.$/, '')) || (isCapitalised(previous) && !previous.initial && !words.grammar.months.has(previous.lower) && !currency.test(previous.text)))) {
        if (!(next && words.grammar.units.has(next.lower))) continue
      }
      // "Piet Aalders, 46, said": an age in a name line.
      if (previous?.text === ',' && next?.text === ',' && items[at - 2] && isCapitalised(items[at - 2]) && number < 120) continue
      // A number joined by a comma to the previous digits ("1,140") continues that figure.
      if (previous?.text === ',' && items[at - 2] && /^\d+$/.test(items[at - 2].text) && item.start === previous.end) continue
      found.push(figureSpan(items, at, words))
      continue
    }
    // "two-thirds of voters", "three-quarters of the budget".
    if (/^(one|two|three|four|five|seven|nine)-(halves|thirds?|quarters?|fifths?|tenths?)$/.test(lower)) {
      found.push({start: item.start, end: item.end, text: item.text})
      continue
    }
    if (words.grammar.numberWords.has(lower)) {
      // "one" is a figure when it counts ("only one unit", "one bottle of water a day"), not in "one of them".
      if (lower === 'one' && (next?.lower === 'of' || !(/^(only|just|than|about|nearly|almost|exactly)$/.test(previous?.lower ?? '') || (next && (next.lower === 'in' || words.grammar.units.has(next.lower) || /^(bottle|meal|day|week|dollar|unit|person)s?$/.test(next.lower)))))) continue
      found.push(figureSpan(items, at, words))
      continue
    }
    // Rankings: "ranked third", "finished 2nd".
    if (/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/.test(lower) && /^(ranked|ranks|rank|finished|placed|came|ranking)$/.test(previous?.lower ?? '')) {
      found.push({start: item.start, end: item.end, text: item.text})
      continue
    }
    // "a third", "a fifth of its fleet".
    const before = items[at - 2]
    if (words.grammar.fractionWords.has(lower) && previous && (previous.lower === 'a' || previous.lower === 'one') && (!next || next.lower === 'of' || next.lower === 'more' || next.lower === 'less' || next.kind === 'mark' || /^(by|about|nearly|roughly|almost|than|only)$/.test(before?.lower ?? ''))) {
      found.push({start: previous.start, end: item.end, text: `${previous.text} ${item.text}`})
    }
  }
  return found
}

function figureSpan(items: Item[], at: number, words: Words): Mention {
  let start = items[at].start
  const before = items[at - 1]
  if (before && currency.test(before.text)) start = before.start
  let end = items[at].end
  let cursor = at + 1
  while (items[cursor] && (items[cursor].text === '%' || /^[,.]$/.test(items[cursor].text) && /^\d/.test(items[cursor + 1]?.text ?? '') && items[cursor].start === items[cursor - 1].end || /^\d/.test(items[cursor].text) && items[cursor].start === items[cursor - 1].end)) {
    end = items[cursor].end
    cursor++
  }
  const unit = items[cursor]
  if (unit && unit.kind === 'word' && (/^(percent|per|million|billion|trillion|thousand|hundred)$/.test(unit.lower) || words.grammar.units.has(unit.lower))) end = unit.end
  // The text is taken from the draft by the caller ("$2.3 million" as written).
  return {start, end, text: ''}
}

export function hasAnonymityReason(items: Item[], words: Words): boolean {
  if (matchPhrases(items, words.anonymityReasons).length > 0) return true
  // "asked that his name not be used because he feared ...": a request, then its reason.
  const request = matchPhrases(items, words.anonymityRequests)[0]
  return request !== undefined && items.some((item) => item.start > request.end && item.kind === 'word' && /^(because|fearing|fear|since)$/.test(item.lower))
}

export function loadedVerbMentions(items: Item[], cueStarts: Set<number>, words: Words): Array<Mention & {neutral: string}> {
  const found: Array<Mention & {neutral: string}> = []
  for (const item of items) {
    if (item.kind !== 'word' || !cueStarts.has(item.start)) continue
    const neutral = words.loadedVerbs.get(item.lower)
    if (neutral) found.push({start: item.start, end: item.end, text: item.text, neutral: matchCase(neutral, item.text)})
  }
  return found
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word
}

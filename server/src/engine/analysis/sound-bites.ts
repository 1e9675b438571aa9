// A TV script's sound-bite label names who speaks on the tape that follows it, as a transcript's
// label does: "[SOT: Hal Brenner, Riverbend resident] “...”", "SOT: HAL BRENNER, RESIDENT",
// "(SOT) Hal Brenner: “...”", "[BITE: Ann Price]". The name is what stands before the first comma;
// the role after it belongs to the name. "NAT SOT" (natural sound: a siren, a crowd) has no
// speaker, and "[SOT: resident]" describes one without naming them: the rule still asks who.

import type {Words} from '../words.ts'
import type {FoundCue} from './cues.ts'
import {isCapitalised, type Item} from './items.ts'
import {isCommonWord} from './quote-verbs.ts'
import {classifySource, isPersonNoun} from './sources.ts'

/** Labels of recorded speech in a script: "SOT" (sound on tape), "BITE", "SOUNDBITE", "SOUND BITE". */
const soundBiteLabel = /^(SOT|BITE|SOUNDBITE)$/

/** The word before "SOT" in a label of sound with no speaker: "NAT SOT", "NATS SOT". */
const naturalSound = /^(NAT|NATS)$/

/** The base of a sound-bite label's cue. */
export const soundBite = 'sound bite'

/**
 * A line that opens with a sound-bite label ("SOT: HAL BRENNER, RESIDENT", "NAT SOT"): a label,
 * never a transcript speaker ("SOT:") nor, in plain text, a heading, though it has no final stop.
 */
export const soundBiteLine = /^\s*[[(]?\s*(?:NATS|NATS? (?:SOT|SOUND)|SOT|BITE|SOUNDBITE|SOUND BITE)\b/

/**
 * The cue of a sound-bite label that opens the line, with the speaker it gives: named, or
 * anonymous when the label only describes them ("[SOT: resident]", "SOT: NEIGHBOR"). None for
 * "NAT SOT" or a label with no speaker ("[SOT]").
 */
export function soundBiteCue(items: Item[], words: Words): FoundCue | undefined {
  let index = 0
  const open = items[0]?.kind === 'mark' && /^[[(]$/.test(items[0].text) ? items[index++].text : undefined
  if (items[index]?.text === 'SOUND' && items[index + 1]?.text === 'BITE') index++
  const label = items[index]
  if (label?.kind !== 'word' || !soundBiteLabel.test(label.text) || naturalSound.test(items[index - 1]?.text ?? '')) return undefined
  index++
  // "(SOT) Hal Brenner:": the label closes before the name; "[SOT: Hal Brenner]", "SOT - Hal Brenner": a colon or a dash after it.
  const after = items[index]?.text
  if (open && after === (open === '[' ? ']' : ')')) index++
  else if (after === ':' || after === '-' || after === '—' || after === '–') index++
  else return undefined
  const name: Item[] = []
  for (; index < items.length && items[index].kind === 'word' && name.length < 6; index++) name.push(items[index])
  const end = items[index]
  if (name.length === 0 || (end && !(end.kind === 'mark' && /^[,:;\])]$/.test(end.text)) && end.kind !== 'quote')) return undefined
  const source = classifySource(name, words)
  if (!source || source.pronoun) return undefined
  // A lower-case phrase is read as named by default: "[SOT: resident]" names no one.
  const named = name.some((word) => isCapitalised(word) && !isCommonWord(word.lower, words) && !words.anonymousRoles.has(word.lower) && !isPersonNoun(word.lower, words))
  if (source.kind === 'named' && !named) source.kind = 'anonymous'
  return {start: label.start, end: label.end, phrase: label.text, base: soundBite, belief: false, source}
}

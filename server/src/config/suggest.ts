// "Did you mean" for misspelt options, keys, rule ids and severities: the one place the CLI and the
// configuration guess what was meant (leven counts the single-character edits between two words).

import leven from 'leven'

/** The candidate closest to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const other = candidate.toLowerCase()
    // A cut-short name is a typo too: 'warn' for 'warning', 'unattributed' for 'unattributed-claim'.
    const distance = lower.length >= 3 && other.startsWith(lower) ? 1 : leven(lower, other)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  // Up to a third of the word, at least two: 'rule' is close to 'rules', 'cue' is not close to 'words'.
  return bestDistance <= Math.max(2, Math.ceil(lower.length / 3)) ? best : undefined
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates)
  return match ? ` (did you mean "${match}"?)` : ''
}

/** `"a", "b" or "c"`. */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((value) => `"${value}"`)
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`
}

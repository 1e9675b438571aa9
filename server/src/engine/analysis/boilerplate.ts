// A publisher's closing boilerplate ("This is not a recommendation to buy or sell", "The author
// holds no positions") is found by its wording: a paragraph is boilerplate when, lower-cased, with
// curly apostrophes straight and runs of white space as one space, it holds one of the phrases.

/**
 * The longest run of each phrase with no space and no apostrophe ("recommendation"): a paragraph
 * holds a phrase only if its lower-cased text holds that run as it is (the runs are untouched by
 * the rewriting of spaces and apostrophes), so one search for any of them rules out nearly every
 * paragraph before it is rewritten and searched for each phrase. Built once per list.
 */
const prefilters = new WeakMap<readonly string[], RegExp>()

function prefilterOf(phrases: readonly string[]): RegExp {
  let prefilter = prefilters.get(phrases)
  if (!prefilter) {
    const runs = phrases.map((phrase) => phrase.split(/[\s']+/).reduce((longest, run) => (run.length > longest.length ? run : longest), ''))
    // A phrase of spaces and apostrophes only would match anywhere: then nothing is ruled out.
    prefilter = runs.some((run) => run === '') ? /(?:)/ : new RegExp([...new Set(runs)].map((run) => run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
    prefilters.set(phrases, prefilter)
  }
  return prefilter
}

/** Does the paragraph's prose hold one of the boilerplate phrases (lower-case, straight apostrophes)? */
export function holdsBoilerplate(masked: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false
  const lower = masked.toLowerCase()
  if (!prefilterOf(phrases).test(lower)) return false
  const text = lower.replace(/’/g, "'").replace(/\s+/g, ' ')
  return phrases.some((phrase) => text.includes(phrase))
}

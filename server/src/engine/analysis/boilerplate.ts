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

/**
 * One expression for all the phrases, to run on the lower-cased text as it is: a space of a phrase
 * matches a run of white space, an apostrophe either apostrophe. That is what rewriting the text
 * (curly apostrophes straight, runs of white space as one space) and searching it for each phrase
 * gave, without the two copies of the paragraph: words such as "information" and "position" pass
 * the prefilter in many paragraphs of news. A phrase with two spaces in a row or other white space
 * was never found in the rewritten text, and is left out. Built once per list.
 */
const phrasePatterns = new WeakMap<readonly string[], RegExp>()

function patternOf(phrases: readonly string[]): RegExp {
  let pattern = phrasePatterns.get(phrases)
  if (!pattern) {
    const findable = phrases.filter((phrase) => !/ {2}|[^\S ]/.test(phrase))
    pattern = findable.length === 0 ? /(?!)/ : new RegExp(findable.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|'))
    phrasePatterns.set(phrases, pattern)
  }
  return pattern
}

/** Does the paragraph's prose hold one of the boilerplate phrases (lower-case, straight apostrophes)? */
export function holdsBoilerplate(masked: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false
  const lower = masked.toLowerCase()
  return prefilterOf(phrases).test(lower) && patternOf(phrases).test(lower)
}

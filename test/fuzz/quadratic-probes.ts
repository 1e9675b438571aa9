// Work that grows with the square of the draft, on purpose: linear-time.test.ts checks that the
// work meter (work-child.ts) reports it as super-linear, so a meter that stopped counting (a V8
// change, a filter that drops the engine's files) fails the test instead of passing every case.

/** One probe per way the engine once went quadratic; each returns a number so nothing is optimised away. */
export const quadraticProbes = new Map<string, (text: string) => number>([
  // A loop inside a loop over the draft: every word compared with every earlier word.
  ['probe: a loop in a loop', (text) => {
    const words = text.split(' ')
    let same = 0
    for (let index = 0; index < words.length; index++) for (let earlier = 0; earlier < index; earlier++) if (words[earlier] === words[index]) same++
    return same
  }],
  // One search per line that reads to the end of the draft: few blocks, many characters scanned.
  ['probe: a search from every line', (text) => {
    let found = 0
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (/§/.test(text.slice(at))) found++
    return found
  }]
])

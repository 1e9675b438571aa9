// Plain names for what each rule finds, for the Sourcing view, the status bar and the commands: a
// reporter reads "2 unsourced claims", not "unattributed-claim: 2". The rule id stays the
// diagnostic's code, and is what these are looked up by.

const names: Record<string, [one: string, many: string]> = {
  'anonymous-source': ['anonymous source with no reason given', 'anonymous sources with no reason given'],
  'dangling-evidence': ['broken evidence note', 'broken evidence notes'],
  'loaded-attribution-verb': ['loaded verb of attribution', 'loaded verbs of attribution'],
  'missing-evidence': ['figure or document with no evidence note', 'figures or documents with no evidence note'],
  'unattributed-claim': ['unsourced claim', 'unsourced claims'],
  'unnamed-speaker': ['quote with no named speaker', 'quotes with no named speaker'],
  'vague-attribution': ['vague attribution', 'vague attributions'],
  'accepted-finding': ['accepted finding to look at', 'accepted findings to look at'],
  configuration: ['configuration problem', 'configuration problems'],
  engine: ['part not checked', 'parts not checked']
}

/** "unsourced claims" for 2, "unsourced claim" for 1; an unknown id as itself. */
export function ruleCount(ruleId: string, count: number): string {
  const name = names[ruleId]
  if (!name) return ruleId
  return count === 1 ? name[0] : name[1]
}

/** The rule's plain name, capitalised: "Unsourced claim". */
export function ruleName(ruleId: string): string {
  const one = names[ruleId]?.[0] ?? ruleId
  return one[0].toUpperCase() + one.slice(1)
}

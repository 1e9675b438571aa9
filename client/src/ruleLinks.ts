// The server leaves out of each finding's diagnostic what is the same for every finding of a rule:
// the `source` and the link to the rule's page (`codeDescription`). At 100,000 words that was 1.1 MB
// of the 2.4 MB of JSON sent, and read, on every keystroke. The server sends them once, in its
// initialize result (`capabilities.experimental.ruleLinks`), when the client asks for compact
// diagnostics; they are filled in here before VS Code sees the diagnostics, so the Problems view,
// the status bar (which counts by `source`) and code actions read what they always did.
// No `vscode` import: the caller says how a page's address becomes a link target.

export interface RuleLinks {
  source: string
  pages: Record<string, string>
}

/** The server's `ruleLinks`, or undefined when it sent none (or not in this shape). */
export function readRuleLinks(experimental: unknown): RuleLinks | undefined {
  const links = (experimental as {ruleLinks?: unknown} | null | undefined)?.ruleLinks as Partial<RuleLinks> | null | undefined
  if (!links || typeof links.source !== 'string' || !links.pages || typeof links.pages !== 'object') return undefined
  return {source: links.source, pages: links.pages}
}

interface Fillable<Target> {
  source?: string
  code?: string | number | {value: string | number; target: Target}
}

/**
 * Fills in, in place, the source and rule link of each diagnostic that has no source and a rule's
 * code; every other diagnostic (a configuration problem, another server's) is left as it is. Each
 * rule's link target is made once, not once per diagnostic.
 */
export function ruleLinkFiller<Target>(links: RuleLinks, target: (href: string) => Target): (diagnostics: Array<Fillable<Target>>) => void {
  const targets = new Map<string, Target>()
  return (diagnostics) => {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== undefined || typeof diagnostic.code !== 'string') continue
      const href = links.pages[diagnostic.code]
      if (href === undefined) continue
      let linked = targets.get(diagnostic.code)
      if (linked === undefined) targets.set(diagnostic.code, (linked = target(href)))
      diagnostic.source = links.source
      diagnostic.code = {value: diagnostic.code, target: linked}
    }
  }
}

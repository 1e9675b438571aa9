// What a rule wants and how to fix it, in a few lines from the rule's own page (docs/rules/<id>.md,
// shipped beside the bundles in the extension and the npm package), for the hover on a diagnostic.
// The page is the one source: its opening paragraph says what the rule flags, its "How to fix"
// section's first paragraph or first two points say what to do. Read once per rule, when first asked.

import {readFileSync} from 'node:fs'
import {join} from 'node:path'

export interface RuleHelpText {
  /** What the rule flags: the page's opening paragraph. */
  wants: string
  /** How to fix it: the start of the page's "How to fix" section. */
  fix: string
}

/** Relative links of the page mean nothing in a hover: their text stays, the target goes. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1').replace(/\s*\n\s*/g, ' ').trim()
}

/** The blocks of a section's markdown: paragraphs, and list items one by one. */
function blocks(section: string): string[] {
  const found: string[] = []
  for (const paragraph of section.split(/\n\s*\n/)) {
    if (/^\s*[-*] /.test(paragraph)) {
      for (const item of paragraph.split(/\n(?=\s*[-*] )/)) if (item.trim() !== '') found.push(`- ${plain(item.replace(/^\s*[-*] /, ''))}`)
    }
    else if (paragraph.trim() !== '' && !/^\s*(#|```|\|)/.test(paragraph)) found.push(plain(paragraph))
  }
  return found
}

export function helpFromPage(page: string): RuleHelpText | undefined {
  const sections = page.split(/^## /m)
  const wants = blocks(sections[0].replace(/^# .*$/m, ''))[0]
  const howTo = sections.find((section) => /^How to fix\b/.test(section))
  if (!wants || !howTo) return undefined
  const steps = blocks(howTo.replace(/^.*\n/, ''))
  // A lead-in ending in a colon goes with the points it introduces.
  const fix = steps[0]?.startsWith('- ') ? steps.slice(0, 2) : steps[0]?.endsWith(':') ? steps.slice(0, 3) : steps.slice(0, 1)
  return {wants, fix: fix.join('\n')}
}

export class RuleHelp {
  private readonly pages = new Map<string, RuleHelpText | undefined>()

  /** `folder`: where the rule pages are (docs/rules); none, no help. */
  constructor(private readonly folder: string | undefined) {}

  get(ruleId: string): RuleHelpText | undefined {
    if (!this.folder || !/^[a-z-]+$/.test(ruleId)) return undefined
    if (!this.pages.has(ruleId)) {
      let help: RuleHelpText | undefined
      try {
        help = helpFromPage(readFileSync(join(this.folder, `${ruleId}.md`), 'utf8'))
      } catch {
        // No page for this id (the engine's own notices): the diagnostic's message stands alone.
      }
      this.pages.set(ruleId, help)
    }
    return this.pages.get(ruleId)
  }
}

// Each rule's plain name, for titles and tooltips ("Unnamed speaker"); the id stays the diagnostic's
// code. A module of its own so the VS Code client can show the names without bundling the rules.

import type {RuleId} from '../types.ts'

export const ruleNames: Record<RuleId, string> = {
  'anonymous-source': 'Anonymous source',
  'dangling-evidence': 'Dangling evidence note',
  'loaded-attribution-verb': 'Loaded attribution verb',
  'missing-evidence': 'Missing evidence note',
  'unattributed-claim': 'Unattributed claim',
  'unnamed-speaker': 'Unnamed speaker',
  'vague-attribution': 'Vague attribution'
}

/** The plain name of a rule id, or the id itself for anything else (the engine's own findings). */
export function ruleName(id: string): string {
  return (ruleNames as Record<string, string>)[id] ?? id
}

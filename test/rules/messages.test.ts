// Every rule's messages: one plain sentence that quotes what was found and fits the Problems view
// (about 90 characters with the longest quote a message keeps), with no markup syntax; how to fix a
// finding is the hover's and the docs' (meta.docs.howToFix).

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {rules} from '../../server/src/engine/index.ts'
import {formatMessage, maxQuoted} from '../../server/src/engine/rules/rule.ts'
import {lint} from '../../server/src/engine/index.ts'

const longest = 'x'.repeat(maxQuoted + 20)
const markup = /\{>>|<<\}|\[\^|\*\*|`|\]\(/

for (const {meta} of rules) {
  test(`${meta.id}: every message is one plain sentence of about 90 characters at most`, () => {
    for (const [id, template] of Object.entries(meta.messages)) {
      const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])
      // A few placeholders are short words (a pronoun, a claim's category, "said"); the rest may be as long as a message keeps.
      const short: Record<string, string> = {category: 'claim of intent', neutral: 'says', ...(id === 'referring' ? {speaker: 'they'} : {})}
      const message = formatMessage(template, Object.fromEntries(names.map((name) => [name, short[name] ?? longest])))
      assert.ok(message.length <= 92, `${id}: ${message.length} characters: ${message}`)
      assert.doesNotMatch(message, markup, `${id} has no markup`)
      assert.match(message, /^[“"A-Z][^]*[.”]$/, `${id} is a sentence`)
      assert.equal(message.split(/[.!?]\s/).length, 1, `${id} is one sentence`)
    }
    assert.ok(meta.docs.howToFix.length > 20, 'says how to fix a finding')
    assert.ok(meta.name.length > 0 && meta.name !== meta.id, 'has a plain name')
  })
}

test('a long description is cut with an ellipsis where the message quotes it', () => {
  const {findings} = lint('“We will not reopen the bridge,” an official at the regional water authority for the northern valley said.', {format: 'markdown'})
  const [unnamed] = findings.filter((finding) => finding.ruleId === 'unnamed-speaker')
  assert.match(unnamed.message, /^The quote's speaker, “[^”]{30,40}…”, is not named\.$/)
})

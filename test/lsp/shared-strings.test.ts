// The pool that gives findings from the worker one string per rule id, severity and rule page:
// the findings read the same after it, whatever their rules.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../../server/src/engine/index.ts'
import {RuleStrings} from '../../server/src/lsp/shared-strings.ts'

const draft = [
  'Critics say the plan failed. The council spent $4 million on it.',
  '',
  '“We were never asked,” a resident said.',
  '',
  'Mayor Ana Ruiz claimed the cut was fair, sources close to the talks said.'
].join('\n')

test('sharing the rule strings leaves every finding as it was', () => {
  const findings = lint(draft).findings
  // As the worker's findings arrive: copies, with strings of their own.
  const arrived = structuredClone(findings)
  const pool = new RuleStrings()
  pool.share(arrived)
  pool.share(structuredClone(findings))
  assert.ok(new Set(findings.map((finding) => finding.ruleId)).size >= 3, 'the draft has findings of several rules')
  assert.deepEqual(arrived, findings)
})

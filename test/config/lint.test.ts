// A configuration found on disk changes what the engine reports: the loader and `lint` agree.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {test} from 'node:test'
import {configurationFor} from '../../server/src/config/index.ts'
import {lint} from '../../server/src/engine/index.ts'
import {tree} from './helpers.ts'

/** `rule: covered text` for each finding, linting `text` as the draft at `path`. */
function findings(text: string, path: string, options: Parameters<typeof configurationFor>[1] = {}): string[] {
  const {configuration, problems} = configurationFor(path, options)
  assert.deepEqual(problems, [])
  return lint(text, {path, configuration}).findings.map((finding) => `${finding.ruleId}: ${text.slice(finding.start.offset, finding.end.offset)}`)
}

test('a claimMarkers phrase makes a sentence a claim that needs a source', (t) => {
  const text = 'The mayor is tipped to resign next week.\n'
  const root = tree(t, {'desk/.attributionlintrc.json': {words: {claimMarkers: ['is tipped to']}}})
  assert.deepEqual(findings(text, join(root, 'story.md')), [])
  assert.deepEqual(findings(text, join(root, 'desk', 'story.md')), ['unattributed-claim: is tipped to'])
})

test('a namedSources entry stops a description being treated as anonymous or vague', (t) => {
  const text = 'A senior insider said the plant would close.\n\nAnalysts said the port would reopen.\n'
  // One word each: a longer entry has to match the whole phrase, determiner included ("a senior insider").
  const root = tree(t, {'desk/.attributionlintrc': {words: {namedSources: ['insider', 'analysts']}}})
  assert.deepEqual(findings(text, join(root, 'story.md')), ['anonymous-source: A senior insider', 'vague-attribution: Analysts said'])
  assert.deepEqual(findings(text, join(root, 'desk', 'story.md')), [])
})

test('a vagueSources entry makes a crowd vague', (t) => {
  const text = 'Bloggers say the port will close.\n'
  const root = tree(t, {'package.json': {name: 'drafts', attributionLint: {words: {vagueSources: ['bloggers']}}}})
  assert.deepEqual(findings(text, join(root, 'story.md')), ['vague-attribution: Bloggers say'])
  assert.deepEqual(findings(text, join(root, 'story.md'), {noConfig: true}), [])
})

test('rule settings turn rules off and change severities', (t) => {
  const text = 'Critics say the plan will fail.\n'
  const root = tree(t, {
    'quiet/.attributionlintrc.json': {rules: {'vague-attribution': 'off', 'unattributed-claim': 'off'}},
    'strict/.attributionlintrc.json': {rules: {'vague-attribution': ['error', {}]}}
  })
  const severityIn = (folder: string) => {
    const path = join(root, folder, 'story.md')
    return lint(text, {path, configuration: configurationFor(path).configuration}).findings.find((finding) => finding.ruleId === 'vague-attribution')?.severity
  }
  assert.equal(severityIn('.'), 'warning')
  assert.equal(severityIn('quiet'), undefined)
  assert.equal(severityIn('strict'), 'error')
})

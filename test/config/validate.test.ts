// Checking a parsed configuration (a file's, or VS Code settings) and merging layers.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {mergeConfigurations, validateConfiguration} from '../../server/src/config/index.ts'

test('a valid configuration passes unchanged, in both setting forms', () => {
  const value = {
    $schema: './schema.json',
    rules: {'vague-attribution': 'off', 'missing-evidence': ['error'], 'unnamed-speaker': ['info', {}]},
    words: {cues: ['testify'], claimMarkers: ['is tipped to']}
  }
  assert.deepEqual(validateConfiguration(value, 'settings'), {
    value: {rules: value.rules, words: value.words},
    problems: []
  })
})

test('every message names its origin and is one line', () => {
  const {problems} = validateConfiguration({rules: {nope: 'off', 'vague-attribution': 'loud'}, words: {cues: 'testify'}, colour: 'red'}, 'VS Code settings')
  assert.equal(problems.length, 4)
  for (const problem of problems) {
    assert.ok(problem.message.startsWith('VS Code settings: '), problem.message)
    assert.doesNotMatch(problem.message, /\n/)
  }
})

for (const [name, value, pattern] of [
  ['not an object', ['rules'], /the configuration is an array, not an object/],
  ['an unknown top-level key', {rulez: {}}, /unknown key "rulez" \(did you mean "rules"\?\); the valid keys are "rules", "words", "requireReason", "root" and "\$schema"/],
  ['rules given as a file to read', {rules: './rules.json'}, /"rules" is "\.\/rules\.json" \(configuration is data only and never reads other files/],
  ['a preset', {presets: ['newsroom']}, /"presets" is not supported: configuration is data only/],
  ['a plugin hidden in rule options', {rules: {'vague-attribution': ['warning', {nested: {require: 'x'}}]}}, /has the option "require": configuration is data only/],
  ['options that are not an object', {rules: {'vague-attribution': ['warning', 'strict']}}, /the second item must be an object/],
  ['too many items', {rules: {'vague-attribution': ['warning', {}, {}]}}, /has 3 items/],
  ['an empty setting', {rules: {'vague-attribution': []}}, /has the severity missing; use "off", "info", "warning" or "error"/],
  ['an unknown word list', {words: {names: ['police']}}, /unknown word list "names"; the word lists are "cues", "anonymousRoles", "vagueSources", "claimMarkers", "namedSources" and "documents"/],
  ['a word list that is not an array', {words: {namedSources: {police: true}}}, /word list "namedSources" is an object; it must be an array of strings, such as \["police"\]/],
  ['entries that are not words', {words: {cues: ['testify', 3, '  ']}}, /entries that are not words \(item 2 is 3, item 3 is " {2}"\)/],
  ['a $schema that is not text', {$schema: 7}, /"\$schema" is 7/]
] as const) {
  test(`problem: ${name}`, () => {
    const {problems} = validateConfiguration(value, 'config')
    assert.equal(problems.length, 1, problems.map((problem) => problem.message).join('\n'))
    assert.match(problems[0].message, pattern)
  })
}

test('the usable parts of a flawed configuration are kept', () => {
  const {value} = validateConfiguration({rules: {'vague-attribution': 'off', bogus: 'off', 'unnamed-speaker': ['error', 'x']}, words: {cues: ['testify', 5], bogus: []}}, 'config')
  assert.deepEqual(value, {rules: {'vague-attribution': 'off', 'unnamed-speaker': ['error']}, words: {cues: ['testify']}})
})

test('options that are not plain data (from code, not JSON) are refused', () => {
  const {value, problems} = validateConfiguration({rules: {'vague-attribution': ['warning', {check: () => true}]}}, 'settings')
  assert.deepEqual(value, {rules: {'vague-attribution': ['warning']}})
  assert.match(problems[0].message, /not plain data/)
})

test('a "__proto__" key in JSON does not reach any prototype', () => {
  const {value} = validateConfiguration(JSON.parse('{"rules": {"__proto__": "off"}, "words": {"__proto__": ["x"]}}'), 'config')
  assert.deepEqual(value, {rules: {}, words: {}})
  assert.equal(Object.getPrototypeOf(value.rules), Object.prototype)
})

test('merging: later layers win rule by rule, word lists are concatenated', () => {
  const merged = mergeConfigurations(
    {rules: {'vague-attribution': 'off', 'unnamed-speaker': ['error', {a: 1}]}, words: {cues: ['testify'], documents: ['dossier']}},
    undefined,
    {rules: {'unnamed-speaker': 'info'}, words: {cues: ['brief', 'testify']}}
  )
  assert.deepEqual(merged, {
    rules: {'vague-attribution': 'off', 'unnamed-speaker': 'info'},
    words: {cues: ['testify', 'brief'], documents: ['dossier']}
  })
})

test('merging nothing gives the defaults, and the result shares nothing with its layers', () => {
  assert.deepEqual(mergeConfigurations(), {rules: {}, words: {}})
  const layer = {rules: {'unnamed-speaker': ['error', {a: 1}]} as const, words: {cues: ['testify']}}
  const merged = mergeConfigurations(layer as never)
  ;(merged.words.cues as string[]).push('brief')
  ;((merged.rules['unnamed-speaker'] as unknown[])[1] as Record<string, number>).a = 2
  assert.deepEqual(layer.words.cues, ['testify'])
  assert.equal(layer.rules['unnamed-speaker'][1].a, 1)
})

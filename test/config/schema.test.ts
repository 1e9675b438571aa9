// The JSON Schema editors use for config files agrees with the engine's rule ids and with the
// loader's own validation, and the example configurations pass both.

import Ajv from 'ajv'
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {packageField, severities, validateConfiguration, wordListNames} from '../../server/src/config/index.ts'
import {ruleIds, rules} from '../../server/src/engine/index.ts'

const schemaFolder = new URL('../../schema/', import.meta.url)
const readJson = (url: URL): unknown => JSON.parse(readFileSync(fileURLToPath(url), 'utf8'))

interface Described {
  description?: string
  enum?: string[]
  properties?: Record<string, Described>
  propertyNames?: Described
  definitions?: Record<string, Described>
}

const schema = readJson(new URL('attributionlintrc.schema.json', schemaFolder)) as Described
const validate = new Ajv({allErrors: true, strict: true}).compile(schema)

test('the schema is draft-07', () => {
  assert.equal((schema as {$schema?: string}).$schema, 'http://json-schema.org/draft-07/schema#')
})

test("the schema's rule ids are the engine's", () => {
  assert.deepEqual(schema.properties?.rules.propertyNames?.enum, [...ruleIds])
  assert.deepEqual(Object.keys(schema.properties?.rules.properties ?? {}), [...ruleIds])
})

test("the schema's severities and word lists are the loader's", () => {
  assert.deepEqual(schema.definitions?.severity.enum, [...severities])
  assert.deepEqual(Object.keys(schema.properties?.words.properties ?? {}), wordListNames)
})

test('every property has a description, and each rule says its real default', () => {
  const walk = (node: Described, path: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      assert.ok(child.description && child.description.length > 10, `${path}.${key} has a description`)
      walk(child, `${path}.${key}`)
    }
  }
  walk(schema, '')
  for (const {meta: rule} of rules) {
    assert.match(schema.properties?.rules.properties?.[rule.id].description ?? '', new RegExp(`Default: ${rule.defaultSeverity}\\.$`), rule.id)
  }
})

const examples = readdirSync(fileURLToPath(new URL('examples/', schemaFolder))).filter((name) => name.endsWith('.json'))

test('there are example configurations', () => {
  assert.ok(examples.length >= 3, examples.join(', '))
})

for (const name of examples) {
  test(`example ${name} passes the schema and the loader`, () => {
    let value = readJson(new URL(`examples/${name}`, schemaFolder))
    if (name.startsWith('package')) value = (value as Record<string, unknown>)[packageField]
    assert.ok(validate(value), JSON.stringify(validate.errors))
    assert.deepEqual(validateConfiguration(value, name).problems, [])
  })
}

// The schema and the loader must agree: what one refuses, the other refuses too.
const good: unknown[] = [
  {},
  {$schema: './x.json'},
  {root: true},
  {root: false, rules: {}},
  {rules: {}},
  {rules: {'vague-attribution': 'off', 'unnamed-speaker': ['error'], 'missing-evidence': ['info', {}]}},
  {words: {cues: ['testify'], anonymousRoles: [], vagueSources: ['pundits'], claimMarkers: ['is tipped to'], namedSources: ['police'], documents: ['dossier']}}
]
const bad: unknown[] = [
  [],
  'rules',
  {plugins: ['x']},
  {extends: 'x'},
  {rulez: {}},
  {$schema: 1},
  {root: 'yes'},
  {rules: 'rules.json'},
  {rules: {'no-such-rule': 'off'}},
  {rules: {'vague-attribution': 'warn'}},
  {rules: {'vague-attribution': 1}},
  {rules: {'vague-attribution': []}},
  {rules: {'vague-attribution': ['warning', 'x']}},
  {rules: {'vague-attribution': ['warning', {}, {}]}},
  {words: []},
  {words: {names: []}},
  {words: {cues: 'testify'}},
  {words: {cues: [1]}},
  {words: {cues: ['']}}
]

for (const value of good) {
  test(`schema and loader accept ${JSON.stringify(value)}`, () => {
    assert.ok(validate(value), JSON.stringify(validate.errors))
    assert.deepEqual(validateConfiguration(value, 'config').problems, [])
  })
}

for (const value of bad) {
  test(`schema and loader refuse ${JSON.stringify(value)}`, () => {
    assert.equal(validate(value), false)
    assert.ok(validateConfiguration(value, 'config').problems.length > 0)
  })
}

// The rules section of the configuration schema and of package.json's settings are made from the
// rules' meta (`npm run generate:rules`): these fail when a file and the rules disagree, and check
// that what the files say is what the loader does.

import Ajv from 'ajv'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {validateConfiguration} from '../../server/src/config/index.ts'
import {schemaRulesSection, settingsRulesSection, withSchemaRules, withSettingsRules} from '../../server/src/config/rule-settings.ts'
import {rules} from '../../server/src/engine/index.ts'

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')
const fix = 'run `npm run generate:rules` and commit the result'

test('the schema file holds the rules section made from the rules', () => {
  const text = read('schema/attributionlintrc.schema.json')
  assert.deepEqual((JSON.parse(text) as {properties: {rules: unknown}}).properties.rules, schemaRulesSection(), fix)
  assert.equal(withSchemaRules(text), text, fix)
})

test("package.json's settings hold the rules section made from the rules", () => {
  const text = read('package.json')
  const manifest = JSON.parse(text) as {contributes: {configuration: {properties: Record<string, unknown>}}}
  assert.deepEqual(manifest.contributes.configuration.properties['attributionLint.rules'], settingsRulesSection(), fix)
  assert.equal(withSettingsRules(text), text, fix)
})

test('every rule says each of its default, summary and options in both places', () => {
  const schema = schemaRulesSection() as {properties: Record<string, {description: string}>}
  const settings = settingsRulesSection() as {properties: Record<string, {description: string}>}
  for (const {meta} of rules) {
    for (const section of [schema, settings]) {
      assert.equal(section.properties[meta.id].description, `${meta.docs.summary} Default: ${meta.defaultSeverity}.`)
    }
  }
  assert.deepEqual(Object.keys(settings.properties), rules.map((rule) => rule.meta.id))
})

// A rule with no options refuses any: the schema, the settings and the loader agree.
const settingsSchema = {type: 'object', ...settingsRulesSection()}
const validateSettings = new Ajv({allErrors: true, strict: false}).compile(settingsSchema)
const validateFile = new Ajv({allErrors: true, strict: true}).compile(JSON.parse(read('schema/attributionlintrc.schema.json')) as object)

test('an unknown option is refused by the schema, the settings and the loader, with one clear line', () => {
  const rulesValue = {'vague-attribution': ['warning', {maxWords: 3}]}
  assert.equal(validateFile({rules: rulesValue}), false)
  assert.equal(validateSettings(rulesValue), false)
  const {value, problems} = validateConfiguration({rules: rulesValue}, 'config')
  assert.deepEqual(problems.map((problem) => problem.message), ['config: rule "vague-attribution" has the unknown option "maxWords"; it takes no options. The options were ignored.'])
  assert.deepEqual(value.rules, {'vague-attribution': ['warning']})
})

test('empty options are accepted everywhere', () => {
  const rulesValue = {'vague-attribution': ['warning', {}]}
  assert.ok(validateFile({rules: rulesValue}))
  assert.ok(validateSettings(rulesValue))
  assert.deepEqual(validateConfiguration({rules: rulesValue}, 'config').problems, [])
})

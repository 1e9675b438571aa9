// The rules section of the configuration's JSON Schema and of VS Code's settings (package.json's
// `contributes`), made from the rules' meta: one source for the ids, summaries, default severities
// and options, instead of the same block by hand seven times in two files. `npm run generate:rules`
// writes them; a test fails when a file and the rules disagree.

import {rules, type OptionsSchema} from '../engine/rules/index.ts'
import {ruleIds} from '../engine/types.ts'
import {severities} from './names.ts'

type Json = Record<string, unknown>

/** What each rule's properties say about it: its summary and its default. */
function describeRule(summary: string, defaultSeverity: string): string {
  return `${summary} Default: ${defaultSeverity}.`
}

/** A setting: a severity, `[severity]` or `[severity, options]`, with `severity` and `options` as given. */
function settingOf(severity: Json, options: OptionsSchema): Json[] {
  return [
    severity,
    {type: 'array', minItems: 1, maxItems: 1, items: [severity]},
    {type: 'array', minItems: 2, maxItems: 2, items: [severity, {description: 'Options for the rule, as plain data.', ...options}]}
  ]
}

/** `properties.rules` of schema/attributionlintrc.schema.json: rules by id, sorted. */
export function schemaRulesSection(): Json {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule.meta]))
  return {
    description: 'Rules to turn off or give another severity. A rule left out keeps its default severity.',
    type: 'object',
    propertyNames: {enum: [...ruleIds]},
    properties: Object.fromEntries(
      ruleIds.map((id) => {
        const meta = byId.get(id)!
        return [id, {description: describeRule(meta.docs.summary, meta.defaultSeverity), anyOf: settingOf({$ref: '#/definitions/severity'}, meta.schema)}]
      })
    )
  }
}

const severityDescriptions: Record<(typeof severities)[number], string> = {
  off: 'Do not run the rule.',
  info: 'Report as information (blue).',
  warning: 'Report as a warning (yellow).',
  error: 'Report as an error (red).'
}

/** `attributionLint.rules` of package.json's `contributes.configuration`: rules in the contract's order. */
export function settingsRulesSection(): Json {
  const severity = {type: 'string', enum: [...severities], enumDescriptions: severities.map((level) => severityDescriptions[level])}
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    additionalProperties: false,
    markdownDescription: "Turn rules off or change their severity. A rule set here wins over `.attributionlintrc.json`; rules left out keep the file's setting or their default.",
    properties: Object.fromEntries(rules.map(({meta}) => [meta.id, {anyOf: settingOf(severity, meta.schema), description: describeRule(meta.docs.summary, meta.defaultSeverity)}]))
  }
}

/** The schema file's text with its rules section made from the rules. */
export function withSchemaRules(schemaText: string): string {
  const schema = JSON.parse(schemaText) as {properties: Json; definitions: Json}
  schema.properties.rules = schemaRulesSection()
  // Each rule's setting is spelled out with its own options, so the shared one is gone.
  delete schema.definitions.ruleSetting
  return JSON.stringify(schema, null, 2) + '\n'
}

/** package.json's text with its rules setting made from the rules. */
export function withSettingsRules(packageText: string): string {
  const manifest = JSON.parse(packageText) as {contributes: {configuration: {properties: Json}}}
  manifest.contributes.configuration.properties['attributionLint.rules'] = settingsRulesSection()
  return JSON.stringify(manifest, null, 2) + '\n'
}

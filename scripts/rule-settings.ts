// Writes the rules section of schema/attributionlintrc.schema.json and of package.json's settings
// from the rules' meta (server/src/config/rule-settings.ts). Run after changing a rule's summary,
// default severity or options: `npm run generate:rules`.

import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {withSchemaRules, withSettingsRules} from '../server/src/config/rule-settings.ts'

const files = [
  {url: new URL('../schema/attributionlintrc.schema.json', import.meta.url), make: withSchemaRules},
  {url: new URL('../package.json', import.meta.url), make: withSettingsRules}
]

for (const {url, make} of files) {
  const path = fileURLToPath(url)
  const before = readFileSync(path, 'utf8')
  const after = make(before)
  if (after === before) continue
  writeFileSync(path, after)
  console.log(`wrote ${path.slice(path.lastIndexOf('/') + 1)}`)
}

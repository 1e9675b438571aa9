// Finding a draft's configuration: upward from its folder, nearest folder wins, three file kinds in
// a fixed order, overrides, and every broken file reported rather than thrown.

import assert from 'node:assert/strict'
import {chmodSync, existsSync, rmSync, symlinkSync} from 'node:fs'
import {devNull} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {configurationFor} from '../../server/src/config/index.ts'
import {ruleIds} from '../../server/src/engine/types.ts'
import {tree, write} from './helpers.ts'

const defaults = {rules: {}, words: {}}

test('a config file in a parent folder applies to drafts below it', (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-attribution': 'off'}}})
  const loaded = configurationFor(join(root, 'desk', 'metro', 'story.md'))
  assert.deepEqual(loaded.files, [join(root, '.attributionlintrc.json')])
  assert.deepEqual(loaded.problems, [])
  assert.deepEqual(loaded.configuration, {rules: {'vague-attribution': 'off'}, words: {}})
})

test('the nearest folder with a config file wins, and files further up are not merged in', (t) => {
  const root = tree(t, {
    '.attributionlintrc.json': {rules: {'vague-attribution': 'off'}, words: {cues: ['testify']}},
    'desk/.attributionlintrc.json': {rules: {'missing-evidence': 'error'}}
  })
  const loaded = configurationFor(join(root, 'desk', 'story.md'))
  assert.deepEqual(loaded.files, [join(root, 'desk', '.attributionlintrc.json')])
  assert.deepEqual(loaded.configuration, {rules: {'missing-evidence': 'error'}, words: {}})
})

test('in one folder, .attributionlintrc.json wins over .attributionlintrc, which wins over package.json', (t) => {
  const root = tree(t, {
    '.attributionlintrc.json': {rules: {'anonymous-source': 'error'}},
    '.attributionlintrc': {rules: {'anonymous-source': 'warning'}},
    'package.json': {name: 'drafts', attributionLint: {rules: {'anonymous-source': 'off'}}}
  })
  const draft = join(root, 'story.md')
  const severity = () => configurationFor(draft).configuration.rules['anonymous-source']

  assert.equal(severity(), 'error')
  rmSync(join(root, '.attributionlintrc.json'))
  assert.equal(severity(), 'warning')
  assert.deepEqual(configurationFor(draft).files, [join(root, '.attributionlintrc')])
  rmSync(join(root, '.attributionlintrc'))
  assert.equal(severity(), 'off')
  assert.deepEqual(configurationFor(draft).files, [join(root, 'package.json')])
})

test('the attributionLint key of package.json is a configuration', (t) => {
  const root = tree(t, {'package.json': {name: 'drafts', attributionLint: {rules: {'unnamed-speaker': 'error'}, words: {namedSources: ['police']}}}})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration, {rules: {'unnamed-speaker': 'error'}, words: {namedSources: ['police']}})
  assert.deepEqual(loaded.problems, [])
})

test('a package.json without the key is not a configuration: the search goes on upward', (t) => {
  const root = tree(t, {
    '.attributionlintrc.json': {rules: {'dangling-evidence': 'warning'}},
    'site/package.json': {name: 'site', scripts: {build: 'make'}},
    // Broken, but never mentions us: someone else's problem.
    'site/blog/package.json': '{"name": "blog",'
  })
  const loaded = configurationFor(join(root, 'site', 'blog', 'story.md'))
  assert.deepEqual(loaded.files, [join(root, '.attributionlintrc.json')])
  assert.deepEqual(loaded.problems, [])
})

test('a broken package.json that mentions attributionLint is reported', (t) => {
  const root = tree(t, {'package.json': '{\n  "attributionLint": {"rules": {}\n}\n'})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.equal(loaded.problems.length, 1)
  assert.equal(loaded.problems[0].file, join(root, 'package.json'))
  assert.equal(loaded.problems[0].line, 4)
})

test('comments and trailing commas are allowed, as in VS Code settings', (t) => {
  const root = tree(t, {'.attributionlintrc.json': '{\n  // this desk turns vague attribution off\n  "rules": {\n    /* for now */ "vague-attribution": "off",\n  },\n  "words": {"cues": ["testify",],},\n}\n'})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.problems, [])
  assert.deepEqual(loaded.configuration.rules, {'vague-attribution': 'off'})
  assert.deepEqual(loaded.configuration.words.cues, ['testify'])
})

test('malformed JSON is one problem with the line and column of the error, and defaults are used', (t) => {
  const root = tree(t, {'.attributionlintrc.json': '{\n  "rules": {\n    "vague-attribution" "off"\n  }\n}\n'})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration, defaults)
  assert.deepEqual(loaded.files, [join(root, '.attributionlintrc.json')])
  assert.equal(loaded.problems.length, 1)
  const [problem] = loaded.problems
  assert.equal(problem.file, join(root, '.attributionlintrc.json'))
  assert.deepEqual([problem.line, problem.column], [3, 25])
  assert.match(problem.message, /\.attributionlintrc\.json:3:25: this is not valid JSON \(a colon was expected after the key\)/)
  assert.doesNotMatch(problem.message, /\n/)
})

test('a value left out is located at the character after the colon', (t) => {
  const root = tree(t, {'.attributionlintrc': '{\n  "rules": {\n    "vague-attribution": }\n}\n'})
  const [problem] = configurationFor(join(root, 'story.md')).problems
  assert.deepEqual([problem.line, problem.column], [3, 26])
  assert.match(problem.message, /a value was expected/)
})

test('single quotes, bare words, unclosed comments and truncated files are located too', (t) => {
  for (const [text, line, column, hint] of [
    ["{'rules': {}}", 1, 2, /double quotes/],
    ['{rules: {}}', 1, 2, /double quotes/],
    ['{\n  /* newsroom settings\n  "rules": {}\n}', 2, 3, /comment is never closed/],
    ['{"rules": {"vague-attribution": "off"', 1, 38, /closing \} was expected/],
    ['{"rules": {}} {}', 1, 15, /more text after the end/]
  ] as const) {
    const root = tree(t, {'.attributionlintrc.json': text})
    const [problem] = configurationFor(join(root, 'story.md')).problems
    assert.deepEqual([problem.line, problem.column], [line, column], text)
    assert.match(problem.message, hint, text)
  }
})

test('an unknown rule id is a problem that lists the valid ids; the rest of the file still applies', (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-atribution': 'off', 'missing-evidence': 'error'}}})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration.rules, {'missing-evidence': 'error'})
  assert.equal(loaded.problems.length, 1)
  const [problem] = loaded.problems
  assert.match(problem.message, /unknown rule "vague-atribution" \(did you mean "vague-attribution"\?\)/)
  for (const id of ruleIds) assert.ok(problem.message.includes(`"${id}"`), `lists ${id}`)
  assert.equal(problem.file, join(root, '.attributionlintrc.json'))
})

test('plugins, extends and require are refused, and nothing they name is loaded', (t) => {
  const root = tree(t, {'evil.js': "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'yes')\n"})
  write(root, '.attributionlintrc.json', {plugins: ['./evil.js'], extends: './evil.js', require: ['./evil.js'], rules: {'vague-attribution': 'off'}})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.equal(existsSync(join(root, 'ran')), false)
  assert.deepEqual(loaded.configuration.rules, {'vague-attribution': 'off'})
  assert.deepEqual(
    loaded.problems.map((problem) => /"(\w+)" is not supported: configuration is data only/.exec(problem.message)?.[1]),
    ['plugins', 'extends', 'require']
  )
})

test('a bad severity lists the valid values', (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-attribution': 'warn', 'unnamed-speaker': 2}}})
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration.rules, {})
  assert.equal(loaded.problems.length, 2)
  assert.match(loaded.problems[0].message, /"warn" \(did you mean "warning"\?\); use "off", "info", "warning" or "error", or \["warning", \{options\}\]/)
  assert.match(loaded.problems[1].message, /rule "unnamed-speaker" has the severity 2; use "off", "info", "warning" or "error"/)
})

test('configFile replaces the search, wherever the draft is', (t) => {
  const root = tree(t, {
    'desk/.attributionlintrc.json': {rules: {'vague-attribution': 'off'}},
    'shared/newsroom.json': {rules: {'vague-attribution': 'error'}},
    'shared/package.json': {attributionLint: {rules: {'anonymous-source': 'off'}}}
  })
  const draft = join(root, 'desk', 'story.md')
  const loaded = configurationFor(draft, {configFile: join(root, 'shared', 'newsroom.json')})
  assert.deepEqual(loaded.configuration.rules, {'vague-attribution': 'error'})
  assert.deepEqual(loaded.files, [join(root, 'shared', 'newsroom.json')])

  assert.deepEqual(configurationFor(draft, {configFile: join(root, 'shared', 'package.json')}).configuration.rules, {'anonymous-source': 'off'})

  const missing = configurationFor(draft, {configFile: join(root, 'shared', 'nope.json')})
  assert.deepEqual(missing.configuration, defaults)
  assert.match(missing.problems[0].message, /no configuration file here; check the path/)
})

test('noConfig uses the defaults and reads no file; a configFile given with it is still read', (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-attribution': 'off'}}, 'other.json': {rules: {'unnamed-speaker': 'off'}}})
  assert.deepEqual(configurationFor(join(root, 'story.md'), {noConfig: true}), {configuration: defaults, files: [], problems: []})
  assert.deepEqual(configurationFor(join(root, 'story.md'), {noConfig: true, configFile: join(root, 'other.json')}).configuration.rules, {'unnamed-speaker': 'off'})
})

test('with no config file anywhere up to the root, the defaults apply', (t) => {
  const root = tree(t)
  const loaded = configurationFor(join(root, 'story.md'))
  assert.ok(!loaded.files.some((file) => file.startsWith(root)))
})

test('an empty config file (just created) means no settings and no problem', (t) => {
  const root = tree(t, {'.attributionlintrc.json': '', '.attributionlintrc': {rules: {'vague-attribution': 'off'}}})
  assert.deepEqual(configurationFor(join(root, 'story.md')), {configuration: defaults, files: [join(root, '.attributionlintrc.json')], folder: root, problems: []})
})

test('a byte-order mark before the JSON is fine', (t) => {
  const root = tree(t, {'.attributionlintrc.json': '\uFEFF{"rules": {"vague-attribution": "off"}}'})
  assert.deepEqual(configurationFor(join(root, 'story.md')).problems, [])
})

test('a cache shares lookups between drafts until it is emptied, and callers get their own copies', (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-attribution': 'off'}}})
  const cache = new Map<string, unknown>()
  const first = configurationFor(join(root, 'a', 'story.md'), {cache})
  first.configuration.rules['vague-attribution'] = 'error'
  write(root, '.attributionlintrc.json', {rules: {'vague-attribution': 'info'}})
  // Served from the cache: the file was not read again, and the first caller's edit did not leak in.
  assert.equal(configurationFor(join(root, 'b', 'story.md'), {cache}).configuration.rules['vague-attribution'], 'off')
  cache.clear()
  assert.equal(configurationFor(join(root, 'b', 'story.md'), {cache}).configuration.rules['vague-attribution'], 'info')
})

test('a config file that cannot be read is a problem, and the defaults are used', {skip: process.platform === 'win32' || process.getuid?.() === 0 ? 'permissions are not enforced here' : false}, (t) => {
  const root = tree(t, {'.attributionlintrc.json': {rules: {'vague-attribution': 'off'}}, '.attributionlintrc': {rules: {'unnamed-speaker': 'off'}}})
  chmodSync(join(root, '.attributionlintrc.json'), 0o000)
  t.after(() => chmodSync(join(root, '.attributionlintrc.json'), 0o644))
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration, defaults)
  assert.match(loaded.problems[0].message, /could not be read \(EACCES\)/)
})

test('a config file that is really a device is not read', {skip: process.platform === 'win32' ? 'no symlinks to devices' : false}, (t) => {
  const root = tree(t)
  symlinkSync(devNull, join(root, '.attributionlintrc.json'))
  const loaded = configurationFor(join(root, 'story.md'))
  assert.deepEqual(loaded.configuration, defaults)
  assert.match(loaded.problems[0].message, /not a regular file/)
})

test('a folder named like a config file is skipped', (t) => {
  const root = tree(t, {'.attributionlintrc.json/readme.txt': 'not a config', '.attributionlintrc': {rules: {'vague-attribution': 'off'}}})
  assert.deepEqual(configurationFor(join(root, 'story.md')).files, [join(root, '.attributionlintrc')])
})

test('a file too large to be a configuration is not read', (t) => {
  const root = tree(t, {'.attributionlintrc.json': `{"rules": {}, "pad": "${'x'.repeat(2 * 1024 * 1024)}"}`})
  assert.match(configurationFor(join(root, 'story.md')).problems[0].message, /too large/)
})

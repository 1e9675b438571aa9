// The npm package as a newsroom installs it: `npm pack` of a production build holds only what a user
// runs (no sources, tests or source maps), stays under 1 MB, has no runtime dependencies, installs
// from the tarball with no network, and `npx attribution-lint` runs from the install. Also: `npm
// version` bumps the one version the extension and the command share, and dates the changelog.

import assert from 'node:assert/strict'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {offlineNpm, packPackage, root} from './pack.ts'
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; dependencies?: object; repository?: {url: string}}
let work: string

before(() => {
  work = mkdtempSync(join(tmpdir(), 'attribution-lint-package-'))
})
after(() => rmSync(work, {recursive: true, force: true}))

function npm(args: string[], cwd: string) {
  return offlineNpm(args, cwd, work)
}

test('npm pack holds the bundles, the schema and the rules\' pages only, under 1 MB; it installs offline and runs', () => {
  assert.equal(packageJson.dependencies, undefined, 'no runtime dependencies: the bundles carry them')
  assert.match(packageJson.repository?.url ?? '', /^https:\/\/github\.com\//)
  const {tarball, size, files: paths} = packPackage(work)
  assert.ok(size < 1024 * 1024, `packed ${size} bytes`)
  const expected = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json', 'schema/attributionlintrc.schema.json', 'server/out/cli.js', 'server/out/server.js']
  const rulePages = paths.filter((path) => /^docs\/rules\/[\w-]+\.md$/.test(path))
  assert.ok(rulePages.includes('docs/rules/unattributed-claim.md'), 'the rules\' pages are in the package')
  // Exactly these: no sources, tests, maps, build scripts or other docs.
  assert.deepEqual(paths.filter((path) => !rulePages.includes(path)), expected)

  const newsroom = join(work, 'newsroom')
  mkdirSync(newsroom)
  writeFileSync(join(newsroom, 'package.json'), JSON.stringify({name: 'newsroom-stories', private: true}) + '\n')
  writeFileSync(join(newsroom, 'story.md'), 'The council plans to cut the library budget.\n')
  const installed = npm(['install', '--no-audit', '--no-fund', tarball], newsroom)
  assert.equal(installed.status, 0, installed.stderr)

  const version = npm(['exec', '--offline', '--', 'attribution-lint', '--version'], newsroom)
  assert.equal(version.status, 0, version.stderr)
  assert.equal(version.stdout.trim(), packageJson.version)
  const lint = npm(['exec', '--offline', '--', 'attribution-lint', '--format', 'json', 'story.md'], newsroom)
  assert.equal(lint.status, 0, lint.stderr)
  const [result] = JSON.parse(lint.stdout) as Array<{messages: Array<{ruleId: string}>}>
  assert.deepEqual(result.messages.map((message) => message.ruleId), ['unattributed-claim'])
})

test('npm version bumps the one shared version and turns [Unreleased] into a dated section', () => {
  const copy = join(work, 'version')
  mkdirSync(join(copy, 'scripts'), {recursive: true})
  for (const file of ['package.json', 'package-lock.json', 'CHANGELOG.md', 'scripts/changelog-release.mjs']) cpSync(join(root, file), join(copy, file))
  const bumped = npm(['version', 'minor', '--no-git-tag-version'], copy)
  assert.equal(bumped.status, 0, bumped.stderr)
  const [major, minor] = packageJson.version.split('.').map(Number)
  const next = `${major}.${minor + 1}.0`
  assert.equal(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).version, next)
  assert.equal(JSON.parse(readFileSync(join(copy, 'package-lock.json'), 'utf8')).version, next)
  const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8')
  assert.match(changelog, new RegExp(`^## \\[Unreleased\\]\\n\\n## \\[${next.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\n`, 'm'))
  assert.match(changelog, new RegExp(`^\\[${next.replaceAll('.', '\\.')}\\]: https://github\\.com/.*v${next.replaceAll('.', '\\.')}$`, 'm'))
  // A second release with nothing said under [Unreleased] is refused.
  const empty = npm(['version', 'patch', '--no-git-tag-version'], copy)
  assert.notEqual(empty.status, 0)
  assert.match(empty.stderr, /nothing under \[Unreleased\]/)
})

// The npm package as a newsroom installs it: `npm pack` of a production build holds only what a user
// runs (no sources, tests or source maps), stays under 1 MB, has no runtime dependencies, installs
// from the tarball with no network, and `npx attribution-lint` runs from the install. Also: `npm
// version` bumps the one version the extension and the command share, and dates the changelog.

import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; files: string[]; dependencies?: object; repository?: {url: string}}
let work: string

before(() => {
  work = mkdtempSync(join(tmpdir(), 'attribution-lint-package-'))
})
after(() => rmSync(work, {recursive: true, force: true}))

/** npm with a cache of its own and no registry to reach: whatever needs the network fails. */
function npm(args: string[], cwd: string) {
  const env = {...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false'}
  const result = spawnSync('npm', args, {cwd, env, encoding: 'utf8', timeout: 300_000})
  if (result.error) throw result.error
  return result
}

/** A copy of what the package is made from, built for production there (the checkout's bundles stay). */
function stagedPackage(): string {
  const stage = join(work, 'stage')
  mkdirSync(stage)
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'schema', 'docs/rules']) cpSync(join(root, entry), join(stage, entry), {recursive: true})
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--out', stage], {cwd: root, stdio: 'pipe'})
  return stage
}

test('npm pack holds the bundles, the schema and the rules\' pages only, under 1 MB; it installs offline and runs', () => {
  assert.equal(packageJson.dependencies, undefined, 'no runtime dependencies: the bundles carry them')
  assert.match(packageJson.repository?.url ?? '', /^https:\/\/github\.com\//)
  const stage = stagedPackage()
  const packed = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage)
  assert.equal(packed.status, 0, packed.stderr)
  const [info] = JSON.parse(packed.stdout) as Array<{filename: string; size: number; unpackedSize: number; files: Array<{path: string}>}>
  const paths = info.files.map((file) => file.path).sort()
  assert.ok(info.size < 1024 * 1024, `packed ${info.size} bytes`)
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'server/out/cli.js', 'server/out/server.js', 'schema/attributionlintrc.schema.json', 'docs/rules/unattributed-claim.md']) {
    assert.ok(paths.includes(needed), `${needed} is in the package`)
  }
  const unwanted = paths.filter((path) => /\.(ts|map)$/.test(path) || /^(test|server\/src|client|scripts|data)\//.test(path))
  assert.deepEqual(unwanted, [], 'no sources, tests, maps or build scripts')

  const newsroom = join(work, 'newsroom')
  mkdirSync(newsroom)
  writeFileSync(join(newsroom, 'package.json'), JSON.stringify({name: 'newsroom-stories', private: true}) + '\n')
  writeFileSync(join(newsroom, 'story.md'), 'The council plans to cut the library budget.\n')
  const installed = npm(['install', '--no-audit', '--no-fund', join(work, info.filename)], newsroom)
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

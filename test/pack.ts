// The package as npm would publish it, for the tests that install it: a copy of the checkout's files,
// built for production there (the checkout's bundles stay for the tests running beside), packed
// with npm. npm runs with a cache of its own and no registry to reach, so nothing is downloaded.

import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** npm in `cwd`, offline, with its cache under `work`. */
export function offlineNpm(args: string[], cwd: string, work: string, env: Record<string, string> = {}) {
  const result = spawnSync('npm', args, {cwd, env: {...process.env, ...offlineNpmEnv(work), ...env}, encoding: 'utf8', timeout: 300_000})
  if (result.error) throw result.error
  return result
}

export function offlineNpmEnv(work: string): Record<string, string> {
  return {npm_config_cache: join(work, 'npm-cache'), npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false'}
}

export interface Packed {
  /** The tarball's path. */
  tarball: string
  size: number
  files: string[]
}

/** Builds and packs the package into `work`; returns the tarball and what it holds. */
export function packPackage(work: string): Packed {
  const stage = join(work, 'stage')
  mkdirSync(stage)
  // What .npmignore must leave out is copied too (sources, tests, scripts, the other docs), so the
  // packed list shows it does.
  for (const entry of ['package.json', '.npmignore', 'README.md', 'LICENSE', 'CHANGELOG.md', 'schema', 'docs', 'scripts', 'server/src', 'test/fixtures', 'tsconfig.json']) {
    cpSync(join(root, entry), join(stage, entry), {recursive: true})
  }
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--out', stage], {cwd: root, stdio: 'pipe'})
  const packed = offlineNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage, work)
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`)
  const [info] = JSON.parse(packed.stdout) as Array<{filename: string; size: number; files: Array<{path: string}>}>
  return {tarball: join(work, info.filename), size: info.size, files: info.files.map((file) => file.path).sort()}
}

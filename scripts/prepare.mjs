// `npm install` of this repository (a checkout, or a git dependency such as pre-commit's
// `language: node` hook install) builds the bundles. npm prepares a git dependency by running
// `npm install` in its clone first; under `npm install -g` (pre-commit's way) npm 11 passes the
// global flag down, so that inner install leaves out the development dependencies and the build
// cannot find esbuild. Then they are installed here, locally, before building.

import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
try {
  require.resolve('esbuild')
} catch {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const installed = spawnSync(npm, ['install', '--global=false', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], {stdio: 'inherit', shell: process.platform === 'win32'})
  if (installed.status !== 0) process.exit(installed.status ?? 1)
}
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], {stdio: 'inherit'})
process.exit(built.status ?? 1)

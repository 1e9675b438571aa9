#!/usr/bin/env bash
# The shell steps of the GitHub Action (action.yml at the repository's root). `check` refuses a
# malformed input with one clear line before anything is installed; `lint` runs attribution-lint
# from npm (the version the action is tagged with, unless `version` names another, or the path of a
# packed tarball), prints the report in the log, and, when asked, GitHub annotations and a SARIF file
# for code scanning. The action's inputs arrive as INPUT_* environment variables.
set -euo pipefail

formats="stylish compact json markdown github rdjsonl"

fail() {
  # An error annotation on the run, and the same line in the log.
  echo "::error title=attribution-lint action::$1"
  exit 1
}

is_boolean() { [ "$1" = true ] || [ "$1" = false ]; }

check() {
  local max_warnings="${INPUT_MAX_WARNINGS:-}"
  if [ -n "$max_warnings" ] && ! [[ "$max_warnings" =~ ^[0-9]+$ ]]; then
    fail "the input max-warnings is \"$max_warnings\"; give a whole number of warnings (0 fails on any warning), or leave it out for no limit."
  fi
  local format="${INPUT_FORMAT:-stylish}"
  case " $formats " in
    *" $format "*) ;;
    *) fail "the input format is \"$format\"; use one of: ${formats// /, } (SARIF is the input sarif: true)." ;;
  esac
  is_boolean "${INPUT_SARIF:-false}" || fail "the input sarif is \"${INPUT_SARIF}\"; write true or false."
  is_boolean "${INPUT_ANNOTATIONS:-true}" || fail "the input annotations is \"${INPUT_ANNOTATIONS}\"; write true or false."
  local version="${INPUT_VERSION:-}"
  if [ -n "$version" ] && [[ "$version" != *.tgz ]] && ! [[ "$version" =~ ^[0-9A-Za-z.^~+-]+$ ]]; then
    fail "the input version is \"$version\"; give an npm version such as 0.1.0 or ^0.1, or the path of a .tgz, or leave it out."
  fi
  if [ -z "${INPUT_PATHS//[[:space:]]/}" ]; then
    fail "the input paths is empty; give the drafts' folders, files or quoted globs, such as: stories/"
  fi
}

lint() {
  check
  local spec version="${INPUT_VERSION:-}"
  if [[ "$version" == *.tgz ]]; then
    spec="$version"
  else
    [ -n "$version" ] || version="$(node -p "require(process.argv[1]).version" "$GITHUB_ACTION_PATH/package.json")"
    spec="attribution-lint@$version"
  fi
  # Paths are separated by spaces or lines; globs reach attribution-lint unexpanded.
  set -f
  local paths
  read -r -d '' -a paths <<< "${INPUT_PATHS}" || true
  set +f
  local common=()
  [ -n "${INPUT_MAX_WARNINGS:-}" ] && common+=(--max-warnings "$INPUT_MAX_WARNINGS")
  run() { npx --yes --package "$spec" -- attribution-lint "$@"; }

  local status=0
  run --format "${INPUT_FORMAT:-stylish}" "${common[@]}" "${paths[@]}" || status=$?
  # Exit 2 is bad input (already said in the log): the extra reports would say it again.
  if [ "$status" -ne 2 ]; then
    if [ "${INPUT_ANNOTATIONS:-true}" = true ] && [ "${INPUT_FORMAT:-stylish}" != github ]; then
      run --format github "${paths[@]}" 2>/dev/null || true
    fi
    if [ "${INPUT_SARIF:-false}" = true ]; then
      local sarif_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/attribution-lint.sarif"
      run --format sarif --output-file "$sarif_file" "${paths[@]}" 2>/dev/null || true
      echo "sarif-file=$sarif_file" >> "$GITHUB_OUTPUT"
    fi
  fi
  return "$status"
}

case "${1:-}" in
  check) check ;;
  lint) lint ;;
  *) echo "usage: action.sh check|lint" >&2; exit 2 ;;
esac

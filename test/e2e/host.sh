#!/bin/sh
# The "VS Code executable" that @vscode/test-electron's runTests starts on machines where desktop VS
# Code cannot be downloaded: it takes the same arguments and exits with the tests' exit code.
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" && exec node --import tsx test/e2e/host.ts "$@"

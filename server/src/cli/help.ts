// `--help`, `--version` and `--list-rules`: what a CI engineer reads before writing the workflow.

import packageJson from '../../../package.json'
import {rules} from '../engine/index.ts'
import {defaultExtensions, formatNames} from './args.ts'

export const version: string = packageJson.version

export function helpText(): string {
  return `attribution-lint ${version}: checks the sourcing of news drafts (Markdown, plain text, .draft).

Usage: attribution-lint [options] [files, folders or "globs" ...]
With no path, the current folder. Folders are searched for .${defaultExtensions.join(', .')} files;
what .gitignore and .attributionlintignore ignore is skipped, and so is node_modules.

Output
  -f, --format NAME         ${formatNames.join(' | ')} (default: stylish)
  -o, --output-file FILE    write the report to FILE instead of standard output
  --quiet                   report errors only
  --max-warnings N          exit 1 when there are more than N warnings (information never counts)
  --report sources          instead of problems, the sources each draft relies on (table, or JSON with --format json)
  --color, --no-color       force colour on or off (default: on a terminal, unless NO_COLOR is set)

Configuration
  -c, --config FILE         use this configuration file instead of searching for one
  --no-config               use no configuration file: the rules' defaults
  --rule RULE:LEVEL         set a rule to off, info, warning or error (repeatable); wins over the file
  --print-config FILE       print the configuration that applies to FILE, then exit
  --list-rules              list the rules with their default levels, then exit

Files
  --ext LIST                extensions to search folders for (default: ${defaultExtensions.join(',')})
  --ignore-pattern PATTERN  also ignore what this .gitignore-style pattern matches (repeatable)
  --no-ignore               read no ignore file and no --ignore-pattern
  --max-file-size SIZE      skip larger files with a message (default: 10MB, at most 20MB)
  --stdin                   lint standard input; --stdin-filename NAME gives its name, format,
                            configuration and ignore files
  --no-error-on-unmatched-pattern
                            a glob or folder with no draft, or no draft at all, is not an error
  --concurrency N|auto|off  lint on N threads; auto: one per core from 100 drafts (default: off)

Fixing
  --fix                     apply the safe fixes (a loaded verb becomes "said") and save the drafts
  --fix-dry-run             compute the fixes without saving; with --format json each result
                            carries the fixed draft as "output"

  -h, --help                this help;  -v, --version  the version

Exit codes
  0  no errors, and no more warnings than --max-warnings allows
  1  errors, or too many warnings
  2  a usage mistake (nothing is linted), no drafts found, or a configuration or file problem
     (every draft that could be read is still linted)

Examples
  attribution-lint stories/
  attribution-lint "stories/**/*.md" --max-warnings 0
  attribution-lint --format sarif --output-file attribution-lint.sarif .
  attribution-lint --format github stories/
  attribution-lint --rule anonymous-source:error --rule loaded-attribution-verb:off story.md
  attribution-lint --report sources story.md
  cat story.md | attribution-lint --stdin --stdin-filename stories/story.md
  attribution-lint --fix stories/
`
}

export function ruleList(color: (text: string) => string): string {
  const width = Math.max(...rules.map(({meta}) => meta.id.length))
  const levelWidth = Math.max(...rules.map(({meta}) => meta.defaultSeverity.length))
  return rules.map(({meta}) => `${meta.id.padEnd(width)}  ${color(meta.defaultSeverity.padEnd(levelWidth))}  ${meta.docs.summary}`).join('\n') + '\n'
}

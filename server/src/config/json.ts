// Parses a configuration file's text with Microsoft's jsonc-parser (the parser VS Code reads its own
// settings with): comments and trailing commas are allowed, as in settings.json. When the text is
// not valid, says where (1-based line and column, from the parser's own offset) and why, in words a
// person fixing the file can act on. Nothing here is ever evaluated.

import {parse, ParseErrorCode, type ParseError} from 'jsonc-parser'

export type JsonParse = {ok: true; value: unknown} | {ok: false; reason: string; line: number; column: number}

export function parseJson(text: string): JsonParse {
  // Editors on Windows save a byte-order mark; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const errors: ParseError[] = []
  const value: unknown = parse(body, errors, {allowTrailingComma: true, disallowComments: false, allowEmptyContent: false})
  if (errors.length === 0) return {ok: true, value}
  const [first] = errors
  const {line, column} = lineAndColumn(body, first.offset)
  return {ok: false, reason: reasons[first.error] + hintAt(body, first.offset), line, column}
}

const reasons: Record<ParseErrorCode, string> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'a number is malformed',
  [ParseErrorCode.PropertyNameExpected]: 'a key in double quotes was expected',
  [ParseErrorCode.ValueExpected]: 'a value was expected',
  [ParseErrorCode.ColonExpected]: 'a colon was expected after the key',
  [ParseErrorCode.CommaExpected]: 'a comma was expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing } was expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing ] was expected',
  [ParseErrorCode.EndOfFileExpected]: 'there is more text after the end of the configuration',
  [ParseErrorCode.InvalidCommentToken]: 'a comment is malformed',
  [ParseErrorCode.UnexpectedEndOfComment]: 'a /* comment is never closed',
  [ParseErrorCode.UnexpectedEndOfString]: 'a string is never closed',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'a number is cut short',
  [ParseErrorCode.InvalidUnicode]: 'a \\u escape is malformed',
  [ParseErrorCode.InvalidEscapeCharacter]: 'a backslash escape is not one JSON knows',
  [ParseErrorCode.InvalidCharacter]: 'a string holds a control character (a tab or a line break?)'
}

/** The usual ways a hand-written file goes wrong, recognised at the error. */
function hintAt(text: string, offset: number): string {
  const character = text[offset]
  if (character === "'") return '; JSON strings and keys take double quotes'
  if (/^[\p{L}_$]/u.test(character ?? '')) return '; keys and strings take double quotes'
  return ''
}

export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  const end = Math.min(Math.max(offset, 0), text.length)
  for (let index = 0; index < end; index++) {
    if (text[index] === '\n') {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: end - lineStart + 1}
}

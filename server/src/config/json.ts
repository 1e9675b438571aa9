// Parses JSON text, and when it is not valid says where (1-based line and column) and why, in words
// a person fixing the file can act on. Nothing here is ever evaluated: JSON.parse only.

export type JsonParse = {ok: true; value: unknown} | {ok: false; reason: string; line: number; column: number}

export function parseJson(text: string): JsonParse {
  // Editors on Windows save a byte-order mark, which JSON.parse refuses; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return {ok: true, value: JSON.parse(body)}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const offset = positionIn(message) ?? findSyntaxError(body)
    const {line, column} = lineAndColumn(body, offset)
    return {ok: false, reason: reasonOf(message) + hintAt(body, offset), line, column}
  }
}

/** The offset V8 gives ("... in JSON at position 37"), when it gives one. */
function positionIn(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message)
  return match ? Number(match[1]) : undefined
}

/** V8's message without the position and the copy of the text it quotes. */
function reasonOf(message: string): string {
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    // The quoted copy may be cut short at either end: `, ..."text" is not valid JSON`.
    .replace(/, (\.\.\.)?".*is not valid JSON$/s, '')
    .trim()
  return reason.length > 0 ? reason[0].toLowerCase() + reason.slice(1) : 'not valid JSON'
}

/** The usual ways a hand-written JSON file goes wrong, recognised at the error. */
function hintAt(text: string, offset: number): string {
  const character = text[offset]
  if (character === '/') return '; JSON has no comments'
  if (character === "'") return '; JSON strings and keys take double quotes'
  if ((character === '}' || character === ']') && /,\s*$/.test(text.slice(0, offset))) return '; remove the comma before it'
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

/**
 * The offset of the first syntax error, for the messages where V8 gives no position
 * (`Unexpected token '}', "{"a": }" is not valid JSON`). Only used after JSON.parse failed, so it
 * only has to find where, not build a value.
 */
export function findSyntaxError(text: string): number {
  let index = 0
  const fail = (): never => {
    throw new SyntaxAt(index)
  }
  const skipSpace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index])) index++
  }
  const literal = (word: string) => {
    for (const character of word) {
      if (text[index] !== character) fail()
      index++
    }
  }
  const string = () => {
    if (text[index] !== '"') fail()
    index++
    while (index < text.length && text[index] !== '"') {
      if (text.charCodeAt(index) < 0x20) fail()
      if (text[index] === '\\') {
        index++
        if (text[index] === 'u') {
          for (let digit = 0; digit < 4; digit++) {
            index++
            if (!/[0-9a-fA-F]/.test(text[index] ?? '')) fail()
          }
        } else if (!'"\\/bfnrt'.includes(text[index] ?? 'x')) fail()
      }
      index++
    }
    if (index >= text.length) fail()
    index++
  }
  const digits = () => {
    if (!/[0-9]/.test(text[index] ?? '')) fail()
    while (/[0-9]/.test(text[index] ?? '')) index++
  }
  const number = () => {
    if (text[index] === '-') index++
    if (text[index] === '0') index++
    else digits()
    if (text[index] === '.') {
      index++
      digits()
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index++
      if (text[index] === '+' || text[index] === '-') index++
      digits()
    }
  }
  const value = (): void => {
    skipSpace()
    const character = text[index]
    if (character === '{') {
      index++
      skipSpace()
      if (text[index] === '}') {
        index++
        return
      }
      for (;;) {
        skipSpace()
        string()
        skipSpace()
        if (text[index] !== ':') fail()
        index++
        value()
        skipSpace()
        if (text[index] === '}') {
          index++
          return
        }
        if (text[index] !== ',') fail()
        index++
      }
    }
    if (character === '[') {
      index++
      skipSpace()
      if (text[index] === ']') {
        index++
        return
      }
      for (;;) {
        value()
        skipSpace()
        if (text[index] === ']') {
          index++
          return
        }
        if (text[index] !== ',') fail()
        index++
      }
    }
    if (character === '"') return string()
    if (character === 't') return literal('true')
    if (character === 'f') return literal('false')
    if (character === 'n') return literal('null')
    if (character === '-' || /[0-9]/.test(character ?? '')) return number()
    fail()
  }
  try {
    value()
    skipSpace()
    return index < text.length ? index : text.length
  } catch (error) {
    // A stack overflow on absurd nesting still leaves `index` near the trouble.
    return error instanceof SyntaxAt ? error.offset : index
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

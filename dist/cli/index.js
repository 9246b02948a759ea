#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



module.exports = __nccwpck_require__(16);


/***/ }),

/***/ 595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(928);
const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  SEP: path.sep,

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const getStarExtglobSequenceOutput = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  for (const branch of branches) {
    const safeOutput = getStarExtglobSequenceOutput(branch);
    if (safeOutput) {
      return { risky: true, safeOutput };
    }

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(win32);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.value += tok.value;
      prev.output = (prev.output || '') + tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if (next === '<' && !utils.supportsLookbehinds()) {
          throw new Error('Node.js v10 or higher is required for regex lookbehinds');
        }

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && eos()) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(win32);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(928);
const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = utils.isWindows(options);
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(path.basename(input));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              code = advance();
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES) {
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        while (eos() !== true && (code = advance())) {
          if (code === CHAR_LEFT_PARENTHESES) {
            backslashes = token.backslashes = true;
            code = advance();
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (idx !== 0 || value !== '') {
        parts.push(value);
      }
      prevIndex = i;
    }

    if (prevIndex && prevIndex + 1 < input.length) {
      const value = input.slice(prevIndex + 1);
      parts.push(value);

      if (opts.tokens) {
        tokens[tokens.length - 1].value = value;
        depth(tokens[tokens.length - 1]);
        state.maxDepth += tokens[tokens.length - 1].depth;
      }
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const path = __nccwpck_require__(928);
const win32 = process.platform === 'win32';
const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.supportsLookbehinds = () => {
  const segs = process.version.slice(1).split('.').map(Number);
  if (segs.length === 3 && segs[0] >= 9 || (segs[0] === 8 && segs[1] >= 10)) {
    return true;
  }
  return false;
};

exports.isWindows = options => {
  if (options && typeof options.windows === 'boolean') {
    return options.windows;
  }
  return win32 === true || path.sep === '\\';
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ hostPattern),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   XU: () => (/* binding */ modelIdPattern)
/* harmony export */ });
/**
 * Small builders for the regular-expression sources in the catalog. They only assemble strings;
 * every pattern they make is a flat alternation of literals (no nested quantifiers), so it runs in linear time.
 */
function escapeRegExp(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A model-ID token: not preceded by an ID or path character, not followed by one (a sentence's final dot is fine). */
function modelIdPattern(ids) {
    // Longest first, so that `hunyuan-large-longcontext` is tried before `hunyuan-large`.
    const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return `(?<![\\w./-])(?:${sorted.join('|')})(?![\\w-]|\\.[A-Za-z0-9])`;
}
/** A host name, optionally with its scheme, not glued to a longer host name. */
function hostPattern(hostRegex) {
    return `(?<![\\w.-])(?:https?://)?${hostRegex}`;
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(323);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(540);


// The parallel scan starts this same bundle as its worker threads.
if ((0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .isScanWorker */ .WJ)()) {
    (0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .runScanWorker */ .fR)();
}
else {
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .iW)(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        cwd: process.cwd(),
        env: process.env,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(325);
;// CONCATENATED MODULE: ./src/report/json-report.ts

function toJsonReport(result) {
    return {
        version: 1,
        tool: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr },
        root: result.root,
        findings: result.findings,
        skipped: result.skipped,
        stats: result.stats,
    };
}
function renderJsonReport(result) {
    return JSON.stringify(toJsonReport(result), null, 2) + '\n';
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/catalog/sources.ts
/**
 * The documents and code that make each rule true, as named in shared/catalog.md.
 * Kept in one place so a rule cites a source by name and the link is written once.
 */
const SOURCES = {
    migrationGuideIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/79733', evidence: 'confirmed' },
    migrationGuideMainland: { ref: 'https://cloud.tencent.com/document/product/1823/131382', evidence: 'confirmed' },
    hunyuanShutdownNotice: { ref: 'https://cloud.tencent.com/document/product/1729/131925', evidence: 'confirmed' },
    hunyuanCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1729/101837', evidence: 'confirmed' },
    hunyuanOpenAiDoc: { ref: 'https://cloud.tencent.com/document/product/1729/111007', evidence: 'confirmed' },
    trtcHunyuanDoc: { ref: 'https://www.tencentcloud.com/document/product/647/79679', evidence: 'confirmed' },
    hyllmThirdParty: { ref: 'public code (first-generation hyllm clients; old LangChain ChatHunyuan docs)', evidence: 'third-party' },
    hunyuanIntlOpenAiClaim: { ref: 'a single third-party note (no Tencent doc found)', evidence: 'unverified' },
    lkeOpenAiDocMainland: { ref: 'https://cloud.tencent.com/document/product/1772/115969', evidence: 'confirmed' },
    lkeOpenAiDocIntl: { ref: 'https://www.tencentcloud.com/document/product/1255/70381', evidence: 'confirmed' },
    lkeCloudApiDoc: { ref: 'https://cloud.tencent.com/document/api/1772/115963', evidence: 'confirmed' },
    tokenPlanDoc: { ref: 'https://cloud.tencent.com/document/product/1823/130119', evidence: 'confirmed' },
    sdkPythonHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/hunyuan/v20230901/hunyuan_client.py', evidence: 'confirmed' },
    sdkJavaHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-java com/tencentcloudapi/hunyuan/v20230901/HunyuanClient.java', evidence: 'confirmed' },
    sdkNodeHunyuan: { ref: 'TencentCloud/tencentcloud-sdk-nodejs examples/hunyuan/v20230901/chat_std.ts', evidence: 'confirmed' },
    sdkJavaHunyuanSearch: { ref: 'TencentCloud/tencentcloud-sdk-java hunyuan/v20230901/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
    sdkPythonLkeap: { ref: 'TencentCloud/tencentcloud-sdk-python tencentcloud/lkeap/v20240522/lkeap_client.py', evidence: 'confirmed' },
    sdkJavaLkeapSearch: { ref: 'TencentCloud/tencentcloud-sdk-java lkeap/v20240522/models/ChatCompletionsRequest.java', evidence: 'confirmed' },
    langchainPython: { ref: 'langchain-ai/langchain libs/community/langchain_community/chat_models/hunyuan.py', evidence: 'confirmed' },
    langchainJs: { ref: 'https://docs.langchain.com/oss/javascript/integrations/chat/tencent_hunyuan', evidence: 'confirmed' },
    lobeChatHunyuan: { ref: 'lobehub/lobe-chat src/libs/agent-runtime/hunyuan/index.ts', evidence: 'third-party' },
    lkeSearchThirdParty: { ref: 'public code using enable_search / search_enabled with the LKE OpenAI-compatible API (no Tencent doc found)', evidence: 'third-party' },
    tokenHubSearchDoc: { ref: 'https://cloud.tencent.com/document/product/1823/132358', evidence: 'confirmed' },
    tokenHubModelsIntl: { ref: 'https://www.tencentcloud.com/document/product/1300/78941', evidence: 'confirmed' },
    tokenHubModelsMainland: { ref: 'https://cloud.tencent.com/document/product/1823/130078', evidence: 'confirmed' },
    tokenHubGettingStarted: { ref: 'https://www.tencentcloud.com/document/product/1300/78939', evidence: 'confirmed' },
    tokenHubErrorCodes: { ref: 'https://cloud.tencent.com/document/product/1823/131595', evidence: 'confirmed' },
    tokenHubModelList: { ref: 'GET /v1/models on TokenHub hosts, as probed by several independent third-party clients (no Tencent page found)', evidence: 'third-party' },
    hyApiGuide: { ref: 'https://www.tencentcloud.com/document/product/1300/80695', evidence: 'confirmed' },
    hunyuanSdkModelDocs: { ref: 'https://cloud.tencent.com/document/api/1729/101837 (Model parameter); tencentcloud-sdk-java ChatCompletionsRequest.java', evidence: 'confirmed' },
    hunyuanEmbeddingThirdParty: { ref: 'songquanpeng/one-api relay/adaptor/tencent/constants.go; CherryHQ/cherry-studio hunyuan provider', evidence: 'third-party' },
};

// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(920);
;// CONCATENATED MODULE: ./src/catalog/models.ts
/**
 * Model-ID lists from shared/catalog.md section 2. Snapshots: the dates are those of the documents.
 */
/** 1729/131925 (updated 2026-05-20): stopped 2026-06-22 00:00 Beijing time; every row seen maps to hy3-preview. The stored list is truncated. */
const HUNYUAN_SHUTDOWN_2026_06_22 = [
    'hunyuan-2.0-thinking-dev-20251012',
    'hunyuan-t1-latest', 'hunyuan-t1-20250321', 'hunyuan-t1-20250403', 'hunyuan-t1-20250521',
    'hunyuan-t1-20250529', 'hunyuan-t1-20250711', 'hunyuan-t1-20250822', 'hunyuan-t1-dev-20250822',
    'hunyuan-turbos-latest', 'hunyuan-turbos-20250226', 'hunyuan-turbos-customized',
    'hunyuan-turbos-20250313', 'hunyuan-turbos-20250416', 'hunyuan-turbos-20250515',
    'hunyuan-turbos-20250604', 'hunyuan-turbos-20250716', 'hunyuan-turbos-20250926',
    'hunyuan-turbos-longtext-128k-20250325', 'hunyuan-turbo-latest', 'hunyuan-turbo', 'hunyuan-customized',
    'hunyuan-turbo-customized', 'hunyuan-turbo-20241120', 'hunyuan-turbo-20241223', 'hunyuan-standard',
    'hunyuan-standard-32K', 'hunyuan-standard-32k', 'hunyuan-standard-256K', 'hunyuan-standard-256k',
    'hunyuan-code', 'hunyuan-funcall', 'hunyuan-large', 'hunyuan-large-longcontext',
];
/** 1823/131382 (mainland migration guide): models TokenHub will not support. Translation ones have their own rule. */
const HUNYUAN_NOT_ON_TOKENHUB = [
    'hunyuan-a13b', 'hunyuan-lite', 'hunyuan-large-role-latest',
];
const HUNYUAN_TRANSLATION = ['hunyuan-translation', 'hunyuan-translation-lite'];
/**
 * Hunyuan IDs that TokenHub itself lists (mainland table 1823/130078): never a finding on their own.
 * The two dated 2.0 IDs are also on the 1729/131925 shutdown list for the legacy platform; when they are called
 * on a legacy endpoint, the endpoint finding covers it. (The Token Plan's own short IDs, such as `hunyuan-t1` and
 * `hunyuan-turbos`, are handled by context: see the `token-plan` tag.)
 */
const HUNYUAN_ON_TOKENHUB = [
    'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
];
/** LKE DeepSeek API model IDs (1772/115969, 1772/115963). Several also exist on TokenHub, so they need LKE context. */
const LKE_DEEPSEEK_REASONING = ['deepseek-r1', 'deepseek-r1-0528'];
const LKE_DEEPSEEK_CHAT = [
    'deepseek-v3', 'deepseek-v3-0324', 'deepseek-v3.1', 'deepseek-v3.1-terminus', 'deepseek-v3.2', 'deepseek-v3.2-exp',
];
const TOKENHUB_BASE_URL_INTL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';
const TOKENHUB_BASE_URL_MAINLAND = 'https://tokenhub.tencentmaas.com/v1';

;// CONCATENATED MODULE: ./src/catalog/tokenhub-models.ts
const INTL = 'tencentcloud.com/document/product/1300/78941 (2026-05-13)';
const MAINLAND = 'cloud.tencent.com/document/product/1823/130078';
const HY_SUCCESSORS = 'cloud.tencent.com/document/product/1729/131925; 1823/132358; tencentcloud.com/document/product/1300/80695';
const LITELLM = 'docs.litellm.ai/docs/providers/tencent';
function models(kind, evidence, source, ids) {
    return ids.map((id) => ({ id, kind, evidence, source }));
}
const TOKENHUB_MODELS = [
    ...models('chat', 'confirmed', INTL, [
        'deepseek-v4-flash', 'deepseek-v4-pro', 'deepseek-v3.2', 'glm-5', 'glm-5v-turbo', 'glm-5-turbo',
        'glm-5.1', 'kimi-k2.6', 'kimi-k2.5', 'minimax-m2.5', 'minimax-m2.7',
    ]),
    ...models('chat', 'confirmed', MAINLAND, [
        'hunyuan-2.0-thinking-20251109', 'hunyuan-2.0-instruct-20251111', 'hunyuan-role-latest',
        'deepseek-v3.1-terminus', 'deepseek-r1-0528', 'deepseek-v3-0324', 'kimi-k2-thinking-turbo', 'kimi-k2-turbo-preview',
    ]),
    ...models('image', 'confirmed', MAINLAND, ['HY-Image-V3.0', 'HY-Image-Lite']),
    ...models('video', 'confirmed', MAINLAND, ['HY-Video-1.5', 'YT-Video-2.0', 'YT-Video-HumanActor', 'YT-Video-FX']),
    ...models('3d', 'confirmed', MAINLAND, ['HY-3D-3.0', 'HY-3D-3.1', 'HY-3D-Express']),
    ...models('chat', 'confirmed', HY_SUCCESSORS, ['hy3-preview', 'hy3', 'hy4', 'hy4-preview', 'hy-mt2-plus']),
    ...models('chat', 'third-party', LITELLM, ['deepseek-v4-flash-202605', 'deepseek-v4-pro-202606']),
];
/** The chat models: what a chat completion can test, and what the cross-check looks for in code. */
const TOKENHUB_CHAT_MODEL_IDS = TOKENHUB_MODELS.filter((m) => m.kind === 'chat').map((m) => m.id);
/** Tested when the code names no TokenHub model and none is configured: the model of TokenHub's own guide example. */
const DEFAULT_SMOKE_TEST_MODEL = 'deepseek-v4-flash';
/**
 * Hosts a TokenHub API key may be sent to. `tokenhub-us.tencentcloudmaas.com` is left out: only third-party code
 * names it, no document does (catalog 1.3, marked unverified).
 */
const TOKENHUB_HOSTS = [
    { host: 'tokenhub-intl.tencentcloudmaas.com', region: 'international', evidence: 'confirmed' },
    { host: 'tokenhub.tencentcloudmaas.com', region: 'mainland', evidence: 'confirmed' },
    { host: 'tokenhub-intl.tencentcloudmaas.tech', region: 'international', backup: true, evidence: 'confirmed' },
    { host: 'tokenhub.tencentcloudmaas.tech', region: 'mainland', backup: true, evidence: 'confirmed' },
    { host: 'tokenhub.tencentmaas.com', region: 'mainland', evidence: 'confirmed' },
    { host: 'tokenhub-intl.tencentmaas.com', region: 'international', evidence: 'third-party' },
];

;// CONCATENATED MODULE: ./src/catalog/rules.ts




/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
const TOKENHUB_MODEL_NOT_ENABLED = 'tokenhub-model-not-enabled';
/**
 * The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data.
 * Facts and their markers come from shared/catalog.md. Order matters: where two rules of one category
 * match the same line, the first one listed here is reported, so specific rules come before general ones.
 */
const OPENAI_SWAP_HINT = 'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
    'https://tokenhub.tencentmaas.com/v1.';
const OPENAI_CLIENT_HINT = `Move to an OpenAI-compatible client on TokenHub: base URL ${TOKENHUB_BASE_URL_INTL} ` +
    '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';
const CLOUD_API_HINT = `Call TokenHub's OpenAI-compatible chat completions (${TOKENHUB_BASE_URL_INTL}) with a TokenHub API key ` +
    'instead of TC3-signed SecretId/SecretKey requests.';
const SEARCH_HINT = 'Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on ' +
    'Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.';
const HUNYUAN_ACTIONS = 'ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread';
const rules_RULES = [
    // ───────────── Endpoints ─────────────
    {
        id: 'hunyuan-hyllm-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'First-generation Hunyuan (hyllm) API',
        anchors: ['hunyuan.cloud.tencent.com/hyllm'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        message: 'Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.',
        // Not OpenAI-compatible: swapping the URL alone would not work, so there is no one-line replacement.
        replacement: { hint: OPENAI_CLIENT_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hyllmThirdParty, SOURCES.migrationGuideIntl],
    },
    {
        id: 'hunyuan-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan OpenAI-compatible endpoint',
        anchors: ['api.hunyuan.cloud.tencent.com', 'hunyuan.cloud.tencent.com/openai'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
        provides: ['hunyuan', 'llm-use'],
        message: 'Legacy Hunyuan OpenAI-compatible endpoint `{match}`; the Hunyuan API is retired and TokenHub replaces it.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: {
                from: '^(https?://)?(?:api\\.hunyuan\\.cloud\\.tencent\\.com(/v1)?|hunyuan\\.cloud\\.tencent\\.com/openai(/v1)?)$',
                to: '$1tokenhub-intl.tencentcloudmaas.com$2$3',
            },
        },
        sources: [SOURCES.hunyuanOpenAiDoc, SOURCES.trtcHunyuanDoc, SOURCES.migrationGuideIntl],
    },
    {
        id: 'hunyuan-intl-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Claimed international Hunyuan OpenAI-compatible host',
        anchors: ['api.hunyuan.intl.cloud.tencent.com'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        message: 'Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent\'s docs); Hunyuan API usage must move to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.hunyuanIntlOpenAiClaim, SOURCES.migrationGuideIntl],
    },
    {
        id: 'hunyuan-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan Cloud API host',
        anchors: ['hunyuan.tencentcloudapi.com', 'hunyuan.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The same host also serves Hunyuan image and 3D jobs: only an LLM action or model in the file makes it an error.
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        message: 'Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (if this file only runs image or 3D jobs, those moved to other services and this is not an LLM call).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanCloudApiDoc, SOURCES.sdkPythonHunyuan, SOURCES.migrationGuideIntl],
    },
    {
        id: 'lke-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE DeepSeek OpenAI-compatible endpoint',
        anchors: ['api.lkeap.cloud.tencent.com', 'api.lkeap.tencentcloud.com'],
        // The Token Plan (/plan/...) and Coding Plan (/coding/...) routes on the same host are TokenHub's own.
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
        provides: ['lke'],
        message: 'Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.lkeOpenAiDocIntl, SOURCES.migrationGuideIntl],
    },
    {
        id: 'lke-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE Cloud API host used for DeepSeek chat',
        anchors: ['lkeap.tencentcloudapi.com', 'lkeap.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The lkeap service also does rerank, embeddings and document parsing, which are not retiring.
        context: { anyOf: ['chat-completions', 'deepseek-model'], otherwise: 'notice' },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        message: 'LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeCloudApiDoc, SOURCES.migrationGuideIntl],
    },
    {
        id: 'token-plan-route',
        category: 'legacy-endpoint',
        severity: 'notice',
        title: 'TokenHub Token Plan / Coding Plan route (not legacy)',
        anchors: ['api.lkeap.cloud.tencent.com/plan', 'api.lkeap.cloud.tencent.com/coding'],
        pattern: 'api\\.lkeap\\.cloud\\.tencent\\.com/(?:plan|coding)\\b',
        signalOnly: true,
        provides: ['token-plan'],
        message: 'Token Plan route (part of TokenHub).',
        replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
        sources: [SOURCES.tokenPlanDoc],
    },
    // ───────────── SDKs ─────────────
    {
        id: 'hunyuan-sdk',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Tencent Cloud SDK for Hunyuan (v20230901)',
        anchors: ['v20230901', 'hunyuan'],
        // Python/Node/Java `hunyuan.v20230901`, Go `hunyuan/v20230901` (also the intl SDK), PHP `Hunyuan\V20230901`,
        // C# `Hunyuan.V20230901`, Ruby `Hunyuan::V20230901`; packages tencentcloud-sdk-nodejs-hunyuan, -java-hunyuan, gem tencentcloud-sdk-hunyuan.
        pattern: '(?<![\\w-])hunyuan(?:\\.|/|\\\\{1,2}|::)v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b',
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        message: 'Tencent Cloud Hunyuan SDK `{match}` used for LLM calls; the Hunyuan API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonHunyuan, SOURCES.sdkJavaHunyuan, SOURCES.sdkNodeHunyuan, SOURCES.migrationGuideIntl],
    },
    {
        id: 'hunyuan-sdk-llm-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Hunyuan Cloud API LLM action',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
        pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])`,
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan-cloudapi'] },
        message: 'Hunyuan Cloud API call `{match}`; the Hunyuan LLM API is retired.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan, SOURCES.sdkPythonHunyuan],
    },
    {
        id: 'hunyuan-llm-action-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan LLM action name (context only)',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
        pattern: `(?:${HUNYUAN_ACTIONS})`,
        caseSensitive: true,
        prefilter: false,
        signalOnly: true,
        provides: ['llm-use'],
        message: 'LLM action name.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'chat-completions-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'ChatCompletions action name (context only)',
        anchors: ['chatcompletions'],
        pattern: 'ChatCompletions',
        caseSensitive: true,
        prefilter: false,
        signalOnly: true,
        provides: ['chat-completions'],
        message: 'ChatCompletions action name.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap],
    },
    {
        id: 'lke-sdk-chat',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Tencent Cloud SDK for LKE (lkeap v20240522) used for DeepSeek chat',
        anchors: ['v20240522', 'lkeap'],
        pattern: '(?<![\\w-])lkeap(?:\\.|/|\\\\{1,2}|::)v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])',
        // Importing lkeap alone is not legacy: it also serves rerank, embeddings and document parsing.
        context: { anyOf: ['chat-completions', 'deepseek-model'] },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        message: 'Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc, SOURCES.migrationGuideIntl],
    },
    {
        id: 'lke-sdk-chat-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LKE Cloud API ChatCompletions call',
        anchors: ['chatcompletions'],
        pattern: '\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke-sdk'], noneOf: ['hunyuan-cloudapi'] },
        message: 'LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc],
    },
    {
        id: 'langchain-hunyuan',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LangChain Hunyuan integration',
        anchors: ['hunyuan'],
        pattern: '\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b',
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.',
        replacement: {
            hint: 'Suggestion: LangChain\'s OpenAI chat model (ChatOpenAI) with the TokenHub base URL ' +
                `${TOKENHUB_BASE_URL_INTL}, a TokenHub API key and a TokenHub model ID.`,
            evidence: 'inferred',
        },
        sources: [SOURCES.langchainPython, SOURCES.langchainJs],
    },
    {
        id: 'hunyuan-env-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan credential variable (context only)',
        anchors: ['hunyuan_'],
        // Env var names are weak signals: they set context for search parameters but are never findings themselves.
        pattern: '\\bHUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b',
        caseSensitive: true,
        signalOnly: true,
        provides: ['hunyuan'],
        message: 'Hunyuan credential variable.',
        replacement: { hint: '', evidence: 'third-party' },
        sources: [SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan],
    },
    // ───────────── Models ─────────────
    {
        id: 'hunyuan-translation-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan translation model',
        anchors: ['hunyuan-translation'],
        pattern: (0,patterns/* modelIdPattern */.XU)(HUNYUAN_TRANSLATION),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}`: Hunyuan translation is not offered on TokenHub.',
        replacement: {
            value: 'hy-mt2-plus',
            hint: 'Tencent\'s guide only says to use a newer model; TokenHub\'s Hy-MT2 translation model is the natural candidate.',
            evidence: 'inferred',
        },
        sources: [SOURCES.migrationGuideIntl, SOURCES.migrationGuideMainland, SOURCES.hyApiGuide],
    },
    {
        id: 'hunyuan-model-shutdown',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model shut down on 2026-06-22',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(HUNYUAN_SHUTDOWN_2026_06_22),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` was shut down on 2026-06-22 with the legacy Hunyuan platform.',
        replacement: { value: 'hy3-preview', hint: 'Enable it for pay-as-you-go in the TokenHub console.', evidence: 'confirmed' },
        sources: [SOURCES.hunyuanShutdownNotice],
    },
    {
        id: 'hunyuan-model-not-on-tokenhub',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model not supported on TokenHub',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(HUNYUAN_NOT_ON_TOKENHUB),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` is not supported on TokenHub.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models; use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.migrationGuideMainland],
    },
    {
        id: 'hunyuan-vision-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Hunyuan vision model',
        anchors: ['hunyuan-'],
        pattern: '(?<![\\w./-])hunyuan-(?:[a-z0-9]+-)?vision(?:-[a-z0-9]+)?(?![\\w-]|\\.[A-Za-z0-9])',
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Hunyuan vision model `{match}` belongs to the legacy platform; check what TokenHub offers for vision.',
        replacement: { hint: 'A TokenHub model with visual understanding, such as `glm-5v-turbo` or `hy4`, if enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsIntl, SOURCES.hyApiGuide],
    },
    {
        id: 'hunyuan-embedding-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Hunyuan embedding model',
        anchors: ['hunyuan-embedding'],
        pattern: (0,patterns/* modelIdPattern */.XU)(['hunyuan-embedding']),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` belongs to the legacy Hunyuan platform; no TokenHub embedding model was found in the sources.',
        replacement: { hint: 'Plan another embedding model or provider; re-embed stored vectors with it.', evidence: 'unverified' },
        sources: [SOURCES.hunyuanEmbeddingThirdParty],
    },
    {
        id: 'hunyuan-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Other Hunyuan model ID',
        anchors: ['hunyuan-'],
        pattern: '(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[A-Za-z0-9]))*',
        caseSensitive: true,
        unless: `^(?:${HUNYUAN_ON_TOKENHUB.map((id) => id.replace(/\./g, '\\.')).join('|')})$`,
        // The Token Plan's own IDs (hunyuan-t1, hunyuan-turbos, ...) are TokenHub's: quiet next to a Token Plan route.
        context: { noneOf: ['token-plan'] },
        provides: ['llm-use'],
        message: 'Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models; use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsMainland],
    },
    {
        id: 'lke-deepseek-r1-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'DeepSeek R1 on the LKE DeepSeek API',
        anchors: ['deepseek-r1'],
        pattern: (0,patterns/* modelIdPattern */.XU)(LKE_DEEPSEEK_REASONING),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API (`deepseek-r1` itself went offline there on 2025-11-11).',
        replacement: { value: 'deepseek-v4-pro', hint: 'A TokenHub reasoning model (thinking on by default), enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl],
    },
    {
        id: 'lke-deepseek-v3-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'DeepSeek V3 family on the LKE DeepSeek API',
        anchors: ['deepseek-v3'],
        pattern: (0,patterns/* modelIdPattern */.XU)(LKE_DEEPSEEK_CHAT),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API; choose the TokenHub model to use after the move.',
        replacement: { value: 'deepseek-v4-flash', hint: 'The migration guide\'s own example uses DeepSeek V4 Flash; enable the model you choose for pay-as-you-go.', evidence: 'inferred' },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl, SOURCES.migrationGuideIntl],
    },
    // ───────────── Online search ─────────────
    {
        id: 'hunyuan-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'Hunyuan online-search parameter',
        anchors: ['enhancement', 'speedsearch', 'speed_search', 'multimedia', 'deepsearch', 'deep_search', 'recommendedquestions', 'recommended_questions', 'search_scene', 'searchinfo', 'search_info', 'citation', 'deepread'],
        // `citation` is common elsewhere (bibliographies), so only its key/setter form counts; all need Hunyuan context.
        pattern: '(?:EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo)\\b' +
            '|(?<![\\w-])(?:enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|search_scene|search_info)\\b' +
            '|(?<=\\bset|\\.|["\'])Citation\\b(?=\\s*(?:[:=(]|=>)|["\'])' +
            '|(?<=["\'])citation(?=["\']\\s*(?:[:=,]|=>))|(?<![\\w.-])citation(?=\\s*[:=](?!=))',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan'] },
        message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuanSearch, SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
    },
    {
        id: 'lke-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'LKE DeepSeek online-search parameter (Cloud API)',
        anchors: ['enablesearch'],
        pattern: '(?:(?<![A-Za-z0-9])|(?<=set))EnableSearch\\b',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke'] },
        message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaLkeapSearch, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
    },
    {
        id: 'lke-openai-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
        anchors: ['enable_search', 'search_enabled'],
        pattern: '(?<![\\w-])(?:enable_search|search_enabled)\\b',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke'] },
        message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeSearchThirdParty, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
    },
    // ───────────── Key smoke test (cross-check) ─────────────
    {
        id: TOKENHUB_MODEL_NOT_ENABLED,
        category: 'legacy-model',
        // A warning, not an error: glm-5, kimi-k2.5 and the DeepSeek IDs also name models of other providers.
        severity: 'warning',
        title: 'TokenHub model the API key cannot use',
        anchors: ['deepseek-', 'glm-', 'kimi-', 'minimax-', 'hunyuan-', 'hy3', 'hy4', 'hy-mt2'],
        pattern: (0,patterns/* modelIdPattern */.XU)(TOKENHUB_CHAT_MODEL_IDS),
        caseSensitive: true,
        smokeTestOnly: true,
        message: 'Model `{match}` is not among the models the TokenHub API key can use.',
        replacement: {
            hint: 'Enable the model for pay-as-you-go in the TokenHub console, include it in the key\'s Accessible Range, ' +
                'or change the code to a model the key lists.',
            evidence: 'confirmed',
        },
        sources: [SOURCES.tokenHubGettingStarted, SOURCES.tokenHubModelsIntl, SOURCES.tokenHubModelsMainland, SOURCES.tokenHubModelList],
    },
];

;// CONCATENATED MODULE: ./src/catalog/index.ts




;// CONCATENATED MODULE: ./src/report/sarif.ts



const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * A fingerprint that does not depend on the line number: the rule, the file, the matched text, and which
 * occurrence of that text in the file it is. Inserting lines above a finding leaves it unchanged.
 */
function fingerprints(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const key = `${f.ruleId}\u0000${f.path}\u0000${f.match}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
    });
}
function ruleDescriptor(rule) {
    const sourcesText = rule.sources.map((s) => `- ${s.ref} (${s.evidence})`).join('\n');
    return {
        id: rule.id,
        name: rule.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_m, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.message.replace(/`?\{match\}`?/g, 'this usage') },
        help: { text: `${rule.replacement.hint}\n\nSources:\n${sourcesText}`, markdown: `${rule.replacement.hint}\n\n**Sources**\n\n${sourcesText}` },
        helpUri: (0,tool/* ruleDocsUrl */.hS)(rule.id),
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { category: rule.category, tags: ['tokenhub-migration', rule.category] },
    };
}
function toSarif(result, rules = rules_RULES) {
    const reported = rules.filter((r) => !r.signalOnly);
    const index = new Map(reported.map((r, i) => [r.id, i]));
    const prints = fingerprints(result.findings);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr, informationUri: tool/* TOOL_URI */.qH, rules: reported.map(ruleDescriptor) },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(result.root) } },
                columnKind: 'utf16CodeUnits',
                results: result.findings.map((f, i) => ({
                    ruleId: f.ruleId,
                    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                            },
                        },
                    ],
                    partialFingerprints: { 'tokenhubMigration/v1': prints[i] },
                    ...(f.replacement ? { properties: { replacement: f.replacement } } : {}),
                })),
            },
        ],
    };
}
function pathToFileUri(p) {
    const withSlash = p.endsWith('/') ? p : p + '/';
    return 'file://' + encodeURI(withSlash.startsWith('/') ? withSlash : '/' + withSlash);
}
function renderSarif(result) {
    return JSON.stringify(toSarif(result), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/scan/compile.ts

class CatalogError extends Error {
}
function compile_compileCatalog(rules, overrides = {}) {
    const disabled = new Set(overrides.disabled ?? []);
    const compiled = [];
    const anchors = new Set();
    const only = overrides.only ? new Set(overrides.only) : undefined;
    for (const rule of rules) {
        if (only ? !only.has(rule.id) : rule.smokeTestOnly)
            continue;
        const sev = overrides.severity?.[rule.id] ?? overrides.severity?.[rule.category];
        // Signals stay on even when their rule family is switched off: they only set context.
        if (!rule.signalOnly && (disabled.has(rule.id) || disabled.has(rule.category) || sev === 'off'))
            continue;
        const effective = sev && sev !== 'off' ? { ...rule, severity: sev, context: withSeverity(rule.context, sev) } : rule;
        compiled.push(compileRule(effective));
        if (rule.prefilter !== false)
            for (const a of rule.anchors)
                anchors.add(a.toLowerCase());
    }
    const anchorList = [...anchors];
    return {
        rules: compiled,
        prefilter: new RegExp(anchorList.map(patterns/* escapeRegExp */.Nt).join('|') || '(?!)', 'i'),
        anchors: anchorList,
        ignoreTargets: new Set([...rules.map((r) => r.id), ...categoriesOf(rules)]),
    };
}
function withSeverity(context, sev) {
    // An explicit severity override applies whether or not the context holds.
    if (!context?.otherwise)
        return context;
    return { ...context, otherwise: sev };
}
function categoriesOf(rules) {
    return [...new Set(rules.map((r) => r.category))];
}
function compileRule(rule) {
    const flags = rule.caseSensitive ? 'g' : 'gi';
    try {
        const compiled = { rule, re: new RegExp(rule.pattern, rule.group ? flags + 'd' : flags) };
        if (rule.unless)
            compiled.unless = new RegExp(rule.unless, 'i');
        if (rule.replacement.rewrite) {
            compiled.rewrite = { from: new RegExp(rule.replacement.rewrite.from, 'i'), to: rule.replacement.rewrite.to };
        }
        return compiled;
    }
    catch (err) {
        throw new CatalogError(`rule ${rule.id}: invalid pattern: ${err.message}`);
    }
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/scan/list-files.ts




/** Folders that hold other people's code or tool state, never the project's own usage. */
const DEFAULT_EXCLUDES = [
    '**/.git/**',
    '**/node_modules/**',
    '**/bower_components/**',
    '**/jspm_packages/**',
    '**/vendor/**',
    '**/third_party/**',
    '**/.venv/**',
    '**/venv/**',
    '**/site-packages/**',
    '**/__pycache__/**',
    '**/.tox/**',
    '**/.gradle/**',
    '**/Pods/**',
];
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Async face of walkFiles, kept for callers that iterate with `for await`. */
async function listFiles(opts) {
    const listing = walkFiles(opts);
    async function* generate() {
        yield* listing.files;
    }
    return { files: generate(), skipped: listing.skipped };
}
/**
 * Lists the files of a scan: the given targets, minus default excludes, user excludes and what .gitignore
 * files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the reader
 * learns their size when it opens them). Symbolic links are never followed (a link's target inside the root is
 * listed under its own path; one outside the root is not ours to read), which also makes link loops harmless.
 * Synchronous on purpose: readdir of a warm tree is faster done in a loop than through the thread pool, and the
 * caller hands files to scan workers as they come.
 */
function walkFiles(opts) {
    const root = opts.root;
    const targets = opts.targets?.length ? opts.targets : [root];
    const skipped = [];
    const globs = new ExcludeGlobs([...DEFAULT_EXCLUDES, ...(opts.exclude ?? [])]);
    const gitignores = opts.gitignore === false ? undefined : new Gitignores(root);
    const includeMatcher = opts.include?.length ? ignore_default()().add(opts.include) : undefined;
    const excludeMatcher = opts.exclude?.length ? ignore_default()().add(opts.exclude) : undefined;
    function* generate() {
        // Only overlapping targets can list a file twice; one target needs no memory of what it listed.
        const seen = targets.length > 1 ? new Set() : undefined;
        for (const target of targets) {
            const st = (0,external_node_fs_.lstatSync)(target);
            const rel = relOf(root, target);
            if (st.isSymbolicLink()) {
                skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
                continue;
            }
            if (st.isFile()) {
                // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
                // an explicit --exclude still wins.
                if (excludeMatcher?.ignores(rel) || seen?.has(rel))
                    continue;
                seen?.add(rel);
                yield { abs: target, rel, size: st.size };
                continue;
            }
            if (!st.isDirectory()) {
                skipped.push({ path: rel, reason: 'not a regular file' });
                continue;
            }
            if (rel !== '' && (excludeMatcher?.ignores(rel + '/') || gitignores?.ignoresFolder(rel)))
                continue;
            gitignores?.loadAncestors(rel);
            // Depth first, with an explicit stack: trees can be deeper than the call stack likes.
            const stack = [{ abs: target, rel, local: '' }];
            while (stack.length > 0) {
                const dir = stack.pop();
                let entries;
                try {
                    entries = (0,external_node_fs_.readdirSync)(dir.abs, { withFileTypes: true });
                }
                catch {
                    continue; // unreadable folder: as fast-glob's suppressErrors did
                }
                if (gitignores && entries.some((e) => e.name === '.gitignore' && !e.isDirectory()))
                    gitignores.load(dir.rel, dir.abs);
                for (const e of entries) {
                    const entryRel = dir.rel === '' ? e.name : `${dir.rel}/${e.name}`;
                    const local = dir.local === '' ? e.name : `${dir.local}/${e.name}`;
                    const kind = kindOf(e, dir.abs);
                    if (kind === 'dir') {
                        if (globs.prunes(e.name, local))
                            continue;
                        if (excludeMatcher?.ignores(entryRel + '/'))
                            continue;
                        if (gitignores?.ignoresFolder(entryRel))
                            continue;
                        stack.push({ abs: external_node_path_default().join(dir.abs, e.name), rel: entryRel, local });
                    }
                    else if (kind === 'file') {
                        if (globs.excludesFile(local))
                            continue;
                        if (seen?.has(entryRel))
                            continue;
                        if (excludeMatcher?.ignores(entryRel))
                            continue;
                        if (includeMatcher && !includeMatcher.ignores(entryRel))
                            continue;
                        if (gitignores?.ignoresFile(entryRel))
                            continue;
                        seen?.add(entryRel);
                        yield { abs: external_node_path_default().join(dir.abs, e.name), rel: entryRel };
                    }
                }
            }
        }
    }
    return { files: generate(), skipped };
}
function kindOf(e, parent) {
    if (e.isFile())
        return 'file';
    if (e.isDirectory())
        return 'dir';
    if (e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice())
        return 'other';
    // Some file systems do not report entry types; ask the entry itself (never following a link).
    try {
        const st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(parent, e.name));
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'other';
    }
}
function relOf(root, abs) {
    return toPosix(external_node_path_default().relative(root, abs));
}
/**
 * Exclude globs, matched against paths relative to the target folder (as fast-glob's `ignore` did).
 * The common `**\/name/**` form becomes a set of folder names, so most folders are judged by one lookup;
 * other patterns ending in `/**` prune folders, and every pattern excludes the files it matches.
 */
class ExcludeGlobs {
    names = new Set();
    fileMatch;
    dirMatch;
    constructor(patterns) {
        const other = [];
        for (const p of patterns) {
            const m = /^\*\*\/([^/*?[\]{}()!+@\\]+)\/\*\*$/.exec(p);
            if (m)
                this.names.add(m[1]);
            else
                other.push(p);
        }
        if (other.length) {
            this.fileMatch = picomatch_default()(other, { dot: true });
            const deep = other.filter((p) => p.endsWith('/**') || p === '**');
            if (deep.length)
                this.dirMatch = picomatch_default()(deep, { dot: true });
        }
    }
    prunes(name, local) {
        return this.names.has(name) || (this.dirMatch?.(local) ?? false);
    }
    excludesFile(local) {
        return this.fileMatch?.(local) ?? false;
    }
}
/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
class Gitignores {
    map = new Map();
    root;
    constructor(root) {
        this.root = root;
        const rootIg = this.read(external_node_path_default().join(root, '.gitignore'));
        const infoExclude = readText(external_node_path_default().join(root, '.git', 'info', 'exclude'));
        if (rootIg || infoExclude.trim()) {
            const ig = rootIg ?? ignore_default()();
            if (infoExclude.trim())
                ig.add(infoExclude);
            this.map.set('', ig);
        }
    }
    read(file) {
        const content = readText(file);
        return content ? ignore_default()().add(content) : undefined;
    }
    load(dirRel, dirAbs) {
        if (dirRel === '' || this.map.has(dirRel))
            return;
        const ig = this.read(external_node_path_default().join(dirAbs, '.gitignore'));
        if (ig)
            this.map.set(dirRel, ig);
    }
    /** The .gitignore files of the folders between the root and a target folder. */
    loadAncestors(targetRel) {
        if (targetRel === '')
            return;
        const parts = targetRel.split('/');
        for (let depth = 1; depth < parts.length; depth++) {
            const dirRel = parts.slice(0, depth).join('/');
            this.load(dirRel, external_node_path_default().join(this.root, ...parts.slice(0, depth)));
        }
    }
    ignoresFile(rel) {
        return this.judge(rel, '');
    }
    ignoresFolder(rel) {
        return this.judge(rel, '/');
    }
    // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
    // applies a pattern that names a parent folder to everything below it.
    judge(rel, suffix) {
        if (this.map.size === 0)
            return false;
        const root = this.map.get('');
        if (root?.ignores(rel + suffix))
            return true;
        if (this.map.size === 1 && root)
            return false;
        let slash = rel.indexOf('/');
        while (slash !== -1) {
            const ig = this.map.get(rel.slice(0, slash));
            if (ig?.ignores(rel.slice(slash + 1) + suffix))
                return true;
            slash = rel.indexOf('/', slash + 1);
        }
        return false;
    }
}
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 1 modules
var scan_file = __nccwpck_require__(8);
// EXTERNAL MODULE: ./src/scan/scan-worker.ts
var scan_worker = __nccwpck_require__(323);
;// CONCATENATED MODULE: ./src/scan/parallel.ts




/** Files per batch: small enough that one thread stuck on a big bundle does not hold up the end of the scan. */
const BATCH_FILES = 32;
/**
 * Batches listed but not yet claimed, beyond which the lister stops to scan one itself: listing is faster than
 * reading, and without this the whole tree's paths would sit in every thread's queue.
 */
const MAX_QUEUED_BATCHES = 64;
/** Threads a scan reads and matches on unless told otherwise: one per core, the main thread included. */
function defaultThreads() {
    return Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)());
}
/**
 * The file the workers run: this very module's bundle. From TypeScript sources (tests run them through Vite)
 * there is no file Node can start as a worker, and the scan runs on the main thread.
 */
function workerEntry() {
    const url = new URL(import.meta.url);
    return url.protocol === 'file:' && /\.[cm]?js$/.test(url.pathname) ? url : undefined;
}
/**
 * Reads and scans files on worker threads, with the main thread joining in when it gets ahead in listing and
 * once it has no more files to list.
 * Batches get ids in listing order and every thread claims the next id from one shared counter, so the work
 * balances itself; results are merged and sorted by the caller, which makes them independent of timing.
 * A worker that fails costs nothing but time: the batches it did not finish are scanned on the main thread.
 */
class ScanPool {
    workers = [];
    batches = [];
    finished = new Set();
    claim;
    exited = [];
    result = (0,scan_file/* emptyResult */.$)();
    catalog;
    maxBytes;
    onDone;
    /** `workers` threads besides the main one, which lists files first and then scans alongside them. */
    constructor(entry, workers, catalog, maxBytes, onDone) {
        this.catalog = catalog;
        this.maxBytes = maxBytes;
        this.onDone = onDone;
        const shared = new SharedArrayBuffer(4);
        this.claim = new Int32Array(shared);
        const setup = { [scan_worker/* SCAN_WORKER_FLAG */.Ic]: true, catalog, maxBytes, claim: shared };
        for (let i = 0; i < workers; i++) {
            // No stdin, and no copies of the parent's argv: the worker only needs its workerData.
            const worker = new external_node_worker_threads_.Worker(entry, { workerData: setup, argv: [], stdin: false });
            this.workers.push(worker);
            this.exited.push(new Promise((resolve) => {
                worker.on('message', (msg) => {
                    if (msg.type === 'result')
                        this.accept(msg.id, msg.result);
                });
                // An error is followed by 'exit'; the batches it leaves are rescanned in finish().
                worker.on('error', () => { });
                worker.on('exit', () => resolve());
            }));
        }
    }
    /** Hands a batch to the workers; while too many wait unclaimed, scans waiting ones on this thread. */
    post(files, reader) {
        const id = this.batches.length;
        this.batches.push(files);
        const msg = { type: 'batch', id, files };
        for (const w of this.workers)
            w.postMessage(msg);
        while (this.batches.length - Atomics.load(this.claim, 0) > MAX_QUEUED_BATCHES) {
            const mine = Atomics.add(this.claim, 0, 1);
            if (mine >= this.batches.length)
                break;
            this.accept(mine, (0,scan_file/* scanFiles */.Tu)(this.batches[mine], this.catalog, this.maxBytes, reader));
        }
    }
    /** Called when listing is done: scans alongside the workers, then waits for them. */
    async finish(reader) {
        const total = this.batches.length;
        const end = { type: 'end', total };
        for (const w of this.workers)
            w.postMessage(end);
        for (;;) {
            const id = Atomics.add(this.claim, 0, 1);
            if (id >= total)
                break;
            this.accept(id, (0,scan_file/* scanFiles */.Tu)(this.batches[id], this.catalog, this.maxBytes, reader));
            // Let the workers' results in between batches.
            await new Promise((resolve) => setImmediate(resolve));
        }
        await Promise.all(this.exited);
        for (let id = 0; id < total; id++) {
            if (!this.finished.has(id))
                this.accept(id, (0,scan_file/* scanFiles */.Tu)(this.batches[id], this.catalog, this.maxBytes, reader));
        }
        return this.result;
    }
    accept(id, part) {
        if (this.finished.has(id))
            return;
        this.finished.add(id);
        this.batches[id] = undefined;
        (0,scan_file/* mergeResult */.AO)(this.result, part);
        this.onDone(this.result.done);
    }
}

;// CONCATENATED MODULE: ./src/scan/scanner.ts








const scanner_DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Below this many files a scan stays on the main thread unless threads are asked for: starting workers costs
 * more than it saves (a pull request's changed files, a small repository).
 */
const INLINE_FILES = 1000;
/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
class ScanTargetError extends Error {
}
async function scan(opts) {
    const started = performance.now();
    const root = await realRoot(opts.root);
    const targets = await resolveTargets(root, opts.paths ?? []);
    const catalog = opts.catalog ?? compile_compileCatalog(rules_RULES);
    const maxBytes = opts.maxFileBytes ?? scanner_DEFAULT_MAX_FILE_BYTES;
    const listing = walkFiles({ root, targets, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore });
    let lastReported = 0;
    const progress = (done) => {
        if (opts.onProgress && done - lastReported >= 500) {
            lastReported = done;
            opts.onProgress(done);
        }
    };
    const entry = workerEntry();
    const threads = opts.threads ?? defaultThreads();
    const wantWorkers = entry !== undefined && threads > 1;
    const inlineLimit = opts.threads === undefined ? INLINE_FILES : 0;
    const reader = new scan_file/* FileReader */.qg(catalog);
    let pool;
    let pending = [];
    const inline = (0,scan_file/* emptyResult */.$)();
    let result;
    // Files are scanned in batches as they are listed, so memory does not follow the size of the tree. With
    // threads to use, the first files wait in a small buffer: a scan that stays small is done on this thread;
    // one that grows past the limit starts the workers and streams batches to them while the listing goes on.
    for (const file of listing.files) {
        pending.push(file);
        if (pool) {
            if (pending.length >= BATCH_FILES) {
                pool.post(pending, reader);
                pending = [];
            }
        }
        else if (!wantWorkers) {
            if (pending.length >= BATCH_FILES) {
                (0,scan_file/* scanFiles */.Tu)(pending, catalog, maxBytes, reader, inline);
                progress(inline.done);
                pending = [];
            }
        }
        else if (pending.length > inlineLimit) {
            pool = new ScanPool(entry, threads - 1, catalog, maxBytes, progress);
            for (let i = 0; i < pending.length; i += BATCH_FILES)
                pool.post(pending.slice(i, i + BATCH_FILES), reader);
            pending = [];
        }
    }
    if (pool) {
        if (pending.length)
            pool.post(pending, reader);
        result = await pool.finish(reader);
    }
    else {
        result = inline;
        for (let i = 0; i < pending.length; i += BATCH_FILES) {
            (0,scan_file/* scanFiles */.Tu)(pending.slice(i, i + BATCH_FILES), catalog, maxBytes, reader, result);
            progress(result.done);
        }
    }
    opts.onProgress?.(result.done);
    const findings = result.findings.sort(scanner_byLocation);
    const skipped = [...listing.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, findings, skipped, stats: { files: result.files, bytes: result.bytes, durationMs: Math.round(performance.now() - started) } };
}
function scanner_byLocation(a, b) {
    return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}
async function realRoot(root) {
    try {
        const real = await external_node_fs_.promises.realpath(external_node_path_default().resolve(root));
        const st = await external_node_fs_.promises.stat(real);
        if (!st.isDirectory())
            throw new ScanTargetError(`root is not a directory: ${root}`);
        return real;
    }
    catch (err) {
        if (err instanceof ScanTargetError)
            throw err;
        throw new ScanTargetError(`root does not exist: ${root}`);
    }
}
async function resolveTargets(root, paths) {
    const out = [];
    for (const p of paths) {
        const abs = external_node_path_default().resolve(root, p);
        let real;
        try {
            // The parent's real path, so that a target that is itself a symlink is seen (and refused) as one.
            real = external_node_path_default().join(await external_node_fs_.promises.realpath(external_node_path_default().dirname(abs)), external_node_path_default().basename(abs));
            await external_node_fs_.promises.lstat(real);
        }
        catch {
            throw new ScanTargetError(`path does not exist: ${p}`);
        }
        const rel = external_node_path_default().relative(root, real);
        if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
            throw new ScanTargetError(`path is outside the scan root ${toPosix(root)}: ${p}`);
        }
        out.push(real);
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/match-text.ts + 3 modules
var match_text = __nccwpck_require__(383);
// EXTERNAL MODULE: ./src/scan/finding.ts
var finding = __nccwpck_require__(164);
;// CONCATENATED MODULE: ./src/scan/scan-contents.ts



function contentScanner(opts) {
    const started = performance.now();
    const catalog = opts.catalog ?? compileCatalog(RULES);
    const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const findings = [];
    const skipped = [];
    let files = 0;
    let bytes = 0;
    return {
        add({ path, bytes: data }) {
            if (!data) {
                skipped.push({ path, reason: 'not in the head commit' });
                return;
            }
            if (data.length > maxBytes) {
                skipped.push({ path, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(data.length)})` });
                return;
            }
            try {
                const outcome = scanBytes(data, path, catalog);
                if ('skipped' in outcome) {
                    skipped.push({ path, reason: outcome.skipped });
                    return;
                }
                files++;
                bytes += data.length;
                findings.push(...outcome.findings);
            }
            catch (err) {
                skipped.push({ path, reason: `scan error (${err.message})` });
            }
        },
        result() {
            findings.sort(byLocation);
            skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
            return { root: opts.root, findings, skipped, stats: { files, bytes, durationMs: Math.round(performance.now() - started) } };
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/index.ts






;// CONCATENATED MODULE: ./src/triage/severity.ts

const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'none'];
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function atOrAbove(findings, threshold) {
    if (threshold === 'none')
        return [];
    const min = finding/* SEVERITY_RANK */.f[threshold];
    return findings.filter((f) => finding/* SEVERITY_RANK */.f[f.severity] >= min);
}
function countBySeverity(findings) {
    const c = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            c.errors++;
        else if (f.severity === 'warning')
            c.warnings++;
        else
            c.notices++;
    }
    return c;
}
/** Most important first: severity, then path and position, so the top of the list is what to annotate. */
function rankFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __nccwpck_require__(336);
var picocolors_default = /*#__PURE__*/__nccwpck_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/guidance/languages.ts
const SNIPPET_LANGUAGES = ['python', 'typescript', 'go', 'java', 'http'];
const LANGUAGE_LABEL = {
    python: 'Python',
    typescript: 'TypeScript / JavaScript',
    go: 'Go',
    java: 'Java (and other JVM languages)',
    http: 'HTTP (curl)',
};
/** The info string of a Markdown code fence. */
const FENCE_LANGUAGE = {
    python: 'python',
    typescript: 'ts',
    go: 'go',
    java: 'java',
    http: 'sh',
};
const BY_EXTENSION = {
    py: 'python', pyi: 'python', pyw: 'python', ipynb: 'python',
    ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
    js: 'typescript', jsx: 'typescript', mjs: 'typescript', cjs: 'typescript', vue: 'typescript', svelte: 'typescript',
    go: 'go',
    java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
};
function languageOfPath(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot <= 0)
        return 'http';
    return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? 'http';
}

;// CONCATENATED MODULE: ./src/guidance/rule-guidance.ts
const HUNYUAN = 'hy3-preview';
const LKE = 'deepseek-v4-flash';
const RULE_GUIDANCE = {
    'hunyuan-hyllm-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-intl-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-cloudapi-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'lke-openai-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-cloudapi-endpoint': { topic: 'cloud-api', model: LKE },
    'hunyuan-sdk': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-sdk-llm-call': { topic: 'cloud-api', model: HUNYUAN },
    'lke-sdk-chat': { topic: 'cloud-api', model: LKE },
    'lke-sdk-chat-call': { topic: 'cloud-api', model: LKE },
    'langchain-hunyuan': { topic: 'langchain', model: HUNYUAN },
    'hunyuan-translation-model': { topic: 'model', model: 'hy-mt2-plus' },
    'hunyuan-model-shutdown': { topic: 'model', model: HUNYUAN },
    'hunyuan-model-not-on-tokenhub': { topic: 'model', model: HUNYUAN },
    'hunyuan-vision-model': { topic: 'model', model: HUNYUAN },
    'hunyuan-embedding-model': { topic: 'model', model: HUNYUAN },
    'hunyuan-model': { topic: 'model', model: HUNYUAN },
    'lke-deepseek-r1-model': { topic: 'model', model: 'deepseek-v4-pro' },
    'lke-deepseek-v3-model': { topic: 'model', model: LKE },
    'hunyuan-search-param': { topic: 'search', model: HUNYUAN },
    'lke-search-param': { topic: 'search', model: LKE },
    'lke-openai-search-param': { topic: 'search', model: LKE },
};
function guidanceForRule(ruleId) {
    return RULE_GUIDANCE[ruleId];
}

;// CONCATENATED MODULE: ./src/guidance/snippets.ts
const PY_CHAT = `# pip install openai
import os
from openai import OpenAI

client = OpenAI(
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],  # a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "Hello"}],
)
print(completion.choices[0].message.content)`;
const TS_CHAT = `// npm install openai
import OpenAI from 'openai';

const client = new OpenAI({
  baseURL: '{{BASE_URL}}',
  apiKey: process.env.TOKENHUB_API_KEY, // a TokenHub API key (Bearer), not SecretId/SecretKey
});
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log(completion.choices[0]?.message.content);`;
const GO_CHAT = `// go get github.com/openai/openai-go/v3
import (
	"context"
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")), // a TokenHub API key (Bearer), not SecretId/SecretKey
)
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Hello")},
})
if err != nil {
	panic(err)
}
fmt.Println(completion.Choices[0].Message.Content)`;
const JAVA_CHAT = `// Maven/Gradle: com.openai:openai-java
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY")) // a TokenHub API key (Bearer), not SecretId/SecretKey
    .build();
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("Hello")
    .build();
ChatCompletion completion = client.chat().completions().create(params);
System.out.println(completion.choices().get(0).message().content().orElse(""));`;
const HTTP_CHAT = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "Hello"}]}'`;
const CHAT_SNIPPETS = { python: PY_CHAT, typescript: TS_CHAT, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT };
const PY_SEARCH = `import os
from openai import OpenAI

client = OpenAI(base_url="{{BASE_URL}}", api_key=os.environ["TOKENHUB_API_KEY"])

# Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
completion = client.chat.completions.create(
    model="{{MODEL}}",
    messages=[{"role": "user", "content": "What is new in AI this week?"}],
    web_search_options={},
)

# Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
response = client.responses.create(
    model="hy3-preview",
    input="What is new in AI this week?",
    tools=[{"type": "web_search"}],
)
print(response.output_text)`;
const TS_SEARCH = `import OpenAI from 'openai';

const client = new OpenAI({ baseURL: '{{BASE_URL}}', apiKey: process.env.TOKENHUB_API_KEY });

// Chat Completions: web_search_options turns TokenHub search on (citations come back in search_results).
const completion = await client.chat.completions.create({
  model: '{{MODEL}}',
  messages: [{ role: 'user', content: 'What is new in AI this week?' }],
  web_search_options: {},
});

// Or the Responses API with the web_search tool (hy3 / hy3-preview; citations come back in annotations).
const response = await client.responses.create({
  model: 'hy3-preview',
  input: 'What is new in AI this week?',
  tools: [{ type: 'web_search' }],
});
console.log(response.output_text);`;
const GO_SEARCH = `client := openai.NewClient(
	option.WithBaseURL("{{BASE_URL}}"),
	option.WithAPIKey(os.Getenv("TOKENHUB_API_KEY")),
)
// web_search_options turns TokenHub search on. The SDK leaves an empty options struct out of the body,
// so set the field explicitly.
completion, err := client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
	Model:    "{{MODEL}}",
	Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("What is new in AI this week?")},
}, option.WithJSONSet("web_search_options", map[string]any{}))`;
const JAVA_SEARCH = `OpenAIClient client = OpenAIOkHttpClient.builder()
    .baseUrl("{{BASE_URL}}")
    .apiKey(System.getenv("TOKENHUB_API_KEY"))
    .build();
// web_search_options turns TokenHub search on (citations come back in search_results).
ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
    .model("{{MODEL}}")
    .addUserMessage("What is new in AI this week?")
    .webSearchOptions(ChatCompletionCreateParams.WebSearchOptions.builder().build())
    .build();
ChatCompletion completion = client.chat().completions().create(params);`;
const HTTP_SEARCH = `curl "{{BASE_URL}}/chat/completions" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "What is new in AI this week?"}], "web_search_options": {}}'

curl "{{BASE_URL}}/responses" \\
  -H "Authorization: Bearer $TOKENHUB_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "hy3-preview", "input": "What is new in AI this week?", "tools": [{"type": "web_search"}]}'`;
const PY_LANGCHAIN = `# pip install langchain-openai
import os
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(
    model="{{MODEL}}",
    base_url="{{BASE_URL}}",
    api_key=os.environ["TOKENHUB_API_KEY"],
)
print(llm.invoke("Hello").content)`;
const TS_LANGCHAIN = `// npm install @langchain/openai
import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: '{{MODEL}}',
  apiKey: process.env.TOKENHUB_API_KEY,
  configuration: { baseURL: '{{BASE_URL}}' },
});
console.log((await llm.invoke('Hello')).content);`;
const GUIDANCE = {
    'openai-endpoint': {
        title: 'OpenAI-compatible client pointed at a legacy endpoint',
        summary: [
            'The client already speaks the OpenAI protocol, so only its configuration changes: the base URL ' +
                '(`tokenhub-migration-check fix` rewrites it), the API key (a new TokenHub key; Hunyuan and LKE keys do not work there) ' +
                'and the model ID (a model enabled for pay-as-you-go in the TokenHub console).',
            'Look for the key where the client is built (for example `HUNYUAN_API_KEY`, `LKEAP_API_KEY` or `TENCENT_CLOUD_API_KEY`) and point it at the TokenHub key.',
        ],
        snippets: CHAT_SNIPPETS,
    },
    'cloud-api': {
        title: 'Tencent Cloud SDK or signed Cloud API call',
        summary: [
            'The Cloud API (TC3-HMAC-SHA256 signing with SecretId/SecretKey, action `ChatCompletions` and friends) has no TokenHub ' +
                'equivalent: replace the SDK client with an OpenAI SDK client against TokenHub and a TokenHub API key. The signing code and ' +
                'the Tencent Cloud SDK dependency go away.',
            'Request fields move to their OpenAI names: `Model` → `model`, `Messages[].Role`/`Content` → `messages[].role`/`content`, ' +
                '`Stream` → `stream`, `Temperature` → `temperature`, `TopP` → `top_p`; the answer is in `choices[0].message.content` ' +
                'instead of `Choices[0].Message.Content`. Search fields (`EnableEnhancement`, `EnableSearch`, ...) have no equivalent: ' +
                'see the search guidance. Note that Hunyuan\'s `ChatCompletions` searched by default (`EnableEnhancement` defaults to true), ' +
                'so a call without the field may have relied on search.',
            'Not a code rewrite, so the fix never edits it.',
        ],
        snippets: CHAT_SNIPPETS,
    },
    langchain: {
        title: 'LangChain Hunyuan integration',
        summary: [
            'Replace the Hunyuan chat model with LangChain\'s OpenAI chat model pointed at TokenHub. The Hunyuan embeddings classes ' +
                'have no TokenHub replacement in the sources: plan another embedding model and re-embed stored vectors.',
        ],
        snippets: { python: PY_LANGCHAIN, typescript: TS_LANGCHAIN, go: GO_CHAT, java: JAVA_CHAT, http: HTTP_CHAT },
    },
    search: {
        title: 'Legacy online-search parameter',
        summary: [
            'The legacy platforms\' online search is decommissioned with them; TokenHub search is a separate product with its own ' +
                'protocol and pricing. Remove the old parameters (`enable_enhancement`, `search_info`, `citation`, `force_search_enhancement`, ' +
                '`enable_speed_search`, `EnableSearch`, `enable_search`, ...): there is no field-by-field equivalent.',
            'Where the answer still needs web results, turn on TokenHub search: `web_search_options` on `/v1/chat/completions` ' +
                '(models `hy3`, `hy3-preview`, `deepseek-v4-pro`, `deepseek-v4-flash`; citations in `search_results`) or the `web_search` tool on ' +
                '`/v1/responses` (`hy3`, `hy3-preview`; citations in `annotations`). Enable search in the TokenHub console (tool management) first; ' +
                'the source can be `lite` or `standard` (`search_source`, default `standard`), and the documented limits are 5 QPS in the Guangzhou region.',
            'Code that read `SearchInfo` / `search_info` from the response must read the new citation fields instead.',
        ],
        snippets: { python: PY_SEARCH, typescript: TS_SEARCH, go: GO_SEARCH, java: JAVA_SEARCH, http: HTTP_SEARCH },
    },
    model: {
        title: 'Legacy model ID',
        summary: [
            'Only a replacement that Tencent\'s documents name is applied by `tokenhub-migration-check fix` (today: the models shut down on ' +
                '2026-06-22 become `hy3-preview`). Other replacements are suggestions, not official mappings: check that the model suits the task ' +
                'and is enabled for your key, then apply your choice with `--models legacy=new` (for example `--models hunyuan-translation=hy-mt2-plus`).',
        ],
        snippets: {},
    },
};
function fillSnippet(snippet, values) {
    return snippet.replaceAll('{{BASE_URL}}', values.baseUrl).replaceAll('{{MODEL}}', values.model);
}

;// CONCATENATED MODULE: ./src/guidance/plan.ts



/** Heaviest work first: code that must be rewritten, then search, then configuration and model IDs. */
const TOPIC_ORDER = ['cloud-api', 'langchain', 'search', 'openai-endpoint', 'model'];
function planGuidance(findings) {
    const byTopic = new Map();
    for (const f of findings) {
        const rg = guidanceForRule(f.ruleId);
        if (!rg)
            continue;
        const entry = byTopic.get(rg.topic) ?? { ruleIds: new Set(), languages: new Set(), models: new Map(), count: 0 };
        entry.ruleIds.add(f.ruleId);
        const snippets = GUIDANCE[rg.topic].snippets;
        const lang = languageOfPath(f.path);
        if (Object.keys(snippets).length)
            entry.languages.add(snippets[lang] ? lang : 'http');
        entry.models.set(rg.model, (entry.models.get(rg.model) ?? 0) + 1);
        entry.count++;
        byTopic.set(rg.topic, entry);
    }
    return TOPIC_ORDER.filter((t) => byTopic.has(t)).map((topic) => {
        const e = byTopic.get(topic);
        const model = [...e.models].sort((a, b) => b[1] - a[1])[0][0];
        return {
            topic,
            guidance: GUIDANCE[topic],
            model,
            languages: SNIPPET_LANGUAGES.filter((l) => e.languages.has(l)),
            ruleIds: [...e.ruleIds].sort(),
            findings: e.count,
        };
    });
}

;// CONCATENATED MODULE: ./src/cli/guidance-text.ts



function indent(text, by) {
    return text
        .split('\n')
        .map((l) => (l ? by + l : l))
        .join('\n');
}
/** The guidance for findings that need a person, for the terminal: per topic, the explanation, snippets and rule pages. */
function renderGuidanceText(sections, c, baseUrl) {
    if (sections.length === 0)
        return [];
    const out = [c.bold('How to migrate what needs a person'), ''];
    for (const s of sections) {
        out.push(`${c.cyan('■')} ${c.bold(s.guidance.title)} ${c.dim(`(${s.findings} finding${s.findings === 1 ? '' : 's'})`)}`);
        for (const p of s.guidance.summary)
            out.push(indent(p, '  '));
        for (const lang of s.languages) {
            const snippet = s.guidance.snippets[lang];
            if (!snippet)
                continue;
            out.push(`  ${c.underline(LANGUAGE_LABEL[lang])}:`);
            out.push(c.dim(indent(fillSnippet(snippet, { baseUrl, model: s.model }), '    ')));
        }
        out.push(`  ${c.dim('More:')} ${s.ruleIds.map(tool/* ruleDocsUrl */.hS).join(' ')}`);
        out.push('');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/text-format.ts





function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function severityLabel(c, s) {
    const padded = s.padEnd(7);
    return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}
/** One summary line, the same in every output. */
function totalLine(result) {
    const n = result.findings.length;
    const c = countBySeverity(result.findings);
    const files = new Set(result.findings.map((f) => f.path)).size;
    const found = n === 0
        ? 'No legacy Hunyuan or LKE usage found'
        : `${plural(n, 'finding')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}) in ${plural(files, 'file')}`;
    const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
    return `${found}; ${plural(result.stats.files, 'file')} scanned in ${(result.stats.durationMs / 1000).toFixed(2)}s${skipped}.`;
}
/** Human-readable report: findings grouped by file, each with its fix, then skipped files and the total. */
function renderText(result, color) {
    const c = picocolors_default().createColors(color);
    const out = [];
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.path) ?? [];
        list.push(f);
        byFile.set(f.path, list);
    }
    for (const [file, findings] of byFile) {
        out.push(c.underline(file));
        const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
        for (const f of findings) {
            const loc = `${f.line}:${f.column}`.padEnd(width);
            out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${f.message}  ${c.dim(f.ruleId)}`);
            if (f.replacement)
                out.push(`  ${' '.repeat(width)}  ${c.green('fix')}      ${f.match} → ${c.green(f.replacement)}`);
        }
        out.push('');
    }
    out.push(...renderGuidanceText(planGuidance(result.findings), c, TOKENHUB_BASE_URL_INTL));
    if (result.skipped.length) {
        out.push(c.dim(`Skipped ${plural(result.skipped.length, 'file')}:`));
        for (const s of result.skipped.slice(0, 50))
            out.push(c.dim(`  ${s.path}: ${s.reason}`));
        if (result.skipped.length > 50)
            out.push(c.dim(`  … and ${result.skipped.length - 50} more (see --format json)`));
        out.push('');
    }
    const total = totalLine(result);
    const errors = countBySeverity(result.findings).errors;
    out.push(result.findings.length === 0 ? c.green(`✔ ${total}`) : errors ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/smoke/cross-check.ts
/**
 * A model the code names that the key's model list does not contain becomes a finding on the line that names it,
 * unless a test call to it succeeded (then the list was incomplete, and the call is the better evidence).
 * Without a model list there is nothing to compare against, so no findings.
 */
function crossCheck(references, report) {
    const ids = report.modelList.ids;
    if (!report.modelList.ok || !ids)
        return [];
    const listed = new Set(ids);
    const byModel = new Map(report.models.map((m) => [m.model, m]));
    const out = [];
    for (const ref of references) {
        const model = ref.match;
        if (listed.has(model))
            continue;
        const check = byModel.get(model);
        if (check?.status === 'enabled')
            continue;
        const p = check?.problem;
        const evidence = p
            ? `Its test call failed too (${[p.status ? `HTTP ${p.status}` : undefined, p.code ? `code ${p.code}` : undefined, p.kind].filter(Boolean).join(', ')}; see the smoke test results).`
            : `(The key's model list at ${report.endpoint.host} has ${ids.length} models, not this one.)`;
        out.push({ ...ref, message: `${ref.message} ${evidence}` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/smoke/select-models.ts

/** At most this many chat completions per run: each costs a round trip (and a token), and the job waits. */
const MAX_SMOKE_TEST_MODELS = 5;
/** A model ID as the user may type it: letters, digits and `._:/-`, starting with a letter or digit. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
class ModelListError extends Error {
}
function validateModelIds(ids, inputName) {
    const bad = ids.filter((id) => !MODEL_ID.test(id));
    if (bad.length) {
        throw new ModelListError(`${inputName}: not a model ID: ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}`);
    }
    return [...new Set(ids)];
}
/**
 * The models to test: those configured, else the TokenHub models the code names (most referenced first),
 * else TokenHub's guide model.
 */
function selectModels(configured, references, max = MAX_SMOKE_TEST_MODELS) {
    let source;
    let wanted;
    if (configured.length) {
        source = 'input';
        wanted = [...new Set(configured)];
    }
    else if (references.length) {
        source = 'code';
        const counts = new Map();
        for (const r of references)
            counts.set(r.match, (counts.get(r.match) ?? 0) + 1);
        // Map keeps first-seen order, and sort is stable: ties stay in the order the code names them.
        wanted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    }
    else {
        source = 'default';
        wanted = [DEFAULT_SMOKE_TEST_MODEL];
    }
    const kind = new Map(TOKENHUB_MODELS.map((m) => [m.id, m.kind]));
    const chatWanted = wanted.filter((id) => (kind.get(id) ?? 'chat') === 'chat');
    return {
        source,
        chat: chatWanted.slice(0, max),
        listOnly: wanted.filter((id) => (kind.get(id) ?? 'chat') !== 'chat'),
        overLimit: chatWanted.slice(max),
    };
}

;// CONCATENATED MODULE: ./src/smoke/base-url.ts



/** A base URL the key must not be sent to. The message names the host only, never the whole URL. */
class BaseUrlError extends Error {
}
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WHERE_TO = `Use ${TOKENHUB_BASE_URL_INTL} (international) or ${TOKENHUB_BASE_URL_MAINLAND} (mainland); ` +
    `accepted TokenHub hosts: ${TOKENHUB_HOSTS.map((h) => h.host).join(', ')}.`;
/**
 * Checks a base URL before any request is made, so that a TokenHub key never reaches a legacy Hunyuan or LKE
 * host, a typo, or a third party. Empty means the international endpoint.
 */
function parseTokenHubBaseUrl(raw) {
    const input = raw.trim() || TOKENHUB_BASE_URL_INTL;
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new BaseUrlError(`tokenhub-base-url is not a URL. ${WHERE_TO}`);
    }
    const host = url.hostname.toLowerCase();
    if (url.username || url.password) {
        throw new BaseUrlError(`tokenhub-base-url must not carry credentials (host ${host}); the key goes in tokenhub-api-key.`);
    }
    if (url.search || url.hash) {
        throw new BaseUrlError(`tokenhub-base-url must not have a query or fragment (host ${host}).`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    if (LOOPBACK_HOSTS.has(host)) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new BaseUrlError(`tokenhub-base-url must use http or https (host ${host}).`);
        return { url: `${url.protocol}//${url.host}${path}`, host, kind: 'loopback' };
    }
    const known = TOKENHUB_HOSTS.find((h) => h.host === host);
    if (!known)
        throw new BaseUrlError(notTokenHub(input, host));
    if (url.protocol !== 'https:')
        throw new BaseUrlError(`tokenhub-base-url must use https for ${host}.`);
    if (url.port)
        throw new BaseUrlError(`tokenhub-base-url must not name a port for ${host}.`);
    if (path !== '' && path !== '/v1') {
        throw new BaseUrlError(`tokenhub-base-url path must be /v1 for ${host} (got ${path}): TokenHub's OpenAI-compatible API lives there.`);
    }
    return { url: `https://${host}/v1`, host, kind: 'tokenhub', region: known.region };
}
function notTokenHub(input, host) {
    // The catalog's endpoint rules say whether this is one of the retiring platforms, and which.
    const legacy = (0,match_text/* matchText */.H)(input, 'tokenhub-base-url', compile_compileCatalog(rules_RULES)).find((f) => f.category === 'legacy-endpoint');
    if (legacy) {
        const rule = rules_RULES.find((r) => r.id === legacy.ruleId);
        return `tokenhub-base-url points at ${host}, a legacy endpoint (${rule?.title ?? legacy.ruleId}); a TokenHub key is never sent there. ${WHERE_TO}`;
    }
    return `tokenhub-base-url points at ${host}, which is not a TokenHub endpoint; the key is not sent there. ${WHERE_TO}`;
}

;// CONCATENATED MODULE: ./src/smoke/model-references.ts




let compiled;
function referenceCatalog() {
    compiled ??= compile_compileCatalog(rules_RULES, { only: [TOKENHUB_MODEL_NOT_ENABLED] });
    return compiled;
}
/** The TokenHub model references in one file's text. Pure. */
function modelReferencesInText(text, path) {
    return matchText(text, path, referenceCatalog());
}
/**
 * The references in a tree. A reference that a scan finding already calls legacy (a DeepSeek ID sent to the
 * LKE API) is not a TokenHub reference: it is about to change, so it is neither tested nor cross-checked.
 */
async function findModelReferences(scope, legacyFindings = []) {
    const result = await scan({ ...scope, catalog: referenceCatalog() });
    return withoutLegacy(result.findings, legacyFindings);
}
function withoutLegacy(references, legacyFindings) {
    const legacy = legacyFindings.filter((f) => f.category === 'legacy-model');
    if (legacy.length === 0)
        return [...references];
    return references.filter((r) => !legacy.some((l) => l.path === r.path && overlaps(l, r)));
}
function overlaps(a, b) {
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

// EXTERNAL MODULE: ./src/smoke/redact.ts
var redact = __nccwpck_require__(576);
;// CONCATENATED MODULE: ./src/smoke/index.ts






const DEFAULT_SMOKE_TIMEOUT_MS = 30_000;
async function runSmokeTest(req) {
    const selection = selectModels(req.models, req.references, req.maxModels);
    const { checkKey } = await Promise.all(/* import() */[__nccwpck_require__.e(719), __nccwpck_require__.e(122)]).then(__nccwpck_require__.bind(__nccwpck_require__, 122));
    const raw = await checkKey({
        apiKey: req.apiKey,
        endpoint: req.endpoint,
        models: selection.chat,
        timeoutMs: req.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS,
        ...(req.maxRetries !== undefined ? { maxRetries: req.maxRetries } : {}),
    });
    const { modelList } = raw;
    const listed = modelList.ok && modelList.ids ? new Set(modelList.ids) : undefined;
    const withListing = (m) => {
        if (!listed)
            return m;
        const status = modelList.statuses?.[m.model];
        const out = { ...m, listed: listed.has(m.model) };
        if (status)
            out.listStatus = status;
        if (status === 'pre-offline')
            out.note = [m.note, 'TokenHub marks it pre-offline: it is about to be retired'].filter(Boolean).join('; ');
        return out;
    };
    const models = raw.models.map(withListing);
    for (const model of selection.listOnly) {
        if (!listed) {
            models.push({ model, status: 'not-tried', note: 'not a chat model, and the key\'s model list could not be read' });
        }
        else if (listed.has(model)) {
            models.push(withListing({ model, status: 'listed', note: 'not a chat model: found in the key\'s model list, not called' }));
        }
        else {
            models.push({
                model,
                status: 'failed',
                listed: false,
                problem: {
                    kind: 'model-unavailable',
                    fatal: false,
                    message: `${model} is not in the key's model list: enable it in the TokenHub console, or check the key's Accessible Range.`,
                },
            });
        }
    }
    for (const model of selection.overLimit) {
        models.push(withListing({ model, status: 'not-tried', note: `over the limit of ${selection.chat.length} models per run; name the ones to test in smoke-test-models` }));
    }
    const failed = Boolean(modelList.problem?.fatal) || models.some((m) => m.status === 'failed');
    const report = { outcome: failed ? 'failed' : 'passed', endpoint: req.endpoint, modelList, models, modelSource: selection.source };
    return { report, findings: crossCheck(req.references, report), selection };
}

;// CONCATENATED MODULE: ./src/smoke/summary-markdown.ts
const STATUS = {
    enabled: '✅ enabled',
    listed: '✅ listed',
    failed: '❌ failed',
    'not-tried': '⏭️ not tried',
};
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
function modelCount(n) {
    return `${n} model${n === 1 ? '' : 's'}`;
}
function formatDuration(ms, attempts) {
    if (ms === undefined)
        return '–';
    const t = ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
    return attempts && attempts > 1 ? `${t} (${attempts} attempts)` : t;
}
/** One sentence: what the smoke test proved, or the first thing that stopped it (its message, or only its kind). */
function smokeVerdict(report, detail = true) {
    const tested = report.models.filter((m) => m.status === 'enabled').length;
    if (report.outcome === 'passed') {
        const list = report.modelList.ok ? '' : ' (the model list could not be read)';
        return `The TokenHub key works at ${report.endpoint.host}: ${modelCount(tested)} answered a one-token chat completion${list}.`;
    }
    const first = (report.modelList.problem?.fatal ? report.modelList.problem : undefined) ?? report.models.find((m) => m.problem)?.problem;
    const failed = report.models.filter((m) => m.status === 'failed').length;
    if (!detail) {
        const what = failed ? `${failed} of ${report.models.length} models failed` : (first?.kind ?? 'see above');
        return `The TokenHub smoke test failed at ${report.endpoint.host}: ${what}.`;
    }
    return `The TokenHub smoke test failed at ${report.endpoint.host}${first ? `: ${first.message}` : '.'}`;
}
const SOURCE = {
    input: 'named in `smoke-test-models`',
    code: 'the TokenHub model IDs the code references',
    default: 'the default (the code names no TokenHub model)',
};
/** The job-summary section. Nothing here comes from the key; server text arrives already redacted. */
function renderSmokeSummary(report, findings) {
    // Starts with a blank line: it follows the scan's section in the same summary.
    const out = ['', '## TokenHub key smoke test', ''];
    out.push(`${report.outcome === 'passed' ? '✅' : '❌'} ${cell(smokeVerdict(report))}`, '');
    const ml = report.modelList;
    const listLine = ml.ok
        ? `Key check (GET /models): ${modelCount(ml.ids?.length ?? 0)} visible, ${formatDuration(ml.durationMs, ml.attempts)}.`
        : `Key check (GET /models): ${cell(ml.problem?.message ?? 'no list')} (${formatDuration(ml.durationMs, ml.attempts)})`;
    out.push(listLine, '', `Models tested: ${SOURCE[report.modelSource]}.`, '');
    if (report.models.length) {
        out.push('| Model | Status | Latency | In the key\'s model list | Details |', '|---|---|---:|---|---|');
        for (const m of report.models) {
            const listed = m.listed === undefined ? '–' : m.listed ? `yes${m.listStatus ? ` (${cell(m.listStatus)})` : ''}` : 'no';
            const details = [m.problem?.message, m.note, m.totalTokens !== undefined ? `${m.totalTokens} tokens billed` : undefined]
                .filter(Boolean)
                .map((s) => cell(s))
                .join(' ');
            out.push(`| \`${cell(m.model)}\` | ${STATUS[m.status]} | ${formatDuration(m.durationMs, m.attempts)} | ${listed} | ${details} |`);
        }
        out.push('');
    }
    if (findings.length) {
        out.push(findings.length === 1 ? '**1** place in the code names a model the key cannot use:' : `**${findings.length}** places in the code name a model the key cannot use:`, '');
        for (const f of findings.slice(0, 50))
            out.push(`- \`${cell(f.path)}:${f.line}\`: \`${cell(f.match)}\``);
        if (findings.length > 50)
            out.push(`- … and ${findings.length - 50} more (see the findings above or the JSON report)`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/smoke-test-command.ts
/**
 * `tokenhub-migration-check smoke-test`: the key smoke test from a terminal or another CI. The key comes from
 * the TOKENHUB_API_KEY environment variable only (a command-line argument would land in shell history and in
 * the process list).
 */







const SMOKE_TEST_HELP = `Usage:
  ${tool/* TOOL_NAME */.lH} smoke-test [paths...] [options]

Checks a TokenHub API key: lists the models it can see (GET /models), makes one chat completion with
max_tokens 1 per model (at most ${MAX_SMOKE_TEST_MODELS}), and reports code lines that name a TokenHub model the key cannot use.
The key is read from the TOKENHUB_API_KEY environment variable and is never printed.

Options:
      --base-url <url>        TokenHub base URL (default: $TOKENHUB_BASE_URL, else ${TOKENHUB_BASE_URL_INTL})
  -m, --model <id>            model to test (repeatable; default: the TokenHub models the code references,
                              else deepseek-v4-flash)
      --timeout <seconds>     wait per request (default: ${DEFAULT_SMOKE_TIMEOUT_MS / 1000}; the openai SDK retries twice)
  -f, --format <text|json>    output format (default: text)
      --root <dir>            folder that reported paths are relative to (default: the current folder)
      --exclude <glob>        leave matching files out when looking for model IDs (repeatable)
      --no-gitignore          also look in files that .gitignore excludes
  -h, --help                  show this help

Exit status: 0 passed, 1 failed, 2 usage error (no key, a base URL that is not TokenHub).
`;
const OPTIONS = {
    'base-url': { type: 'string' },
    model: { type: 'string', short: 'm', multiple: true },
    timeout: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    root: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    'no-gitignore': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
/** Thrown for bad arguments; main() prints it and exits 2. */
class SmokeUsageError extends Error {
}
async function runSmokeTestCommand(args, io, resolveRoot) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new SmokeUsageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(SMOKE_TEST_HELP);
        return 0;
    }
    const format = values.format;
    if (format !== 'text' && format !== 'json')
        throw new SmokeUsageError(`--format must be text or json (got '${format}')`);
    const key = (io.env.TOKENHUB_API_KEY ?? '').trim();
    if (!key) {
        throw new SmokeUsageError('set TOKENHUB_API_KEY to the TokenHub API key to test (create one in the TokenHub console)');
    }
    let timeoutMs = DEFAULT_SMOKE_TIMEOUT_MS;
    if (values.timeout !== undefined) {
        const s = Number(values.timeout);
        if (!Number.isFinite(s) || s <= 0 || s > 600)
            throw new SmokeUsageError(`--timeout must be seconds between 0 and 600 (got '${values.timeout}')`);
        timeoutMs = Math.round(s * 1000);
    }
    let models;
    let endpoint;
    try {
        models = validateModelIds(values.model ?? [], '--model');
        endpoint = parseTokenHubBaseUrl(values['base-url'] ?? io.env.TOKENHUB_BASE_URL ?? '');
    }
    catch (err) {
        if (err instanceof ModelListError || err instanceof BaseUrlError)
            throw new SmokeUsageError(err.message.replace(/^tokenhub-base-url/, '--base-url'));
        throw err;
    }
    const targets = positionals.map((p) => external_node_path_default().resolve(io.cwd, p));
    const root = values.root ? external_node_path_default().resolve(io.cwd, values.root) : resolveRoot(io.cwd, targets);
    const scope = { root, paths: targets, exclude: values.exclude, gitignore: !values['no-gitignore'] };
    const legacy = (await scan(scope)).findings;
    const references = await findModelReferences(scope, legacy);
    const { report, findings } = await runSmokeTest({ apiKey: key, endpoint, models, references, timeoutMs });
    const rendered = format === 'json'
        ? JSON.stringify({ version: 1, tool: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr }, smokeTest: report, findings }, null, 2) + '\n'
        : renderSmokeText(report, findings);
    // The check never puts the key in its report; this is the last line of defence for the terminal.
    io.stdout.write((0,redact/* redact */.E)(rendered, [key]));
    return report.outcome === 'passed' ? 0 : 1;
}
function renderSmokeText(report, findings) {
    const out = [`TokenHub smoke test at ${report.endpoint.url}`];
    const ml = report.modelList;
    out.push(ml.ok
        ? `  GET /models: ${modelCount(ml.ids?.length ?? 0)} visible to the key (${formatDuration(ml.durationMs, ml.attempts)})`
        : `  GET /models: ${ml.problem?.message ?? 'no list'}`);
    const width = Math.max(0, ...report.models.map((m) => m.model.length));
    for (const m of report.models) {
        const listed = m.listed === undefined ? '' : m.listed ? ', listed' : ', not listed';
        const time = m.durationMs !== undefined ? `  ${formatDuration(m.durationMs, m.attempts)}` : '';
        out.push(`  ${m.model.padEnd(width)}  ${m.status}${listed}${time}`);
        const detail = m.problem?.message ?? m.note;
        if (detail)
            out.push(`  ${' '.repeat(width)}  ${detail}`);
    }
    if (findings.length) {
        out.push('', 'Code that names a model the key cannot use:');
        for (const f of findings)
            out.push(`  ${f.path}:${f.line}:${f.column}  ${f.match}`);
    }
    out.push('', `${report.outcome === 'passed' ? '✔' : '✖'} ${smokeVerdict(report, false)}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/cli-io.ts



/** What every CLI command shares: exit codes, where it writes, usage errors, the root and color choices. */
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
class UsageError extends Error {
}
/**
 * Paths are reported relative to the current folder when every target lies inside it (as in CI, where that
 * folder is the repository), else relative to the single target folder given.
 */
function defaultRoot(cwd, targets) {
    const inside = (t) => {
        const rel = external_node_path_default().relative(cwd, t);
        return !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
    };
    if (targets.every(inside))
        return cwd;
    if (targets.length === 1) {
        const only = targets[0];
        const isDir = (() => {
            try {
                return (0,external_node_fs_.statSync)(only).isDirectory();
            }
            catch {
                throw new ScanTargetError(`path does not exist: ${only}`);
            }
        })();
        return isDir ? only : external_node_path_default().dirname(only);
    }
    throw new UsageError('paths outside the current folder need --root, a folder that contains them all');
}
function wantsColor(io) {
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}
function parseMaxFileSize(raw) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
        throw new UsageError(`--max-file-size must be a positive number of bytes (got '${raw}')`);
    return n;
}

;// CONCATENATED MODULE: ./src/fix/fixability.ts
function fixabilityOf(rule) {
    if (rule.signalOnly || rule.smokeTestOnly)
        return 'manual';
    const { replacement } = rule;
    const deterministic = replacement.rewrite !== undefined || (replacement.value !== undefined && rule.category === 'legacy-model');
    if (deterministic && replacement.evidence === 'confirmed')
        return 'safe';
    if (replacement.value !== undefined && rule.category === 'legacy-model')
        return 'suggested';
    return 'manual';
}
/**
 * A finding of this rule can take a user's `--models` mapping: a legacy model ID. (The smoke test's cross-check
 * rule is filed under models too, but it matches TokenHub's own IDs: those are the mapping's targets.)
 */
function acceptsModelMapping(rule) {
    return rule.category === 'legacy-model' && !rule.signalOnly && !rule.smokeTestOnly;
}

;// CONCATENATED MODULE: ./src/fix/model-map.ts

class ModelMapError extends Error {
}
/** A model ID as it appears in code: no spaces, quotes or separators that would change the text around it. */
const model_map_MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
/**
 * Parses `legacy=new` pairs (comma-separated; the option may be repeated) and checks them against the catalog:
 * the legacy side must be a model ID a model rule reports, and the new side must not be one, so that a second
 * run never finds something to change again.
 */
function parseModelMap(specs, rules) {
    const map = new Map();
    const modelRules = rules.filter(acceptsModelMapping).map(wholeMatcher);
    for (const spec of specs) {
        for (const raw of spec.split(',')) {
            const pair = raw.trim();
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            if (eq <= 0 || eq === pair.length - 1)
                throw new ModelMapError(`--models expects legacy=new pairs (got '${pair}')`);
            const from = pair.slice(0, eq).trim();
            const to = pair.slice(eq + 1).trim();
            for (const id of [from, to]) {
                if (!model_map_MODEL_ID.test(id))
                    throw new ModelMapError(`--models: '${id}' is not a model ID`);
            }
            if (from === to)
                throw new ModelMapError(`--models: '${from}' is mapped to itself`);
            const previous = map.get(from);
            if (previous !== undefined && previous !== to) {
                throw new ModelMapError(`--models: '${from}' is mapped twice ('${previous}' and '${to}')`);
            }
            if (!modelRules.some((m) => m.matches(from))) {
                throw new ModelMapError(`--models: '${from}' is not a legacy model ID this tool reports, so there is nothing to map`);
            }
            const flagged = modelRules.find((m) => m.alwaysReported && m.matches(to));
            if (flagged) {
                throw new ModelMapError(`--models: the new model '${to}' is itself a legacy model ID (rule ${flagged.id}); choose a TokenHub model`);
            }
            map.set(from, to);
        }
    }
    return map;
}
function wholeMatcher(rule) {
    const re = new RegExp(`^(?:${rule.pattern})$`, rule.caseSensitive ? '' : 'i');
    const unless = rule.unless ? new RegExp(rule.unless, 'i') : undefined;
    return {
        id: rule.id,
        alwaysReported: !rule.context?.anyOf?.length,
        matches: (id) => re.test(id) && !unless?.test(id),
    };
}
function formatModelMap(map) {
    return [...map].map(([from, to]) => `${from}=${to}`).join(',');
}

;// CONCATENATED MODULE: ./src/fix/region.ts

const REGIONS = ['intl', 'mainland'];
function isRegion(value) {
    return REGIONS.includes(value);
}
function baseUrlFor(region) {
    return region === 'mainland' ? TOKENHUB_BASE_URL_MAINLAND : TOKENHUB_BASE_URL_INTL;
}
const INTL_HOST = new URL(TOKENHUB_BASE_URL_INTL).host;
const MAINLAND_HOST = new URL(TOKENHUB_BASE_URL_MAINLAND).host;
/**
 * Adapts a catalog rewrite (written for the international site) to the region, and upgrades a plain-http
 * TokenHub URL to https: TokenHub is documented over https only, and the Bearer key must not travel in clear.
 */
function forRegion(rewritten, region) {
    const host = region === 'mainland' ? MAINLAND_HOST : INTL_HOST;
    let out = rewritten.replace(INTL_HOST, host);
    if (out.toLowerCase().startsWith(`http://${host}`))
        out = `https://${out.slice('http://'.length)}`;
    return out;
}

// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(771);
// EXTERNAL MODULE: ./src/scan/prefilter.ts
var prefilter = __nccwpck_require__(18);
;// CONCATENATED MODULE: ./src/fix/codec.ts

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function decodeForFix(bytes) {
    const decoded = (0,decode/* decode */.D)(bytes);
    if (decoded.kind === 'skip')
        return decoded;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let codec;
    let text;
    if (decoded.encoding === 'utf-8' && decoded.invalidUtf8) {
        codec = { encoding: 'latin1', bom: false };
        text = buf.toString('latin1');
    }
    else {
        codec = { encoding: decoded.encoding, bom: decoded.encoding !== 'utf-8' || buf.subarray(0, 3).equals(UTF8_BOM) };
        text = decoded.text;
    }
    // Editing is only safe when the untouched text encodes back to exactly the bytes it came from
    // (not so for, say, a UTF-16 file with an odd byte count or an unpaired surrogate).
    if (!encodeText(text, codec).equals(buf)) {
        return { kind: 'skip', reason: `cannot be rewritten byte for byte (${codec.encoding})` };
    }
    return { kind: 'text', text, codec };
}
function encodeText(text, codec) {
    switch (codec.encoding) {
        case 'utf-8': {
            const body = Buffer.from(text, 'utf8');
            return codec.bom ? Buffer.concat([UTF8_BOM, body]) : body;
        }
        case 'utf-16le':
            return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        case 'utf-16be':
            return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
        case 'latin1':
            return Buffer.from(text, 'latin1');
    }
}

;// CONCATENATED MODULE: ./src/fix/fix-text.ts



const byId = new WeakMap();
function compiledRule(catalog, ruleId) {
    let map = byId.get(catalog);
    if (!map) {
        map = new Map(catalog.rules.map((c) => [c.rule.id, c]));
        byId.set(catalog, map);
    }
    return map.get(ruleId);
}
/**
 * The text that replaces a finding's matched text, when the fix may write it: the user's mapping for a model ID,
 * else the catalog's safe replacement (adapted to the region for base URLs). Undefined when a person must decide.
 */
function fixReplacement(finding, matched, catalog, opts) {
    const compiled = compiledRule(catalog, finding.ruleId);
    if (!compiled)
        return undefined;
    const { rule } = compiled;
    const mapped = acceptsModelMapping(rule) ? opts.models?.get(matched) : undefined;
    if (mapped !== undefined)
        return { to: mapped, origin: 'mapping' };
    if (fixabilityOf(rule) !== 'safe')
        return undefined;
    const raw = (0,match_text/* replacementFor */.a)(compiled, matched);
    if (raw === undefined)
        return undefined;
    const to = rule.category === 'legacy-endpoint' ? forRegion(raw, opts.region) : raw;
    return to === matched ? undefined : { to, origin: 'catalog' };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function remainingOf(finding, catalog) {
    const rule = compiledRule(catalog, finding.ruleId)?.rule;
    if (rule && fixabilityOf(rule) === 'suggested' && finding.replacement !== undefined) {
        return { finding, fixability: 'suggested', suggestion: finding.replacement };
    }
    return { finding, fixability: 'manual' };
}
/**
 * Applies the fixes for `findings` (found by matchText on this very text) and returns the new text. Pure. Each
 * replacement stays on its line, so line numbers, line endings and everything between the matches are unchanged.
 */
function fixText(text, findings, catalog, opts) {
    const starts = lineStarts(text);
    const edits = [];
    const remaining = [];
    for (const finding of findings) {
        const lineStart = starts[finding.line - 1];
        if (lineStart === undefined || finding.endLine !== finding.line) {
            remaining.push(remainingOf(finding, catalog));
            continue;
        }
        const start = lineStart + finding.column - 1;
        const end = lineStart + finding.endColumn - 1;
        const matched = text.slice(start, end);
        // The finding must describe this text: a stale finding (from another version of the file) is never applied.
        const truncated = finding.match.endsWith('…') && finding.match.length < matched.length;
        const describesText = truncated ? matched.startsWith(finding.match.slice(0, -1)) : matched === finding.match;
        const fix = describesText ? fixReplacement(finding, matched, catalog, opts) : undefined;
        if (!fix) {
            remaining.push(remainingOf(finding, catalog));
            continue;
        }
        edits.push({ start, end, finding, from: matched, ...fix });
    }
    edits.sort((a, b) => a.start - b.start);
    const applied = [];
    const parts = [];
    let cursor = 0;
    for (const e of edits) {
        if (e.start < cursor) {
            // Overlapping matches of two categories: keep the first, leave the other to a person.
            remaining.push(remainingOf(e.finding, catalog));
            continue;
        }
        parts.push(text.slice(cursor, e.start), e.to);
        cursor = e.end;
        applied.push({ finding: e.finding, from: e.from, to: e.to, origin: e.origin });
    }
    parts.push(text.slice(cursor));
    remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return { text: applied.length ? parts.join('') : text, applied, remaining };
}
/**
 * The fixed version of one line, for a review-comment suggestion: the same replacements the fix writes.
 * `findings` are those reported on that line (their `line` is the line's number in the file).
 */
function fixLine(lineText, findings, catalog, opts) {
    const onLine = findings.filter((f) => f.line === f.endLine).map((f) => ({ ...f, line: 1, endLine: 1 }));
    if (onLine.length === 0 || lineText.includes('\n'))
        return undefined;
    const fixed = fixText(lineText, onLine, catalog, opts);
    if (fixed.applied.length === 0)
        return undefined;
    const original = new Map(onLine.map((f, i) => [f, findings.filter((g) => g.line === g.endLine)[i]]));
    return {
        line: fixed.text,
        applied: fixed.applied.map((a) => ({ ...a, finding: original.get(a.finding) ?? a.finding })),
    };
}

;// CONCATENATED MODULE: ./src/fix/fix-bytes.ts





/**
 * Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
 * edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
 */
function fixBytes(bytes, rel, catalog, opts) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (!utf16) {
        if ((0,decode/* isBinary */.G)(bytes))
            return { kind: 'skipped', reason: 'binary' };
        const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
        if (!(0,prefilter/* prefilterOf */.R)(catalog).test(latin1))
            return { kind: 'clean' };
    }
    const decoded = decodeForFix(bytes);
    if (decoded.kind === 'skip')
        return { kind: 'skipped', reason: decoded.reason };
    const findings = (0,match_text/* matchText */.H)(decoded.text, rel, catalog);
    if (findings.length === 0)
        return { kind: 'clean' };
    const fixed = fixText(decoded.text, findings, catalog, opts);
    const changed = fixed.applied.length > 0;
    if (changed)
        markHiddenByFix(fixed.remaining, (0,match_text/* matchText */.H)(fixed.text, rel, catalog));
    return {
        kind: changed ? 'fixed' : 'unchanged',
        encoding: decoded.codec.encoding,
        before: decoded.text,
        after: fixed.text,
        bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        applied: fixed.applied,
        remaining: fixed.remaining,
    };
}
/** Marks the findings left over that a scan of the fixed text no longer reports (their context was the fixed endpoint). */
function markHiddenByFix(remaining, after) {
    // Columns move when an earlier replacement on the same line changes length; rule, line and text do not.
    const key = (f) => `${f.ruleId}\u0000${f.line}\u0000${f.match}`;
    const still = new Map();
    for (const f of after)
        still.set(key(f), (still.get(key(f)) ?? 0) + 1);
    for (const r of remaining) {
        const n = still.get(key(r.finding)) ?? 0;
        if (n > 0)
            still.set(key(r.finding), n - 1);
        else
            r.hiddenByFix = true;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/fix/unified-diff.ts

/** A unified diff of one file, in the form `git apply` and `patch -p1` read. */
function unifiedDiff(rel, before, after) {
    return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

;// CONCATENATED MODULE: ./src/fix/write-atomic.ts



class FileChangedError extends Error {
}
function sha256(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
function snapshotOf(st, bytes) {
    return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, sha256: sha256(bytes) };
}
/** Reads a file and what it looked like, from one open handle. */
async function readWithSnapshot(abs) {
    const fh = await external_node_fs_.promises.open(abs, 'r');
    try {
        const st = await fh.stat();
        const bytes = await fh.readFile();
        return { bytes, snapshot: snapshotOf(st, bytes) };
    }
    finally {
        await fh.close();
    }
}
/**
 * Replaces a file's content atomically: the new bytes go to a temporary file in the same folder, with the original
 * mode (and owner, where we may set it), then take its place by rename, so a reader sees the old or the new file,
 * never half of one. Refuses, leaving the file as it is, when it changed since `expected` was taken.
 */
async function writeAtomic(abs, bytes, expected) {
    const dir = external_node_path_default().dirname(abs);
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(abs)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tokenhub-fix.tmp`);
    const mode = expected.mode & 0o7777;
    const fh = await external_node_fs_.promises.open(tmp, 'wx', mode);
    let renamed = false;
    try {
        try {
            await fh.writeFile(bytes);
            // open() applies the umask; the file must keep exactly its old mode (an executable script stays executable).
            await fh.chmod(mode);
            if (process.getuid?.() === 0)
                await fh.chown(expected.uid, expected.gid).catch(() => undefined);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await assertUnchanged(abs, expected);
        await external_node_fs_.promises.rename(tmp, abs);
        renamed = true;
    }
    finally {
        if (!renamed)
            await external_node_fs_.promises.rm(tmp, { force: true });
    }
}
async function assertUnchanged(abs, expected) {
    let st;
    try {
        st = await external_node_fs_.promises.lstat(abs);
    }
    catch {
        throw new FileChangedError('it was removed during the run');
    }
    if (!st.isFile())
        throw new FileChangedError('it is no longer a regular file');
    if (st.ino !== expected.ino || st.size !== expected.size || st.mtimeMs !== expected.mtimeMs || st.mode !== expected.mode) {
        throw new FileChangedError('it changed during the run');
    }
    if (sha256(await external_node_fs_.promises.readFile(abs)) !== expected.sha256)
        throw new FileChangedError('its content changed during the run');
}

;// CONCATENATED MODULE: ./src/fix/run-fix.ts







/** Finds the safe fixes under the root and applies them in place (or, in a dry run, only reports them). */
async function runFix(opts) {
    const started = performance.now();
    const root = await realRoot(opts.root);
    const targets = await resolveTargets(root, opts.paths ?? []);
    const catalog = opts.catalog ?? compile_compileCatalog(rules_RULES);
    const maxBytes = opts.maxFileBytes ?? scanner_DEFAULT_MAX_FILE_BYTES;
    const fixOptions = { region: opts.region, ...(opts.models ? { models: opts.models } : {}) };
    const listing = await listFiles({ root, targets, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore });
    const changes = [];
    const remaining = [];
    const skipped = listing.skipped;
    const refused = [];
    let files = 0;
    const handle = async (file) => {
        if (file.size !== undefined && file.size > maxBytes) {
            skipped.push({ path: file.rel, reason: `larger than ${(0,scan_file/* formatBytes */.z3)(maxBytes)} (${(0,scan_file/* formatBytes */.z3)(file.size)})` });
            return;
        }
        let read;
        try {
            read = await readWithSnapshot(file.abs);
        }
        catch (err) {
            skipped.push({ path: file.rel, reason: `unreadable (${err.code ?? err.message})` });
            return;
        }
        if (read.bytes.length > maxBytes) {
            skipped.push({ path: file.rel, reason: `larger than ${(0,scan_file/* formatBytes */.z3)(maxBytes)} (${(0,scan_file/* formatBytes */.z3)(read.bytes.length)})` });
            return;
        }
        const outcome = fixBytes(read.bytes, file.rel, catalog, fixOptions);
        if (outcome.kind === 'skipped') {
            skipped.push({ path: file.rel, reason: outcome.reason });
            return;
        }
        files++;
        if (outcome.kind === 'clean')
            return;
        remaining.push(...outcome.remaining);
        if (outcome.kind === 'unchanged')
            return;
        const change = {
            path: file.rel,
            encoding: outcome.encoding,
            applied: outcome.applied,
            diff: unifiedDiff(file.rel, outcome.before, outcome.after),
            written: false,
        };
        if (!opts.dryRun) {
            try {
                await opts.beforeWrite?.(file.rel);
                await writeAtomic(file.abs, outcome.bytes, read.snapshot);
                change.written = true;
            }
            catch (err) {
                const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${err.code ?? err.message})`;
                refused.push({ path: file.rel, reason });
                return;
            }
        }
        changes.push(change);
    };
    const inFlight = new Set();
    for await (const file of listing.files) {
        const p = handle(file).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= 8)
            await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    changes.sort(byPath);
    refused.sort(byPath);
    skipped.sort(byPath);
    remaining.sort((a, b) => byPath(a.finding, b.finding) || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return {
        root,
        dryRun: Boolean(opts.dryRun),
        options: fixOptions,
        changes,
        remaining,
        skipped,
        refused,
        stats: { files, durationMs: Math.round(performance.now() - started) },
    };
}

;// CONCATENATED MODULE: ./src/cli/fix-format.ts







const TITLES = new Map(rules_RULES.map((r) => [r.id, r.title]));
function fix_format_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function fix_format_severityLabel(c, s) {
    const padded = s.padEnd(7);
    return s === 'error' ? c.red(padded) : s === 'warning' ? c.yellow(padded) : c.blue(padded);
}
function groupByPath(items, pathOf) {
    const map = new Map();
    for (const item of items) {
        const list = map.get(pathOf(item)) ?? [];
        list.push(item);
        map.set(pathOf(item), list);
    }
    return map;
}
/** The fix report for the terminal: what changed, what was only suggested, what needs a person and how. */
function renderFixText(result, color) {
    const c = picocolors_default().createColors(color);
    const out = [];
    const replacements = result.changes.reduce((n, ch) => n + ch.applied.length, 0);
    const verb = result.dryRun ? 'Would fix' : 'Fixed';
    if (result.changes.length) {
        out.push(c.bold(`${verb} ${fix_format_plural(result.changes.length, 'file')} (${fix_format_plural(replacements, 'replacement')}):`));
        for (const ch of result.changes) {
            out.push(c.underline(ch.path));
            const width = Math.max(...ch.applied.map((a) => `${a.finding.line}:${a.finding.column}`.length));
            for (const a of ch.applied) {
                const loc = `${a.finding.line}:${a.finding.column}`.padEnd(width);
                const origin = a.origin === 'mapping' ? c.dim(' (your --models mapping)') : '';
                out.push(`  ${c.dim(loc)}  ${a.from} → ${c.green(a.to)}${origin}  ${c.dim(a.finding.ruleId)}`);
            }
        }
        out.push('');
        if (result.changes.some((ch) => ch.applied.some((a) => a.finding.category === 'legacy-endpoint'))) {
            const region = result.options.region;
            out.push(`Base URLs now point at TokenHub's ${region === 'mainland' ? 'mainland' : 'international'} site (${baseUrlFor(region)}); ` +
                `${region === 'mainland' ? 'use --region intl for the international site' : 'use --region mainland for the mainland site'}.`, 'The API key changes too: use a TokenHub API key, and enable pay-as-you-go for each model the code calls.', '');
        }
    }
    else {
        out.push(`Nothing to rewrite safely${result.remaining.length ? '' : ': no legacy Hunyuan or LKE usage found'}.`, '');
    }
    const suggested = result.remaining.filter((r) => r.fixability === 'suggested');
    const manual = result.remaining.filter((r) => r.fixability === 'manual');
    if (suggested.length) {
        out.push(c.bold(`Suggested replacements, not applied (${fix_format_plural(suggested.length, 'finding')}): our suggestions, not official mappings.`));
        for (const r of suggested) {
            const f = r.finding;
            out.push(`  ${f.path}:${f.line}  ${f.match} → ${c.yellow(r.suggestion ?? '?')}  ${c.dim(f.ruleId)}`);
        }
        const mapping = new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? '']));
        out.push(`  After checking each model suits the task and is enabled for your key, apply them with:`);
        out.push(`    ${tool/* TOOL_NAME */.lH} fix --models ${formatModelMap(mapping)}`, '');
    }
    if (manual.length) {
        out.push(c.bold(`Needs a person (${fix_format_plural(manual.length, 'finding')}); not edited:`));
        for (const [file, items] of groupByPath(manual, (r) => r.finding.path)) {
            out.push(c.underline(file));
            const width = Math.max(...items.map((r) => `${r.finding.line}:${r.finding.column}`.length));
            for (const { finding: f } of items) {
                const loc = `${f.line}:${f.column}`.padEnd(width);
                out.push(`  ${c.dim(loc)}  ${fix_format_severityLabel(c, f.severity)}  ${f.match}  ${TITLES.get(f.ruleId) ?? ''}  ${c.dim(f.ruleId)}`);
            }
        }
        out.push('');
    }
    // A search parameter or DeepSeek model ID is legacy only next to a legacy endpoint; once the endpoint is rewritten
    // a scan stops reporting it, so say so while the list is still in front of the user.
    const hidden = result.remaining.filter((r) => r.hiddenByFix);
    if (hidden.length) {
        out.push(c.yellow(`Note: ${fix_format_plural(hidden.length, 'finding')} above (${hidden.map((r) => `${r.finding.path}:${r.finding.line}`).join(', ')}) ` +
            `${hidden.length === 1 ? 'was' : 'were'} recognised through a legacy endpoint that the fix rewrites; after it, a scan no longer reports ` +
            `${hidden.length === 1 ? 'it' : 'them'}, so deal with ${hidden.length === 1 ? 'it' : 'them'} now.`), '');
    }
    out.push(...renderGuidanceText(planGuidance([...manual, ...suggested].map((r) => r.finding)), c, baseUrlFor(result.options.region)));
    if (result.refused.length) {
        out.push(c.red(c.bold(`Not written (${fix_format_plural(result.refused.length, 'file')}):`)));
        for (const r of result.refused)
            out.push(`  ${r.path}: ${r.reason}`);
        out.push('');
    }
    if (result.skipped.length) {
        out.push(c.dim(`Skipped ${fix_format_plural(result.skipped.length, 'file')} (never edited):`));
        for (const s of result.skipped.slice(0, 50))
            out.push(c.dim(`  ${s.path}: ${s.reason}`));
        if (result.skipped.length > 50)
            out.push(c.dim(`  … and ${result.skipped.length - 50} more`));
        out.push('');
    }
    const done = result.changes.length
        ? `${verb} ${fix_format_plural(replacements, 'replacement')} in ${fix_format_plural(result.changes.length, 'file')}`
        : 'Nothing rewritten';
    const total = `${done}; ` +
        `${fix_format_plural(suggested.length, 'suggestion')} to confirm, ${fix_format_plural(manual.length, 'finding')} need${manual.length === 1 ? 's' : ''} a person; ` +
        `${fix_format_plural(result.stats.files, 'file')} checked.`;
    const ok = result.refused.length === 0 && suggested.length === 0 && manual.length === 0;
    out.push(ok ? c.green(`✔ ${total}`) : result.refused.length ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/fix-command.ts












const FIX_HELP = `Usage:
  ${tool/* TOOL_NAME */.lH} fix [paths...] [options]

Applies the safe fixes in place:
  - legacy OpenAI-compatible base URLs (Hunyuan, LKE DeepSeek) become the TokenHub base URL, keeping the path;
  - model IDs with a replacement confirmed by Tencent's documents (the models shut down on 2026-06-22 become hy3-preview);
  - with --models, your own mapping of legacy model IDs.
Suggested replacements that are not official mappings are listed, not applied. SDK clients, signing code and search
parameters are listed with migration guidance and never edited. Binary and skipped files are never touched; a file
that changes while the fix runs is left as it is.

Options:
      --dry-run                    print a unified diff of the changes instead of writing them (report on stderr)
      --region <intl|mainland>     which TokenHub site base URLs point at (default: intl)
      --models <legacy=new,...>    also replace these legacy model IDs (repeatable)
      --fail-on <level>            exit 1 when a finding left for a person is at or above: ${FAIL_ON_VALUES.join(', ')} (default: error)
      --include <glob>             only fix matching files (repeatable)
      --exclude <glob>             leave matching files out (repeatable)
      --root <dir>                 folder that reported paths are relative to (default: the current folder)
      --max-file-size <bytes>      skip larger files (default: ${scanner_DEFAULT_MAX_FILE_BYTES})
      --no-gitignore               also fix files that .gitignore excludes
      --no-color                   plain text output
  -h, --help                       show this help

Exit status: 0 nothing left at or above --fail-on, 1 findings left at or above it or a file not written,
2 usage or configuration error.
`;
const FIX_OPTIONS = {
    'dry-run': { type: 'boolean', default: false },
    region: { type: 'string', default: 'intl' },
    models: { type: 'string', multiple: true },
    'fail-on': { type: 'string', default: 'error' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    root: { type: 'string' },
    'max-file-size': { type: 'string' },
    'no-gitignore': { type: 'boolean', default: false },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
async function runFixCommand(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args, options: FIX_OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(FIX_HELP);
        return EXIT_OK;
    }
    const region = values.region;
    if (!isRegion(region))
        throw new UsageError(`--region must be ${REGIONS.join(' or ')} (got '${region}')`);
    const failOn = values['fail-on'];
    if (!isFailOn(failOn))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
    let models;
    try {
        models = parseModelMap(values.models ?? [], rules_RULES);
    }
    catch (err) {
        if (err instanceof ModelMapError)
            throw new UsageError(err.message);
        throw err;
    }
    const maxFileBytes = parseMaxFileSize(values['max-file-size']);
    const targets = positionals.map((p) => external_node_path_default().resolve(io.cwd, p));
    const root = values.root ? external_node_path_default().resolve(io.cwd, values.root) : defaultRoot(io.cwd, targets);
    const dryRun = values['dry-run'];
    const result = await runFix({
        root,
        paths: targets,
        include: values.include,
        exclude: values.exclude,
        gitignore: !values['no-gitignore'],
        maxFileBytes,
        region,
        models,
        dryRun,
    });
    // In a dry run stdout carries only the patch, so that it can be piped to `git apply`; the report goes to stderr.
    const reportStream = dryRun ? io.stderr : io.stdout;
    if (dryRun)
        io.stdout.write(result.changes.map((ch) => ch.diff).join(''));
    const color = !values['no-color'] && wantsColor({ ...io, stdout: reportStream });
    reportStream.write(renderFixText(result, color));
    const threshold = failOn === 'none' ? Infinity : finding/* SEVERITY_RANK */.f[failOn];
    const left = result.remaining.some((r) => finding/* SEVERITY_RANK */.f[r.finding.severity] >= threshold);
    return left || result.refused.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const HELP = `${tool/* TOOL_NAME */.lH} ${tool/* TOOL_VERSION */.wr}
Find what still ties a codebase to Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs.

Usage:
  ${tool/* TOOL_NAME */.lH} scan [paths...] [options]
  ${tool/* TOOL_NAME */.lH} fix [paths...] [options]          apply the safe fixes (see fix --help)
  ${tool/* TOOL_NAME */.lH} smoke-test [paths...] [options]   test a TokenHub API key (see smoke-test --help)

Options of scan:
  -f, --format <text|json|sarif>   output format (default: text)
  -o, --output <file>              write the report to a file instead of stdout
      --fail-on <level>            exit 1 when a finding is at or above: ${FAIL_ON_VALUES.join(', ')} (default: error)
      --include <glob>             only scan matching files (repeatable)
      --exclude <glob>             leave matching files out (repeatable)
      --root <dir>                 folder that reported paths are relative to (default: the current folder)
      --max-file-size <bytes>      skip larger files (default: ${scanner_DEFAULT_MAX_FILE_BYTES})
      --no-gitignore               scan files that .gitignore excludes
  -j, --threads <n>                threads that read and match files (default: one per core; 1 keeps
                                   the scan on the main thread; the result is the same either way)
      --no-color                   plain text output
  -h, --help                       show this help
  -v, --version                    show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
`;
const SCAN_OPTIONS = {
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string', default: 'error' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    root: { type: 'string' },
    'max-file-size': { type: 'string' },
    'no-gitignore': { type: 'boolean', default: false },
    threads: { type: 'string', short: 'j' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
async function main(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (err) {
        if (err instanceof UsageError || err instanceof SmokeUsageError || err instanceof ScanTargetError || err instanceof CatalogError) {
            io.stderr.write(`${tool/* TOOL_NAME */.lH}: ${err.message}\n`);
            if (err instanceof UsageError)
                io.stderr.write(`Run '${tool/* TOOL_NAME */.lH} --help' for usage.\n`);
            if (err instanceof SmokeUsageError)
                io.stderr.write(`Run '${tool/* TOOL_NAME */.lH} smoke-test --help' for usage.\n`);
            return EXIT_USAGE;
        }
        io.stderr.write(`${tool/* TOOL_NAME */.lH}: unexpected error: ${err.stack ?? String(err)}\n`);
        return EXIT_USAGE;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        io.stdout.write(HELP);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === '-v' || command === '--version') {
        io.stdout.write(`${tool/* TOOL_VERSION */.wr}\n`);
        return EXIT_OK;
    }
    if (command === 'scan')
        return runScan(rest, io);
    if (command === 'smoke-test')
        return runSmokeTestCommand(rest, io, defaultRoot);
    if (command === 'fix')
        return runFixCommand(rest, io);
    throw new UsageError(`unknown command '${command}'`);
}
function parse(args) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
}
async function runScan(args, io) {
    const { values, positionals } = parse(args);
    if (values.help) {
        io.stdout.write(HELP);
        return EXIT_OK;
    }
    if (values.version) {
        io.stdout.write(`${tool/* TOOL_VERSION */.wr}\n`);
        return EXIT_OK;
    }
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        throw new UsageError(`--format must be text, json or sarif (got '${format}')`);
    }
    const failOn = values['fail-on'];
    if (!isFailOn(failOn))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
    const maxFileBytes = parseMaxFileSize(values['max-file-size']);
    let threads;
    if (values.threads !== undefined) {
        threads = Number(values.threads);
        if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
            throw new UsageError(`--threads must be a whole number from 1 to 64 (got '${values.threads}')`);
        }
    }
    const targets = positionals.map((p) => external_node_path_default().resolve(io.cwd, p));
    const root = values.root ? external_node_path_default().resolve(io.cwd, values.root) : defaultRoot(io.cwd, targets);
    const progress = io.stderr.isTTY && format === 'text' && !values.output;
    const result = await scan({
        root,
        paths: targets,
        include: values.include,
        exclude: values.exclude,
        gitignore: !values['no-gitignore'],
        maxFileBytes,
        threads,
        onProgress: progress ? (n) => io.stderr.write(`\rscanning… ${n} files`) : undefined,
    });
    if (progress)
        io.stderr.write('\r\x1b[K');
    const color = format === 'text' && !values.output && !values['no-color'] && wantsColor(io);
    const rendered = format === 'json' ? renderJsonReport(result) : format === 'sarif' ? renderSarif(result) : renderText(result, color);
    if (values.output) {
        const out = external_node_path_default().resolve(io.cwd, values.output);
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(out), { recursive: true });
        await external_node_fs_.promises.writeFile(out, rendered);
        io.stderr.write(`Wrote ${format} report to ${values.output}\n`);
    }
    else {
        io.stdout.write(rendered);
    }
    return atOrAbove(result.findings, failOn).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}


/***/ }),

/***/ 771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decode),
/* harmony export */   G: () => (/* binding */ isBinary)
/* harmony export */ });
/**
 * Turning a file's bytes into text we can match, or a reason to skip it.
 * Binary detection follows git's heuristic (a NUL byte in the first 8000 bytes), after the BOMs that
 * legitimately put NULs in text (UTF-16) have been recognised.
 */
const BINARY_SNIFF_BYTES = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });
function isBinary(bytes) {
    const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    // Buffer's indexOf is memchr; a loop over the bytes in JavaScript costs a visible share of a scan.
    return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(0) !== -1;
}
function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { kind: 'text', text: utf16le.decode(bytes), encoding: 'utf-16le', invalidUtf8: false };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { kind: 'text', text: utf16be.decode(bytes), encoding: 'utf-16be', invalidUtf8: false };
    }
    if (isBinary(bytes))
        return { kind: 'skip', reason: 'binary' };
    // The strict decoder tells whether the bytes were valid; the lenient one keeps scanning a file with a stray
    // byte (legacy encodings such as GBK in comments): every ASCII host and identifier still reads correctly.
    try {
        return { kind: 'text', text: utf8Strict.decode(bytes), encoding: 'utf-8', invalidUtf8: false };
    }
    catch {
        return { kind: 'text', text: utf8.decode(bytes), encoding: 'utf-8', invalidUtf8: true };
    }
}


/***/ }),

/***/ 164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };


/***/ }),

/***/ 383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ matchText),
  a: () => (/* binding */ replacementFor)
});

;// CONCATENATED MODULE: ./src/triage/inline-ignore.ts
/**
 * Inline ignore comments, in any comment syntax:
 *   tokenhub-migration-ignore                      on the line itself
 *   tokenhub-migration-ignore-next-line            on the line before
 * optionally followed by rule ids or categories (comma or space separated) and ` -- reason`.
 * Words that are neither a rule id nor a category are read as the reason, so a bare
 * `# tokenhub-migration-ignore test fixture` ignores every rule on that line.
 */
const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/g;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;
function parseIgnoreDirectives(lineText, knownTargets) {
    if (!lineText.includes('tokenhub-migration-ignore'))
        return [];
    const directives = [];
    for (const m of lineText.matchAll(DIRECTIVE)) {
        let rest = m[2] ?? '';
        const end = rest.search(COMMENT_END);
        if (end !== -1)
            rest = rest.slice(0, end);
        let reason;
        const dash = rest.indexOf('--');
        if (dash !== -1) {
            reason = rest.slice(dash + 2).trim() || undefined;
            rest = rest.slice(0, dash);
        }
        const words = rest.replace(/^[:\s]+/, '').split(/[\s,]+/).filter(Boolean);
        const targets = words.filter((w) => knownTargets.has(w));
        if (!reason && targets.length === 0 && words.length > 0)
            reason = words.join(' ');
        directives.push({ scope: m[1] ? 'next-line' : 'line', targets, reason });
    }
    return directives;
}
function directiveCovers(d, ruleId, category) {
    return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}

// EXTERNAL MODULE: ./src/scan/finding.ts
var finding = __nccwpck_require__(164);
;// CONCATENATED MODULE: ./src/scan/lines.ts
/** Maps string offsets to 1-based line and column numbers without splitting the text into lines. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (!this.starts) {
            const starts = [0];
            let i = this.text.indexOf('\n');
            while (i !== -1) {
                starts.push(i + 1);
                i = this.text.indexOf('\n', i + 1);
            }
            this.starts = starts;
        }
        return this.starts;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const starts = this.lineStarts();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    /** The text of a 1-based line, without its line terminator. */
    lineText(line) {
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (start === undefined)
            return '';
        const next = starts[line];
        let end = next === undefined ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
}

// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(920);
// EXTERNAL MODULE: ./src/scan/prefilter.ts
var prefilter = __nccwpck_require__(18);
;// CONCATENATED MODULE: ./src/scan/rule-gate.ts


const gates = new WeakMap();
function gateOf(catalog) {
    let gate = gates.get(catalog);
    if (!gate) {
        const all = catalog.rules.flatMap((c) => c.rule.anchors);
        const minimal = (0,prefilter/* minimalAnchors */.C)(all);
        const needs = new Map();
        for (const c of catalog.rules) {
            const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
            needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : undefined);
        }
        const finder = minimal.length ? new RegExp(minimal.map(patterns/* escapeRegExp */.Nt).join('|'), 'gi') : /(?!)/g;
        gate = { finder, needs };
        gates.set(catalog, gate);
    }
    return gate;
}
/** The rules of the catalog worth running on this text, in catalog order. */
function rulesFor(text, catalog) {
    const { finder, needs } = gateOf(catalog);
    const present = new Set();
    finder.lastIndex = 0;
    let m;
    while ((m = finder.exec(text)) !== null) {
        present.add(m[0].toLowerCase());
        finder.lastIndex = m.index + 1;
    }
    return catalog.rules.filter((c) => {
        const need = needs.get(c);
        return need === undefined || need.some((a) => present.has(a));
    });
}

// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(325);
;// CONCATENATED MODULE: ./src/scan/match-text.ts





/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;
/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two passes: first every rule's raw matches and the context tags they give the file, then the decision of
 * which matches are findings, at what severity.
 */
function matchText(text, path, catalog) {
    const raw = [];
    const tags = new Set();
    for (const compiled of rulesFor(text, catalog)) {
        const { re, unless, rule } = compiled;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            let start = m.index;
            let end = start + m[0].length;
            if (rule.group && m.indices?.[rule.group])
                [start, end] = m.indices[rule.group];
            const matched = text.slice(start, end);
            if (unless?.test(matched))
                continue;
            raw.push({ compiled, start, end, text: matched });
            for (const t of rule.provides ?? [])
                tags.add(t);
        }
    }
    if (raw.length === 0)
        return [];
    resolveConditionalTags(raw, tags);
    const lines = new LineIndex(text);
    const findings = [];
    const directivesByLine = new Map();
    const directivesOn = (line) => {
        let d = directivesByLine.get(line);
        if (!d) {
            d = line >= 1 ? parseIgnoreDirectives(lines.lineText(line), catalog.ignoreTargets) : [];
            directivesByLine.set(line, d);
        }
        return d;
    };
    for (const r of raw) {
        const { rule } = r.compiled;
        if (rule.signalOnly)
            continue;
        const severity = severityInContext(rule, tags);
        if (!severity)
            continue;
        const from = lines.position(r.start);
        const to = lines.position(r.end);
        const replacement = replacementFor(r.compiled, r.text);
        const finding = {
            ruleId: rule.id,
            category: rule.category,
            severity,
            path,
            line: from.line,
            column: from.column,
            endLine: to.line,
            endColumn: to.column,
            message: composeMessage(rule, r.text, replacement),
            match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + '…' : r.text,
        };
        if (replacement !== undefined)
            finding.replacement = replacement;
        // The rule's page carries the fix, the per-language guidance and the sources (see docs/rules/).
        finding.docsUrl = (0,tool/* ruleDocsUrl */.hS)(rule.id);
        findings.push(finding);
    }
    // Ignores apply after de-duplication, so that ignoring a specific rule does not let a general one through.
    return dedupe(findings, catalog).filter((f) => {
        const here = directivesOn(f.line);
        // Text inside the directive itself (rule ids such as hunyuan-model-...) is never a finding.
        if (here.some((d) => d.scope === 'line' || d.scope === 'next-line') && f.column > directiveColumn(lines.lineText(f.line)))
            return false;
        return !(here.some((d) => d.scope === 'line' && directiveCovers(d, f.ruleId, f.category)) ||
            directivesOn(f.line - 1).some((d) => d.scope === 'next-line' && directiveCovers(d, f.ruleId, f.category)));
    });
}
function directiveColumn(lineText) {
    return lineText.indexOf('tokenhub-migration-ignore') + 1;
}
/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw, tags) {
    const conditional = [...new Set(raw.map((r) => r.compiled.rule).filter((rule) => rule.providesWhenReported?.length))];
    let changed = true;
    while (changed) {
        changed = false;
        for (const rule of conditional) {
            if (!contextHolds(rule, tags))
                continue;
            for (const t of rule.providesWhenReported) {
                if (!tags.has(t)) {
                    tags.add(t);
                    changed = true;
                }
            }
        }
    }
}
function contextHolds(rule, tags) {
    const ctx = rule.context;
    if (!ctx)
        return true;
    if (ctx.noneOf?.some((t) => tags.has(t)))
        return false;
    return !ctx.anyOf || ctx.anyOf.length === 0 || ctx.anyOf.some((t) => tags.has(t));
}
function severityInContext(rule, tags) {
    const ctx = rule.context;
    if (!ctx)
        return rule.severity;
    if (ctx.noneOf?.some((t) => tags.has(t)))
        return undefined;
    if (!ctx.anyOf || ctx.anyOf.length === 0 || ctx.anyOf.some((t) => tags.has(t)))
        return rule.severity;
    return ctx.otherwise;
}
function replacementFor(compiled, matched) {
    const { rewrite, rule } = compiled;
    if (rewrite && rewrite.from.test(matched))
        return matched.replace(rewrite.from, rewrite.to);
    return rule.replacement.value;
}
function composeMessage(rule, matched, replacement) {
    const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
    const parts = [rule.message.replace('{match}', shown)];
    // The first source is the one that makes the match legacy; say so when it is not Tencent's own word.
    const primary = rule.sources[0]?.evidence;
    if (primary === 'unverified')
        parts.push("(Unverified: not found in Tencent's documentation.)");
    else if (primary === 'third-party' || primary === 'inferred')
        parts.push("(Source: third-party material, not Tencent's documentation.)");
    if (replacement !== undefined) {
        parts.push(rule.replacement.evidence === 'confirmed'
            ? `Replace with \`${replacement}\` (per Tencent's documentation).`
            : `Suggested replacement (not an official mapping): \`${replacement}\`.`);
    }
    if (rule.replacement.hint)
        parts.push(rule.replacement.hint);
    return parts.join(' ');
}
/**
 * Two rules of one category on the same text (a general model pattern over a specific one, a URL matched by
 * two endpoint rules) report once: the more severe, then the one listed first in the catalog. For SDKs, one
 * finding per line: an import line also names the request class.
 */
function dedupe(findings, catalog) {
    const order = new Map(catalog.rules.map((c, i) => [c.rule.id, i]));
    const ranked = [...findings].sort((a, b) => finding/* SEVERITY_RANK */.f[b.severity] - finding/* SEVERITY_RANK */.f[a.severity] ||
        order.get(a.ruleId) - order.get(b.ruleId) ||
        a.line - b.line ||
        a.column - b.column);
    const kept = [];
    // Matches never span a line break, so clashes can only happen between findings that start on one line.
    const keptByLine = new Map();
    for (const f of ranked) {
        const key = `${f.category}:${f.line}`;
        const sameLine = keptByLine.get(key) ?? [];
        const clash = sameLine.some((k) => f.category === 'legacy-sdk' || overlaps(k, f));
        if (clash)
            continue;
        sameLine.push(f);
        keptByLine.set(key, sameLine);
        kept.push(f);
    }
    return kept.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
function overlaps(a, b) {
    const aStart = [a.line, a.column];
    const aEnd = [a.endLine, a.endColumn];
    const bStart = [b.line, b.column];
    const bEnd = [b.endLine, b.endColumn];
    return cmp(aStart, bEnd) < 0 && cmp(bStart, aEnd) < 0;
}
function cmp(p, q) {
    return p[0] - q[0] || p[1] - q[1];
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ minimalAnchors),
/* harmony export */   R: () => (/* binding */ prefilterOf)
/* harmony export */ });
/* harmony import */ var _catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(920);

/**
 * The per-file test that runs before any rule: does the file contain one of the catalog's anchors (any case)?
 * An anchor that contains another anchor adds nothing (`hunyuan-` can only occur where `hunyuan` does), so the
 * expression is built from the shortest set that implies all of them: fewer alternatives let the regex engine
 * skip further on each miss. Files that pass are matched rule by rule, exactly as before.
 */
const cache = new WeakMap();
function minimalAnchors(anchors) {
    const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
    return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}
function prefilterOf(catalog) {
    let re = cache.get(catalog);
    if (!re) {
        const anchors = minimalAnchors(catalog.anchors);
        re = anchors.length ? new RegExp(anchors.map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join('|'), 'i') : /(?!)/;
        cache.set(catalog, re);
    }
    return re;
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ FileReader),
  $: () => (/* binding */ emptyResult),
  z3: () => (/* binding */ formatBytes),
  AO: () => (/* binding */ mergeResult),
  Tu: () => (/* binding */ scanFiles)
});

// UNUSED EXPORTS: scanBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/scan/anchor-search.ts
/**
 * The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
 * Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
 * per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
 * (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
 * The module is assembled below from the anchors themselves, so it follows the catalog.
 * Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
 */
/** Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not. */
const WIDTH = 3;
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 32;
/**
 * Rough byte frequency in source and data files, most common first (digits high: numbers, dates, versions and
 * hashes are everywhere): triples are picked from the rare end.
 */
const COMMON = ' \n\t0123456789etaoinsrlcdhupmf.(),;=_"\'gbyw-/:vk[]{}xjqz';
function rarity(byte) {
    const i = COMMON.indexOf(String.fromCharCode(byte | 0x20));
    return i === -1 ? COMMON.length + 1 : i;
}
class AnchorSearch {
    memory;
    view;
    find;
    /** Anchors by their triple, folded (see key()). */
    byKey = new Map();
    constructor(instance, anchors) {
        this.memory = instance.exports.memory;
        this.find = instance.exports.find;
        this.view = Buffer.from(this.memory.buffer);
        for (const a of anchors) {
            const k = key(a.bytes, a.at);
            const list = this.byKey.get(k) ?? [];
            list.push(a);
            this.byKey.set(k, list);
        }
    }
    /** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
    static create(anchors) {
        if (anchors.length === 0 || anchors.length > 16)
            return undefined;
        if (anchors.some((a) => a.length < WIDTH || !/^[\x20-\x7e]+$/.test(a)))
            return undefined;
        const list = anchors.map((a) => {
            const bytes = Buffer.from(a.toLowerCase(), 'latin1');
            let at = 0;
            let best = -1;
            for (let i = 0; i + WIDTH <= bytes.length; i++) {
                let score = 0;
                for (let j = 0; j < WIDTH; j++)
                    score += rarity(bytes[i + j]);
                if (score > best)
                    [best, at] = [score, i];
            }
            return { bytes, at };
        });
        const triples = [...new Map(list.map((a) => [key(a.bytes, a.at), [...a.bytes.subarray(a.at, a.at + WIDTH)].map((b) => b | 0x20)])).values()];
        try {
            const module = new WebAssembly.Module(assemble(triples));
            return new AnchorSearch(new WebAssembly.Instance(module, {}), list);
        }
        catch {
            return undefined;
        }
    }
    /** A buffer of at least `size` bytes to read a file into; valid until the next call. */
    buffer(size) {
        const need = size + PAD;
        if (this.view.length < need) {
            const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
            this.memory.grow(pages);
            this.view = Buffer.from(this.memory.buffer);
        }
        return this.view;
    }
    /** Whether the first `size` bytes of the buffer hold an anchor. */
    test(size) {
        const bytes = this.view;
        bytes.fill(0, size, size + PAD);
        let from = 0;
        for (;;) {
            const p = this.find(from, size);
            if (p < 0 || p >= size)
                return false;
            for (const a of this.byKey.get(key(bytes, p)) ?? []) {
                if (matchesAt(bytes, size, p - a.at, a.bytes))
                    return true;
            }
            from = p + 1;
        }
    }
}
function key(bytes, at) {
    return ((bytes[at] | 0x20) << 16) | ((bytes[at + 1] | 0x20) << 8) | (bytes[at + 2] | 0x20);
}
function matchesAt(bytes, size, start, anchor) {
    if (start < 0 || start + anchor.length > size)
        return false;
    for (let i = 0; i < anchor.length; i++) {
        const b = bytes[start + i];
        const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
        if (lower !== anchor[i])
            return false;
    }
    return true;
}
// ───────────── A tiny WebAssembly assembler for one function ─────────────
//
// (func (export "find") (param $p i32) (param $end i32) (result i32)
//   (local $a v128) (local $b v128) (local $c v128) (local $m v128)
//   loop
//     if (p >= end) return -1
//     a = load(p) | 0x20..; b = load(p + 1) | 0x20..; c = load(p + 2) | 0x20..
//     m = OR over triples of (a == first) & (b == second) & (c == third)
//     if any_true(m) return p + ctz(bitmask(m))
//     p += 16
//   end)
const SIMD = 0xfd;
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function section(id, body) {
    return [id, ...uleb(body.length), ...body];
}
function splat(byte) {
    return [SIMD, 0x0c, ...new Array(16).fill(byte)];
}
function assemble(triples) {
    const [I32, V128] = [0x7f, 0x7b];
    const get = (i) => [0x20, i];
    const set = (i) => [0x21, i];
    const load = (offset) => [SIMD, 0x00, 0x00, ...uleb(offset)];
    const code = [
        0x03, 0x40, // loop (no result)
        ...get(0), ...get(1), 0x4f, // i32.ge_u
        0x04, 0x40, 0x41, 0x7f, 0x0f, 0x0b, // if: i32.const -1, return, end
        ...get(0), ...load(0), ...splat(0x20), SIMD, 0x50, ...set(2),
        ...get(0), ...load(1), ...splat(0x20), SIMD, 0x50, ...set(3),
        ...get(0), ...load(2), ...splat(0x20), SIMD, 0x50, ...set(4),
    ];
    triples.forEach(([first, second, third], k) => {
        code.push(...get(2), ...splat(first), SIMD, 0x23, ...get(3), ...splat(second), SIMD, 0x23, SIMD, 0x4e);
        code.push(...get(4), ...splat(third), SIMD, 0x23, SIMD, 0x4e);
        if (k > 0)
            code.push(SIMD, 0x50);
    });
    code.push(0x22, 5, // local.tee $m
    SIMD, 0x53, // v128.any_true
    0x04, 0x40, ...get(0), ...get(5), SIMD, 0x64, 0x68, 0x6a, 0x0f, 0x0b, // if: p + ctz(bitmask(m)), return, end
    ...get(0), 0x41, 16, 0x6a, ...set(0), // p += 16
    0x0c, 0x00, // br 0 (loop)
    0x0b, // end loop
    0x41, 0x7f, // i32.const -1
    0x0b);
    const body = [0x01, 0x04, V128, ...code]; // one local group: 4 × v128
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, I32]),
        ...section(3, [0x01, 0x00]),
        ...section(5, [0x01, 0x00, 0x01]),
        ...section(7, [0x02, 0x06, ...Buffer.from('memory'), 0x02, 0x00, 0x04, ...Buffer.from('find'), 0x00, 0x00]),
        ...section(10, [0x01, ...uleb(body.length), ...body]),
    ]);
}

// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(771);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 3 modules
var match_text = __nccwpck_require__(383);
// EXTERNAL MODULE: ./src/scan/prefilter.ts
var scan_prefilter = __nccwpck_require__(18);
;// CONCATENATED MODULE: ./src/scan/scan-file.ts





/**
 * Scans one file's bytes. The cheap test comes first: one case-insensitive pass for the catalog's anchors
 * over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match whatever
 * the encoding), and only files with a hit are decoded and matched rule by rule.
 */
function scanBytes(bytes, rel, catalog) {
    return scanWith(bytes, rel, catalog, (b) => (0,scan_prefilter/* prefilterOf */.R)(catalog).test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')));
}
/** scanBytes with the byte-level anchor test of a FileReader, for bytes that reader has just read. */
function scanWith(bytes, rel, catalog, hasAnchor) {
    const prefilter = (0,scan_prefilter/* prefilterOf */.R)(catalog);
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (!utf16) {
        if ((0,decode/* isBinary */.G)(bytes))
            return { skipped: 'binary' };
        if (!hasAnchor(bytes))
            return { findings: [] };
    }
    const decoded = (0,decode/* decode */.D)(bytes);
    if (decoded.kind === 'skip')
        return { skipped: decoded.reason };
    let text = decoded.text;
    // A BOM is not part of the first line's columns.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (utf16 && !prefilter.test(text))
        return { findings: [] };
    return { findings: (0,match_text/* matchText */.H)(text, rel, catalog) };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
/**
 * Reads whole files into one buffer that is reused from file to file, so that memory follows the largest file
 * read rather than the number of files in flight. What it returns is only valid until the next read.
 * With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
 */
class FileReader {
    buf = Buffer.allocUnsafe(1 << 20);
    search;
    catalog;
    constructor(catalog) {
        this.catalog = catalog;
        this.search = AnchorSearch.create((0,scan_prefilter/* minimalAnchors */.C)(catalog.anchors));
    }
    /** Scans what read() returned last. */
    scan(bytes, rel) {
        const search = this.search;
        if (!search)
            return scanBytes(bytes, rel, this.catalog);
        return scanWith(bytes, rel, this.catalog, (b) => search.test(b.length));
    }
    read(abs, maxBytes) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(abs, 'r');
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > maxBytes)
                return { skipped: tooLarge(maxBytes, size) };
            let buf;
            if (this.search) {
                buf = this.search.buffer(size);
            }
            else {
                if (this.buf.length < size)
                    this.buf = Buffer.allocUnsafe(Math.min(Math.max(size, this.buf.length * 2), maxBytes));
                buf = this.buf;
            }
            let total = 0;
            while (total < size) {
                const n = (0,external_node_fs_.readSync)(fd, buf, total, size - total, null);
                if (n === 0)
                    break;
                total += n;
            }
            return { bytes: buf.subarray(0, total) };
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
function unreadable(err) {
    return `unreadable (${err.code ?? err.message})`;
}
function tooLarge(maxBytes, size) {
    return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}
function emptyResult() {
    return { findings: [], skipped: [], files: 0, bytes: 0, done: 0 };
}
/** Reads and scans files one after the other; the same code runs on the main thread and in workers. */
function scanFiles(files, catalog, maxBytes, reader, into = emptyResult()) {
    for (const file of files) {
        into.done++;
        if (file.size !== undefined && file.size > maxBytes) {
            into.skipped.push({ path: file.rel, reason: tooLarge(maxBytes, file.size) });
            continue;
        }
        const read = reader.read(file.abs, maxBytes);
        if ('skipped' in read) {
            into.skipped.push({ path: file.rel, reason: read.skipped });
            continue;
        }
        let outcome;
        try {
            outcome = reader.scan(read.bytes, file.rel);
        }
        catch (err) {
            // A bug in a rule must cost one file, not the scan.
            into.skipped.push({ path: file.rel, reason: `scan error (${err.message})` });
            continue;
        }
        if ('skipped' in outcome) {
            into.skipped.push({ path: file.rel, reason: outcome.skipped });
            continue;
        }
        into.files++;
        into.bytes += read.bytes.length;
        for (const f of outcome.findings)
            into.findings.push(f);
    }
    return into;
}
function mergeResult(into, part) {
    for (const f of part.findings)
        into.findings.push(f);
    for (const s of part.skipped)
        into.skipped.push(s);
    into.files += part.files;
    into.bytes += part.bytes;
    into.done += part.done;
}


/***/ }),

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ SCAN_WORKER_FLAG),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   fR: () => (/* binding */ runScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8);


/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[SCAN_WORKER_FLAG] === true;
}
function runScanWorker() {
    const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const claim = new Int32Array(setup.claim);
    const reader = new _scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .FileReader */ .qg(setup.catalog);
    const batches = [];
    let total = -1;
    let claimed;
    let dropped = 0;
    // Batches are broadcast to every worker; each one claims the next index it has not seen done, so a thread
    // that meets a big file simply claims fewer batches. A claimed batch that has not arrived yet is waited for.
    const pump = () => {
        for (;;) {
            if (claimed === undefined) {
                claimed = Atomics.add(claim, 0, 1);
                // Every batch below the one just claimed belongs to some thread already: forget our copies.
                for (; dropped < claimed && dropped < batches.length; dropped++)
                    batches[dropped] = undefined;
            }
            if (total >= 0 && claimed >= total) {
                port.postMessage({ type: 'done' });
                port.close();
                return;
            }
            const files = batches[claimed];
            if (!files)
                return;
            batches[claimed] = undefined;
            const result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .scanFiles */ .Tu)(files, setup.catalog, setup.maxBytes, reader);
            port.postMessage({ type: 'result', id: claimed, result });
            claimed = undefined;
        }
    };
    port.on('message', (msg) => {
        if (msg.type === 'batch')
            batches[msg.id] = msg.files;
        else
            total = msg.total;
        pump();
    });
}


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/** The text with every occurrence of a secret replaced by `***`. Applied to whatever a server sends back. */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets) {
        // Very short values would blank out ordinary words; GitHub's own masking has the same floor in spirit.
        if (s.length < 4)
            continue;
        out = out.split(s).join('***');
    }
    return out;
}


/***/ }),

/***/ 325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* unused harmony export RULE_DOCS_BASE_URL */
/** The tool's identity in reports. A test keeps the version equal to package.json's. */
const TOOL_NAME = 'tokenhub-migration-check';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/tokenhub-migration-check/tokenhub-migration-check';
/**
 * Where each rule's page (docs/rules/<rule-id>.md in this repository) is read in the browser. A GitHub blob URL,
 * not a relative path: findings are shown in other repositories' summaries, annotations and SARIF, where a
 * relative path would point into the wrong repository. Change the base here when the repository moves.
 */
const RULE_DOCS_BASE_URL = `${TOOL_URI}/blob/main/docs/rules/`;
function ruleDocsUrl(ruleId) {
    return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

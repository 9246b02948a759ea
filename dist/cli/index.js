#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

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

/***/ 2673:
/***/ ((module) => {

module.exports=n=>{if(!n)return[];if(typeof n!="string"||n.match(/^\s+$/))return[];const s=n.split(`
`);if(s.length===0)return[];const a=[];let o=null,d=null,u=0,m=0,l=null;const g=e=>{d?.changes.push({type:"normal",normal:!0,ln1:u++,ln2:m++,content:e}),l.oldLines--,l.newLines--},p=e=>{const[t,r]=parseFiles(e)??[];o={chunks:[],deletions:0,additions:0,from:t,to:r},a.push(o)},i=()=>{(!o||o.chunks.length)&&p()},$=(e,t)=>{i(),o.new=!0,o.newMode=t[1],o.from="/dev/null"},N=(e,t)=>{i(),o.deleted=!0,o.oldMode=t[1],o.to="/dev/null"},x=(e,t)=>{i(),o.oldMode=t[1]},F=(e,t)=>{i(),o.newMode=t[1]},S=(e,t)=>{i(),o.index=e.split(" ").slice(1),t[1]&&(o.oldMode=o.newMode=t[1].trim())},k=e=>{i(),o.from=parseOldOrNewFile(e)},y=e=>{i(),o.to=parseOldOrNewFile(e)},f=e=>+(e||1),M=(e,t)=>{o||p(e);const[r,c,w,L]=t.slice(1);u=+r,m=+w,d={content:e,changes:[],oldStart:+r,oldLines:f(c),newStart:+w,newLines:f(L)},l={oldLines:f(c),newLines:f(L)},o.chunks.push(d)},R=e=>{d&&(d.changes.push({type:"del",del:!0,ln:u++,content:e}),o.deletions++,l.oldLines--)},b=e=>{d&&(d.changes.push({type:"add",add:!0,ln:m++,content:e}),o.additions++,l.newLines--)},h=e=>{if(!d)return;const[t]=d.changes.slice(-1);d.changes.push({type:t.type,[t.type]:!0,ln1:t.ln1,ln2:t.ln2,ln:t.ln,content:e})},_=[[/^diff\s/,p],[/^new file mode (\d+)$/,$],[/^deleted file mode (\d+)$/,N],[/^old mode (\d+)$/,x],[/^new mode (\d+)$/,F],[/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/,S],[/^---\s/,k],[/^\+\+\+\s/,y],[/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/,M],[/^\\ No newline at end of file$/,h]],v=[[/^\\ No newline at end of file$/,h],[/^-/,R],[/^\+/,b],[/^\s*/,g]],C=e=>{for(const[t,r]of v){const c=e.match(t);if(c){r(e,c);break}}l.oldLines===0&&l.newLines===0&&(l=null)},H=e=>{for(const[t,r]of _){const c=e.match(t);if(c){r(e,c);break}}},O=e=>{l?C(e):H(e)};for(const e of s)O(e);return a};const fileNameDiffRegex=/(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g,gitFileHeaderRegex=/^(a|b|i|w|c|o|1|2)\//,parseFiles=n=>n?.match(fileNameDiffRegex)?.map(a=>a.replace(gitFileHeaderRegex,"").replace(/("|')$/,"")),qoutedFileNameRegex=/^\\?['"]|\\?['"]$/g,parseOldOrNewFile=n=>{let s=leftTrimChars(n,"-+").trim();return s=removeTimeStamp(s),s.replace(qoutedFileNameRegex,"").replace(gitFileHeaderRegex,"")},leftTrimChars=(n,s)=>{if(n=makeString(n),!s&&String.prototype.trimLeft)return n.trimLeft();const a=formTrimmingString(s);return n.replace(new RegExp(`^${a}+`),"")},timeStampRegex=/\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/,removeTimeStamp=n=>{const s=timeStampRegex.exec(n);return s&&(n=n.substring(0,s.index).trim()),n},formTrimmingString=n=>n==null?"\\s":n instanceof RegExp?n.source:`[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g,"\\$1")}]`,makeString=n=>`${n??""}`;


/***/ }),

/***/ 7336:
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

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



module.exports = __nccwpck_require__(8016);


/***/ }),

/***/ 5595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const win32 = process.platform === 'win32';
const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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

/***/ 4658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ docsUrlOf)
});

// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(5325);
// EXTERNAL MODULE: ./src/catalog/rules.ts + 8 modules
var rules = __nccwpck_require__(8625);
;// CONCATENATED MODULE: ./src/catalog/source-url.ts
/**
 * The first web link among a rule's sources. A source's `ref` may carry a note after the URL
 * ("https://… (Model parameter); …"), which is not part of a valid URI.
 */
function sourceUrl(rule) {
    for (const s of rule.sources) {
        const m = /^https:\/\/[^\s;,()]+/.exec(s.ref);
        if (m)
            return m[0];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/catalog/docs-url.ts



/** Built-in rules that can be reported: each has a page in docs/rules/ (a test keeps the pages and the catalog in step). */
const WITH_PAGE = new Set(rules/* RULES */.y.filter((r) => !r.signalOnly).map((r) => r.id));
/**
 * Where a finding of this rule is explained: a built-in rule's page (its fix, per-language guidance and sources);
 * for a rule from the user's configuration, its own first web source, if any.
 */
function docsUrlOf(rule) {
    return WITH_PAGE.has(rule.id) ? (0,tool/* ruleDocsUrl */.hS)(rule.id) : sourceUrl(rule);
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.Ny),
/* harmony export */   Xh: () => (/* binding */ CATALOG_DATE),
/* harmony export */   YN: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.YN),
/* harmony export */   "do": () => (/* reexport safe */ _models_js__WEBPACK_IMPORTED_MODULE_1__["do"]),
/* harmony export */   fG: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   jo: () => (/* reexport safe */ _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__.jo),
/* harmony export */   uj: () => (/* reexport safe */ _models_js__WEBPACK_IMPORTED_MODULE_1__.uj),
/* harmony export */   y0: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8625);
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9357);
/* harmony import */ var _tokenhub_models_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8998);
/**
 * The day the catalog was last checked against Tencent's documents (shared/catalog-update-2026-12.md). Shown by
 * `--version`, in the JSON report (`tool.catalogDate`) and in the job summary, so a reader knows how old the facts are.
 */
const CATALOG_DATE = '2026-12-01';





/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ HUNYUAN_SHUTDOWN_2026_06_22),
/* harmony export */   K7: () => (/* binding */ HUNYUAN_NOT_ON_TOKENHUB),
/* harmony export */   a6: () => (/* binding */ HUNYUAN_ON_TOKENHUB),
/* harmony export */   "do": () => (/* binding */ TOKENHUB_BASE_URL_INTL),
/* harmony export */   fx: () => (/* binding */ LKE_DEEPSEEK_CHAT),
/* harmony export */   jB: () => (/* binding */ LKE_DEEPSEEK_REASONING),
/* harmony export */   rZ: () => (/* binding */ HUNYUAN_TRANSLATION),
/* harmony export */   uj: () => (/* binding */ TOKENHUB_BASE_URL_MAINLAND)
/* harmony export */ });
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


/***/ }),

/***/ 1920:
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

/***/ 8625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  f: () => (/* reexport */ TOKENHUB_MODEL_NOT_ENABLED)
});

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
    // shared/catalog-update-2026-12.md
    tokenHubEmbeddings: { ref: 'https://cloud.tencent.com/document/product/1823/133515', evidence: 'confirmed', date: '2026-12' },
    tencentdbAiMigration: { ref: 'https://cloud.tencent.com/document/product/409/136469', evidence: 'confirmed', date: '2026-08-20' },
    sdkLkeapIntl: { ref: 'TencentCloud intl SDKs (Java, Node, C#, Python) LkeapClient _endpoint lkeap.intl.tencentcloudapi.com, region ap-jakarta', evidence: 'confirmed', date: '2026-12' },
    lkeThirdPartyModelApi: { ref: 'https://cloud.tencent.com/document/product/1772/130551', evidence: 'confirmed', date: '2026-12' },
    lkeAnthropicApi: { ref: 'https://cloud.tencent.com/document/product/1772/126272', evidence: 'confirmed', date: '2026-12' },
    tokenPlanHostsThirdParty: { ref: 'VicBilibily/GCMP#290; anomalyco/models.dev PR #5872 (Token Plan on both TokenHub hosts, /plan/v3 and /plan/anthropic)', evidence: 'third-party', date: '2026-12' },
    hunyuanImageRetirement: { ref: 'https://cloud.tencent.com/announce/detail/2405', evidence: 'confirmed', date: '2026-09-30' },
    hunyuanImageCloudAi: { ref: 'https://cloud.tencent.com/document/product/1668/129429', evidence: 'confirmed', date: '2026-12' },
    aiartTextToImageJob: { ref: 'https://cloud.tencent.com/document/product/1668/124632', evidence: 'confirmed', date: '2026-12' },
    tokenHubImageApi: { ref: 'https://cloud.tencent.com/document/product/1823/130080', evidence: 'confirmed', date: '2026-12' },
    lobeHubHalfMigrated: { ref: 'lobehub/lobehub packages/model-runtime/src/providers/hunyuan/index.ts (TokenHub base URL, still sends citation/enable_enhancement/search_info/enable_speed_search)', evidence: 'third-party', date: '2026-12' },
    envVarsThirdParty: { ref: 'public code naming TENCENT_HUNYUAN_*, LKEAP_* and TENCENT_LKEAP_* variables (shared/catalog-update-2026-12.md b)', evidence: 'third-party', date: '2026-12' },
    sdkManifestNames: { ref: 'TencentCloud SDK package names: tencentcloud-sdk-python-<product>, tencentcloud-sdk-nodejs-<product>, com.tencentcloudapi:tencentcloud-sdk-java-<product>, tencentcloud/<product> (Composer), TencentCloudSDK.<Product> (NuGet), tencentcloud-sdk-<product> (gem), github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/<product>', evidence: 'confirmed', date: '2026-12' },
    rustHunyuanCrate: { ref: 'https://docs.rs/tencentcloud-hunyuan-sdk (third-party Rust crate for Hunyuan v2023-09-01; Tencent publishes no Rust SDK)', evidence: 'third-party', date: '2026-12-02' },
};

// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(1920);
// EXTERNAL MODULE: ./src/catalog/models.ts
var models = __nccwpck_require__(9357);
;// CONCATENATED MODULE: ./src/catalog/rules/hints.ts

/** Guidance sentences several rules share; each rule's own record says which one applies. */
const OPENAI_SWAP_HINT = 'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
    'https://tokenhub.tencentmaas.com/v1.';
const OPENAI_CLIENT_HINT = `Move to an OpenAI-compatible client on TokenHub: base URL ${models/* TOKENHUB_BASE_URL_INTL */["do"]} ` +
    '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';
const CLOUD_API_HINT = `Call TokenHub's OpenAI-compatible chat completions (${models/* TOKENHUB_BASE_URL_INTL */["do"]}) with a TokenHub API key ` +
    'instead of TC3-signed SecretId/SecretKey requests.';
const SEARCH_HINT = 'Remove it: there is no drop-in equivalent. TokenHub search is a separate product, `web_search_options` on ' +
    'Chat Completions or the `web_search` tool on the Responses API, enabled in the TokenHub console.';
const IMAGE_HINT = 'Tencent names HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1 on TokenHub as the replacements (image jobs: ' +
    '`/v1/api/image/submit` and `/v1/api/image/query`; `hy-image-lite` on `/v1/api/image/lite`), called with a TokenHub API key.';
/**
 * This tool's own rule ids (`hunyuan-model`, `hunyuan-vision-model`, `hunyuan-sdk`, ...) look like Hunyuan model IDs
 * and appear in users' config files, ignore comments and docs; no real model ID ends like them.
 */
const OWN_RULE_ID = '^hunyuan-(?:model|sdk|search-param)$|^hunyuan-[a-z0-9.-]*-(?:endpoint|sdk|llm-call|model|search-param|signal|dependency|job|import)$|^hunyuan-(?:model|sdk)-';
/**
 * Open-weights projects Tencent publishes under the Hunyuan name and people run themselves (HunyuanVideo,
 * Hunyuan3D, HunyuanDiT, ...): their names are settings of a self-hosted server, not model IDs of the retiring API.
 */
const OPEN_WEIGHTS_NAME = '^hunyuan-(?:video|dit|3d|image-?\\d|motion|world|avatar|custom|foley|gamecraft|voyager|portrait|mt-\\d|a13b-instruct|large-instruct)';
const HUNYUAN_ACTIONS = 'ChatCompletions|ChatStd|ChatPro|ChatTranslations|GetEmbedding|GroupChatCompletions|ImageQuestion|CreateThread|RunThread';
/**
 * Where code writes a model ID: the rest of the line before the match ends in a `model` key, field, argument or
 * setter (`model: "`, `"model": "`, `Model = common.StringPtr("`, `setModel("`, `--model `, `MODEL=`), or in a
 * `models` list. Tested against the line's text before the match.
 */
const MODEL_POSITION = '(?:\\b|_|set|with)(?:model|Model|MODEL)(?:_?(?:id|Id|ID|name|Name|NAME))?["\'`]?\\s*(?:[:=]|=>|\\(|,)\\s*(?:[\\w.:]+\\(\\s*)?["\'`]?$' +
    // A tuple assignment whose left side names a model: `model_name, out_dir = Client(), "hunyuan-x"`.
    '|(?:\\b|_)(?:model|Model|MODEL)\\w*(?:\\s*,\\s*\\w+)+\\s*=[^=\\n]*["\'`]$' +
    '|--model[= ]["\']?$' +
    '|\\b(?:models|Models|MODELS)\\b.*["\'`]$';

;// CONCATENATED MODULE: ./src/catalog/rules/examples.ts
/** A rule's examples, written per form: `examples({ python: { hit: [...], miss: [...] } })`. */
function examples(byForm) {
    const hits = [];
    const misses = [];
    for (const [form, { hit, miss }] of Object.entries(byForm)) {
        for (const h of hit)
            hits.push(typeof h === 'string' ? { form, text: h } : { form, ...h });
        for (const m of miss)
            misses.push(typeof m === 'string' ? { form, text: m } : { form, ...m });
    }
    return { hits, misses };
}

;// CONCATENATED MODULE: ./src/catalog/rules/endpoints.ts




/** Hosts and routes of the retiring platforms, and the TokenHub ones that set context. */
const ENDPOINT_RULES = [
    {
        id: 'hunyuan-hyllm-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'First-generation Hunyuan (hyllm) API',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['hunyuan.cloud.tencent.com/hyllm'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'Legacy first-generation Hunyuan API (hyllm, app_id/secret_id signing) `{match}`; the Hunyuan platform is retired.',
        // Not OpenAI-compatible: swapping the URL alone would not work, so there is no one-line replacement.
        replacement: { hint: OPENAI_CLIENT_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hyllmThirdParty, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['URL = "https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions"', 'requests.post("https://api.hunyuan.cloud.tencent.com/hyllm/v1/chat/completions", json=body)', 'HOST = "hunyuan.cloud.tencent.com/hyllm"'],
                miss: ['URL = "https://hunyuan.cloud.tencent.com/docs"', 'URL = "https://xhunyuan.cloud.tencent.com.example.org/hy"', 'URL = "https://tokenhub-intl.tencentcloudmaas.com/v1"'],
            },
            markdown: {
                hit: ['The old API at https://hunyuan.cloud.tencent.com/hyllm/v1 signs with app_id.', 'Endpoint: `hunyuan.cloud.tencent.com/hyllm/v1/chat/completions`', 'curl https://hunyuan.cloud.tencent.com/hyllm/v1/chat/completions'],
                miss: ['Hunyuan (hyllm) was the first generation.', 'See https://cloud.tencent.com/document/product/1729', 'Use https://tokenhub.tencentmaas.com/v1 instead.'],
            },
        }),
    },
    {
        id: 'hunyuan-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan OpenAI-compatible endpoint',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['api.hunyuan.cloud.tencent.com', 'hunyuan.cloud.tencent.com/openai'],
        pattern: (0,patterns/* hostPattern */.JF)('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
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
        examples: examples({
            python: {
                hit: ['client = OpenAI(base_url="https://api.hunyuan.cloud.tencent.com/v1")', 'BASE = "https://hunyuan.cloud.tencent.com/openai/v1"', 'host = "api.hunyuan.cloud.tencent.com"'],
                miss: ['client = OpenAI(base_url="https://tokenhub-intl.tencentcloudmaas.com/v1")', 'host = "my-api.hunyuan.cloud.tencent.com.example.org"', 'doc = "https://cloud.tencent.com/document/product/1729/111007"'],
            },
            yaml: {
                hit: ['base_url: https://api.hunyuan.cloud.tencent.com/v1', 'endpoint: "https://hunyuan.cloud.tencent.com/openai/v1/chat/completions"', 'api_base: HTTPS://API.HUNYUAN.CLOUD.TENCENT.COM/V1'],
                miss: ['base_url: https://tokenhub.tencentmaas.com/v1', 'provider: hunyuan', 'base_url: https://api.deepseek.com/v1'],
            },
        }),
    },
    {
        id: 'hunyuan-intl-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Claimed international Hunyuan OpenAI-compatible host',
        evidenceName: 'Hunyuan endpoint',
        anchors: ['api.hunyuan.intl.cloud.tencent.com'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'Hunyuan endpoint `{match}` (a host seen only in one third-party note, not in Tencent\'s docs); Hunyuan API usage must move to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.hunyuanIntlOpenAiClaim, SOURCES.migrationGuideIntl],
        examples: examples({
            ts: {
                hit: ["const baseURL = 'https://api.hunyuan.intl.cloud.tencent.com/v1';", "fetch('https://api.hunyuan.intl.cloud.tencent.com/v1/chat/completions')", "const host = 'api.hunyuan.intl.cloud.tencent.com';"],
                miss: ["const baseURL = 'https://tokenhub-intl.tencentcloudmaas.com/v1';", "const host = 'intl.cloud.tencent.com';", "const region = 'ap-jakarta';"],
            },
        }),
    },
    {
        id: 'hunyuan-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan Cloud API host',
        evidenceName: 'Hunyuan Cloud API host',
        anchors: ['hunyuan.tencentcloudapi.com', 'hunyuan.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The same host also serves Hunyuan image and 3D jobs (they have their own rule): an LLM action or model in the
        // file makes it an LLM error.
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Legacy Hunyuan Cloud API host `{match}`; the Hunyuan LLM API is retired (its image, video and 3D jobs stop on 2026-09-30 too).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanCloudApiDoc, SOURCES.sdkPythonHunyuan, SOURCES.migrationGuideIntl, SOURCES.hunyuanImageRetirement],
        examples: examples({
            python: {
                hit: ['httpProfile.endpoint = "hunyuan.tencentcloudapi.com"', 'ENDPOINT = "https://hunyuan.intl.tencentcloudapi.com"', 'host = "hunyuan.tencentcloudapi.com"  # SubmitHunyuanImageJob'],
                miss: ['httpProfile.endpoint = "lkeap.tencentcloudapi.com"', 'httpProfile.endpoint = "xhunyuan.tencentcloudapi.com"', 'httpProfile.endpoint = "tokenhub.intl.tencentcloudapi.com"'],
            },
            shell: {
                hit: ['curl -X POST https://hunyuan.tencentcloudapi.com -H "X-TC-Action: ChatCompletions"', 'HOST=hunyuan.tencentcloudapi.com', 'curl https://hunyuan.intl.tencentcloudapi.com'],
                miss: ['curl https://tokenhub.tencentmaas.com/v1/chat/completions', 'HOST=cvm.tencentcloudapi.com', 'echo hunyuan'],
            },
        }),
    },
    {
        id: 'hunyuan-image-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'Hunyuan image API (api.cloudai.tencent.com aiart)',
        evidenceName: 'Hunyuan image API',
        anchors: ['api.cloudai.tencent.com/v1/aiart'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.cloudai\\.tencent\\.com/v1/aiart(?:/(?:submit|query)\\b)?'),
        provides: ['hunyuan-image'],
        shares: 'package',
        message: 'Hunyuan image API `{match}`: Hunyuan image, video and 3D APIs stop on 2026-09-30.',
        replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanImageCloudAi, SOURCES.hunyuanImageRetirement, SOURCES.tokenHubImageApi],
        examples: examples({
            python: {
                hit: ['SUBMIT = "https://api.cloudai.tencent.com/v1/aiart/submit"', 'requests.post("https://api.cloudai.tencent.com/v1/aiart/query", json={"job_id": j})', 'BASE = "api.cloudai.tencent.com/v1/aiart"'],
                miss: ['SUBMIT = "https://tokenhub.tencentmaas.com/v1/api/image/submit"', 'BASE = "https://api.cloudai.tencent.com/v1/other"', 'BASE = "https://aiart.example.com/v1/aiart/submit"'],
            },
        }),
    },
    {
        id: 'lke-v3-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE third-party model API (/v3)',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com/v3', 'api.lkeap.tencentcloud.com/v3'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3\\b'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE third-party model API `{match}` (GLM, MiniMax, Kimi); it no longer updates and moved to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3$', to: '$1tokenhub-intl.tencentcloudmaas.com/v1' },
        },
        sources: [SOURCES.lkeThirdPartyModelApi, SOURCES.migrationGuideIntl],
        examples: examples({
            ts: {
                hit: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/v3';", "fetch('https://api.lkeap.cloud.tencent.com/v3/chat/completions')", "const anthropicBase = 'https://api.lkeap.cloud.tencent.com/v3/anthropic';"],
                miss: ["const baseURL = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const baseURL = 'https://tokenhub.tencentmaas.com/plan/v3';", "const baseURL = 'https://api.lkeap.cloud.tencent.com/v1';"],
            },
        }),
    },
    {
        id: 'lke-anthropic-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE DeepSeek Anthropic-compatible API',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com/anthropic', 'api.lkeap.tencentcloud.com/anthropic'],
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/anthropic\\b'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE DeepSeek Anthropic-compatible API `{match}`; the LKE DeepSeek API moves to TokenHub.',
        // TokenHub's Anthropic route is /v1/messages with an x-api-key header, seen only in third-party code.
        replacement: {
            hint: 'Suggestion: TokenHub\'s Anthropic-compatible `/v1/messages` (seen in third-party clients, with the TokenHub key in `x-api-key`), or its OpenAI-compatible chat completions.',
            evidence: 'third-party',
        },
        sources: [SOURCES.lkeAnthropicApi, SOURCES.migrationGuideIntl],
        examples: examples({
            env: {
                hit: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/anthropic/v1/messages', 'BASE=api.lkeap.tencentcloud.com/anthropic'],
                miss: ['ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/plan/anthropic', 'ANTHROPIC_BASE_URL=https://api.lkeap.cloud.tencent.com/coding/anthropic', 'ANTHROPIC_BASE_URL=https://tokenhub.tencentmaas.com/plan/anthropic'],
            },
        }),
    },
    {
        id: 'lke-openai-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE DeepSeek OpenAI-compatible endpoint',
        evidenceName: 'LKE endpoint',
        anchors: ['api.lkeap.cloud.tencent.com', 'api.lkeap.tencentcloud.com'],
        // The Token Plan (/plan/...) and Coding Plan (/coding/...) routes on the same host are TokenHub's own.
        pattern: (0,patterns/* hostPattern */.JF)('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
        provides: ['lke'],
        shares: 'package',
        message: 'Legacy LKE DeepSeek API endpoint `{match}`; the LLM Knowledge Engine DeepSeek API moves to TokenHub.',
        replacement: {
            hint: OPENAI_SWAP_HINT,
            evidence: 'confirmed',
            rewrite: { from: '^(https?://)?api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(/v1)?$', to: '$1tokenhub-intl.tencentcloudmaas.com$2' },
        },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.lkeOpenAiDocIntl, SOURCES.migrationGuideIntl],
        examples: examples({
            js: {
                hit: ['baseURL: "https://api.lkeap.cloud.tencent.com/v1",', "const url = 'https://api.lkeap.tencentcloud.com/v1/chat/completions';", "apiHost: 'https://api.lkeap.cloud.tencent.com'"],
                miss: ["const url = 'https://api.lkeap.cloud.tencent.com/plan/v3';", "const url = 'https://api.lkeap.cloud.tencent.com/coding/v3';", "const url = 'https://api.deepseek.com/v1';"],
            },
            yaml: {
                hit: ['base_url: https://api.lkeap.cloud.tencent.com/v1', 'endpoint: http://api.lkeap.cloud.tencent.com/v1/chat/completions', 'host: api.lkeap.tencentcloud.com'],
                miss: ['base_url: https://api.lkeap.cloud.tencent.com/plan/v3', 'base_url: https://tokenhub-intl.tencentcloudmaas.com/v1', 'host: lkeap.example.com'],
            },
        }),
    },
    {
        id: 'lke-cloudapi-endpoint',
        category: 'legacy-endpoint',
        severity: 'error',
        title: 'LKE Cloud API host used for DeepSeek chat',
        evidenceName: 'LKE Cloud API host',
        anchors: ['lkeap.tencentcloudapi.com', 'lkeap.intl.tencentcloudapi.com'],
        pattern: (0,patterns/* hostPattern */.JF)('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
        // The lkeap service also does rerank, embeddings and document parsing, which are not retiring.
        context: { anyOf: ['chat-completions', 'deepseek-model'], otherwise: 'notice', reach: 'file' },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        shares: 'package',
        message: 'LKE Cloud API host `{match}` with DeepSeek chat in this file; the LKE DeepSeek API moves to TokenHub (rerank, embeddings and document parsing on lkeap are not affected; rerank has no TokenHub path).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeCloudApiDoc, SOURCES.sdkLkeapIntl, SOURCES.migrationGuideIntl, SOURCES.tencentdbAiMigration],
        examples: examples({
            go: {
                hit: ['const host = "lkeap.tencentcloudapi.com" // ChatCompletions', 'cpf.HttpProfile.Endpoint = "lkeap.intl.tencentcloudapi.com"\nreq.Model = common.StringPtr("deepseek-v3")', 'url := "https://lkeap.tencentcloudapi.com"'],
                miss: ['cpf.HttpProfile.Endpoint = "hunyuan.tencentcloudapi.com"', 'url := "https://lkeap.example.com"', 'url := "https://xlkeap.tencentcloudapi.com"'],
            },
        }),
    },
    {
        id: 'token-plan-route',
        category: 'legacy-endpoint',
        severity: 'notice',
        title: 'TokenHub Token Plan / Coding Plan route (not legacy)',
        anchors: ['api.lkeap.cloud.tencent.com/plan', 'api.lkeap.cloud.tencent.com/coding', 'tencentmaas.com/plan', 'tencentcloudmaas.com/plan', 'tencentmaas.com/coding', 'tencentcloudmaas.com/coding'],
        pattern: '(?:api\\.lkeap\\.cloud\\.tencent\\.com|tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.com)/(?:plan|coding)\\b',
        // Only quiets other rules, so it needs no place in the prefilter: a file it matters for has other anchors.
        prefilter: false,
        signalOnly: true,
        provides: ['token-plan'],
        message: 'Token Plan route (part of TokenHub).',
        replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
        sources: [SOURCES.tokenPlanDoc, SOURCES.tokenPlanHostsThirdParty],
    },
    {
        id: 'tokenhub-host-signal',
        category: 'legacy-endpoint',
        severity: 'notice',
        title: 'TokenHub model-call host (context only)',
        // One anchor for the four hosts (and their .tech twins, which the longer anchors missed): each anchor costs
        // every byte of every file a few more SIMD operations in the prefilter.
        anchors: ['tokenhub'],
        pattern: (0,patterns/* hostPattern */.JF)('tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.(?:com|tech)'),
        signalOnly: true,
        provides: ['tokenhub'],
        message: 'TokenHub host.',
        replacement: { hint: 'Nothing to do.', evidence: 'confirmed' },
        sources: [SOURCES.tokenHubGettingStarted, SOURCES.lobeHubHalfMigrated],
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/sdks.ts




/** The project manifests that can name an SDK as a dependency (base names). Mirrors MANIFEST_FILE in src/scan/context.ts. */
const MANIFESTS = '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';
/** Tencent Cloud SDKs, their legacy actions, LangChain's integration, and the variables that set context. */
/**
 * Between a product and its API version in an SDK's names: Python, Node, Java and C# `.`, JavaScript's optional
 * chaining `?.` (`sdk?.hunyuan?.v20230901?.Client`), Go's import path `/`, PHP `\` (doubled in a string), Ruby `::`.
 */
const SDK_PATH_SEP = '(?:\\?\\.|\\.|/|\\\\{1,2}|::)';
const SDK_RULES = [
    {
        id: 'hunyuan-sdk-dependency',
        category: 'legacy-sdk',
        severity: 'warning',
        title: 'Project depends on the Tencent Cloud Hunyuan SDK',
        evidenceName: 'Hunyuan SDK dependency',
        anchors: ['hunyuan'],
        // go.mod, requirements/pyproject/setup (pip names fold - and _), package.json, Maven/Gradle, Composer
        // `tencentcloud/hunyuan`, NuGet `TencentCloudSDK.Hunyuan` (and a csproj `<Using Include="TencentCloud.Hunyuan...">`),
        // gem `tencentcloud-sdk-hunyuan`, Cargo's `tencentcloud-hunyuan-sdk` (Tencent has no Rust SDK: a third-party crate
        // for the same v20230901 API). The all-products SDK packages name no product and are not evidence.
        pattern: '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?hunyuan|tencentcloud[-_]hunyuan[-_]sdk|TencentCloudSDK\\.Hunyuan|tencentcloud/hunyuan|TencentCloud\\.Hunyuan(?=\\.V20230901|["\']))(?![\\w-])',
        files: MANIFESTS,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'The project depends on the Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired and its image, video and 3D jobs stop on 2026-09-30; remove it once no code calls it.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkManifestNames, SOURCES.sdkPythonHunyuan, SOURCES.sdkJavaHunyuan, SOURCES.migrationGuideIntl, SOURCES.hunyuanImageRetirement, SOURCES.rustHunyuanCrate],
        examples: examples({
            'go.mod': {
                hit: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'go.mod', text: 'require (\n\tgithub.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan v3.0.1200\n)' }, { path: 'svc/go.mod', text: '\tgithub.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.900 // indirect' }],
                miss: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.0.1120' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'notes.txt', text: 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }],
            },
            pip: {
                hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-hunyuan==3.0.1290' }, { path: 'requirements-dev.txt', text: 'tencentcloud_sdk_python_hunyuan>=3.0' }, { path: 'pyproject.toml', text: 'dependencies = ["tencentcloud-sdk-python-hunyuan>=3.0.1200"]' }],
                miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python>=3.0.900' }, { path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1' }, { path: 'requirements.txt', text: 'hunyuan-video-toolkit==0.1' }],
            },
            'package.json': {
                hit: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-hunyuan": "^4.0.3"}}' }, { path: 'web/package.json', text: '"tencentcloud-sdk-nodejs-hunyuan": "4.1.0",' }, { path: 'package.json', text: '{"devDependencies": {"tencentcloud-sdk-nodejs-hunyuan": "*"}}' }],
                miss: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs": "^4.0.3"}}' }, { path: 'package.json', text: '{"dependencies": {"openai": "^5.0.0"}}' }, { path: 'package.json', text: '{"name": "hunyuan-chat-ui"}' }],
            },
            jvm: {
                hit: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-hunyuan</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200'" }, { path: 'build.gradle.kts', text: 'implementation("com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200")' }],
                miss: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java</artifactId>' }, { path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-lkeap</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-common:3.1.1200'" }],
            },
            'other manifests': {
                hit: [{ path: 'composer.json', text: '{"require": {"tencentcloud/hunyuan": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Hunyuan" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-hunyuan', '~> 3.0'" }],
                miss: [{ path: 'composer.json', text: '{"require": {"tencentcloud/tencentcloud-sdk-php": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Common" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-common'" }],
            },
            'Cargo.toml': {
                hit: [
                    { path: 'Cargo.toml', text: '[dependencies]\ntencentcloud-hunyuan-sdk = "0.1"' },
                    { path: 'crates/llm/Cargo.toml', text: 'tencentcloud-hunyuan-sdk = { version = "0.1.2", features = ["rustls"] }' },
                    { path: 'Cargo.toml', text: '[workspace.dependencies]\ntencentcloud_hunyuan_sdk = { path = "../vendor/hunyuan" }' },
                ],
                miss: [
                    { path: 'Cargo.toml', text: '[dependencies]\ntencent-sdk = "0.1"' },
                    { path: 'Cargo.toml', text: '[package]\nname = "hunyuan-chat"' },
                    { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::Client;' },
                ],
            },
        }),
    },
    {
        id: 'lke-sdk-dependency',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Project depends on the Tencent Cloud LKE (lkeap) SDK',
        evidenceName: 'LKE SDK dependency',
        anchors: ['lkeap'],
        pattern: '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?lkeap|TencentCloudSDK\\.Lkeap|tencentcloud/lkeap)(?![\\w-])',
        files: MANIFESTS,
        provides: ['lke-sdk'],
        shares: 'project',
        message: 'The project depends on the Tencent Cloud LKE SDK `{match}`: its DeepSeek chat moves to TokenHub (rerank, embeddings and document parsing stay on lkeap; rerank has no TokenHub path).',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkManifestNames, SOURCES.sdkPythonLkeap, SOURCES.tencentdbAiMigration],
        examples: examples({
            manifests: {
                hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-lkeap": "^4.0.0"}}' }],
                miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'src/lke.py', text: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
            },
        }),
    },
    {
        id: 'hunyuan-sdk',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Tencent Cloud SDK for Hunyuan (v20230901)',
        evidenceName: 'Hunyuan SDK',
        anchors: ['v20230901', 'hunyuan'],
        // Python/Node/Java `hunyuan.v20230901`, Go `hunyuan/v20230901` (also the intl SDK), PHP `Hunyuan\V20230901`,
        // C# `Hunyuan.V20230901`, Ruby `Hunyuan::V20230901`; packages tencentcloud-sdk-nodejs-hunyuan, -java-hunyuan, gem tencentcloud-sdk-hunyuan.
        pattern: '(?<![\\w-])hunyuan' + SDK_PATH_SEP + 'v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b',
        // Error where the file or its package makes LLM calls; otherwise (image or 3D jobs only, a manifest) a warning.
        context: { anyOf: ['llm-use'], otherwise: 'warning' },
        provides: ['hunyuan-cloudapi'],
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone), and its image, video and 3D jobs stop on 2026-09-30.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonHunyuan, SOURCES.sdkJavaHunyuan, SOURCES.sdkNodeHunyuan, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nclient.ChatCompletions(req)', 'import tencentcloud.hunyuan.v20230901.models as m', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client'],
                miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client', 'from tencentcloud.common import credential', 'from openai import OpenAI  # was hunyuan before'],
            },
            go: {
                hit: ['import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"', 'import "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan/v20230901"', '_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"'],
                miss: ['import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"', 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"', 'import "example.com/myhunyuan/v20230901x"'],
            },
            rust: {
                hit: [{ path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::{Client, Credential};' }, { path: 'src/chat.rs', text: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' }, { path: 'src/main.rs', text: 'let client = tencentcloud_hunyuan_sdk::ClientBuilder::new().build()?;' }],
                miss: [{ path: 'src/main.rs', text: 'use tencent_sdk::Client;' }, { path: 'src/main.rs', text: 'use hunyuan_video::pipeline::Pipeline;' }, { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk_ext::Client;' }],
            },
            'java, js, php, csharp, ruby': {
                hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs-hunyuan';" }, { path: 'a.php', text: 'use TencentCloud\\Hunyuan\\V20230901\\HunyuanClient;' }, { path: 'server.js', text: 'const Client = sdk?.hunyuan?.v20230901?.Client;' }],
                miss: [{ path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs';" }, { path: 'a.rb', text: "require 'tencentcloud-sdk-common'" }],
            },
        }),
    },
    {
        id: 'hunyuan-sdk-project-import',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Project-wide import of the Hunyuan SDK (context only)',
        evidenceName: 'project-wide Hunyuan SDK import',
        anchors: ['hunyuan'],
        // C# `global using TencentCloud.Hunyuan.V20230901...;`, a JS/TS index module that re-exports the SDK, a Scala
        // package object importing it: every file of the project gets the SDK's names without importing them.
        pattern: '\\bglobal\\s+using\\s+(?:static\\s+)?(?:\\w+\\s*=\\s*)?TencentCloud\\.Hunyuan\\b' +
            '|\\bexport\\s*(?:\\*(?:\\s*as\\s+\\w+)?|\\{[^}\\n]*\\})\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?-hunyuan\\b' +
            '|\\bexport\\s*\\{[^}\\n]*\\bhunyuan\\b[^}\\n]*\\}\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?["\']',
        signalOnly: true,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'Project-wide Hunyuan SDK import.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkNodeHunyuan, SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'hunyuan-sdk-package-object',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Scala package object importing the Hunyuan SDK (context only)',
        evidenceName: 'Hunyuan SDK in a package object',
        anchors: ['v20230901'],
        pattern: '\\bhunyuan\\.v20230901\\b',
        files: '^package\\.scala$',
        signalOnly: true,
        provides: ['hunyuan-cloudapi'],
        shares: 'project',
        message: 'Hunyuan SDK in a package object.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan],
    },
    {
        id: 'hunyuan-sdk-llm-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Hunyuan Cloud API client or LLM action',
        evidenceName: 'Hunyuan Cloud API call',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread', 'hunyuanclient', 'newclient'],
        // Also the SDK client's construction (`hunyuan_client.HunyuanClient(cred, ...)`, `new HunyuanClient(...)`).
        pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])|(?<=\\bhunyuan_client\\.|\\bnew\\s+|\\bhunyuan\\.)(?:HunyuanClient|NewClient)(?=\\s*\\()`,
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan-cloudapi'], unlessOwn: ['lke-sdk'] },
        providesWhenReported: ['hunyuan'],
        shares: 'package',
        message: 'Hunyuan Cloud API `{match}`: its LLM API is retired, and its image, video and 3D jobs stop on 2026-09-30.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuan, SOURCES.sdkPythonHunyuan],
        examples: examples({
            python: {
                hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import models\nreq = models.ChatStdRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
                miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', { text: 'resp = client.chat.completions.create(model=m)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
            },
            'java, go': {
                hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletionsResponse r = client.ChatCompletions(req);' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nc, _ := hunyuan.NewClient(cred, "ap-guangzhou", cpf)' }],
                miss: [{ path: 'A.java', text: 'client.ChatCompletions(req);' }, { path: 'a.go', text: 'resp, err := client.CreateChatCompletion(ctx, req)' }, { path: 'a.go', text: 'import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"\nreq := lkeap.NewChatCompletionsRequest()' }],
            },
        }),
    },
    {
        id: 'hunyuan-image-job',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'Hunyuan image, video or 3D job (retiring 2026-09-30)',
        evidenceName: 'Hunyuan image job',
        anchors: ['hunyuanimage', 'hunyuanto3d', 'texttoimage', 'hunyuantexttovideo', 'hunyuanimagetovideo'],
        pattern: '\\b(?:New)?(?:Submit|Query)(?:HunyuanImage(?:Chat)?|HunyuanTo3D(?:Pro|Rapid)?|TextToImage)Job(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])' +
            '|\\b(?:New)?(?:TextToImageLite|HunyuanTextToVideo|HunyuanImageToVideo|HunyuanImageChat)(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
        caseSensitive: true,
        // Not in the prefilter: a file calling these jobs imports the aiart or Hunyuan SDK (both anchors), or takes
        // them from its package.
        prefilter: false,
        // TextToImage is a common name; the Hunyuan SDK, the image host or the aiart service in the package decide.
        // Without any of them nothing is reported: a job name alone, with no Tencent SDK in sight, is too weak.
        context: { anyOf: ['hunyuan-cloudapi', 'hunyuan-image'] },
        provides: ['hunyuan-image'],
        message: 'Hunyuan image/video/3D API call `{match}`: these APIs stop taking new purchases on 2026-09-01 and stop on 2026-09-30.',
        replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
        sources: [SOURCES.hunyuanImageRetirement, SOURCES.aiartTextToImageJob, SOURCES.tokenHubImageApi],
        examples: examples({
            python: {
                hit: ['req = models.SubmitHunyuanImageJobRequest()', 'res = client.QueryHunyuanImageJob(q)', 'job = client.SubmitHunyuanTo3DJob(req)'],
                miss: ['res = client.GetImage(q)', 'submit_image_job(prompt)', 'TEXT_TO_IMAGE = "tokenhub image"'],
            },
            ts: {
                hit: [
                    { text: 'const res = await client.TextToImageLite({ Prompt: p });', packageText: "import * as tencentcloud from 'tencentcloud-sdk-nodejs-aiart';" },
                    { text: 'await client.SubmitHunyuanImageChatJob(req);', packageText: "const host = 'aiart.tencentcloudapi.com';" },
                    "import { aiart } from 'tencentcloud-sdk-nodejs-aiart';\nawait client.QueryHunyuanTo3DJob({ JobId: id });",
                ],
                miss: ["await client.images.generate({ model: 'hy-image-lite', prompt });", "const textToImage = await generate(prompt);", "await client.SubmitJob(req);"],
            },
        }),
    },
    {
        id: 'aiart-sdk-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Tencent Cloud AI art (aiart) SDK or host (context only)',
        anchors: ['aiart'],
        // The aiart service runs the Hunyuan text-to-image jobs, and other image products that are not retiring.
        pattern: '(?<![\\w-])aiart' + SDK_PATH_SEP + 'v20221229\\b|(?<![\\w.-])aiart(?:\\.intl)?\\.tencentcloudapi\\.com|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?aiart(?![\\w-])',
        caseSensitive: false,
        // In the prefilter in place of the image job names: one rare anchor where `texttoimage` and the aiart host
        // were two, and the SDK import is what a file calling those jobs names (the job names take it as context).
        signalOnly: true,
        provides: ['hunyuan-image'],
        shares: 'package',
        message: 'AI art SDK or host.',
        replacement: { hint: '', evidence: 'confirmed' },
        sources: [SOURCES.aiartTextToImageJob],
    },
    {
        id: 'hunyuan-llm-action-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan LLM action name (context only)',
        evidenceName: 'Hunyuan LLM action',
        anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
        pattern: `(?:${HUNYUAN_ACTIONS})`,
        caseSensitive: true,
        prefilter: false,
        signalOnly: true,
        provides: ['llm-use'],
        // Only raises the severity of what is already legacy (a Hunyuan SDK import or host) in the same package.
        shares: 'package',
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
        evidenceName: 'LKE SDK',
        anchors: ['v20240522', 'lkeap'],
        pattern: '(?<![\\w-])lkeap' + SDK_PATH_SEP + 'v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])',
        // Importing lkeap alone is not legacy: it also serves rerank, embeddings and document parsing.
        context: { anyOf: ['chat-completions', 'deepseek-model'], reach: 'file' },
        provides: ['lke-sdk'],
        providesWhenReported: ['lke'],
        shares: 'package',
        message: 'Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            python: {
                hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq.Model = "deepseek-v3"', 'import tencentcloud.lkeap.v20240522.models as m\nm.ChatCompletionsRequest()'],
                miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.GetEmbeddingRequest()', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nclient.ChatCompletions(req)'],
            },
        }),
    },
    {
        id: 'lke-sdk-chat-call',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LKE Cloud API ChatCompletions call',
        evidenceName: 'LKE Cloud API call',
        anchors: ['chatcompletions'],
        pattern: '\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke-sdk'], noneOf: ['hunyuan-cloudapi'], unlessOwn: ['hunyuan-cloudapi'] },
        providesWhenReported: ['lke'],
        message: 'LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.',
        replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkPythonLkeap, SOURCES.lkeCloudApiDoc],
        examples: examples({
            python: {
                hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.ChatCompletionsRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
                miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)'],
            },
        }),
    },
    {
        id: 'langchain-hunyuan',
        category: 'legacy-sdk',
        severity: 'error',
        title: 'LangChain Hunyuan integration',
        evidenceName: 'LangChain Hunyuan client',
        anchors: ['hunyuan'],
        pattern: '\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b',
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        shares: 'package',
        message: 'LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.',
        replacement: {
            hint: 'Suggestion: LangChain\'s OpenAI chat model (ChatOpenAI) with the TokenHub base URL ' +
                `${models/* TOKENHUB_BASE_URL_INTL */["do"]}, a TokenHub API key and a TokenHub model ID.`,
            evidence: 'inferred',
        },
        sources: [SOURCES.langchainPython, SOURCES.langchainJs],
        examples: examples({
            python: {
                hit: ['from langchain_community.chat_models import ChatHunyuan', 'llm = ChatHunyuan(hunyuan_app_id=1)', 'from langchain_community.embeddings import HunyuanEmbeddings'],
                miss: ['from langchain_openai import ChatOpenAI', 'class HunyuanLLM(LLM):', 'llm = ChatOpenAI(model="hy4")'],
            },
            ts: {
                hit: ["import { ChatTencentHunyuan } from '@langchain/community/chat_models/tencent_hunyuan';", "const model = new ChatTencentHunyuan({ model: 'hunyuan-pro' });", "import { TencentHunyuanEmbeddings } from '@langchain/community/embeddings/tencent_hunyuan';"],
                miss: ["import { ChatOpenAI } from '@langchain/openai';", "const chatHunyuanLabel = 'hunyuan';", "import { ChatDeepSeek } from '@langchain/deepseek';"],
            },
        }),
    },
    {
        id: 'hunyuan-env-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'Hunyuan credential variable (context only)',
        anchors: ['hunyuan_'],
        // Env var names are weak signals: they set context for this file's search parameters, never findings, never
        // lent to other files. HUNYUAN_BASE_URL is left out: self-hosted Hunyuan3D and HunyuanVideo servers use it.
        pattern: '\\b(?:TENCENT_|LIU_TENCENT_)?HUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b|\\b(?:LIU_)?TENCENT_HUNYUAN_BASE_URL\\b',
        caseSensitive: true,
        signalOnly: true,
        provides: ['hunyuan'],
        message: 'Hunyuan credential variable.',
        replacement: { hint: '', evidence: 'third-party' },
        sources: [SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.envVarsThirdParty],
    },
    {
        id: 'lke-env-signal',
        category: 'legacy-sdk',
        severity: 'notice',
        title: 'LKE DeepSeek API variable (context only)',
        anchors: ['lkeap_'],
        pattern: '\\b(?:LIU_)?TENCENT_LKEAP_(?:API_KEY|BASE_URL|MODEL)\\b|\\bLKEAP_(?:API_BASE|API_KEY|BASE_URL|MODEL)\\b',
        caseSensitive: true,
        signalOnly: true,
        provides: ['lke'],
        message: 'LKE DeepSeek API variable.',
        replacement: { hint: '', evidence: 'third-party' },
        sources: [SOURCES.envVarsThirdParty],
    },
];

// EXTERNAL MODULE: ./src/catalog/tokenhub-models.ts
var tokenhub_models = __nccwpck_require__(8998);
;// CONCATENATED MODULE: ./src/catalog/rules/models.ts






/** LKE DeepSeek IDs that TokenHub does not list: a client already on TokenHub that still sends one gets 400004. */
const LKE_IDS_NOT_ON_TOKENHUB = [...models/* LKE_DEEPSEEK_REASONING */.jB, ...models/* LKE_DEEPSEEK_CHAT */.fx].filter((id) => !tokenhub_models/* TOKENHUB_CHAT_MODEL_IDS */.B$.includes(id));
const ON_TOKENHUB = `^(?:${models/* HUNYUAN_ON_TOKENHUB */.a6.map((id) => id.replace(/\./g, '\\.')).join('|')})$`;
/**
 * Model IDs of the retiring platforms. Known IDs from the catalog are findings wherever they stand; an unknown
 * `hunyuan-` string only where code sends it as a model (a `model` field, argument or list) or where the file
 * talks to the legacy platform: a wrapper's type label, a provider id, a bucket name or a self-hosted
 * HunyuanVideo setting is not a model ID.
 */
const MODEL_RULES = [
    {
        id: 'hunyuan-translation-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan translation model',
        anchors: ['hunyuan-translation'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_TRANSLATION */.rZ),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}`: Hunyuan translation is not offered on TokenHub.',
        replacement: {
            value: 'hy-mt2-plus',
            hint: 'Tencent\'s guide only says to use a newer model; TokenHub\'s Hy-MT2 translation models are the natural candidates (`hy-mt2-plus` international, `hy-mt2-pro` mainland).',
            evidence: 'inferred',
        },
        sources: [SOURCES.migrationGuideIntl, SOURCES.migrationGuideMainland, SOURCES.hyApiGuide],
        examples: examples({
            any: {
                hit: ['model = "hunyuan-translation"', "translate({ model: 'hunyuan-translation-lite', text })", 'TRANSLATION_MODEL=hunyuan-translation'],
                miss: ['model = "hy-mt2-plus"', 'docs/hunyuan-translation/readme', 'model = "hunyuan-translation-v9x"'],
            },
        }),
    },
    {
        id: 'hunyuan-model-shutdown',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model shut down on 2026-06-22',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_SHUTDOWN_2026_06_22 */.JD),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` was shut down on 2026-06-22 with the legacy Hunyuan platform.',
        replacement: {
            value: 'hy3-preview',
            hint: 'Enable it for pay-as-you-go in the TokenHub console. `hy3-preview` is the documented successor and is itself due to give way to `hy4`/`hy4-flash` (CloudBase, 2026-12): check the TokenHub model list.',
            evidence: 'confirmed',
        },
        sources: [SOURCES.hunyuanShutdownNotice],
        examples: examples({
            any: {
                hit: ['model="hunyuan-turbos-latest"', 'req.Model = common.StringPtr("hunyuan-standard-256K")', 'DEFAULT = "hunyuan-large"'],
                miss: ['model="hy3-preview"', 'url = "https://example.com/x/hunyuan-large"', 'model="hunyuan-turbos-latest-x"'],
            },
        }),
    },
    {
        id: 'hunyuan-model-not-on-tokenhub',
        category: 'legacy-model',
        severity: 'error',
        title: 'Hunyuan model not supported on TokenHub',
        anchors: ['hunyuan-'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* HUNYUAN_NOT_ON_TOKENHUB */.K7),
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Model `{match}` is not supported on TokenHub.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.migrationGuideMainland],
        examples: examples({
            any: {
                hit: ['"Model": "hunyuan-lite"', "model: 'hunyuan-a13b'", 'HUNYUAN_MODEL=hunyuan-large-role-latest'],
                miss: ['model: tencent/Hunyuan-A13B-Instruct', 'model: hunyuan-role-latest', "const name = 'hunyuan-lite-x';"],
            },
        }),
    },
    {
        id: 'hunyuan-vision-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Hunyuan vision model',
        anchors: ['hunyuan-'],
        pattern: '(?<![\\w./-])hunyuan-(?:[a-z0-9]+-)?vision(?:-[a-z0-9]+)?(?![\\w-]|\\.[A-Za-z0-9])',
        unless: OWN_RULE_ID,
        caseSensitive: true,
        provides: ['hunyuan', 'llm-use'],
        message: 'Hunyuan vision model `{match}` belongs to the legacy platform; check what TokenHub offers for vision.',
        replacement: { hint: 'A TokenHub model with visual understanding, such as `glm-5v-turbo` or `hy4`, if enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsIntl, SOURCES.hyApiGuide],
        examples: examples({
            any: {
                hit: ['model: hunyuan-vision', 'model="hunyuan-turbos-vision-20250619"', "{ model: 'hunyuan-t1-vision' }"],
                miss: ['rules:\n  hunyuan-vision-model: off', 'model: glm-5v-turbo', 'path = "assets/hunyuan-vision"'],
            },
        }),
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
        message: 'Model `{match}` belongs to the legacy Hunyuan platform; stored vectors must be re-embedded with the new model.',
        // No value: the fix must not swap it, since the vectors already stored would no longer compare.
        replacement: {
            hint: 'Suggestion: TokenHub has `POST /v1/embeddings` with `kinfra-text-embedding-0.6b` (1024 dimensions) or `kinfra-text-embedding-4b` (2560), and `kinfra-vl-embedding-2b`/`-8b` for images; vectors from another model are not comparable, so re-embed what you stored.',
            evidence: 'inferred',
        },
        sources: [SOURCES.hunyuanEmbeddingThirdParty, SOURCES.tokenHubEmbeddings, SOURCES.tencentdbAiMigration],
        examples: examples({
            any: {
                hit: ['model="hunyuan-embedding"', "embed({ model: 'hunyuan-embedding', input })", 'EMBEDDING_MODEL: hunyuan-embedding'],
                miss: ['model="kinfra-text-embedding-0.6b"', 'model="hunyuan-embedding-x"', 'path = "cache/hunyuan-embedding"'],
            },
        }),
    },
    {
        id: 'hunyuan-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'Other Hunyuan model ID',
        anchors: ['hunyuan-'],
        // Dots only before a digit (`hunyuan-2.0-...`), so a host or bucket name (`hunyuan-assets.cos...`) is no ID.
        pattern: '(?<![\\w./-])hunyuan-[a-z0-9](?:[A-Za-z0-9-]|\\.(?=[0-9]))*(?![\\w-]|\\.[A-Za-z])',
        caseSensitive: true,
        unless: `${ON_TOKENHUB}|${OWN_RULE_ID}|${OPEN_WEIGHTS_NAME}`,
        // Sent as a model (its position), or in a file that talks to the legacy platform. The Token Plan's own IDs
        // (hunyuan-t1, hunyuan-turbos, ...) are TokenHub's: quiet next to a Token Plan route.
        context: { anyOf: ['hunyuan', 'lke'], reach: 'file', orAt: MODEL_POSITION, noneOf: ['token-plan'] },
        provides: ['llm-use'],
        message: 'Model `{match}` is a legacy Hunyuan platform ID; check that TokenHub offers it for your key before migrating.',
        replacement: { value: 'hy3-preview', hint: '`hy3-preview` is Tencent\'s named successor for the retired Hunyuan chat models (for new code, `hy4`/`hy4-flash`); use any TokenHub model enabled for your key.', evidence: 'inferred' },
        sources: [SOURCES.hunyuanSdkModelDocs, SOURCES.tokenHubModelsMainland],
        examples: examples({
            'model position': {
                hit: ['model: hunyuan-pro', 'client.chat.completions.create(model="hunyuan-functioncall", messages=m)', 'model_name, out_dir = Client(), "hunyuan-functioncall"'],
                miss: ['return "hunyuan-chat"', '{"provider": "hunyuan-tokenhub", "model": self.model}', 'bucket = "hunyuan-assets.cos.ap-guangzhou.myqcloud.com"'],
            },
            'legacy file': {
                hit: ['base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nFALLBACK = "hunyuan-pro"', 'from langchain_community.chat_models import ChatHunyuan\nNAMES = ["hunyuan-role"]', 'LKE = "https://api.lkeap.cloud.tencent.com/v1"\nALIAS = "hunyuan-turbo-x"'],
                miss: ['base_url = "https://api.lkeap.cloud.tencent.com/plan/v3"\nmodel: hunyuan-turbos', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nname: hunyuan-video-t2v-720p', 'base_url = "https://api.hunyuan.cloud.tencent.com/v1"\nnext = "hunyuan-2.0-instruct-20251111"'],
            },
        }),
    },
    {
        id: 'lke-deepseek-r1-model',
        category: 'legacy-model',
        severity: 'error',
        title: 'DeepSeek R1 on the LKE DeepSeek API',
        anchors: ['deepseek-r1'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* LKE_DEEPSEEK_REASONING */.jB),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API (`deepseek-r1` itself went offline there on 2025-11-11).',
        replacement: { value: 'deepseek-v4-pro', hint: 'A TokenHub reasoning model (thinking on by default), enabled for your key; the dated `deepseek-v4-pro-202606` pins a version.', evidence: 'inferred' },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl],
        examples: examples({
            any: {
                hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1"', 'LKEAP_MODEL=deepseek-r1-0528\nLKEAP_API_BASE=x', { text: 'MODEL = "deepseek-r1"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
                miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"', 'model = "deepseek/deepseek-r1"', 'base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-r1-distill"'],
            },
        }),
    },
    {
        id: 'lke-deepseek-v3-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'DeepSeek V3 family on the LKE DeepSeek API',
        anchors: ['deepseek-v3'],
        pattern: (0,patterns/* modelIdPattern */.XU)(models/* LKE_DEEPSEEK_CHAT */.fx),
        caseSensitive: true,
        prefilter: false,
        provides: ['deepseek-model'],
        context: { anyOf: ['lke'] },
        message: 'Model `{match}` called through the legacy LKE DeepSeek API; choose the TokenHub model to use after the move.',
        replacement: {
            value: 'deepseek-v4-flash',
            hint: 'The migration guide\'s own example uses DeepSeek V4 Flash. That name is aging (DeepSeek now serves V4.1-Flash as `deepseek-flash`); the dated `deepseek-v4-flash-202605` pins a version. Enable the model you choose for pay-as-you-go.',
            evidence: 'inferred',
        },
        sources: [SOURCES.lkeOpenAiDocMainland, SOURCES.tokenHubModelsIntl, SOURCES.migrationGuideIntl],
        examples: examples({
            any: {
                hit: ['base_url = "https://api.lkeap.cloud.tencent.com/v1"\nmodel = "deepseek-v3"', 'lkeap.tencentcloudapi.com\nreq.Model = "deepseek-v3.1-terminus"', { text: 'MODEL = "deepseek-v3.2"', packageText: 'BASE = "https://api.lkeap.cloud.tencent.com/v1"' }],
                miss: ['base_url = "https://api.deepseek.com"\nmodel = "deepseek-v3"', 'base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'model = "deepseek-v3"'],
            },
        }),
    },
    {
        id: 'tokenhub-unlisted-deepseek-model',
        category: 'legacy-model',
        severity: 'warning',
        title: 'LKE DeepSeek model ID that TokenHub does not list',
        anchors: ['deepseek-r1', 'deepseek-v3'],
        pattern: (0,patterns/* modelIdPattern */.XU)(LKE_IDS_NOT_ON_TOKENHUB),
        caseSensitive: true,
        prefilter: false,
        // Half-migrated code: the base URL already points at TokenHub, the model ID is still LKE's.
        context: { anyOf: ['tokenhub'], reach: 'file' },
        message: 'Model `{match}` is an LKE DeepSeek ID that TokenHub does not list (catalog snapshot): a TokenHub request with it fails with 400004 (model not found).',
        replacement: {
            hint: 'Use a DeepSeek ID TokenHub lists and your key has enabled, such as `deepseek-v4-flash` or `deepseek-v4-pro` (or their dated `-202605`/`-202606` IDs); check the TokenHub model list, which changes.',
            evidence: 'inferred',
        },
        sources: [SOURCES.tokenHubModelsIntl, SOURCES.tokenHubModelsMainland, SOURCES.tokenHubErrorCodes],
        examples: examples({
            any: {
                hit: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-r1"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v3"', "baseURL: 'https://tokenhub.tencentmaas.com/v1', model: 'deepseek-v3.2-exp'"],
                miss: ['base_url = "https://tokenhub.tencentmaas.com/v1"\nmodel = "deepseek-v3.2"', 'base_url = "https://tokenhub-intl.tencentcloudmaas.com/v1"\nmodel = "deepseek-v4-flash"', 'base_url = "https://api.deepseek.com"\nmodel = "deepseek-r1"'],
            },
        }),
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/search.ts



/** Hunyuan's own search switches: the names exist in no other vendor's API. */
const HUNYUAN_ONLY_PASCAL = 'EnableEnhancement|ForceSearchEnhancement|EnableSpeedSearch|EnableMultimedia|EnableDeepSearch|EnableRecommendedQuestions|EnableDeepRead|SearchInfo';
const HUNYUAN_ONLY_CAMEL = 'enableEnhancement|forceSearchEnhancement|enableSpeedSearch|enableMultimedia|enableDeepSearch|enableRecommendedQuestions|enableDeepRead';
const HUNYUAN_ONLY_SNAKE = 'enable_enhancement|force_search_enhancement|enable_speed_search|enable_multimedia|enable_deep_search|enable_recommended_questions|enable_deep_read';
/**
 * A field name written the ways code writes one: a quoted key or tag (`"citation": true`, `json:"Citation,omitempty"`,
 * `@JsonProperty("citation")`, `[JsonPropertyName("Citation")]`, `rename = "citation"`, `req["citation"]`), a key,
 * keyword argument or field declaration (`citation: true`, `citation=True`, `citation?: boolean`, `pub citation:`),
 * a member or setter (`req.Citation = true`, `setCitation(`, `withCitation(`, `->Citation`), or a Go struct field
 * (`Citation *bool`).
 */
function fieldName(names) {
    return (`(?<=["'\`])(?:${names})(?=\\\\?["'\`]\\s*(?:[:=,)\\]]|=>)|,omitempty|,string)` +
        `|(?<![\\w.$-])(?:${names})(?=\\??\\s*[:=](?![=:]))` +
        `|(?<=\\.|->|\\bset|\\bwith)(?:${names})(?=\\s*(?:[:=(](?!=)|=>))` +
        `|(?<=(?:^|\\n)[ \\t]*)(?:${names})(?=[ \\t]+\\*?(?:bool|string|int64|\\[\\])\\b)`);
}
/** Online-search parameters of the retiring APIs, which TokenHub does not take. */
const SEARCH_RULES = [
    {
        id: 'hunyuan-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'Hunyuan online-search parameter',
        anchors: [
            'enableenhancement', 'enable_enhancement', 'forcesearchenhancement', 'force_search_enhancement', 'enablespeedsearch',
            'enable_speed_search', 'enablemultimedia', 'enable_multimedia', 'enabledeepsearch', 'enable_deep_search',
            'enablerecommendedquestions', 'enable_recommended_questions', 'enabledeepread', 'enable_deep_read', 'searchinfo',
        ],
        // Names only Hunyuan's API has, in every spelling (PascalCase fields and setters, lowerCamel JSON/YAML keys,
        // snake_case OpenAI-compatible fields, UPPER_SNAKE constants): the Hunyuan SDK or a TokenHub client anywhere in
        // the project is context enough.
        pattern: `(?:${HUNYUAN_ONLY_PASCAL})\\b` +
            `|(?<![\\w$-])(?:${HUNYUAN_ONLY_CAMEL})\\b` +
            `|(?<![\\w-])(?:${HUNYUAN_ONLY_SNAKE}|${HUNYUAN_ONLY_SNAKE.toUpperCase()})\\b`,
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan', 'hunyuan-cloudapi', 'tokenhub'], reach: 'project' },
        message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuanSearch, SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl, SOURCES.lobeHubHalfMigrated],
        examples: examples({
            PascalCase: {
                hit: [{ text: 'EnableEnhancement *bool `json:"EnableEnhancement,omitempty"`', path: 'pkg/types.go', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.ForceSearchEnhancement = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreq.setEnableSpeedSearch(true);' }],
                miss: ['req.EnableEnhancement = True', { text: 'EnableEnhancement *bool', path: 'pkg/types.go', packageText: 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"' }, 'from tencentcloud.hunyuan.v20230901 import models\nreq.EnableEnhancementX = True'],
            },
            'C# and Rust attributes': {
                hit: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("ForceSearchEnhancement")]\npublic bool? Force { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
                ],
                miss: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancement")]\npublic bool? Enhance { get; set; }', packageText: 'using Newtonsoft.Json;' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "EnableSpeedSearch")]\npub speed: Option<bool>,', packageText: 'use reqwest::Client;' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("EnableEnhancements")]\npublic bool? Enhance { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                ],
            },
            lowerCamel: {
                hit: ['base: "https://tokenhub.tencentmaas.com/v1"\nenableEnhancement: true', { text: 'private Boolean enableDeepSearch;', path: 'pkg/Opts.java', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'c.json', text: '{"url": "https://api.hunyuan.cloud.tencent.com/v1", "forceSearchEnhancement": true}' }],
                miss: ['enableEnhancement: true', { path: 'c.json', text: '{"enableSpeedSearch": true}' }, 'base: "https://tokenhub.tencentmaas.com/v1"\nmyenableEnhancement: true'],
            },
            snake_case: {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"enable_enhancement": True}', 'HUNYUAN_API_KEY\n{"enable_speed_search": true}', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nenable_deep_read: true,"],
                miss: ['extra_body={"enable_enhancement": True}', 'base_url="https://api.deepseek.com"\n{"enable_multimedia": true}', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nmy_enable_enhancement_flag = 1'],
            },
            'UPPER_SNAKE constant': {
                hit: ['HUNYUAN_API_KEY = os.environ["K"]\nENABLE_ENHANCEMENT = True', 'from tencentcloud.hunyuan.v20230901 import models\nFORCE_SEARCH_ENHANCEMENT = "ForceSearchEnhancement"', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_RECOMMENDED_QUESTIONS = False'],
                miss: ['ENABLE_ENHANCEMENT = True', 'base = "https://api.deepseek.com"\nENABLE_SPEED_SEARCH = 1', 'base = "https://api.hunyuan.cloud.tencent.com/v1"\nENABLE_ENHANCEMENTS_UI = 1'],
            },
        }),
    },
    {
        id: 'hunyuan-shared-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'Search parameter Hunyuan shares with other vendors',
        anchors: ['citation', 'search_info', 'search_scene', 'searchscene'],
        // `citation` and `search_info` belong to other vendors and to bibliographies too: only as a field, and only
        // where the file or its package talks to the legacy Hunyuan API, or the file's client points at TokenHub.
        pattern: fieldName('Citation|citation|search_info|search_scene|SearchScene'),
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['hunyuan', 'tokenhub'], reach: 'package' },
        message: 'Hunyuan online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.sdkJavaHunyuanSearch, SOURCES.hunyuanOpenAiDoc, SOURCES.lobeChatHunyuan, SOURCES.tokenHubSearchDoc, SOURCES.lobeHubHalfMigrated],
        examples: examples({
            'quoted key or tag': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nextra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation bool `json:"Citation,omitempty"`', packageText: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nresp, err := c.ChatCompletions(req)' }, { path: 'pkg/Opts.java', text: '@SerializedName("search_info")\nprivate Boolean s;', packageText: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nreturn client.ChatCompletions(req);' }],
                miss: ['extra_body={"citation": True}', { path: 'pkg/types.go', text: 'Citation string `json:"citation"`', packageText: 'package search' }, 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nstyle = "citation needed"'],
            },
            'key or keyword argument': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\ncreate(model=m, citation=True)', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\ncitation: true,", "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_info?: boolean;"],
                miss: ["citation: true,", 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nSee the citation below.', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nif citation == other: pass'],
            },
            'C# and Rust attributes': {
                hit: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("Citation")]\npublic bool? Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("search_info")]\npublic bool? Info { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "Citation")]\npub cites: Option<bool>,', packageText: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' },
                ],
                miss: [
                    { path: 'Chat/ChatRequest.cs', text: '[JsonProperty("citation")]\npublic string Cite { get; set; }', packageText: 'using Newtonsoft.Json;' },
                    { path: 'src/chat/request.rs', text: '#[serde(rename = "citation")]\npub cite: String,', packageText: 'use reqwest::Client;' },
                    { path: 'Chat/ChatRequest.cs', text: '[JsonPropertyName("citations")]\npublic List<string> Cites { get; set; }', packageText: 'using TencentCloud.Hunyuan.V20230901;\nvar resp = client.ChatCompletionsSync(req);' },
                ],
            },
            'member or setter': {
                hit: ['base_url="https://api.hunyuan.cloud.tencent.com/v1"\nreq.Citation = True', { path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletions(req);\nreq.setCitation(true);' }, 'HUNYUAN_API_KEY\nreq.SearchScene = "x"'],
                miss: ['req.Citation = True', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nprint(ref.citation)', 'base_url="https://api.hunyuan.cloud.tencent.com/v1"\nformatCitation(x)'],
            },
        }),
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
        examples: examples({
            'Cloud API field': {
                hit: ['from tencentcloud.lkeap.v20240522 import models\nclient.ChatCompletions(req)\nreq.EnableSearch = True', { path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;\nclient.ChatCompletions(req);\nreq.setEnableSearch(true);' }, 'base = "https://api.lkeap.cloud.tencent.com/v1"\n{"EnableSearch": true}'],
                miss: ['req.EnableSearch = True', 'base = "https://api.deepseek.com"\nreq.EnableSearch = True', 'base = "https://api.lkeap.cloud.tencent.com/v1"\nreq.EnableSearchUI = True'],
            },
        }),
    },
    {
        id: 'lke-openai-search-param',
        category: 'legacy-search',
        severity: 'error',
        title: 'LKE DeepSeek online-search parameter (OpenAI-compatible API)',
        anchors: ['enable_search', 'search_enabled'],
        pattern: fieldName('enable_search|search_enabled'),
        caseSensitive: true,
        prefilter: false,
        context: { anyOf: ['lke', 'tokenhub'] },
        message: 'LKE DeepSeek online-search parameter `{match}`: the legacy search is decommissioned.',
        replacement: { hint: SEARCH_HINT, evidence: 'confirmed' },
        sources: [SOURCES.lkeSearchThirdParty, SOURCES.tokenHubSearchDoc, SOURCES.migrationGuideIntl],
        examples: examples({
            'OpenAI-compatible field': {
                hit: ['base_url="https://api.lkeap.cloud.tencent.com/v1"\nextra_body={"enable_search": True}', 'base_url: https://api.lkeap.cloud.tencent.com/v1\nenable_search: true', "baseURL: 'https://tokenhub.tencentmaas.com/v1',\nsearch_enabled: true,"],
                miss: ['base_url="https://dashscope.aliyuncs.com/compatible-mode/v1"\nextra_body={"enable_search": True}', 'extra_body={"enable_search": True}', 'base_url="https://api.lkeap.cloud.tencent.com/v1"\nif enable_search == flag: pass'],
            },
        }),
    },
];

;// CONCATENATED MODULE: ./src/catalog/rules/smoke.ts



/** The rule of the key smoke test's cross-check; its findings exist only when a smoke test ran. */
const TOKENHUB_MODEL_NOT_ENABLED = 'tokenhub-model-not-enabled';
const SMOKE_RULES = [
    {
        id: TOKENHUB_MODEL_NOT_ENABLED,
        category: 'legacy-model',
        // A warning, not an error: glm-5, kimi-k2.5 and the DeepSeek IDs also name models of other providers.
        severity: 'warning',
        title: 'TokenHub model the API key cannot use',
        anchors: ['deepseek-', 'glm-', 'kimi-', 'minimax-', 'hunyuan-', 'hy3', 'hy4', 'hy-mt2'],
        pattern: (0,patterns/* modelIdPattern */.XU)(tokenhub_models/* TOKENHUB_CHAT_MODEL_IDS */.B$),
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

;// CONCATENATED MODULE: ./src/catalog/rules.ts






/**
 * The rule catalog: what ties code to the retiring Hunyuan and LKE DeepSeek platforms, as data, one file per
 * category under rules/. Facts and their markers come from shared/catalog.md and shared/catalog-update-2026-12.md.
 * Order matters: where two rules of one category match the same text, the first one listed is reported, so
 * specific rules come before general ones.
 */
const RULES = [...ENDPOINT_RULES, ...SDK_RULES, ...MODEL_RULES, ...SEARCH_RULES, ...SMOKE_RULES];


/***/ }),

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ TOKENHUB_CHAT_MODEL_IDS),
/* harmony export */   Ny: () => (/* binding */ TOKENHUB_HOSTS),
/* harmony export */   YN: () => (/* binding */ TOKENHUB_MODELS),
/* harmony export */   jo: () => (/* binding */ DEFAULT_SMOKE_TEST_MODEL)
/* harmony export */ });
const INTL = 'tencentcloud.com/document/product/1300/78941 (2026-05-13)';
const MAINLAND = 'cloud.tencent.com/document/product/1823/130078';
const HY_SUCCESSORS = 'cloud.tencent.com/document/product/1729/131925; 1823/132358';
const HY_GUIDE_MAINLAND = 'cloud.tencent.com/document/product/1823/132252 (2026-05-28)';
const HY_GUIDE_INTL = 'tencentcloud.com/document/product/1300/80695 (2026-06-12)';
/** The newer Hy IDs: named by Tencent's CloudBase model list and by third-party routers, not by TokenHub's own pages. */
const HY_NEWER = 'docs.cloudbase.net/ai/available-models (CloudBase, not TokenHub); openrouter.ai tencent/hy4-flash';
const LITELLM = 'docs.litellm.ai/docs/providers/tencent';
function models(kind, evidence, source, ids, date) {
    return ids.map((id) => ({ id, kind, evidence, source, ...(date ? { date } : {}) }));
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
    ...models('chat', 'confirmed', HY_SUCCESSORS, ['hy3-preview']),
    ...models('chat', 'confirmed', HY_GUIDE_INTL, ['hy-mt2-plus'], '2026-12-02'),
    ...models('chat', 'confirmed', HY_GUIDE_MAINLAND, ['hy-mt2-pro'], '2026-12-02'),
    // The catalog once cited 1300/80695 for these; its copy of 2026-06-12 lists only hy-mt2-plus (checked 2026-12-02).
    ...models('chat', 'third-party', HY_NEWER, ['hy3', 'hy4', 'hy4-preview', 'hy4-flash'], '2026-12-02'),
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


/***/ }),

/***/ 3544:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ exitQuietlyWhenReaderLeaves)
/* harmony export */ });
/**
 * `tokenhub-migration-check --help | head -1`: the reader leaves before the CLI has written everything, and the next
 * write fails with EPIPE. Nobody is left to read the rest, so that is no error: stop quietly with exit 0, as a
 * filter does, instead of crashing with an unhandled 'error' event and a stack on stderr.
 */
function exitQuietlyWhenReaderLeaves(stream, exit) {
    stream.on('error', (err) => {
        if (err.code === 'EPIPE')
            exit(0);
        else
            throw err;
    });
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4323);
/* harmony import */ var _closed_output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3544);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5230);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3361);




// The parallel scan starts this same bundle as its worker threads.
if ((0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .isScanWorker */ .WJ)()) {
    (0,_scan_scan_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .runScanWorker */ .fR)();
}
else {
    (0,_closed_output_js__WEBPACK_IMPORTED_MODULE_3__/* .exitQuietlyWhenReaderLeaves */ .x)(process.stdout, (code) => process.exit(code));
    (0,_closed_output_js__WEBPACK_IMPORTED_MODULE_3__/* .exitQuietlyWhenReaderLeaves */ .x)(process.stderr, (code) => process.exit(code));
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .iW)(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        cwd: process.cwd(),
        env: process.env,
        program: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_1__/* .invocationOf */ .Q)(process.env, process.argv[1], process.cwd()),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ invocationOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5325);


/**
 * The command to write in a hint the user can paste, the way they ran this one: someone who followed the quick start
 * (`npx tokenhub-migration-check scan .`) has no `tokenhub-migration-check` on PATH, and someone who ran the bundle
 * of a fresh clone (`node dist/cli/index.js`) has neither.
 */
function invocationOf(env, script, cwd) {
    // npx and `npm exec` set npm_command=exec for the program they start.
    if (env.npm_command === 'exec')
        return `npx ${_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH}`;
    // Run as `node path/to/index.js` (or through `npm run scan`): the bin link is named after the tool, not *.js.
    if (script && /\.[cm]?js$/.test(script)) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, script);
        return `node ${shellWord(rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) ? rel : script)}`;
    }
    return _tool_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH;
}
/** A POSIX shell word: as is when it has only safe characters, else single-quoted. */
function shellWord(s) {
    return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError

// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(8909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __nccwpck_require__(1012);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(5325);
// EXTERNAL MODULE: ./src/report/terminal-text.ts
var terminal_text = __nccwpck_require__(4890);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/command-settings.ts + 4 modules
var command_settings = __nccwpck_require__(1452);
// EXTERNAL MODULE: ./src/fix/fixability.ts
var fixability = __nccwpck_require__(8492);
;// CONCATENATED MODULE: ./src/fix/model-map.ts


class ModelMapError extends errors/* UsageError */.eb {
}
/** A model ID as it appears in code: no spaces, quotes or separators that would change the text around it. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
/**
 * Parses `legacy=new` pairs (comma-separated; the option may be repeated) and checks them against the catalog:
 * the legacy side must be a model ID a model rule reports, and the new side must not be one, so that a second
 * run never finds something to change again.
 */
function parseModelMap(specs, rules) {
    const map = new Map();
    const modelRules = rules.filter(fixability/* acceptsModelMapping */.N).map(wholeMatcher);
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
                if (!MODEL_ID.test(id))
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

// EXTERNAL MODULE: ./src/catalog/index.ts
var src_catalog = __nccwpck_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __nccwpck_require__(3652);
// EXTERNAL MODULE: ./src/finding/severity.ts
var severity = __nccwpck_require__(5978);
// EXTERNAL MODULE: ./src/scan/binary-types.ts
var binary_types = __nccwpck_require__(456);
// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __nccwpck_require__(9975);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 2 modules
var scan_file = __nccwpck_require__(8239);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 3 modules
var scanner = __nccwpck_require__(3421);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __nccwpck_require__(4625);
// EXTERNAL MODULE: ./src/scan/file-text.ts + 1 modules
var file_text = __nccwpck_require__(180);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
;// CONCATENATED MODULE: ./src/fix/codec.ts

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function decodeForFix(bytes) {
    const decoded = (0,decode/* decode */.D4)(bytes);
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

// EXTERNAL MODULE: ./src/catalog/models.ts
var models = __nccwpck_require__(9357);
;// CONCATENATED MODULE: ./src/fix/region.ts

const REGIONS = ['intl', 'mainland'];
function isRegion(value) {
    return REGIONS.includes(value);
}
function baseUrlFor(region) {
    return region === 'mainland' ? models/* TOKENHUB_BASE_URL_MAINLAND */.uj : models/* TOKENHUB_BASE_URL_INTL */["do"];
}
const INTL_HOST = new URL(models/* TOKENHUB_BASE_URL_INTL */["do"]).host;
const MAINLAND_HOST = new URL(models/* TOKENHUB_BASE_URL_MAINLAND */.uj).host;
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

// EXTERNAL MODULE: ./src/finding/finding.ts
var finding_finding = __nccwpck_require__(9824);
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
    const mapped = (0,fixability/* acceptsModelMapping */.N)(rule) ? opts.models?.get(matched) : undefined;
    if (mapped !== undefined)
        return { to: mapped, origin: 'mapping' };
    if ((0,fixability/* fixabilityOf */.b)(rule) !== 'safe')
        return undefined;
    const raw = (0,match_text/* replacementFor */.aP)(compiled, matched);
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
    if (rule && (0,fixability/* fixabilityOf */.b)(rule) === 'suggested' && finding.replacement !== undefined) {
        return { finding, fixability: 'suggested', suggestion: finding.replacement };
    }
    return { finding, fixability: 'manual' };
}
/**
 * Applies the fixes for `findings` (found by matchText on this very text) and returns the new text. Pure. Each
 * replacement stays on its line, so line numbers, line endings and everything between the matches are unchanged.
 * A finding an ignore comment covers is neither fixed nor listed: the user asked for it to stay.
 */
function fixText(text, findings, catalog, opts) {
    // A file that calls a Tencent SDK is edited by nobody but a person (or a structural SDK rewrite): see
    // RemainingFinding.inTencentSdkFile.
    if (!opts.underSdkRewrite && findings.some((f) => f.category === 'legacy-sdk')) {
        const remaining = findings.map((finding) => ({ finding, fixability: 'manual', inTencentSdkFile: true }));
        remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
        return { text, edits: [], applied: [], remaining };
    }
    const starts = lineStarts(text);
    const edits = [];
    const remaining = [];
    for (const finding of (0,finding_finding/* notIgnored */.mI)(findings)) {
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
    const done = [];
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
        done.push({ start: e.start, end: e.end, text: e.to });
        applied.push({ finding: e.finding, from: e.from, to: e.to, origin: e.origin });
    }
    parts.push(text.slice(cursor));
    remaining.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
    return { text: applied.length ? parts.join('') : text, edits: done, applied, remaining };
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

;// CONCATENATED MODULE: ./src/fix/text-edits.ts
/** Sorted, disjoint edits; zero-width insertions at the same index merged; edits that change nothing dropped. */
function normalizeEdits(edits, old) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const out = [];
    for (const e of sorted) {
        const last = out.at(-1);
        if (last && e.start < last.end)
            throw new Error(`overlapping edits at ${e.start}`);
        if (last && e.start === last.end) {
            last.end = e.end;
            last.text += e.text;
        }
        else
            out.push({ ...e });
    }
    return out.filter((e) => old.slice(e.start, e.end) !== e.text);
}
/** The new text. */
function applyEdits(old, edits) {
    const parts = [];
    let cursor = 0;
    for (const e of edits) {
        parts.push(old.slice(cursor, e.start), e.text);
        cursor = e.end;
    }
    parts.push(old.slice(cursor));
    return parts.join('');
}
/** Running sums of (new length - old length) over sorted edits, for O(log n) lookups of a position's shift. */
class Shifts {
    ranges;
    ends;
    starts;
    /** sums[i]: total change of length of edits 0..i-1. */
    sums;
    constructor(ranges) {
        this.ranges = ranges;
        this.starts = ranges.map((e) => e.start);
        this.ends = ranges.map((e) => e.end);
        this.sums = [0];
        for (const e of ranges)
            this.sums.push(this.sums.at(-1) + e.delta);
    }
    static of(edits) {
        return new Shifts(edits.map((e) => ({ start: e.start, end: e.end, delta: e.text.length - (e.end - e.start) })));
    }
    /** How many edits have end < p (strict) or end <= p. */
    countEndingBefore(p, inclusive) {
        let lo = 0;
        let hi = this.ends.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.ends[mid] < p || (inclusive && this.ends[mid] === p))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** How many edits start before p (strict) or at p. */
    countStartingBefore(p, inclusive) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] < p || (inclusive && this.starts[mid] === p))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    sumOf(count) {
        return this.sums[count];
    }
    at(i) {
        return this.ranges[i];
    }
}
/**
 * Where a range of the old text is in the new one: shifted by the edits before it, or, when edits touch it,
 * widened to everything those edits wrote.
 */
class PositionMap {
    shifts;
    constructor(edits) {
        this.shifts = Shifts.of(edits);
    }
    map(start, end) {
        const s = this.shifts;
        // Edits that overlap [start, end), or are insertions strictly inside it.
        const first = s.countEndingBefore(start, true);
        const last = s.countStartingBefore(end, false);
        let from = start;
        let to = end;
        let edited = false;
        for (let i = first; i < last; i++) {
            const e = s.at(i);
            if (e.end === e.start && (e.start === start || e.start === end))
                continue;
            edited = true;
            from = Math.min(from, e.start);
            to = Math.max(to, e.end);
        }
        return { start: from + s.sumOf(s.countEndingBefore(from, true)), end: to + s.sumOf(s.countEndingBefore(to, true)), edited };
    }
}
/**
 * Edits over A equal to `first` (over A, giving B) followed by `second` (over B, giving C). Every edit of either
 * is a range of B (what `first` wrote, what `second` replaced); ranges that meet become one edit, whose old range
 * is found through `first` and whose new text is read from C.
 */
function composeEdits(a, first, second, c) {
    const inB = [];
    let shift = 0;
    const firstInB = first.map((e) => {
        const r = { start: e.start + shift, end: e.start + shift + e.text.length };
        shift += e.text.length - (e.end - e.start);
        return r;
    });
    inB.push(...firstInB, ...second.map((e) => ({ start: e.start, end: e.end })));
    inB.sort((x, y) => x.start - y.start || x.end - y.end);
    const clusters = [];
    for (const r of inB) {
        const last = clusters.at(-1);
        if (last && r.start <= last.end)
            last.end = Math.max(last.end, r.end);
        else
            clusters.push({ ...r });
    }
    // B -> A through `first` (whose edits, as ranges of B, lie inside clusters or wholly outside them).
    const firstShifts = new Shifts(firstInB.map((r, i) => ({ start: r.start, end: r.end, delta: first[i].end - first[i].start - (r.end - r.start) })));
    const secondShifts = Shifts.of(second);
    const out = [];
    for (const cl of clusters) {
        const aStart = cl.start + firstShifts.sumOf(firstShifts.countEndingBefore(cl.start, false));
        const aEnd = cl.end + firstShifts.sumOf(firstShifts.countEndingBefore(cl.end, true));
        const cStart = cl.start + secondShifts.sumOf(secondShifts.countEndingBefore(cl.start, false));
        const cEnd = cl.end + secondShifts.sumOf(secondShifts.countEndingBefore(cl.end, true));
        out.push({ start: aStart, end: aEnd, text: c.slice(cStart, cEnd) });
    }
    return normalizeEdits(out, a);
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/edits.ts

class EditOverlapError extends Error {
}
class EditSet {
    edits = [];
    seq = 0;
    get size() {
        return this.edits.length;
    }
    replace(start, end, text) {
        this.edits.push({ start, end, text, order: this.seq++ });
    }
    insert(at, text) {
        this.edits.push({ start: at, end: at, text, order: this.seq++ });
    }
    /** Adds every edit of another set (a client's plan, once it is known to be complete). */
    addAll(other) {
        for (const e of other.edits)
            this.edits.push({ ...e, order: this.seq++ });
    }
    /** Whether a position lies inside a replaced range (so text there is gone after the edits). */
    covers(start, end) {
        return this.edits.some((e) => e.end > e.start && e.start <= start && end <= e.end);
    }
    /** Ranges replaced (not insertions), for "is this name still used" questions. */
    replacedRanges() {
        return this.edits.filter((e) => e.end > e.start).map(({ start, end }) => ({ start, end }));
    }
    /** The text of [start, end) with the edits that lie inside it applied (for code that moves elsewhere). */
    render(text, start, end) {
        const inner = new EditSet();
        for (const e of this.edits)
            if (e.start >= start && e.end <= end)
                inner.edits.push({ ...e, start: e.start - start, end: e.end - start });
        return inner.apply(text.slice(start, end));
    }
    /** Throws EditOverlapError when two replacements overlap: the plans that made them cannot both be right. */
    apply(text) {
        return applyEdits(text, this.resolved());
    }
    /** The new text, and the edits that made it as sorted, disjoint replacements of `text` (see ../../text-edits.ts). */
    applyWithEdits(text) {
        const resolved = this.resolved();
        return { text: applyEdits(text, resolved), edits: normalizeEdits(resolved, text) };
    }
    /** Sorted, with insertions before a replacement at the same index; throws EditOverlapError on an overlap. */
    resolved() {
        const sorted = [...this.edits].sort((a, b) => a.start - b.start || (a.end - a.start === 0 ? -1 : 0) - (b.end - b.start === 0 ? -1 : 0) || a.order - b.order);
        let cursor = 0;
        for (const e of sorted) {
            if (e.start < cursor)
                throw new EditOverlapError(`overlapping edits at ${e.start}`);
            cursor = e.end;
        }
        return sorted.map(({ start, end, text }) => ({ start, end, text }));
    }
}
/** Index of the first character of the line that holds `index`. */
function lineStartOf(text, index) {
    return text.lastIndexOf('\n', index - 1) + 1;
}
/** 1-based line number of an index. */
function lineOf(starts, index) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function edits_lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/**
 * The range that removes a statement with its whole lines (indentation, a trailing comment, the line break), or
 * undefined when the statement shares a line with other code (then removing it would need a rewrite of that line).
 */
function wholeLinesOf(text, start, end) {
    const from = lineStartOf(text, start);
    if (text.slice(from, start).trim() !== '')
        return undefined;
    let to = text.indexOf('\n', end);
    if (to === -1)
        to = text.length;
    const rest = text.slice(end, to);
    if (rest.trim() !== '' && !/^\s*(#|\/\/)/.test(rest))
        return undefined;
    return { start: from, end: to < text.length ? to + 1 : to };
}
/** The indentation of the line that holds `index`. */
function indentAt(text, index) {
    const from = lineStartOf(text, index);
    return /^[ \t]*/.exec(text.slice(from, index + 1))[0];
}
/** "Does one of these ranges contain [start, end)?" in O(log n): sorted starts with the running maximum of ends. */
class RangeIndex {
    starts;
    maxEnd;
    constructor(ranges) {
        const sorted = [...ranges].sort((a, b) => a.start - b.start);
        this.starts = sorted.map((r) => r.start);
        this.maxEnd = [];
        let max = -1;
        for (const r of sorted)
            this.maxEnd.push((max = Math.max(max, r.end)));
    }
    contains(start, end) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.starts[mid] <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo > 0 && this.maxEnd[lo - 1] >= end;
    }
}

;// CONCATENATED MODULE: ./src/fix/fix-bytes.ts








/** The fix reads no fingerprints (they identify findings across scans: baselines, SARIF, review comments). */
const NO_FINGERPRINTS = { fingerprints: false };
/**
 * Fixes one file's bytes. Pure: the caller reads and writes. The findings are computed on the very text that is
 * edited, with the scanner's rules, context and inline ignores, so an ignored line is never touched.
 */
function fixBytes(bytes, rel, catalog, opts, sdk) {
    // The scanner's own gate (binary, anchors, decoding, its own reports), decoding so that the edit encodes back.
    const gate = (0,file_text/* fileText */.CG)(bytes, (0,scan_file/* firstAnchorsFor */.AF)(catalog, rel), decodeForFix);
    if (gate.kind === 'skipped')
        return { kind: 'skipped', reason: gate.reason };
    if (gate.kind === 'no-anchor')
        return { kind: 'clean' };
    const decoded = gate.decoded;
    const findings = (0,finding_finding/* notIgnored */.mI)((0,match_text/* matchText */.H1)(decoded.text, rel, catalog, undefined, NO_FINGERPRINTS));
    if (findings.length === 0)
        return { kind: 'clean' };
    const utf8Bom = decoded.codec.encoding === 'utf-8' && decoded.codec.bom;
    // The SDK rewrite reads the text the string fixes made (model IDs are already mapped, with their legacy context);
    // those edits stand only if it converts a client, since a file that calls a Tencent SDK is otherwise left to a person.
    const underSdk = sdk ? fixText(decoded.text, findings, catalog, { ...opts, underSdkRewrite: true }) : undefined;
    const rewritten = underSdk ? sdk(underSdk.text, rel) : undefined;
    if (underSdk && rewritten && rewritten.clients.length > 0) {
        const fixed = underSdk;
        const converted = rewritten.clients.some((c) => c.converted);
        if (!converted) {
            // Every client was refused: the file stays byte for byte as it was, string fixes included.
            const left = [...fixed.remaining, ...fixed.applied.map((a) => ({ finding: a.finding, fixability: 'manual' }))];
            left.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
            return {
                kind: 'unchanged',
                encoding: decoded.codec.encoding,
                before: decoded.text,
                after: decoded.text,
                utf8Bom,
                bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
                edits: [],
                applied: [],
                remaining: left,
                sdk: rewritten,
            };
        }
        const edits = composeEdits(decoded.text, fixed.edits, rewritten.edits, rewritten.text);
        const remaining = stillReported(decoded.text, rewritten.text, edits, fixed.remaining, (0,finding_finding/* notIgnored */.mI)((0,match_text/* matchText */.H1)(rewritten.text, rel, catalog, undefined, NO_FINGERPRINTS)));
        return {
            kind: 'fixed',
            encoding: decoded.codec.encoding,
            before: decoded.text,
            after: rewritten.text,
            utf8Bom,
            bytes: encodeText(rewritten.text, decoded.codec),
            edits,
            applied: fixed.applied,
            remaining,
            sdk: rewritten,
        };
    }
    const fixed = fixText(decoded.text, findings, catalog, opts);
    const changed = fixed.applied.length > 0;
    if (changed)
        markHiddenByFix(fixed.remaining, (0,finding_finding/* notIgnored */.mI)((0,match_text/* matchText */.H1)(fixed.text, rel, catalog, undefined, NO_FINGERPRINTS)));
    return {
        kind: changed ? 'fixed' : 'unchanged',
        encoding: decoded.codec.encoding,
        before: decoded.text,
        after: fixed.text,
        utf8Bom,
        bytes: changed ? encodeText(fixed.text, decoded.codec) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        edits: fixed.edits,
        applied: fixed.applied,
        remaining: fixed.remaining,
    };
}
/**
 * After an SDK rewrite: the findings still reported in the rewritten text, each found where its own position went
 * through the edits (the same rule there), and reported at its line in the rewritten file, where a person will look
 * for it. The model suggestions stay listed even where the rewrite removed the context that made them legacy.
 */
function stillReported(before, after, edits, remaining, found) {
    const map = new PositionMap(edits);
    const beforeStarts = edits_lineStarts(before);
    const afterStarts = edits_lineStarts(after);
    const offset = (starts, line, column) => (starts[line - 1] ?? 0) + column - 1;
    // The rewritten text's findings by rule, with their offsets, each matched at most once.
    const byRule = new Map();
    for (const f of found) {
        const list = byRule.get(f.ruleId) ?? [];
        list.push({ f, start: offset(afterStarts, f.line, f.column), end: offset(afterStarts, f.endLine, f.endColumn), taken: false });
        byRule.set(f.ruleId, list);
    }
    const out = [];
    for (const r of remaining) {
        const at = map.map(offset(beforeStarts, r.finding.line, r.finding.column), offset(beforeStarts, r.finding.endLine, r.finding.endColumn));
        const same = firstWithin(byRule.get(r.finding.ruleId), at);
        if (same) {
            same.taken = true;
            out.push({ ...r, finding: same.f });
        }
        else if (r.fixability === 'suggested') {
            // Where its text went: a rewritten request names the model in the call that replaced the statement, so the
            // nearest copy after the place the old code went (else before it), else that place itself.
            const next = after.indexOf(r.finding.match, at.start);
            const previous = next === -1 ? after.lastIndexOf(r.finding.match, at.start) : -1;
            const start = next !== -1 ? next : previous !== -1 ? previous : at.start;
            const line = lineOf(afterStarts, start);
            const column = start - afterStarts[line - 1] + 1;
            const finding = { ...r.finding, line, column, endLine: line + r.finding.endLine - r.finding.line, endColumn: column + r.finding.endColumn - r.finding.column };
            out.push({ ...r, finding, hiddenByFix: true });
        }
    }
    return out;
}
/**
 * The first finding not yet taken that lies in `at` (and starts where it starts, unless edits touched it): what a
 * search from the front of the list finds, found from the first that starts at or after `at.start` (the scanner
 * lists findings in file order, so one rule's are sorted by start; none after `at.end` can lie in it).
 */
function firstWithin(list, at) {
    if (!list)
        return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].start < at.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo; i < list.length && list[i].start <= at.end; i++) {
        const x = list[i];
        if (!x.taken && x.end <= at.end && (at.edited || x.start === at.start))
            return x;
    }
    return undefined;
}
/** Marks the findings left over that a scan of the fixed text no longer reports (their context was the fixed endpoint). */
function markHiddenByFix(remaining, after) {
    // Columns move when an earlier replacement on the same line changes length; category, line and text do not. The
    // rule may change: an LKE model ID next to a TokenHub host is reported as one TokenHub does not list.
    const key = (f) => `${f.category}\u0000${f.line}\u0000${f.match}`;
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

;// CONCATENATED MODULE: ./src/fix/line-diff.ts
/**
 * `diff`'s diffArrays over lines (strings compared with `===`), giving the same change list: the same Myers search
 * with the same choices (base.js in `diff` 9: a diagonal extends the path that is furthest along the old text,
 * removal before addition on a tie, and the same pruning at the edges of the edit graph), kept in typed arrays.
 *
 * diffArrays makes two objects per step of its search and keeps its paths in an array indexed by negative numbers;
 * for the regions of an SDK rewrite (a few dozen lines of which some repeat, such as blank lines and closing
 * brackets, thousands of regions in a large file) that search is most of the diff's cost and much of its garbage.
 * test/fix/text-edits.test.ts compares both on random inputs.
 */
const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;
/** The change list diffArrays(oldLines, newLines) returns (value, count, added, removed of each change, in order). */
function line_diff_diffLines(oldLines, newLines) {
    const oldLen = oldLines.length;
    const newLen = newLines.length;
    // Components of the paths (a linked list from each path's last one back), as diffArrays builds them.
    let size = 64;
    let counts = new Int32Array(size);
    let kinds = new Uint8Array(size);
    let previous = new Int32Array(size);
    let made = 0;
    const component = (count, kind, prev) => {
        if (made === size) {
            size *= 2;
            const c = new Int32Array(size);
            c.set(counts);
            counts = c;
            const k = new Uint8Array(size);
            k.set(kinds);
            kinds = k;
            const p = new Int32Array(size);
            p.set(previous);
            previous = p;
        }
        counts[made] = count;
        kinds[made] = kind;
        previous[made] = prev;
        return made++;
    };
    // The best path per diagonal k (stored at k + offset): how far it is along the old text, its last component (-1:
    // none), and whether there is one.
    const offset = oldLen + newLen + 1;
    const oldPos = new Int32Array(2 * offset + 1);
    const last = new Int32Array(2 * offset + 1);
    const present = new Uint8Array(2 * offset + 1);
    /** Follows the diagonal of the path at `k` while lines are equal; returns its position in the new text. */
    const extractCommon = (k) => {
        let o = oldPos[k + offset];
        let n = o - k;
        let common = 0;
        while (n + 1 < newLen && o + 1 < oldLen && oldLines[o + 1] === newLines[n + 1]) {
            n++;
            o++;
            common++;
        }
        if (common)
            last[k + offset] = component(common, COMMON, last[k + offset]);
        oldPos[k + offset] = o;
        return n;
    };
    const build = (lastComponent) => {
        const order = [];
        for (let c = lastComponent; c !== -1; c = previous[c])
            order.push(c);
        order.reverse();
        const out = [];
        let n = 0;
        let o = 0;
        for (const c of order) {
            const count = counts[c];
            const kind = kinds[c];
            if (kind === REMOVED) {
                out.push({ count, added: false, removed: true, value: oldLines.slice(o, o + count) });
                o += count;
            }
            else {
                out.push({ count, added: kind === ADDED, removed: false, value: newLines.slice(n, n + count) });
                n += count;
                if (kind === COMMON)
                    o += count;
            }
        }
        return out;
    };
    oldPos[offset] = -1;
    last[offset] = -1;
    present[offset] = 1;
    let newPos = extractCommon(0);
    if (oldPos[offset] + 1 >= oldLen && newPos + 1 >= newLen)
        return build(last[offset]);
    let minDiagonal = -Infinity;
    let maxDiagonal = Infinity;
    for (let editLength = 1; editLength <= oldLen + newLen; editLength++) {
        for (let k = Math.max(minDiagonal, -editLength); k <= Math.min(maxDiagonal, editLength); k += 2) {
            const hasRemove = present[k - 1 + offset] === 1;
            const hasAdd = present[k + 1 + offset] === 1;
            const removeOld = oldPos[k - 1 + offset];
            const removeLast = last[k - 1 + offset];
            const addOld = oldPos[k + 1 + offset];
            const addLast = last[k + 1 + offset];
            if (hasRemove)
                present[k - 1 + offset] = 0;
            let canAdd = false;
            if (hasAdd) {
                const addNewPos = addOld - k;
                canAdd = 0 <= addNewPos && addNewPos < newLen;
            }
            const canRemove = hasRemove && removeOld + 1 < oldLen;
            if (!canAdd && !canRemove) {
                present[k + offset] = 0;
                continue;
            }
            // addToPath: one more line in the path's last component when it is of the same kind, else a new component.
            let base;
            let baseLast;
            if (!canRemove || (canAdd && removeOld < addOld)) {
                base = addOld;
                baseLast = addLast !== -1 && kinds[addLast] === ADDED ? component(counts[addLast] + 1, ADDED, previous[addLast]) : component(1, ADDED, addLast);
            }
            else {
                base = removeOld + 1;
                baseLast = removeLast !== -1 && kinds[removeLast] === REMOVED ? component(counts[removeLast] + 1, REMOVED, previous[removeLast]) : component(1, REMOVED, removeLast);
            }
            oldPos[k + offset] = base;
            last[k + offset] = baseLast;
            newPos = extractCommon(k);
            if (oldPos[k + offset] + 1 >= oldLen && newPos + 1 >= newLen)
                return build(last[k + offset]);
            present[k + offset] = 1;
            if (oldPos[k + offset] + 1 >= oldLen)
                maxDiagonal = Math.min(maxDiagonal, k - 1);
            if (newPos + 1 >= newLen)
                minDiagonal = Math.max(minDiagonal, k + 1);
        }
    }
    // Unreachable: a path reaches the end within oldLen + newLen edits.
    throw new Error('line diff did not finish');
}

;// CONCATENATED MODULE: ./src/fix/edits-diff.ts


/** A text and where its lines start; after a final line break, the empty line that follows starts at the end. */
class Lines {
    text;
    starts = [0];
    /** How many lines (each with its `\n`; a last line without one counts). */
    count;
    constructor(text) {
        this.text = text;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
            this.starts.push(nl + 1);
        this.count = text.length === 0 ? 0 : text.endsWith('\n') ? this.starts.length - 1 : this.starts.length;
    }
    /** Line i with its line break. */
    line(i) {
        return this.text.slice(this.starts[i], i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length);
    }
    /** Lines [from, to). */
    slice(from, to) {
        const out = [];
        for (let i = from; i < to; i++)
            out.push(this.line(i));
        return out;
    }
}
/** Index (0-based) of the line holding `offset` among lines starting at `starts`. */
function lineIndex(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * `diffArrays(oldLines, newLines)` (line-diff.ts runs its search), answered without a search when no line of one side occurs in the other (most
 * regions of an SDK rewrite: every line of a rewritten call changes). Then there is no diagonal to follow, and at each
 * step `diff`'s Myers loop extends the path that is furthest along the old text (removal before addition), so what it
 * returns is every old line removed, then every new line added; test/fix/edits-diff.test.ts checks this against
 * diffArrays itself. The search it skips costs the square of the region's size.
 */
function regionChanges(oldLines, newLines) {
    const old = new Set(oldLines);
    if (newLines.some((l) => old.has(l)))
        return line_diff_diffLines(oldLines, newLines);
    return [...(oldLines.length ? [{ value: oldLines, removed: true }] : []), ...(newLines.length ? [{ value: newLines, added: true }] : [])];
}
/** The line changes: equal runs between the regions the edits touch, `diffArrays` inside each region. */
function changesOf(oldText, newText, edits) {
    const oldStarts = oldText.starts;
    const newStarts = newText.starts;
    // Regions of whole lines: [o0, o1) of the old text and [n0, n1) of the new one.
    const regions = [];
    let shift = 0;
    for (const e of edits) {
        const newStart = e.start + shift;
        const newEnd = newStart + e.text.length;
        shift += e.text.length - (e.end - e.start);
        const r = {
            o0: lineIndex(oldStarts, e.start),
            o1: Math.min(oldText.count, lineIndex(oldStarts, e.end) + 1),
            n0: lineIndex(newStarts, newStart),
            n1: Math.min(newText.count, lineIndex(newStarts, newEnd) + 1),
        };
        const last = regions.at(-1);
        if (last && r.o0 <= last.o1) {
            last.o1 = Math.max(last.o1, r.o1);
            last.n1 = Math.max(last.n1, r.n1);
        }
        else
            regions.push(r);
    }
    const changes = [];
    // Unchanged lines [from, to) of the old text. Two unchanged runs in a row meet there, and are one change.
    const equal = (from, to) => {
        if (from === to)
            return;
        const last = changes.at(-1);
        if (last && 'equal' in last)
            last.equal.to = to;
        else
            changes.push({ equal: { from, to } });
    };
    let o = 0;
    for (const r of regions) {
        equal(o, r.o0);
        let at = r.o0;
        for (const c of regionChanges(oldText.slice(r.o0, r.o1), newText.slice(r.n0, r.n1))) {
            if (c.added)
                changes.push({ lines: c.value, added: true });
            else {
                if (c.removed)
                    changes.push({ lines: c.value, removed: true });
                else
                    equal(at, at + c.value.length);
                at += c.value.length;
            }
        }
        o = r.o1;
    }
    equal(o, oldText.count);
    return changes;
}
/** `diff`'s hunk building (structuredPatch in patch/create.js), over the change objects above. */
function hunksOf(changes, old, context) {
    const diff = [...changes, { lines: [] }];
    const out = [];
    let oldRangeStart = 0;
    let newRangeStart = 0;
    let cur = [];
    let oldLine = 1;
    let newLine = 1;
    // Each line as the hunk shows it, made once: its mark, the line without its break (or the note that it has none).
    const show = (mark, l) => {
        if (l.endsWith('\n'))
            cur.push(mark + l.slice(0, -1));
        else
            cur.push(mark + l, '\\ No newline at end of file');
    };
    const emit = (mark, lines) => {
        for (const l of lines)
            show(mark, l);
    };
    const emitOld = (from, to) => {
        for (let i = from; i < to; i++)
            show(' ', old.line(i));
    };
    const sizeOf = (c) => ('equal' in c ? c.equal.to - c.equal.from : c.lines.length);
    for (let i = 0; i < diff.length; i++) {
        const current = diff[i];
        const size = sizeOf(current);
        if ('equal' in current) {
            if (oldRangeStart) {
                const { from, to } = current.equal;
                if (size <= context * 2 && i < diff.length - 2) {
                    emitOld(from, to);
                }
                else {
                    const contextSize = Math.min(size, context);
                    emitOld(from, from + contextSize);
                    const hunk = {
                        oldStart: oldRangeStart,
                        oldLines: oldLine - oldRangeStart + contextSize,
                        newStart: newRangeStart,
                        newLines: newLine - newRangeStart + contextSize,
                        lines: cur,
                    };
                    out.push(hunk);
                    oldRangeStart = 0;
                    newRangeStart = 0;
                    cur = [];
                }
            }
            oldLine += size;
            newLine += size;
        }
        else if (current.added || current.removed) {
            if (!oldRangeStart) {
                const prev = diff[i - 1];
                oldRangeStart = oldLine;
                newRangeStart = newLine;
                if (prev) {
                    cur = [];
                    // The end of the change before (context lines, or fewer when it is shorter).
                    let before = 0;
                    if (context > 0) {
                        if ('equal' in prev) {
                            before = Math.min(context, prev.equal.to - prev.equal.from);
                            emitOld(prev.equal.to - before, prev.equal.to);
                        }
                        else {
                            const lines = prev.lines.slice(-context);
                            before = lines.length;
                            emit(' ', lines);
                        }
                    }
                    oldRangeStart -= before;
                    newRangeStart -= before;
                }
            }
            emit(current.added ? '+' : '-', current.lines);
            if (current.added)
                newLine += size;
            else
                oldLine += size;
        }
        else {
            // The end marker (no lines), as an unchanged run of none.
            if (oldRangeStart) {
                const hunk = {
                    oldStart: oldRangeStart,
                    oldLines: oldLine - oldRangeStart,
                    newStart: newRangeStart,
                    newLines: newLine - newRangeStart,
                    lines: cur,
                };
                out.push(hunk);
                oldRangeStart = 0;
                newRangeStart = 0;
                cur = [];
            }
        }
    }
    return out;
}
/** `diff`'s default context. */
const CONTEXT = 4;
/** `edits` are sorted, disjoint replacements of `before` that make `after`. */
function unifiedDiffOfEdits(rel, before, after, edits) {
    const old = new Lines(before);
    const hunks = hunksOf(changesOf(old, new Lines(after), edits), old, CONTEXT);
    return formatPatch({ oldFileName: `a/${rel}`, newFileName: `b/${rel}`, oldHeader: undefined, newHeader: undefined, hunks }, FILE_HEADERS_ONLY);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/fix/write-atomic.ts



class FileChangedError extends Error {
}
function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
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
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(abs)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tokenhub-fix.tmp`);
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

;// CONCATENATED MODULE: ./src/fix/sdk/engine/name-index.ts
/**
 * Every identifier of a file by name, in source order, built once per file in one scan of the tree: the rewrite asks
 * "where else is this name used in this scope" for every client, request and response, and a 1 MB file holds tens of
 * thousands of identifiers. It keeps node numbers, so a node object is made only for an occurrence a question returns.
 */
class NameIndex {
    byName = new Map();
    tree;
    constructor(root, types) {
        const tree = (this.tree = root.tree);
        const mask = tree.mask(types);
        const { typeIds, starts, ends, text } = tree;
        for (let i = root.index, end = tree.afters[root.index]; i < end; i++) {
            if (mask[typeIds[i]] !== 1)
                continue;
            const name = text.slice(starts[i], ends[i]);
            const list = this.byName.get(name);
            if (list)
                list.push(i);
            else
                this.byName.set(name, [i]);
        }
    }
    all(name) {
        return (this.byName.get(name) ?? []).map((i) => this.tree.node(i));
    }
    /** The identifiers called `name` inside [start, end), by binary search (identifiers do not nest: sorted by start). */
    within(name, start, end) {
        const list = this.byName.get(name);
        if (!list)
            return [];
        const { starts } = this.tree;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (starts[list[mid]] < start)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let i = lo; i < list.length && starts[list[i]] < end; i++)
            out.push(this.tree.node(list[i]));
        return out;
    }
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/outcome.ts

/** One client's edits must not touch another's: two plans over the same code cannot both be right. */
function acceptDisjoint(plans) {
    const ranges = [];
    plans.forEach(({ plan }, i) => {
        for (const r of plan.edits.replacedRanges())
            ranges.push({ ...r, i });
        for (const d of plan.deletes)
            ranges.push({ start: d.startIndex, end: d.endIndex, i });
    });
    ranges.sort((a, b) => a.start - b.start);
    const clash = new Set();
    let last;
    for (const r of ranges) {
        if (last && r.start < last.end && r.i !== last.i) {
            clash.add(r.i);
            clash.add(last.i);
        }
        if (!last || r.end > last.end)
            last = r;
    }
    for (const i of clash) {
        const other = plans.find((_, j) => j !== i && clash.has(j));
        plans[i].outcome.reason = `its code is shared with the client at line ${other?.outcome.line ?? '?'}; convert them by hand`;
    }
    return plans.filter((_, i) => !clash.has(i));
}
const LEFTOVER = /\bTENCENTCLOUD_SECRET_(?:ID|KEY)\b|\bcredential\.Credential\b|\bTENCENTCLOUD_REGION\b/g;
/** Lines of the rewritten file that still check or build Tencent Cloud credentials. */
function leftovers(text) {
    const starts = edits_lineStarts(text);
    const out = [];
    const seen = new Set();
    for (const m of text.matchAll(LEFTOVER)) {
        const line = lineOf(starts, m.index);
        if (seen.has(line))
            continue;
        seen.add(line);
        out.push({ line, message: `\`${m[0]}\` is still used here; the converted code authenticates with TOKENHUB_API_KEY, so this check or credential now fails or is dead` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/types.ts
/** Thrown while planning a client: the client is refused with this reason. */
class Refusal extends Error {
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/plan.ts


/** Everything one client's conversion changes: edits, whole statements to remove, notes; all or nothing. */
class ClientPlan {
    edits = new EditSet();
    deletes = [];
    notes = [];
    /** Statements to remove only if nothing outside the converted code still uses their variable (a shared credential). */
    deferred = [];
    usesStream = false;
    note(text) {
        if (!this.notes.includes(text))
            this.notes.push(text);
    }
}
/** Stops planning a client: it is refused with this reason, which names the line that decided it. */
function refuse(reason, at) {
    throw new Refusal(`${reason} (line ${at.startPosition.row + 1})`);
}

;// CONCATENATED MODULE: ./src/fix/sdk/tencent-chat.ts
/**
 * DATA: how Tencent Cloud's ChatCompletions (Hunyuan v20230901, LKE lkeap v20240522) maps onto OpenAI's chat
 * completions as TokenHub serves it. The language modules read these tables; they hold no rules of their own.
 * Source: the SDKs' models (ChatCompletionsRequest/Response, Message, Choice, Delta, Usage) named in
 * ../shared/catalog.md, and OpenAI's chat completion and chunk objects.
 */
const SERVICES = [
    {
        service: 'hunyuan',
        module: 'hunyuan',
        version: 'v20230901',
        clientClass: 'HunyuanClient',
        pythonClientModule: 'hunyuan_client',
        pythonAsyncClientModule: 'hunyuan_client_async',
        nodePackages: ['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-hunyuan', 'tencentcloud-sdk-nodejs-intl-en'],
        guidance: 'docs/rules/hunyuan-sdk.md',
    },
    {
        service: 'lkeap',
        module: 'lkeap',
        version: 'v20240522',
        clientClass: 'LkeapClient',
        pythonClientModule: 'lkeap_client',
        pythonAsyncClientModule: 'lkeap_client_async',
        nodePackages: ['tencentcloud-sdk-nodejs', 'tencentcloud-sdk-nodejs-lkeap'],
        guidance: 'docs/rules/lke-sdk-chat.md',
    },
];
const SEARCH = 'online search (TokenHub has no equivalent of the legacy search; see the search guidance)';
const REQUEST_FIELDS = {
    Model: { to: 'model' },
    Messages: { to: 'messages' },
    Stream: { to: 'stream' },
    Temperature: { to: 'temperature' },
    TopP: { to: 'top_p' },
    MaxTokens: { to: 'max_tokens' },
    Seed: { to: 'seed' },
    StreamModeration: { drop: 'StreamModeration dropped: TokenHub streams without it' },
    EnableEnhancement: { dropIfFalse: 'EnableEnhancement=False dropped', refuse: 'EnableEnhancement turns on the legacy online search, which TokenHub does not have' },
    Tools: { refuse: 'tools (function calling) are not converted' },
    ToolChoice: { refuse: 'tools (function calling) are not converted' },
    CustomTool: { refuse: 'tools (function calling) are not converted' },
    SearchInfo: { refuse: SEARCH },
    Citation: { refuse: SEARCH },
    EnableSpeedSearch: { refuse: SEARCH },
    EnableMultimedia: { refuse: SEARCH },
    EnableDeepSearch: { refuse: SEARCH },
    ForceSearchEnhancement: { refuse: SEARCH },
    EnableRecommendedQuestions: { refuse: SEARCH },
    EnableDeepRead: { refuse: SEARCH },
    WebSearchOptions: { refuse: SEARCH },
};
/** Message fields. */
const MESSAGE_FIELDS = {
    Role: { to: 'role' },
    Content: { to: 'content' },
    Contents: { refuse: 'vision contents (Contents) are not converted' },
    ToolCalls: { refuse: 'tools (function calling) are not converted' },
    ToolCallId: { refuse: 'tools (function calling) are not converted' },
    FileIDs: { refuse: 'file references (FileIDs) have no OpenAI equivalent' },
    ReasoningContent: { refuse: 'reasoning content sent back in messages is not converted' },
};
const NO_FIELD = (name, why = 'has no OpenAI field') => ({ refuse: `the response's ${name} ${why}` });
const RESPONSE_SHAPES = {
    response: {
        Choices: { to: 'choices', shape: 'choices' },
        Usage: { to: 'usage', shape: 'usage' },
        Id: { to: 'id', shape: 'leaf' },
        Created: { to: 'created', shape: 'leaf' },
        Model: { to: 'model', shape: 'leaf' },
        RequestId: NO_FIELD('RequestId', 'is a Tencent Cloud API field (OpenAI clients expose the x-request-id header instead)'),
        Note: NO_FIELD('Note'),
        ErrorMsg: NO_FIELD('ErrorMsg', 'is a Tencent streaming error field'),
        ModerationLevel: NO_FIELD('ModerationLevel'),
        SearchInfo: NO_FIELD('SearchInfo', `belongs to ${SEARCH}`),
        Replaces: NO_FIELD('Replaces'),
        RecommendedQuestions: NO_FIELD('RecommendedQuestions'),
    },
    choice: {
        Message: { to: 'message', shape: 'message' },
        Delta: { to: 'delta', shape: 'delta' },
        FinishReason: { to: 'finish_reason', shape: 'leaf' },
        Index: { to: 'index', shape: 'leaf' },
    },
    // OpenAI's message content is null when the model answers with something else (a refusal, tool calls).
    message: {
        Role: { to: 'role', shape: 'leaf' },
        Content: { to: 'content', shape: 'nullableLeaf' },
        ReasoningContent: NO_FIELD('ReasoningContent', 'is not part of the OpenAI message'),
        ToolCalls: NO_FIELD('ToolCalls', 'belongs to tools (function calling), which are not converted'),
    },
    // A stream's role chunk and final chunk carry no content: OpenAI sends null where Tencent sent "".
    delta: {
        Role: { to: 'role', shape: 'leaf' },
        Content: { to: 'content', shape: 'nullableLeaf' },
        ReasoningContent: NO_FIELD('ReasoningContent', 'is not part of the OpenAI delta'),
        ToolCalls: NO_FIELD('ToolCalls', 'belongs to tools (function calling), which are not converted'),
    },
    usage: {
        PromptTokens: { to: 'prompt_tokens', shape: 'leaf' },
        CompletionTokens: { to: 'completion_tokens', shape: 'leaf' },
        TotalTokens: { to: 'total_tokens', shape: 'leaf' },
    },
};
const ELEMENT_OF = { choices: 'choice' };

;// CONCATENATED MODULE: ./src/fix/sdk/js/flow.ts
/**
 * JavaScript/TypeScript names by position within a function (the same straight-line model as the Python module):
 * the uses of one binding are the later occurrences up to the next write of the name in the same function.
 */
const SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function', 'program']);
function functionScopeOf(node) {
    let n = node.parent;
    while (n && !SCOPES.has(n.type))
        n = n.parent;
    return n ?? node.tree.rootNode;
}
function same(a, b) {
    // Node identity, without a call into the wasm module (endIndex is one, per node).
    return !!a && !!b && a.equals(b);
}
const NOT_VARIABLE = new Set(['import_specifier', 'namespace_import', 'import_clause', 'export_specifier', 'labeled_statement', 'break_statement', 'continue_statement']);
function isVariable(id) {
    return !!id.parent && !NOT_VARIABLE.has(id.parent.type);
}
function isWrite(id) {
    const p = id.parent;
    if (!p)
        return false;
    switch (p.type) {
        case 'variable_declarator':
            return same(p.childForFieldName('name'), id);
        case 'assignment_expression':
        case 'augmented_assignment_expression':
            return same(p.childForFieldName('left'), id);
        case 'for_in_statement':
            return same(p.childForFieldName('left'), id);
        case 'formal_parameters':
        case 'required_parameter':
        case 'optional_parameter':
        case 'catch_clause':
        case 'shorthand_property_identifier_pattern':
        case 'object_pattern':
        case 'array_pattern':
            return true;
        case 'function_declaration':
        case 'class_declaration':
        case 'arrow_function':
            return same(p.childForFieldName('name') ?? p.childForFieldName('parameter'), id);
        default:
            return false;
    }
}
function variablesIn(idx, name, scope) {
    return idx.within(name, scope.startIndex, scope.endIndex).filter(isVariable);
}
function usesOf(idx, def, scope = functionScopeOf(def)) {
    let end = scope.endIndex;
    const loop = def.parent?.type === 'for_in_statement' ? def.parent : undefined;
    if (loop)
        end = loop.endIndex;
    const out = [];
    for (const n of variablesIn(idx, def.text, scope)) {
        if (n.startIndex <= def.startIndex || n.startIndex >= end)
            continue;
        if (isWrite(n))
            break;
        out.push(n);
    }
    return out;
}
/** The statement holding a node: the nearest ancestor whose parent is a block or the program. */
function statementOf(node) {
    let n = node;
    while (n.parent && n.parent.type !== 'statement_block' && n.parent.type !== 'program' && n.parent.type !== 'class_body')
        n = n.parent;
    return n;
}
/** `const x = <value>` (one declarator) as a whole statement. */
function declaration(value) {
    const d = value.parent;
    if (d?.type !== 'variable_declarator' || !same(d.childForFieldName('value'), value))
        return undefined;
    const decl = d.parent;
    if ((decl?.type !== 'lexical_declaration' && decl?.type !== 'variable_declaration') || decl.namedChildren.filter((c) => c?.type === 'variable_declarator').length !== 1) {
        return undefined;
    }
    const name = d.childForFieldName('name');
    return { target: name, statement: decl };
}
/** The text of a plain string literal, or of a property name. */
function keyText(node) {
    if (node.type === 'property_identifier' || node.type === 'identifier')
        return node.text;
    if (node.type === 'string') {
        const parts = node.namedChildren.filter((c) => c?.type === 'string_fragment');
        if (node.namedChildren.some((c) => c?.type === 'escape_sequence') || parts.length > 1)
            return undefined;
        return parts[0]?.text ?? '';
    }
    return undefined;
}
function lineNo(node) {
    return node.startPosition.row + 1;
}

;// CONCATENATED MODULE: ./src/fix/sdk/js/response.ts



/** Follows what ChatCompletions returned (a response, or the stream of SSE events) and rewrites what reads it. */
class JsResponseFollower {
    idx;
    plan;
    constructor(idx, plan) {
        this.idx = idx;
        this.plan = plan;
    }
    follow(node, shape = 'result') {
        const p = node.parent;
        if (!p)
            return;
        if (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression') {
            if (shape === 'leaf' || shape === 'nullableLeaf')
                return;
            return this.follow(p, shape);
        }
        if (shape === 'leaf')
            return;
        if (shape === 'nullableLeaf') {
            if (p.type === 'binary_expression' && /^(\?\?|\|\||&&)$/.test(p.childForFieldName('operator')?.text ?? ''))
                return;
            if (p.type === 'unary_expression')
                return;
            this.plan.edits.insert(node.startIndex, '(');
            this.plan.edits.insert(node.endIndex, ' ?? "")');
            return;
        }
        if (p.type === 'member_expression' && same(p.childForFieldName('object'), node)) {
            const prop = p.childForFieldName('property');
            const name = prop.text;
            if (shape === 'result' && (name === 'on' || name === 'then' || name === 'pipe'))
                refuse(`the response is read with .${name}(), a style the rewrite does not follow`, p);
            if (shape === 'event') {
                if (name !== 'data')
                    refuse(`the stream event's ${name} is read`, p);
                this.plan.usesStream = true;
                const parse = this.jsonParseOf(p);
                if (parse) {
                    this.plan.edits.replace(parse.startIndex, node.startIndex, '');
                    this.plan.edits.replace(node.endIndex, parse.endIndex, '');
                    return this.follow(parse, 'response');
                }
                this.plan.edits.insert(node.startIndex, 'JSON.stringify(');
                this.plan.edits.replace(node.endIndex, p.endIndex, ')');
                return;
            }
            return this.field(p, name, shape, (to) => this.plan.edits.replace(prop.startIndex, prop.endIndex, to));
        }
        if (p.type === 'subscript_expression' && same(p.childForFieldName('object'), node)) {
            const index = p.childForFieldName('index');
            if (shape === 'choices')
                return this.follow(p, ELEMENT_OF.choices);
            const key = index.type === 'string' ? keyText(index) : undefined;
            if (key === undefined)
                refuse(`the response is read with [${index.text}]`, p);
            return this.field(p, key, shape, (to) => this.plan.edits.replace(node.endIndex, p.endIndex, `.${to}`));
        }
        if (p.type === 'for_in_statement' && same(p.childForFieldName('right'), node)) {
            const isOf = p.childrenOfType('of').length > 0;
            if (!isOf)
                refuse('the response is iterated with for...in', p);
            const element = shape === 'result' ? 'event' : shape === 'choices' ? 'choice' : undefined;
            if (!element)
                refuse(`the loop over the ${shape} cannot be followed`, p);
            if (shape === 'result') {
                if (p.childrenOfType('await').length === 0)
                    refuse('the stream is iterated without for await', p);
                this.plan.usesStream = true;
            }
            const left = p.childForFieldName('left');
            if (left.type !== 'identifier')
                refuse('the loop destructures what it iterates', left);
            for (const use of usesOf(this.idx, left))
                this.follow(use, element);
            return;
        }
        const decl = declaration(node);
        if (decl) {
            if (decl.target.type !== 'identifier')
                refuse('the response is destructured', decl.target);
            for (const use of usesOf(this.idx, decl.target))
                this.follow(use, shape);
            return;
        }
        if (p.type === 'arguments') {
            const fn = p.parent?.childForFieldName('function')?.text ?? '';
            if (/^console\.(log|info|warn|error|debug)$/.test(fn) || fn === 'JSON.stringify')
                return;
        }
        if (shape === 'choices' && p.type === 'member_expression')
            return;
        refuse(`the ${shape === 'result' ? 'response' : shape} goes where the rewrite cannot follow it (\`${p.text.split('\n')[0].slice(0, 60)}\`)`, p);
    }
    field(access, name, shape, rename) {
        if (shape === 'choices' && name === 'length')
            return;
        const table = RESPONSE_SHAPES[shape === 'result' ? 'response' : shape];
        const field = table?.[name];
        if (!field)
            refuse(`the response field ${name} is not converted`, access);
        if ('refuse' in field)
            refuse(field.refuse, access);
        rename(field.to);
        this.follow(access, field.shape);
    }
    /** `JSON.parse(<node>)`. */
    jsonParseOf(node) {
        const args = node.parent;
        if (args?.type !== 'arguments' || args.namedChildren.length !== 1)
            return undefined;
        const call = args.parent;
        return call.childForFieldName('function')?.text === 'JSON.parse' ? call : undefined;
    }
}

;// CONCATENATED MODULE: ./src/fix/sdk/js/client.ts





/** `new tencentcloud.hunyuan.v20230901.Client(...)`, or `new HunyuanClient(...)` through an alias. */
function findClientConstructions(file, root) {
    const sites = [];
    for (const n of root.descendantsOfType('new_expression')) {
        const ctor = n?.childForFieldName('constructor');
        if (!n || !ctor)
            continue;
        const info = ctor.type === 'identifier' ? file.imports.classAliases.get(ctor.text)?.info : file.imports.classPaths.get(ctor.text.replace(/\s+/g, ''));
        if (info)
            sites.push({ node: n, info });
    }
    return sites;
}
function definitionBefore(file, name, at) {
    const scope = functionScopeOf(at);
    let target;
    for (const n of variablesIn(file.idx, name, scope))
        if (isWrite(n) && n.startIndex < at.startIndex)
            target = n;
    // A module-level binding used inside a function.
    if (!target && scope.type !== 'program') {
        for (const n of variablesIn(file.idx, name, at.tree.rootNode))
            if (isWrite(n) && functionScopeOf(n).type === 'program')
                target = n;
    }
    const d = target?.parent;
    if (!target || d?.type !== 'variable_declarator')
        return undefined;
    const value = d.childForFieldName('value');
    const decl = value && declaration(value);
    if (!value || !decl)
        return undefined;
    return { target, value, statement: decl.statement };
}
function pairsOf(obj) {
    const out = [];
    for (const c of obj.namedChildren) {
        if (!c || c.type === 'comment')
            continue;
        if (c.type === 'shorthand_property_identifier') {
            out.push({ key: c.text, value: c, pair: c, keyNode: c });
            continue;
        }
        if (c.type !== 'pair')
            refuse(`the object holds ${c.text.split('\n')[0]}`, c);
        const keyNode = c.childForFieldName('key');
        const key = keyText(keyNode);
        if (key === undefined)
            refuse('a key is computed', c);
        out.push({ key, value: c.childForFieldName('value'), pair: c, keyNode });
    }
    return out;
}
/** An object literal argument, or a const bound to one just for this (removed when nothing else reads it). */
function objectArgument(file, plan, node, what) {
    if (node.type === 'object')
        return node;
    if (node.type !== 'identifier')
        refuse(`the ${what} is ${node.text.split('\n')[0]}`, node);
    const def = definitionBefore(file, node.text, node);
    if (!def || def.value.type !== 'object')
        refuse(`the ${what} ${node.text} is not an object literal made here`, node);
    const other = usesOf(file.idx, def.target, functionScopeOf(def.target)).find((u) => !same(u, node));
    if (other)
        refuse(`the ${what} ${node.text} is also used elsewhere`, other);
    plan.deletes.push(def.statement);
    return def.value;
}
function planClient(file, site, baseUrl) {
    const plan = new ClientPlan();
    const { node } = site;
    const decl = declaration(node);
    const assign = node.parent?.type === 'assignment_expression' && same(node.parent.childForFieldName('right'), node) ? node.parent : undefined;
    let refs;
    if (decl && decl.target.type === 'identifier')
        refs = clientUses(file, decl.target);
    else if (assign && assign.childForFieldName('left')?.type === 'member_expression' && assign.childForFieldName('left').childForFieldName('object')?.type === 'this') {
        refs = memberUses(file, assign.childForFieldName('left'));
    }
    else if (node.parent?.type === 'return_statement')
        refuse('the client is made in a factory and returned: the calls made on it cannot be followed', node);
    else
        refuse('the client is not assigned to a variable or property', node);
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => !!c && c.type !== 'comment');
    if (args.length !== 1)
        refuse('the client is made without one config object', node);
    const config = objectArgument(file, plan, args[0], 'client config');
    let timeout;
    for (const { key, value } of pairsOf(config)) {
        if (key === 'credential')
            continue;
        if (key === 'region') {
            if (value.text !== '""' && value.text !== "''")
                plan.note(`region ${value.text} dropped: TokenHub has one base URL per site`);
        }
        else if (key === 'profile') {
            if (value.type !== 'object')
                refuse('the client profile is not an object literal', value);
            for (const p of pairsOf(value)) {
                if (p.key === 'httpProfile') {
                    if (p.value.type !== 'object')
                        refuse('the httpProfile is not an object literal', p.value);
                    for (const h of pairsOf(p.value)) {
                        if (h.key === 'reqTimeout') {
                            timeout = h.value.text;
                            plan.note(`timeout ${h.value.text} s carried over`);
                        }
                        else if (h.key === 'endpoint')
                            plan.note(`endpoint ${h.value.text} dropped: the client calls TokenHub`);
                        else if (h.key === 'reqMethod')
                            plan.note('httpProfile reqMethod dropped');
                        else if (h.key === 'proxy' || h.key === 'agent')
                            refuse('the client goes through a proxy or agent (pass httpAgent/fetch options to OpenAI by hand)', h.pair);
                        else
                            refuse(`the httpProfile setting ${h.key} is not converted`, h.pair);
                    }
                }
                else if (p.key === 'signMethod' || p.key === 'language')
                    plan.note(`profile ${p.key} dropped`);
                else
                    refuse(`the profile setting ${p.key} is not converted`, p.pair);
            }
        }
        else
            refuse(`the client config key ${key} is not converted`, value);
    }
    const t = timeout === undefined ? '' : `, timeout: ${/^\d+$/.test(timeout) ? String(Number(timeout) * 1000) : `(${timeout}) * 1000`}`;
    plan.edits.replace(node.startIndex, node.endIndex, `new OpenAI({ apiKey: process.env.TOKENHUB_API_KEY, baseURL: "${baseUrl}"${t} })`);
    for (const ref of refs) {
        const member = ref.parent;
        if (member?.type === 'member_expression' && same(member.childForFieldName('object'), ref)) {
            const prop = member.childForFieldName('property');
            const call = member.parent;
            if (prop.text === 'ChatCompletions' && call?.type === 'call_expression' && same(call.childForFieldName('function'), member)) {
                planCall(file, plan, call, prop);
                continue;
            }
            refuse(`the client is also used for ${prop.text}, which is not converted`, ref);
        }
        refuse(`the client is passed on or stored (\`${ref.parent?.text.split('\n')[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
    }
    return plan;
}
function clientUses(file, target) {
    const scope = functionScopeOf(target);
    const all = variablesIn(file.idx, target.text, scope).filter((n) => !same(n, target));
    const shadowed = new Set();
    for (const n of all) {
        if (!isWrite(n))
            continue;
        const inner = functionScopeOf(n);
        if (same(inner, scope))
            refuse(`the client variable ${target.text} is assigned again`, n);
        shadowed.add(inner.startIndex);
    }
    return all.filter((n) => {
        for (let s = functionScopeOf(n); !same(s, scope); s = functionScopeOf(s))
            if (shadowed.has(s.startIndex))
                return false;
        return true;
    });
}
function memberUses(file, target) {
    let cls = target.parent;
    while (cls && cls.type !== 'class_body')
        cls = cls.parent;
    if (!cls)
        refuse('the client is stored on this outside a class', target);
    const name = target.childForFieldName('property').text;
    const out = [];
    for (const m of cls.descendantsOfType('member_expression')) {
        if (!m || m.childForFieldName('object')?.type !== 'this' || m.childForFieldName('property')?.text !== name || same(m, target))
            continue;
        if (m.parent?.type === 'assignment_expression' && same(m.parent.childForFieldName('left'), m))
            refuse(`this.${name} is assigned again`, m);
        out.push(m);
    }
    return out;
}
function planCall(file, plan, call, method) {
    const parent = call.parent;
    if (parent?.type === 'member_expression' && parent.childForFieldName('property')?.text === 'then')
        refuse('the call is handled with .then(), a style the rewrite does not follow', call);
    if (parent?.type !== 'await_expression')
        refuse('ChatCompletions is not awaited where it is called', call);
    const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => !!c && c.type !== 'comment');
    if (args.length !== 1)
        refuse('ChatCompletions is not called with one request object', call);
    const params = objectArgument(file, plan, args[0], 'request');
    const indent = indentAt(file.text, call.startIndex);
    const inner = `${indent}  `;
    const props = [];
    const fields = pairsOf(params);
    const order = (k) => (k === 'Model' ? 0 : k === 'Messages' ? 1 : 2);
    fields.sort((a, b) => order(a.key) - order(b.key));
    for (const { key, value, pair } of fields) {
        const mapping = REQUEST_FIELDS[key];
        if (!mapping)
            refuse(`the request field ${key} is not converted`, pair);
        if ('refuse' in mapping && !('dropIfFalse' in mapping))
            refuse(mapping.refuse, pair);
        if ('dropIfFalse' in mapping) {
            if (value.text !== 'false')
                refuse(mapping.refuse, pair);
            plan.note(mapping.dropIfFalse.replace('False', 'false'));
            continue;
        }
        if ('drop' in mapping) {
            plan.note(mapping.drop);
            continue;
        }
        const text = key === 'Messages' ? messagesText(file, plan, value) : file.text.slice(value.startIndex, value.endIndex);
        props.push(`${inner}${mapping.to}: ${reindent(text, indentAt(file.text, value.startIndex), inner)},`);
    }
    if (!fields.some((f) => f.key === 'Model'))
        refuse('the request sets no Model', call);
    if (!fields.some((f) => f.key === 'Messages'))
        refuse('the request sets no Messages', call);
    plan.edits.replace(method.startIndex, call.endIndex, `chat.completions.create({\n${props.join('\n')}\n${indent}})`);
    new JsResponseFollower(file.idx, plan).follow(parent);
}
function messagesText(file, plan, value) {
    if (value.type === 'array') {
        const moved = new EditSet();
        for (const el of value.namedChildren)
            if (el && el.type !== 'comment')
                convertMessage(moved, el);
        return moved.render(file.text, value.startIndex, value.endIndex);
    }
    if (value.type === 'identifier') {
        const def = definitionBefore(file, value.text, value);
        if (!def || def.value.type !== 'array') {
            refuse(`the messages come from ${value.text}, which is not an array made in this function: their Role and Content keys cannot be converted here`, value);
        }
        for (const el of def.value.namedChildren)
            if (el && el.type !== 'comment')
                convertMessage(plan.edits, el);
        if (file.typescript) {
            const typed = def.target.parent?.childForFieldName('type');
            if (typed)
                refuse(`the messages array ${value.text} is declared with the type${typed.text}`, typed);
            plan.edits.insert(def.target.endIndex, ': OpenAI.Chat.ChatCompletionMessageParam[]');
        }
        for (const use of usesOf(file.idx, def.target, functionScopeOf(def.target))) {
            if (same(use, value))
                continue;
            const member = use.parent;
            const call = member?.parent;
            if (member?.type === 'member_expression' && member.childForFieldName('property')?.text === 'push' && call?.type === 'call_expression') {
                for (const a of call.childForFieldName('arguments')?.namedChildren ?? [])
                    if (a && a.type !== 'comment')
                        convertMessage(plan.edits, a);
                continue;
            }
            refuse(`the messages array ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? ''}\`)`, use);
        }
        return value.text;
    }
    refuse(`the messages come from ${value.text.split('\n')[0]}: their Role and Content keys cannot be converted here`, value);
}
function convertMessage(edits, el) {
    if (el.type !== 'object')
        refuse(`a message is ${el.text.split('\n')[0]}, not an object literal`, el);
    for (const { key, keyNode, pair } of pairsOf(el)) {
        const mapping = MESSAGE_FIELDS[key];
        if (!mapping)
            refuse(`the message field ${key} is not converted`, pair);
        if (!('to' in mapping))
            refuse('refuse' in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
        if (keyNode.type === 'shorthand_property_identifier')
            refuse(`the message field ${key} is written as a shorthand`, pair);
        const target = keyNode.type === 'string' ? keyNode.namedChildren.find((c) => c?.type === 'string_fragment') : keyNode;
        edits.replace(target.startIndex, target.endIndex, mapping.to);
    }
}
function reindent(text, from, to) {
    if (!text.includes('\n') || from === to)
        return text;
    return text
        .split('\n')
        .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/fix/sdk/js/imports.ts


/** The Tencent Cloud Node SDK packages (the whole SDK, one product's package, the international edition). */
const PACKAGE = /^tencentcloud-sdk-nodejs(?:-(hunyuan|lkeap|common|intl-en))?$/;
function packageOf(node) {
    if (!node)
        return undefined;
    const name = keyText(node);
    return name !== undefined && PACKAGE.test(name) ? name : undefined;
}
function readImports(root) {
    const namespaces = [];
    const services = new Map();
    const statements = [];
    let esm = false;
    let hasOpenai = false;
    let afterImports = 0;
    for (const stmt of root.namedChildren) {
        if (!stmt)
            continue;
        if (stmt.type === 'import_statement') {
            esm = true;
            afterImports = stmt.endIndex;
            const source = stmt.childForFieldName('source');
            if (keyText(source) === 'openai')
                hasOpenai = true;
            if (!packageOf(source))
                continue;
            const locals = [];
            const clause = stmt.namedChildren.find((c) => c?.type === 'import_clause');
            for (const part of clause?.namedChildren ?? []) {
                if (!part)
                    continue;
                if (part.type === 'identifier') {
                    namespaces.push(part.text);
                    locals.push(part.text);
                }
                else if (part.type === 'namespace_import') {
                    const id = part.namedChildren.find((c) => c?.type === 'identifier');
                    namespaces.push(id.text);
                    locals.push(id.text);
                }
                else if (part.type === 'named_imports') {
                    for (const spec of part.namedChildren) {
                        if (spec?.type !== 'import_specifier')
                            continue;
                        const name = spec.childForFieldName('name').text;
                        const local = spec.childForFieldName('alias')?.text ?? name;
                        const info = SERVICES.find((s) => s.module === name);
                        if (info)
                            services.set(local, info);
                        locals.push(local);
                    }
                }
            }
            statements.push({ statement: stmt, locals });
            continue;
        }
        if (stmt.type !== 'lexical_declaration' && stmt.type !== 'variable_declaration')
            continue;
        for (const call of stmt.descendantsOfType('call_expression')) {
            if (call?.childForFieldName('function')?.text !== 'require')
                continue;
            afterImports = stmt.endIndex;
            const arg = call.childForFieldName('arguments')?.namedChildren[0];
            if (arg && keyText(arg) === 'openai')
                hasOpenai = true;
            if (!packageOf(arg))
                continue;
            const decl = declaration(call);
            if (!decl) {
                statements.push({ statement: stmt, locals: [] });
                continue;
            }
            const locals = [];
            if (decl.target.type === 'identifier') {
                namespaces.push(decl.target.text);
                locals.push(decl.target.text);
            }
            else if (decl.target.type === 'object_pattern') {
                for (const prop of decl.target.namedChildren) {
                    if (!prop)
                        continue;
                    const name = prop.type === 'shorthand_property_identifier_pattern' ? prop.text : prop.type === 'pair_pattern' ? prop.childForFieldName('key').text : undefined;
                    const local = prop.type === 'pair_pattern' ? prop.childForFieldName('value').text : name;
                    if (!name || !local)
                        continue;
                    const info = SERVICES.find((s) => s.module === name);
                    if (info)
                        services.set(local, info);
                    locals.push(local);
                }
            }
            statements.push({ statement: stmt, locals });
        }
    }
    const classPaths = new Map();
    for (const ns of namespaces)
        for (const info of SERVICES)
            classPaths.set(`${ns}.${info.module}.${info.version}.Client`, info);
    for (const [local, info] of services)
        classPaths.set(`${local}.${info.version}.Client`, info);
    const classAliases = new Map();
    for (const d of root.descendantsOfType('variable_declarator')) {
        const value = d?.childForFieldName('value');
        if (!d || value?.type !== 'member_expression')
            continue;
        const info = classPaths.get(value.text.replace(/\s+/g, ''));
        const decl = declaration(value);
        if (info && decl?.target.type === 'identifier')
            classAliases.set(decl.target.text, { info, statement: decl.statement });
    }
    return { classPaths, classAliases, statements, esm, hasOpenai, afterImports };
}

;// CONCATENATED MODULE: ./src/fix/sdk/js/manifests.ts
/** The openai npm version written into package.json: the one this tool is built and tested with. */
const OPENAI_NPM = '^6.49.0';
/** package.json: `openai` into dependencies; Tencent's Node SDK packages out when nothing uses them. */
function editPackageJson(text, dropTencent, openaiVersion) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const notes = [];
    const deps = { ...(pkg.dependencies ?? {}) };
    if (dropTencent) {
        for (const name of Object.keys(deps)) {
            if (/^tencentcloud-sdk-nodejs(?:-hunyuan|-lkeap|-common|-intl-en)?$/.test(name)) {
                delete deps[name];
                notes.push(`removed ${name}`);
            }
        }
    }
    if (!deps.openai) {
        deps.openai = openaiVersion;
        notes.unshift('added openai');
    }
    if (!notes.length)
        return undefined;
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const out = JSON.stringify({ ...pkg, dependencies: sorted }, null, indent) + (text.endsWith('\n') ? '\n' : '');
    return { text: out, notes };
}
/** The edit for a manifest of a Node project (package.json); undefined for other files. */
function nodeManifest(name) {
    return name === 'package.json' ? (text, dropTencent) => editPackageJson(text, dropTencent, OPENAI_NPM) : undefined;
}

;// CONCATENATED MODULE: ./src/fix/sdk/js/index.ts








/** JavaScript and TypeScript: the Tencent Cloud SDK for Node (`tencentcloud-sdk-nodejs*`), awaited calls. */
const javascript = {
    id: 'javascript',
    grammarFor: (path) => {
        if (/\.tsx$/i.test(path))
            return 'tsx';
        if (/\.[cm]?ts$/i.test(path))
            return 'typescript';
        if (/\.(?:[cm]?js|jsx)$/i.test(path))
            return 'javascript';
        return undefined;
    },
    mayUse: (text) => text.includes('tencentcloud-sdk-nodejs'),
    rewrite: rewriteJs,
    sourceFile: /\.(?:[cm]?[jt]sx?)$/i,
    manifestFor: nodeManifest,
};
/** What the code reads from a caught Tencent SDK error that OpenAI's errors do not have. */
const TENCENT_ONLY = new Set(['code', 'requestId', 'RequestId']);
function rewriteJs(tree, text, opts) {
    const root = tree.rootNode;
    const typescript = /\.(?:[cm]?ts|tsx)$/i.test(opts.path ?? '');
    const file = { text, typescript, idx: new NameIndex(root, ['identifier', 'shorthand_property_identifier']), imports: readImports(root) };
    const sites = findClientConstructions(file, root);
    const unchanged = { text, edits: [], clients: [], leftovers: [], adds: [], stillUsesTencentSdk: file.imports.statements.length > 0 };
    if (sites.length === 0)
        return unchanged;
    const codeRead = tencentErrorRead(file, root);
    const clients = [];
    const plans = [];
    for (const site of sites) {
        const outcome = { line: lineNo(site.node), service: site.info.service, async: true, converted: false, notes: [], guidance: site.info.guidance };
        clients.push(outcome);
        if (codeRead) {
            outcome.reason = codeRead;
            continue;
        }
        try {
            plans.push({ plan: planClient(file, site, opts.baseUrl), outcome });
        }
        catch (err) {
            if (!(err instanceof Refusal))
                throw err;
            outcome.reason = err.message;
        }
    }
    const accepted = acceptDisjoint(plans);
    if (accepted.length === 0)
        return { ...unchanged, clients };
    const edits = new EditSet();
    const deletes = new Map();
    for (const { plan, outcome } of accepted) {
        edits.addAll(plan.edits);
        for (const d of plan.deletes)
            deletes.set(d.startIndex, d);
        outcome.converted = true;
        outcome.notes = plan.notes;
    }
    const removedSoFar = () => new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
    // Class aliases (`const HunyuanClient = tencentcloud.hunyuan.v20230901.Client`) that nothing uses any more.
    let removed = removedSoFar();
    for (const [alias, { statement }] of file.imports.classAliases) {
        const target = statement.descendantsOfType('variable_declarator')[0]?.childForFieldName('name');
        if (target && usesOf(file.idx, target).every((u) => removed.contains(u.startIndex, u.endIndex)))
            deletes.set(statement.startIndex, statement);
        void alias;
    }
    removed = removedSoFar();
    let insertAt;
    for (const { statement, locals } of file.imports.statements) {
        const used = locals.some((local) => file.idx.all(local).some((id) => !(id.startIndex >= statement.startIndex && id.endIndex <= statement.endIndex) && !removed.contains(id.startIndex, id.endIndex)));
        if (used)
            continue;
        deletes.set(statement.startIndex, statement);
        insertAt ??= statement.startIndex;
    }
    const ranges = [];
    for (const d of deletes.values()) {
        const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
        if (lines)
            ranges.push(lines);
        else
            edits.replace(d.startIndex, d.endIndex, '');
    }
    for (const r of mergeBlank(text, ranges, insertAt === undefined ? undefined : lineStart(text, insertAt)))
        edits.replace(r.start, r.end, '');
    if (!file.imports.hasOpenai) {
        const line = file.imports.esm || /\.(?:tsx?|mts|mjs)$/.test(opts.path ?? '') ? 'import OpenAI from "openai";' : 'const { OpenAI } = require("openai");';
        if (insertAt !== undefined)
            edits.insert(lineStart(text, insertAt), `${line}\n`);
        else if (file.imports.afterImports > 0)
            edits.insert(file.imports.afterImports, `\n${line}`);
        else
            edits.insert(headerEnd(text), `${line}\n`);
    }
    let out;
    let applied;
    try {
        ({ text: out, edits: applied } = edits.applyWithEdits(text));
    }
    catch (err) {
        if (!(err instanceof EditOverlapError))
            throw err;
        for (const c of clients) {
            c.converted = false;
            c.notes = [];
            c.reason ??= 'the conversions of the clients in this file overlap; convert them by hand';
        }
        return { ...unchanged, clients };
    }
    return { text: out, edits: applied, clients, leftovers: leftovers(out), adds: ['openai'], stillUsesTencentSdk: /tencentcloud-sdk-nodejs/.test(out) };
}
function tencentErrorRead(file, root) {
    for (const clause of root.descendantsOfType('catch_clause')) {
        const param = clause?.childForFieldName('parameter');
        const body = clause?.childForFieldName('body');
        if (!clause || param?.type !== 'identifier' || !body)
            continue;
        for (const use of file.idx.within(param.text, body.startIndex, body.endIndex)) {
            const m = use.parent;
            if (m?.type === 'member_expression' && m.childForFieldName('object')?.startIndex === use.startIndex && TENCENT_ONLY.has(m.childForFieldName('property').text)) {
                return `Tencent error details (${m.text}) are read from the exception (line ${lineNo(m)})`;
            }
        }
    }
    return undefined;
}
function lineStart(text, at) {
    return text.lastIndexOf('\n', at - 1) + 1;
}
/** After a shebang, 'use strict' and leading comments. */
function headerEnd(text) {
    const m = /^(?:#![^\n]*\n)?(?:[ \t]*(?:\/\/[^\n]*|["']use strict["'];?)?[ \t]*\n)*/.exec(text);
    return m ? m[0].length : 0;
}
const BLANK = /^(?:[ \t]*\r?\n)*$/;
/** As the Python module does; the removal where the new import goes keeps the blank line after it. */
function mergeBlank(text, ranges, keepBlankAt) {
    ranges.sort((a, b) => a.start - b.start);
    const merged = [];
    for (const r of ranges) {
        const last = merged.at(-1);
        if (last && r.start <= last.end)
            last.end = Math.max(last.end, r.end);
        else if (last && BLANK.test(text.slice(last.end, r.start)))
            last.end = r.end;
        else
            merged.push({ ...r });
    }
    for (const r of merged) {
        const before = text.lastIndexOf('\n', r.start - 2) + 1;
        const blankBefore = r.start === 0 || BLANK.test(text.slice(before, r.start));
        const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
        if (blankBefore && after && r.start !== keepBlankAt)
            r.end += after[0].length;
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/flow.ts
/**
 * Python names within one scope, by position: the uses that belong to one assignment are those after it and
 * before the next assignment to the same name in the same scope. Straight-line code is what Tencent's examples
 * and most application code look like; anything the rewrite cannot place (a use in a nested function, a name
 * bound twice in different branches) ends up as a use in a context the caller does not accept, so it refuses.
 */
const flow_SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'module']);
function scopeOf(node) {
    let n = node.parent;
    while (n && !flow_SCOPES.has(n.type))
        n = n.parent;
    return n ?? node.tree.rootNode;
}
/** The function or module scope (a class body does not hold local variables across its methods). */
function flow_functionScopeOf(node) {
    let n = scopeOf(node);
    while (n.type === 'class_definition')
        n = scopeOf(n);
    return n;
}
function flow_same(a, b) {
    // Node identity, without a call into the wasm module (endIndex is one, per node).
    return !!a && !!b && a.equals(b);
}
/** An identifier that names a variable (not an attribute name, a keyword argument's name or an imported name). */
function flow_isVariable(id) {
    const p = id.parent;
    if (!p)
        return false;
    if (p.type === 'attribute' && flow_same(p.childForFieldName('attribute'), id))
        return false;
    if (p.type === 'keyword_argument' && flow_same(p.childForFieldName('name'), id))
        return false;
    if (p.type === 'aliased_import' || p.type === 'dotted_name')
        return false;
    return true;
}
/** The identifier is assigned here (plain or augmented assignment, a loop or with target, a parameter, a def). */
function flow_isWrite(id) {
    let child = id;
    let p = id.parent;
    while (p && (p.type === 'pattern_list' || p.type === 'tuple_pattern' || p.type === 'list_pattern')) {
        child = p;
        p = p.parent;
    }
    if (!p)
        return false;
    switch (p.type) {
        case 'assignment':
        case 'augmented_assignment':
            return flow_same(p.childForFieldName('left'), child);
        case 'for_statement':
        case 'for_in_clause':
            return flow_same(p.childForFieldName('left'), child);
        case 'as_pattern_target':
        case 'parameters':
        case 'default_parameter':
        case 'typed_parameter':
        case 'typed_default_parameter':
        case 'global_statement':
        case 'nonlocal_statement':
            return true;
        case 'function_definition':
        case 'class_definition':
            return flow_same(p.childForFieldName('name'), id);
        default:
            return false;
    }
}
/** The variable occurrences of `name` in `scope`, in source order. */
function flow_variablesIn(idx, name, scope) {
    return idx.within(name, scope.startIndex, scope.endIndex).filter(flow_isVariable);
}
/**
 * The uses of the value `def` (a written identifier) gets: later occurrences up to the next write of the name in
 * the same scope. A loop variable's uses end with its loop body.
 */
function flow_usesOf(idx, def, scope = flow_functionScopeOf(def)) {
    const all = flow_variablesIn(idx, def.text, scope);
    let end = scope.endIndex;
    const loop = def.parent?.type === 'for_statement' || def.parent?.type === 'for_in_clause' ? def.parent : undefined;
    if (loop)
        end = loop.type === 'for_in_clause' ? loop.parent.endIndex : loop.endIndex;
    const out = [];
    for (const n of all) {
        if (n.startIndex <= def.startIndex || n.startIndex >= end)
            continue;
        if (flow_isWrite(n))
            break;
        out.push(n);
    }
    return out;
}
/** Writes of `name` in the scope other than `def`: a name written only once is the simplest case to trust. */
function otherWrites(idx, def, scope = flow_functionScopeOf(def)) {
    return flow_variablesIn(idx, def.text, scope).filter((n) => flow_isWrite(n) && !flow_same(n, def));
}
/** The statement that holds a node (the nearest ancestor whose parent is a block or the module). */
function flow_statementOf(node) {
    let n = node;
    while (n.parent && n.parent.type !== 'block' && n.parent.type !== 'module')
        n = n.parent;
    return n;
}
/** `x = <value>` as a whole statement: the assignment node, else undefined. */
function assignmentStatement(value) {
    const p = value.parent;
    if (p?.type !== 'assignment' || !flow_same(p.childForFieldName('right'), value))
        return undefined;
    if (p.parent?.type !== 'expression_statement')
        return undefined;
    return p;
}
function isStringLiteral(node) {
    return node.type === 'string' && node.childrenOfType('interpolation').length === 0 && !/^[A-Za-z]*[fF]/.test(node.text);
}
/** The value of a plain string literal (no escapes in the part that matters: field names and keys). */
function stringValue(node) {
    if (!isStringLiteral(node))
        return undefined;
    const content = node.childrenOfType('string_content');
    if (content.length > 1)
        return undefined;
    return content[0]?.text ?? '';
}
function flow_lineNo(node) {
    return node.startPosition.row + 1;
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/response.ts



class ResponseFollower {
    file;
    plan;
    stream;
    constructor(file, plan, stream) {
        this.file = file;
        this.plan = plan;
        this.stream = stream;
    }
    /** Follows every use of the value of `node` (an expression) and rewrites what reads it. */
    follow(node, value = { shape: 'result', dict: false }) {
        const { text } = this.file;
        const p = node.parent;
        if (!p)
            return;
        if (value.shape === 'leaf')
            return;
        if (value.shape === 'nullableLeaf') {
            if (p.type === 'if_statement' || p.type === 'while_statement' || p.type === 'boolean_operator' || p.type === 'not_operator')
                return;
            this.plan.edits.insert(node.startIndex, '(');
            this.plan.edits.insert(node.endIndex, ' or "")');
            return;
        }
        // json.loads(resp.to_json_string()) / json.loads(str(resp)): the same response, read as a dict.
        const loads = this.jsonLoadsOf(node);
        if (loads && (value.shape === 'result' || value.shape === 'response')) {
            this.plan.edits.replace(loads.startIndex, node.startIndex, '');
            this.plan.edits.replace(node.endIndex, loads.endIndex, '');
            return this.follow(loads, { shape: 'response', dict: true });
        }
        if (p.type === 'attribute' && flow_same(p.childForFieldName('object'), node)) {
            const nameNode = p.childForFieldName('attribute');
            const name = nameNode.text;
            const call = p.parent?.type === 'call' && flow_same(p.parent.childForFieldName('function'), p) ? p.parent : undefined;
            if (call && name === 'to_json_string' && (value.shape === 'result' || value.shape === 'response')) {
                const loadsCall = this.jsonLoadsOf(call);
                if (loadsCall) {
                    this.plan.edits.replace(loadsCall.startIndex, node.startIndex, '');
                    this.plan.edits.replace(node.endIndex, loadsCall.endIndex, '');
                    return this.follow(loadsCall, { shape: 'response', dict: true });
                }
                const args = call.childForFieldName('arguments');
                for (const a of args.namedChildren) {
                    if (!a || a.type === 'comment')
                        continue;
                    const key = a.type === 'keyword_argument' ? a.childForFieldName('name').text : '';
                    if (key === 'ensure_ascii') {
                        this.plan.note('to_json_string(ensure_ascii=...) became model_dump_json() (which writes UTF-8 as is)');
                        this.removeArgument(a);
                    }
                    else if (key !== 'indent') {
                        refuse(`to_json_string(${a.text}) has no model_dump_json() equivalent`, a);
                    }
                }
                this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, 'model_dump_json');
                return;
            }
            if (value.dict)
                refuse(`the JSON-decoded response is read with .${name}`, p);
            return this.field(node, p, name, value, (to) => this.plan.edits.replace(nameNode.startIndex, nameNode.endIndex, to));
        }
        if (p.type === 'subscript' && flow_same(p.childForFieldName('value'), node)) {
            const key = p.childForFieldName('subscript');
            if (value.shape === 'choices')
                return this.follow(p, { shape: ELEMENT_OF.choices, dict: value.dict });
            if (value.shape === 'event') {
                if (key && stringValue(key) === 'data')
                    return this.eventData(node, p);
                refuse(`the stream event is read with [${key?.text ?? ''}]`, p);
            }
            const field = key ? stringValue(key) : undefined;
            if (!value.dict || field === undefined)
                refuse(`the response is read with [${key?.text ?? ''}]`, p);
            return this.field(node, p, field, value, (to) => this.plan.edits.replace(node.endIndex, p.endIndex, `.${to}`));
        }
        if ((p.type === 'for_statement' || p.type === 'for_in_clause') && flow_same(p.childForFieldName('right'), node)) {
            const element = value.shape === 'result' ? { shape: 'event', dict: false } : value.shape === 'choices' ? { shape: 'choice', dict: value.dict } : undefined;
            if (!element)
                refuse(`the loop over the ${value.shape} cannot be followed`, p);
            const target = p.childForFieldName('left');
            if (target.type !== 'identifier')
                refuse('the loop unpacks what it iterates', target);
            if (value.shape === 'result')
                this.plan.usesStream = true;
            for (const use of flow_usesOf(this.file.idx, target))
                this.follow(use, element);
            return;
        }
        const assignment = assignmentStatement(node);
        if (assignment) {
            const target = assignment.childForFieldName('left');
            if (target.type !== 'identifier')
                refuse(`the ${describe(value)} is stored in ${target.text}`, assignment);
            for (const use of flow_usesOf(this.file.idx, target, flow_functionScopeOf(target)))
                this.follow(use, value);
            return;
        }
        // isinstance(resp, types.GeneratorType): Tencent's way to tell a stream; the request says which it is.
        if (p.type === 'argument_list' && value.shape === 'result') {
            const call = p.parent;
            const fn = call.childForFieldName('function')?.text;
            const args = p.namedChildren.filter((c) => c && c.type !== 'comment');
            if (fn === 'isinstance' && args.length === 2 && /^(types\.)?GeneratorType$/.test(args[1].text)) {
                if (!this.stream || !('literal' in this.stream))
                    refuse('the code tests for a stream while the request decides it at run time', call);
                this.plan.edits.replace(call.startIndex, call.endIndex, this.stream.literal ? 'True' : 'False');
                this.plan.note('isinstance(resp, GeneratorType) became a constant: the request says whether it streams');
                return;
            }
        }
        if (this.isDisplay(p))
            return;
        if (value.shape === 'choices' && (p.type === 'if_statement' || p.type === 'not_operator' || p.type === 'boolean_operator'))
            return;
        if (value.shape === 'choices' && p.type === 'argument_list' && p.parent?.childForFieldName('function')?.text === 'len')
            return;
        refuse(`the ${describe(value)} goes where the rewrite cannot follow it (\`${snippet(text, p)}\`)`, p);
    }
    field(node, access, name, value, rename) {
        const shape = value.shape === 'result' ? 'response' : value.shape;
        const table = RESPONSE_SHAPES[shape];
        const field = table?.[name];
        if (!field)
            refuse(`the response field ${name} is not converted`, access);
        if ('refuse' in field)
            refuse(field.refuse, access);
        void node;
        rename(field.to);
        this.follow(access, { shape: field.shape, dict: value.dict });
    }
    /** `event["data"]`: inside json.loads it is the chunk itself; elsewhere the chunk as JSON text. */
    eventData(event, access) {
        this.plan.usesStream = true;
        const loads = this.jsonLoadsOf(access);
        if (loads) {
            this.plan.edits.replace(loads.startIndex, event.startIndex, '');
            this.plan.edits.replace(event.endIndex, loads.endIndex, '');
            return this.follow(loads, { shape: 'response', dict: true });
        }
        this.plan.edits.replace(event.endIndex, access.endIndex, '.model_dump_json()');
    }
    /** The `json.loads(...)` call (or `json.loads(str(...))`) whose only argument is `node`. */
    jsonLoadsOf(node) {
        let arg = node;
        let list = arg.parent;
        if (list?.type !== 'argument_list')
            return undefined;
        let call = list.parent;
        if (call.childForFieldName('function')?.text === 'str' && list.namedChildren.length === 1) {
            arg = call;
            list = call.parent;
            if (list?.type !== 'argument_list')
                return undefined;
            call = list.parent;
        }
        if (!/^(json\.)?loads$/.test(call.childForFieldName('function')?.text ?? ''))
            return undefined;
        if (list.namedChildren.length !== 1)
            return undefined;
        return flow_same(list.namedChildren[0], arg) ? call : undefined;
    }
    /** print(x) and logging calls show a value; they accept OpenAI's objects as they accepted Tencent's. */
    isDisplay(p) {
        if (p.type !== 'argument_list')
            return false;
        const fn = p.parent?.childForFieldName('function')?.text ?? '';
        return fn === 'print' || /^(logging|logger|log)\.(debug|info|warning|error|exception)$/.test(fn);
    }
    removeArgument(arg) {
        const { text } = this.file;
        let start = arg.startIndex;
        let end = arg.endIndex;
        const before = text.slice(0, start).match(/,\s*$/);
        if (before)
            start -= before[0].length;
        else {
            const after = text.slice(end).match(/^\s*,\s*/);
            if (after)
                end += after[0].length;
        }
        this.plan.edits.replace(start, end, '');
    }
}
function describe(value) {
    return value.shape === 'result' ? 'response' : value.shape === 'event' ? 'stream event' : `response's ${value.shape}`;
}
function snippet(text, node) {
    const s = text.slice(node.startIndex, node.endIndex).split('\n')[0];
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/client.ts





/** `hunyuan_client.HunyuanClient(...)`, `lkeap_client_async.LkeapClient(...)`, or the class imported directly. */
function client_findClientConstructions(file) {
    const sites = [];
    for (const [local, meaning] of file.imports.names) {
        if (meaning.kind !== 'clientModule' && meaning.kind !== 'clientClass')
            continue;
        for (const id of file.idx.all(local)) {
            let fn = id;
            if (meaning.kind === 'clientModule') {
                const attr = id.parent;
                if (attr?.type !== 'attribute' || !flow_same(attr.childForFieldName('object'), id))
                    continue;
                if (attr.childForFieldName('attribute')?.text !== meaning.info.clientClass)
                    continue;
                fn = attr;
            }
            const call = fn.parent;
            if (call?.type !== 'call' || !flow_same(call.childForFieldName('function'), fn))
                continue;
            sites.push({ call, info: meaning.info, async: meaning.async });
        }
    }
    return sites.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
function argsOf(call) {
    return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => !!c && c.type !== 'comment');
}
/** Positional and keyword arguments by parameter name. */
function bindArgs(call, params) {
    const out = new Map();
    let i = 0;
    for (const a of argsOf(call)) {
        if (a.type === 'keyword_argument') {
            const name = a.childForFieldName('name').text;
            if (!params.includes(name))
                refuse(`the argument ${name}= is not converted`, a);
            out.set(name, a.childForFieldName('value'));
        }
        else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
            refuse(`the arguments are passed with ${a.text}`, a);
        }
        else {
            const name = params[i++];
            if (!name)
                refuse('too many arguments', a);
            out.set(name, a);
        }
    }
    return out;
}
/** The last write of a name before `at` in the function scope, as `name = <value>`. */
function client_definitionBefore(file, name, at) {
    const scope = flow_functionScopeOf(at);
    const writes = flow_variablesIn(file.idx, name, scope).filter((n) => flow_isWrite(n) && n.startIndex < at.startIndex);
    const target = writes.at(-1);
    const assignment = target?.parent;
    if (!target || assignment?.type !== 'assignment' || !flow_same(assignment.childForFieldName('left'), target))
        return undefined;
    if (assignment.parent?.type !== 'expression_statement')
        return undefined;
    return { target, value: assignment.childForFieldName('right'), statement: assignment.parent };
}
function meaningOfCallee(file, call) {
    const fn = call.childForFieldName('function');
    if (fn?.type === 'identifier')
        return { meaning: file.imports.names.get(fn.text), name: fn.text };
    if (fn?.type === 'attribute') {
        const obj = fn.childForFieldName('object');
        return { meaning: file.imports.names.get(obj.text), name: fn.childForFieldName('attribute').text };
    }
    return { name: '' };
}
/** `target.a = v` or `target.a.b = v` as a whole statement: the attribute path and the value. */
function attributeSet(ref) {
    const path = [];
    let n = ref;
    while (n.parent?.type === 'attribute' && flow_same(n.parent.childForFieldName('object'), n)) {
        path.push(n.parent.childForFieldName('attribute').text);
        n = n.parent;
    }
    const assignment = n.parent;
    if (!path.length || assignment?.type !== 'assignment' || !flow_same(assignment.childForFieldName('left'), n))
        return undefined;
    if (assignment.parent?.type !== 'expression_statement')
        return undefined;
    return { path, value: assignment.childForFieldName('right'), statement: assignment.parent };
}
const DROPPED_HTTP = new Set(['endpoint', 'reqMethod', 'keepAlive', 'scheme', 'rootDomain', 'pre_conn_pool_size', 'ubiquitous_endpoint']);
const DROPPED_CLIENT = new Set(['signMethod', 'language', 'unsignedPayload', 'disable_region_breaker', 'region_breaker', 'backupEndpoint']);
class ProfileReader {
    timeout;
    file;
    plan;
    constructor(file, plan) {
        this.file = file;
        this.plan = plan;
    }
    http(name, value) {
        if (name === 'reqTimeout') {
            this.timeout = value.text;
            this.plan.note(`timeout ${value.text} s carried over`);
        }
        else if (name === 'endpoint')
            this.plan.note(`endpoint ${value.text} dropped: the client calls TokenHub`);
        else if (DROPPED_HTTP.has(name))
            this.plan.note(`HttpProfile ${name} dropped`);
        else if (name === 'proxy')
            refuse('the client goes through an HTTP proxy (pass an http_client to OpenAI by hand)', value);
        else
            refuse(`the HttpProfile setting ${name} is not converted`, value);
    }
    client(name, value) {
        if (name === 'httpProfile')
            return this.httpProfile(value);
        if (DROPPED_CLIENT.has(name))
            this.plan.note(`ClientProfile ${name} dropped`);
        else
            refuse(`the ClientProfile setting ${name} is not converted`, value);
    }
    /** A ClientProfile argument: an inline ClientProfile(...) or a variable set up just before. */
    profile(node, use) {
        this.object(node, use, 'clientProfile', (name, value) => this.client(name, value));
    }
    httpProfile(node) {
        this.object(node, node, 'httpProfile', (name, value) => this.http(name, value));
    }
    object(node, use, kind, set) {
        if (node.type === 'call')
            return this.construction(node, kind, set);
        if (node.type !== 'identifier')
            refuse(`the ${kind === 'clientProfile' ? 'ClientProfile' : 'HttpProfile'} is ${node.text}`, node);
        const def = client_definitionBefore(this.file, node.text, use);
        if (!def || def.value.type !== 'call')
            refuse(`the profile ${node.text} is not made here`, node);
        this.construction(def.value, kind, set);
        this.plan.deletes.push(def.statement);
        for (const ref of flow_usesOf(this.file.idx, def.target)) {
            if (flow_same(ref, node))
                continue;
            const s = attributeSet(ref);
            if (!s || s.statement.parent?.type !== def.statement.parent?.type)
                refuse(`the profile ${node.text} is used elsewhere`, ref);
            if (s.path.length === 1)
                set(s.path[0], s.value);
            else if (kind === 'clientProfile' && s.path.length === 2 && s.path[0] === 'httpProfile')
                this.http(s.path[1], s.value);
            else
                refuse(`the profile setting ${s.path.join('.')} is not converted`, ref);
            this.plan.deletes.push(s.statement);
        }
    }
    construction(call, kind, set) {
        const { meaning } = meaningOfCallee(this.file, call);
        if (meaning?.kind !== kind)
            refuse(`the profile comes from ${call.childForFieldName('function')?.text ?? 'a call'}`, call);
        for (const a of argsOf(call)) {
            if (a.type !== 'keyword_argument')
                refuse('the profile is made with positional arguments', a);
            set(a.childForFieldName('name').text, a.childForFieldName('value'));
        }
    }
}
/** Plans one client: its construction, every ChatCompletions call on it, and everything that reads the results. */
function client_planClient(file, site, baseUrl) {
    const plan = new ClientPlan();
    const { call } = site;
    const assignment = assignmentStatement(call);
    if (!assignment) {
        if (call.parent?.type === 'return_statement')
            refuse('the client is made in a factory and returned: the calls made on it cannot be followed', call);
        refuse('the client is not assigned to a variable or attribute', call);
    }
    const target = assignment.childForFieldName('left');
    const refs = clientReferences(file, target);
    const args = bindArgs(call, ['credential', 'region', 'profile']);
    const cred = args.get('credential');
    if (cred?.type === 'identifier') {
        const def = client_definitionBefore(file, cred.text, call);
        if (def)
            plan.deferred.push({ statement: def.statement, variable: def.target });
    }
    const region = args.get('region');
    if (region && region.text !== '""' && region.text !== "''")
        plan.note(`region ${region.text} dropped: TokenHub has one base URL per site`);
    const profiles = new ProfileReader(file, plan);
    const profile = args.get('profile');
    if (profile)
        profiles.profile(profile, call);
    const cls = site.async ? 'AsyncOpenAI' : 'OpenAI';
    const timeout = profiles.timeout === undefined ? '' : `, timeout=${profiles.timeout}`;
    plan.edits.replace(call.startIndex, call.endIndex, `${cls}(api_key=os.environ["TOKENHUB_API_KEY"], base_url="${baseUrl}"${timeout})`);
    for (const ref of refs) {
        const attr = ref.parent;
        if (attr?.type === 'attribute' && flow_same(attr.childForFieldName('object'), ref)) {
            const method = attr.childForFieldName('attribute');
            const callSite = attr.parent;
            if (method.text === 'ChatCompletions' && callSite?.type === 'call' && flow_same(callSite.childForFieldName('function'), attr)) {
                client_planCall(file, plan, site, callSite, method);
                continue;
            }
            refuse(`the client is also used for ${method.text}, which is not converted`, ref);
        }
        refuse(`the client is passed on or stored (\`${ref.parent?.text.split('\n')[0] ?? ref.text}\`): the calls made on it cannot be followed`, ref);
    }
    return plan;
}
/** Where the client is used: uses of a local or module variable, or `self.x` across the class. */
function clientReferences(file, target) {
    if (target.type === 'identifier') {
        const scope = flow_functionScopeOf(target);
        const all = flow_variablesIn(file.idx, target.text, scope).filter((n) => !flow_same(n, target));
        // Uses in functions nested in this scope count too, unless the function binds the name itself.
        const shadowed = new Set();
        for (const n of all) {
            if (!flow_isWrite(n))
                continue;
            const inner = flow_functionScopeOf(n);
            if (flow_same(inner, scope))
                refuse(`the client variable ${target.text} is assigned again`, n);
            shadowed.add(inner.startIndex);
        }
        return all.filter((n) => {
            for (let s = flow_functionScopeOf(n); !flow_same(s, scope); s = flow_functionScopeOf(s))
                if (shadowed.has(s.startIndex))
                    return false;
            return true;
        });
    }
    if (target.type === 'attribute' && target.childForFieldName('object')?.text === 'self') {
        const name = target.childForFieldName('attribute').text;
        let cls = target.parent;
        while (cls && cls.type !== 'class_definition')
            cls = cls.parent;
        if (!cls)
            refuse('the client is stored on self outside a class', target);
        const refs = [];
        for (const id of file.idx.within(name, cls.startIndex, cls.endIndex)) {
            const attr = id.parent;
            if (attr?.type !== 'attribute' || !flow_same(attr.childForFieldName('attribute'), id) || attr.childForFieldName('object')?.text !== 'self')
                continue;
            if (flow_same(attr, target))
                continue;
            if (attr.parent?.type === 'assignment' && flow_same(attr.parent.childForFieldName('left'), attr))
                refuse(`self.${name} is assigned again`, attr);
            refs.push(attr);
        }
        return refs;
    }
    refuse(`the client is stored in ${target.text}`, target);
}
/** One `client.ChatCompletions(req)`: the request becomes create(...) arguments; the result is followed. */
function client_planCall(file, plan, site, callSite, method) {
    const awaited = callSite.parent?.type === 'await';
    if (site.async && !awaited)
        refuse('the async client\'s ChatCompletions is not awaited where it is called', callSite);
    if (!site.async && awaited)
        refuse('ChatCompletions of a sync client is awaited', callSite);
    const args = argsOf(callSite);
    if (args.length !== 1 || args[0].type !== 'identifier')
        refuse('ChatCompletions is not called with a request variable', callSite);
    const reqRef = args[0];
    const def = client_definitionBefore(file, reqRef.text, callSite);
    if (!def || def.value.type !== 'call')
        refuse(`the request ${reqRef.text} is not made in this function`, callSite);
    const made = meaningOfCallee(file, def.value);
    const isRequest = made.name === 'ChatCompletionsRequest' && (made.meaning?.kind === 'models' || (made.meaning?.kind === 'modelClass' && made.meaning.name === 'ChatCompletionsRequest'));
    if (!isRequest)
        refuse(`the request ${reqRef.text} is not made by models.ChatCompletionsRequest()`, def.value);
    const block = def.statement.parent;
    plan.deletes.push(def.statement);
    const fields = new Map();
    const setField = (name, value, at) => {
        if (fields.has(name))
            refuse(`the request field ${name} is set twice`, at);
        fields.set(name, value);
    };
    const inOrder = (statement) => {
        if (!flow_same(statement.parent, block))
            refuse('the request is changed conditionally', statement);
        if (statement.startIndex > callSite.startIndex)
            refuse('the request is changed after the call', statement);
    };
    const reads = [];
    for (const use of flow_usesOf(file.idx, def.target)) {
        if (flow_same(use, reqRef))
            continue;
        const set = attributeSet(use);
        if (set) {
            if (set.path.length !== 1)
                refuse(`the request field ${set.path.join('.')} is set`, use);
            inOrder(set.statement);
            setField(set.path[0], set.value, use);
            plan.deletes.push(set.statement);
            continue;
        }
        const attr = use.parent;
        if (attr?.type === 'attribute' && flow_same(attr.childForFieldName('object'), use)) {
            const name = attr.childForFieldName('attribute').text;
            const call = attr.parent?.type === 'call' && flow_same(attr.parent.childForFieldName('function'), attr) ? attr.parent : undefined;
            if (call && name === 'from_json_string') {
                const statement = flow_statementOf(call);
                if (statement.type !== 'expression_statement' || !flow_same(statement.namedChildren[0], call))
                    refuse('from_json_string is used as a value', call);
                inOrder(statement);
                readJsonParams(file, plan, call, setField);
                plan.deletes.push(statement);
                continue;
            }
            if (!call && use.startIndex > callSite.startIndex) {
                reads.push({ node: attr, field: name });
                continue;
            }
        }
        refuse(`the request ${reqRef.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? use.text}\`)`, use);
    }
    const kwargs = [];
    const indent = indentAt(file.text, callSite.startIndex);
    const inner = `${indent}    `;
    // Tencent's Stream defaults to false.
    let stream = { literal: false };
    for (const [name, value] of fields) {
        const mapping = REQUEST_FIELDS[name];
        if (!mapping)
            refuse(`the request field ${name} is not converted`, value);
        if ('refuse' in mapping && !('dropIfFalse' in mapping))
            refuse(mapping.refuse, value);
        if ('dropIfFalse' in mapping) {
            if (value.text !== 'False')
                refuse(mapping.refuse, value);
            plan.note(mapping.dropIfFalse);
            continue;
        }
        if ('drop' in mapping) {
            plan.note(mapping.drop);
            continue;
        }
        let text = name === 'Messages' ? client_messagesText(file, plan, value, callSite) : file.text.slice(value.startIndex, value.endIndex);
        if (name === 'Stream')
            stream = value.text === 'True' || value.text === 'False' ? { literal: value.text === 'True' } : { expression: value.text };
        text = client_reindent(text, indentAt(file.text, value.startIndex), inner);
        kwargs.push([mapping.to, text]);
    }
    if (!fields.has('Model'))
        refuse('the request sets no Model', callSite);
    if (!fields.has('Messages'))
        refuse('the request sets no Messages', callSite);
    const order = (k) => (k === 'model' ? 0 : k === 'messages' ? 1 : 2);
    kwargs.sort((a, b) => order(a[0]) - order(b[0]));
    for (const { node, field } of reads) {
        const value = fields.get(field);
        if (field === 'Stream' && !value) {
            plan.edits.replace(node.startIndex, node.endIndex, 'False');
            continue;
        }
        if (!value || !/^(True|False|None|[\w.]+|"[^"\\\n]*"|'[^'\\\n]*'|-?\d+(\.\d+)?)$/.test(value.text)) {
            refuse(`the request field ${field} is read back after the call`, node);
        }
        plan.edits.replace(node.startIndex, node.endIndex, value.text);
    }
    const body = kwargs.map(([k, v]) => `${inner}${k}=${v},`).join('\n');
    plan.edits.replace(method.startIndex, callSite.endIndex, `chat.completions.create(\n${body}\n${indent})`);
    new ResponseFollower(file, plan, stream).follow(awaited ? callSite.parent : callSite);
}
/** `req.from_json_string(json.dumps(<dict or a dict variable used only here>))`. */
function readJsonParams(file, plan, call, setField) {
    const args = argsOf(call);
    const dumps = args[0];
    if (args.length !== 1 || dumps?.type !== 'call' || !/^(json\.)?dumps$/.test(dumps.childForFieldName('function')?.text ?? '')) {
        refuse('from_json_string is not given json.dumps(...)', call);
    }
    const dumpArgs = argsOf(dumps);
    let dict = dumpArgs[0];
    if (dumpArgs.length !== 1 || !dict)
        refuse('json.dumps(...) has extra arguments', dumps);
    if (dict.type === 'identifier') {
        const def = client_definitionBefore(file, dict.text, call);
        if (!def || def.value.type !== 'dictionary')
            refuse(`the request parameters ${dict.text} are not a dict literal made here`, dict);
        const uses = flow_usesOf(file.idx, def.target);
        const other = uses.find((u) => !flow_same(u, dict));
        if (other)
            refuse(`the request parameters ${dict.text} are also used elsewhere`, other);
        plan.deletes.push(def.statement);
        dict = def.value;
    }
    if (dict.type !== 'dictionary')
        refuse('the request parameters are not a dict literal', dict);
    for (const pair of dict.namedChildren) {
        if (!pair || pair.type === 'comment')
            continue;
        if (pair.type !== 'pair')
            refuse(`the request parameters hold ${pair.text}`, pair);
        const key = stringValue(pair.childForFieldName('key'));
        if (key === undefined)
            refuse('a request parameter name is not a string literal', pair);
        setField(key, pair.childForFieldName('value'), pair);
    }
}
/** The messages as OpenAI wants them: Role/Content keys renamed, models.Message() objects made into dicts. */
function client_messagesText(file, plan, value, callSite) {
    if (value.type === 'list') {
        // The list moves into the create() call, so its edits are rendered here instead of applied in place.
        const moved = new EditSet();
        for (const el of value.namedChildren) {
            if (!el || el.type === 'comment')
                continue;
            client_convertMessage(file, plan, moved, el, callSite);
        }
        return moved.render(file.text, value.startIndex, value.endIndex);
    }
    if (value.type === 'identifier') {
        const def = client_definitionBefore(file, value.text, callSite);
        if (!def || def.value.type !== 'list')
            refuse(`the messages come from ${value.text}, which is not a list made in this function: their Role and Content keys cannot be converted here`, value);
        for (const el of def.value.namedChildren)
            if (el && el.type !== 'comment')
                client_convertMessage(file, plan, plan.edits, el, callSite);
        for (const use of flow_usesOf(file.idx, def.target)) {
            if (flow_same(use, value))
                continue;
            const attr = use.parent;
            const call = attr?.parent;
            if (attr?.type === 'attribute' && attr.childForFieldName('attribute')?.text === 'append' && call?.type === 'call') {
                const args = argsOf(call);
                if (args.length === 1) {
                    client_convertMessage(file, plan, plan.edits, args[0], callSite);
                    continue;
                }
            }
            refuse(`the messages list ${value.text} is used where the rewrite cannot follow it (\`${use.parent?.text.split('\n')[0] ?? ''}\`)`, use);
        }
        return value.text;
    }
    refuse(`the messages come from ${value.text.split('\n')[0]}: their Role and Content keys cannot be converted here`, value);
}
function client_convertMessage(file, plan, edits, el, callSite) {
    if (el.type === 'dictionary') {
        for (const pair of el.namedChildren) {
            if (!pair || pair.type === 'comment')
                continue;
            if (pair.type !== 'pair')
                refuse(`a message holds ${pair.text}`, pair);
            const keyNode = pair.childForFieldName('key');
            const key = stringValue(keyNode);
            if (key === undefined)
                refuse('a message key is not a string literal', pair);
            const mapping = MESSAGE_FIELDS[key];
            if (!mapping)
                refuse(`the message field ${key} is not converted`, pair);
            if (!('to' in mapping))
                refuse('refuse' in mapping ? mapping.refuse : `the message field ${key} is not converted`, pair);
            const content = keyNode.namedChildren.find((c) => c?.type === 'string_content');
            edits.replace(content.startIndex, content.endIndex, mapping.to);
        }
        return;
    }
    if (el.type === 'identifier') {
        const def = client_definitionBefore(file, el.text, callSite);
        const made = def?.value.type === 'call' ? meaningOfCallee(file, def.value) : undefined;
        if (!def || made?.name !== 'Message' || (made.meaning?.kind !== 'models' && made.meaning?.kind !== 'modelClass')) {
            refuse(`the message ${el.text} is not a dict literal or a models.Message() made here`, el);
        }
        const parts = [];
        for (const use of flow_usesOf(file.idx, def.target)) {
            if (flow_same(use, el))
                continue;
            const set = attributeSet(use);
            if (!set || set.path.length !== 1 || set.statement.startIndex > el.startIndex)
                refuse(`the message ${el.text} is used where the rewrite cannot follow it`, use);
            const field = set.path[0];
            const mapping = MESSAGE_FIELDS[field];
            if (!mapping || !('to' in mapping))
                refuse(mapping && 'refuse' in mapping ? mapping.refuse : `the message field ${field} is not converted`, use);
            parts.push(`"${mapping.to}": ${file.text.slice(set.value.startIndex, set.value.endIndex)}`);
            plan.deletes.push(set.statement);
        }
        plan.deletes.push(def.statement);
        edits.replace(el.startIndex, el.endIndex, `{${parts.join(', ')}}`);
        return;
    }
    refuse(`a message is ${el.text.split('\n')[0]}, not a dict literal`, el);
}
/** Moves a multi-line value to a new indentation, keeping its inner layout. */
function client_reindent(text, from, to) {
    if (!text.includes('\n') || from === to)
        return text;
    return text
        .split('\n')
        .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/exceptions.ts

/** What the code reads from a caught TencentCloudSDKException that openai.APIError does not have. */
const exceptions_TENCENT_ONLY = new Set(['code', 'get_code', 'requestId', 'get_request_id', 'get_message']);
/** The `except TencentCloudSDKException` clauses, and the first Tencent-only read of a caught exception. */
function findExceptClauses(file) {
    const caught = [];
    let tencentOnlyRead;
    for (const [local, meaning] of file.imports.names) {
        if (meaning.kind !== 'exception')
            continue;
        for (const id of file.idx.all(local)) {
            let n = id.parent;
            let inTuple = false;
            while (n && n.type !== 'except_clause' && n.type !== 'block' && n.type !== 'module') {
                if (n.type === 'tuple')
                    inTuple = true;
                n = n.parent;
            }
            if (n?.type !== 'except_clause')
                continue;
            caught.push({ name: id, inTuple });
            const alias = n.descendantsOfType('as_pattern_target')[0]?.namedChildren[0];
            const body = n.namedChildren.find((c) => c?.type === 'block');
            if (!alias || !body || tencentOnlyRead)
                continue;
            for (const use of file.idx.within(alias.text, body.startIndex, body.endIndex)) {
                const attr = use.parent;
                if (attr?.type !== 'attribute' || !flow_same(attr.childForFieldName('object'), use))
                    continue;
                const field = attr.childForFieldName('attribute').text;
                if (exceptions_TENCENT_ONLY.has(field)) {
                    tencentOnlyRead = `Tencent error details (${alias.text}.${field}) are read from the exception (line ${flow_lineNo(attr)})`;
                    break;
                }
            }
        }
    }
    return { caught, tencentOnlyRead };
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/imports.ts

function meaningOf(module, name) {
    if (module === 'tencentcloud.common' && name === 'credential')
        return { kind: 'credentialModule' };
    if (module === 'tencentcloud.common.credential' && name === 'Credential')
        return { kind: 'credentialClass' };
    if (/^tencentcloud\.common\.profile(\.client_profile)?$/.test(module) && name === 'ClientProfile')
        return { kind: 'clientProfile' };
    if (/^tencentcloud\.common\.profile(\.http_profile)?$/.test(module) && name === 'HttpProfile')
        return { kind: 'httpProfile' };
    if (/^tencentcloud\.common\.exception(\.tencent_cloud_sdk_exception)?$/.test(module) && name === 'TencentCloudSDKException') {
        return { kind: 'exception' };
    }
    for (const info of SERVICES) {
        const pkg = `tencentcloud.${info.module}.${info.version}`;
        if (module === pkg) {
            if (name === info.pythonClientModule)
                return { kind: 'clientModule', info, async: false };
            if (name === info.pythonAsyncClientModule)
                return { kind: 'clientModule', info, async: true };
            if (name === 'models')
                return { kind: 'models', info };
        }
        if (module === `${pkg}.${info.pythonClientModule}` && name === info.clientClass)
            return { kind: 'clientClass', info, async: false };
        if (module === `${pkg}.${info.pythonAsyncClientModule}` && name === info.clientClass)
            return { kind: 'clientClass', info, async: true };
        if (module === `${pkg}.models`)
            return { kind: 'modelClass', info, name };
    }
    return { kind: 'other' };
}
function imports_readImports(root) {
    const names = new Map();
    const statements = [];
    let hasOs = false;
    const openaiNames = new Set();
    let afterImports = 0;
    for (const stmt of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
        if (!stmt)
            continue;
        const topLevel = stmt.parent?.type === 'module';
        if (topLevel)
            afterImports = Math.max(afterImports, stmt.endIndex);
        if (stmt.type === 'import_statement') {
            const imported = [];
            for (const n of stmt.childrenForFieldName('name')) {
                if (!n)
                    continue;
                const dotted = n.type === 'aliased_import' ? n.childForFieldName('name') : n;
                if (topLevel && n.type === 'dotted_name' && n.text === 'os')
                    hasOs = true;
                if (dotted.text === 'tencentcloud' || dotted.text.startsWith('tencentcloud.')) {
                    const local = n.type === 'aliased_import' ? n.childForFieldName('alias').text : dotted.text.split('.')[0];
                    imported.push({ local, node: n, meaning: { kind: 'other' } });
                    names.set(local, { kind: 'other' });
                }
            }
            if (imported.length)
                statements.push({ statement: stmt, names: imported });
            continue;
        }
        const module = stmt.childForFieldName('module_name')?.text ?? '';
        if (topLevel && module === 'openai') {
            for (const n of stmt.childrenForFieldName('name'))
                if (n?.type === 'dotted_name')
                    openaiNames.add(n.text);
        }
        if (module !== 'tencentcloud' && !module.startsWith('tencentcloud.'))
            continue;
        const imported = [];
        for (const n of stmt.childrenForFieldName('name')) {
            if (!n)
                continue;
            const name = (n.type === 'aliased_import' ? n.childForFieldName('name') : n).text;
            const local = n.type === 'aliased_import' ? n.childForFieldName('alias').text : name;
            const meaning = meaningOf(module, name);
            imported.push({ local, node: n, meaning });
            names.set(local, meaning);
        }
        // `from tencentcloud... import *`: names the rewrite cannot see.
        if (stmt.children.some((c) => c?.type === 'wildcard_import'))
            names.set('*', { kind: 'other' });
        statements.push({ statement: stmt, names: imported });
    }
    return { names, statements, hasOs, openaiNames, afterImports };
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/manifests.ts
/**
 * The Python dependency manifests next to converted code: add `openai`, and drop the Tencent Cloud SDK packages when
 * no file under the manifest still imports them. Line-based edits on requirements*.txt and on the PEP 621
 * `dependencies = [...]` array of pyproject.toml: everything else in the file stays as written.
 */
/** Python distributions of the Tencent Cloud SDK that carry (only) what the chat rewrite replaces. */
const TENCENT_PY = /^(tencentcloud-sdk-python(?:-hunyuan|-lkeap|-common)?)\s*(?:[<>=!~;[]|$)/i;
const OPENAI_PY = /^openai\s*(?:[<>=!~;[]|$)/i;
/** requirements.txt: one requirement per line; comments, options and markers are left alone. */
function editRequirements(text, dropTencent) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const notes = [];
    let hasOpenai = false;
    let firstTencent = -1;
    const out = [];
    for (const line of lines) {
        const req = line.trim();
        if (OPENAI_PY.test(req))
            hasOpenai = true;
        const m = TENCENT_PY.exec(req);
        if (m) {
            if (firstTencent === -1)
                firstTencent = out.length;
            if (dropTencent) {
                notes.push(`removed ${m[1]}`);
                continue;
            }
        }
        out.push(line);
    }
    if (!hasOpenai) {
        const at = firstTencent === -1 ? (out.at(-1) === '' ? out.length - 1 : out.length) : firstTencent;
        out.splice(at, 0, 'openai');
        notes.unshift('added openai');
    }
    if (!notes.length)
        return undefined;
    return { text: out.join(eol), notes };
}
/** pyproject.toml: the entries of `[project] dependencies = [...]`, one quoted requirement per line. */
function editPyproject(text, dropTencent) {
    const project = /^\[project\][ \t]*\r?$/m.exec(text);
    if (!project)
        return undefined;
    const deps = /^dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(project.index));
    if (!deps)
        return undefined;
    const open = project.index + deps.index + deps[0].length;
    const close = text.indexOf(']', open);
    const nextTable = text.slice(project.index + 1).search(/^\[/m);
    if (close === -1 || (nextTable !== -1 && project.index + 1 + nextTable < open))
        return undefined;
    const body = text.slice(open, close);
    const entries = [...body.matchAll(/(["'])([^"'\n]*)\1/g)].map((m) => m[2].trim());
    const notes = [];
    let newBody = body;
    if (dropTencent) {
        for (const m of body.matchAll(/^[ \t]*(["'])([^"'\n]*)\1[ \t]*,?[ \t]*\r?\n/gm)) {
            const name = TENCENT_PY.exec(m[2].trim());
            if (name) {
                newBody = newBody.replace(m[0], '');
                notes.push(`removed ${name[1]}`);
            }
        }
    }
    if (!entries.some((e) => OPENAI_PY.test(e))) {
        const multiline = body.includes('\n');
        if (multiline) {
            const indent = /\n([ \t]+)["']/.exec(body)?.[1] ?? '    ';
            newBody = `\n${indent}"openai",${newBody.startsWith('\n') ? '' : '\n'}${newBody}`;
        }
        else {
            newBody = newBody.trim() ? `"openai", ${newBody.trimStart()}` : '"openai"';
        }
        notes.unshift('added openai');
    }
    if (!notes.length)
        return undefined;
    return { text: text.slice(0, open) + newBody + text.slice(close), notes };
}
/** The edit for a manifest of a Python project, by file name; undefined for other files. */
function pythonManifest(name) {
    if (/^requirements[\w.-]*\.txt$/i.test(name))
        return editRequirements;
    if (name === 'pyproject.toml')
        return editPyproject;
    return undefined;
}

;// CONCATENATED MODULE: ./src/fix/sdk/python/index.ts









/** Python: Tencent Cloud SDK for Python (`tencentcloud-sdk-python`, sync and `_client_async` clients). */
const python = {
    id: 'python',
    grammarFor: (path) => (/\.pyw?$/i.test(path) ? 'python' : undefined),
    // The SDK's package (`tencentcloud.…`), not TokenHub's own host (tokenhub-intl.tencentcloudmaas.com).
    mayUse: (text) => /\btencentcloud\b/.test(text),
    rewrite: rewritePython,
    sourceFile: /\.pyw?$/i,
    manifestFor: pythonManifest,
};
function rewritePython(tree, text, opts) {
    const root = tree.rootNode;
    const file = { text, idx: new NameIndex(root, ['identifier']), imports: imports_readImports(root) };
    const sites = client_findClientConstructions(file);
    const unchanged = { text, edits: [], clients: [], leftovers: [], adds: [], stillUsesTencentSdk: file.imports.statements.length > 0 };
    if (sites.length === 0)
        return unchanged;
    const { caught, tencentOnlyRead } = findExceptClauses(file);
    const clients = [];
    const plans = [];
    for (const site of sites) {
        const outcome = {
            line: flow_lineNo(site.call),
            service: site.info.service,
            async: site.async,
            converted: false,
            notes: [],
            guidance: site.info.guidance,
        };
        clients.push(outcome);
        if (file.imports.names.has('*')) {
            outcome.reason = 'the file imports * from the Tencent Cloud SDK, so the rewrite cannot see every name it uses';
            continue;
        }
        if (tencentOnlyRead) {
            outcome.reason = tencentOnlyRead;
            continue;
        }
        try {
            const plan = client_planClient(file, site, opts.baseUrl);
            plans.push({ site, plan, outcome });
        }
        catch (err) {
            if (!(err instanceof Refusal))
                throw err;
            outcome.reason = err.message;
        }
    }
    // One client's edits must not touch another's: two plans over the same code cannot both be right.
    const accepted = acceptDisjoint(plans);
    if (accepted.length === 0)
        return { ...unchanged, clients };
    const edits = new EditSet();
    const deletes = new Map();
    for (const { plan, outcome } of accepted) {
        edits.addAll(plan.edits);
        for (const d of plan.deletes)
            deletes.set(d.startIndex, d);
        outcome.converted = true;
        outcome.notes = plan.notes;
    }
    // A credential shared with a refused client (or used anywhere else) stays.
    const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
    const covered = (n) => removed.contains(n.startIndex, n.endIndex);
    for (const { plan } of accepted) {
        for (const { statement, variable } of plan.deferred) {
            if (flow_usesOf(file.idx, variable).every(covered))
                deletes.set(statement.startIndex, statement);
        }
    }
    const allConverted = accepted.length === sites.length;
    // except TencentCloudSDKException → openai.APIError (both, while other Tencent calls remain in the file).
    let exceptionKept = false;
    let apiError = false;
    for (const { name, inTuple } of caught) {
        apiError = true;
        if (allConverted)
            edits.replace(name.startIndex, name.endIndex, 'APIError');
        else {
            exceptionKept = true;
            edits.replace(name.startIndex, name.endIndex, inTuple ? `${name.text}, APIError` : `(${name.text}, APIError)`);
        }
    }
    applyDeletes(text, edits, deletes);
    const classes = new Set(accepted.map(({ site }) => (site.async ? 'AsyncOpenAI' : 'OpenAI')));
    const imports = [...classes, ...(apiError ? ['APIError'] : [])].filter((n) => !file.imports.openaiNames.has(n)).sort();
    rewriteImports(file, edits, deletes, exceptionKept, imports);
    let out;
    let applied;
    try {
        ({ text: out, edits: applied } = edits.applyWithEdits(text));
    }
    catch (err) {
        if (!(err instanceof EditOverlapError))
            throw err;
        for (const c of clients) {
            c.converted = false;
            c.notes = [];
            c.reason ??= 'the conversions of the clients in this file overlap; convert them by hand';
        }
        return { ...unchanged, clients };
    }
    return {
        text: out,
        edits: applied,
        clients,
        leftovers: leftovers(out),
        adds: ['openai'],
        stillUsesTencentSdk: /\btencentcloud\b/.test(out),
    };
}
/** Removes statements with their lines; a block left empty keeps a `pass`. */
function applyDeletes(text, edits, deletes) {
    const byBlock = new Map();
    for (const d of deletes.values()) {
        const key = d.parent?.startIndex ?? -1;
        const group = byBlock.get(key);
        if (group)
            group.push(d);
        else
            byBlock.set(key, [d]);
    }
    const ranges = [];
    for (const group of byBlock.values()) {
        const parent = group[0].parent;
        const statements = parent?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
        const emptied = parent?.type === 'block' && statements.length === group.length;
        group.sort((a, b) => a.startIndex - b.startIndex);
        group.forEach((d, i) => {
            const lines = wholeLinesOf(text, d.startIndex, d.endIndex);
            if ((emptied && i === group.length - 1) || !lines)
                edits.replace(d.startIndex, d.endIndex, 'pass');
            else
                ranges.push(withCommentsAbove(text, lines));
        });
    }
    for (const r of mergeAcrossBlankLines(text, ranges))
        edits.replace(r.start, r.end, '');
}
/** Comment lines right above a removed statement describe it (Tencent's examples comment every step). */
function withCommentsAbove(text, r) {
    let start = r.start;
    while (start > 0) {
        const prev = text.lastIndexOf('\n', start - 2) + 1;
        if (!/^[ \t]*#/.test(text.slice(prev, start)) || /^#!|coding[:=]/.test(text.slice(prev, start).trim()))
            break;
        start = prev;
    }
    return { start, end: r.end };
}
const python_BLANK = /^(?:[ \t]*\r?\n)*$/;
/**
 * Removed statements separated only by blank lines become one removal, and a removal between two blank lines
 * takes one of them along, so the code keeps its paragraphs instead of growing gaps.
 */
function mergeAcrossBlankLines(text, ranges) {
    ranges.sort((a, b) => a.start - b.start);
    const merged = [];
    for (const r of ranges) {
        const last = merged.at(-1);
        if (last && r.start >= last.end && python_BLANK.test(text.slice(last.end, r.start)))
            last.end = Math.max(last.end, r.end);
        else if (last && r.start < last.end)
            last.end = Math.max(last.end, r.end);
        else
            merged.push({ ...r });
    }
    for (const r of merged) {
        const before = text.lastIndexOf('\n', r.start - 2) + 1;
        const blankBefore = r.start === 0 || python_BLANK.test(text.slice(before, r.start));
        const after = /^[ \t]*\r?\n/.exec(text.slice(r.end));
        if (blankBefore && after)
            r.end += after[0].length;
    }
    return merged;
}
/** Drops the Tencent imports nothing uses any more, and adds the openai (and os) imports. */
function rewriteImports(file, edits, deletes, exceptionKept, openaiNames) {
    const { text, imports } = file;
    const removed = new RangeIndex([...edits.replacedRanges(), ...[...deletes.values()].map((d) => ({ start: d.startIndex, end: d.endIndex }))]);
    const gone = (n) => removed.contains(n.startIndex, n.endIndex);
    let insertAt;
    for (const { statement, names } of imports.statements) {
        const kept = names.filter(({ local, meaning, node }) => {
            if (meaning.kind === 'exception' && exceptionKept)
                return true;
            return file.idx.all(local).some((id) => !(id.startIndex >= node.startIndex && id.endIndex <= node.endIndex) && !gone(id) && !inImport(id));
        });
        if (kept.length === names.length)
            continue;
        if (kept.length === 0) {
            const lines = wholeLinesOf(text, statement.startIndex, statement.endIndex);
            if (lines) {
                edits.replace(lines.start, lines.end, '');
                if (statement.parent?.type === 'module')
                    insertAt ??= lines.start;
            }
            else
                edits.replace(statement.startIndex, statement.endIndex, 'pass');
            continue;
        }
        const first = names[0].node;
        const last = names[names.length - 1].node;
        edits.replace(first.startIndex, last.endIndex, kept.map((k) => k.node.text).join(', '));
    }
    const lines = [...(imports.hasOs ? [] : ['import os']), ...(openaiNames.length ? [`from openai import ${openaiNames.join(', ')}`] : [])];
    if (!lines.length)
        return;
    if (insertAt !== undefined)
        return edits.insert(insertAt, lines.map((l) => `${l}\n`).join(''));
    if (imports.afterImports > 0)
        return edits.insert(imports.afterImports, lines.map((l) => `\n${l}`).join(''));
    edits.insert(python_headerEnd(text), lines.map((l) => `${l}\n`).join(''));
}
function inImport(id) {
    for (let n = id.parent; n; n = n.parent) {
        if (n.type === 'import_statement' || n.type === 'import_from_statement')
            return true;
        if (n.type === 'block' || n.type === 'module')
            return false;
    }
    return false;
}
/** After a shebang, encoding line and leading comments. */
function python_headerEnd(text) {
    let at = 0;
    while (at < text.length && text[at] === '#') {
        const nl = text.indexOf('\n', at);
        if (nl === -1)
            return text.length;
        at = nl + 1;
    }
    return at;
}

;// CONCATENATED MODULE: ./src/fix/sdk/languages.ts


/**
 * The languages the SDK rewrite knows. A language is one folder (python/, js/) exporting an SdkLanguage
 * (engine/types.ts) and one entry here; its grammar's wasm file is named in engine/assets.json and GrammarName.
 */
const LANGUAGES = [python, javascript];
function languageFor(path) {
    return LANGUAGES.find((l) => l.grammarFor(path) !== undefined);
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/fix/sdk/engine/assets.json
const assets_namespaceObject = /*#__PURE__*/JSON.parse('{"web-tree-sitter.cjs":"web-tree-sitter/web-tree-sitter.cjs","web-tree-sitter.wasm":"web-tree-sitter/web-tree-sitter.wasm","tree-sitter-python.wasm":"tree-sitter-python/tree-sitter-python.wasm","tree-sitter-javascript.wasm":"tree-sitter-javascript/tree-sitter-javascript.wasm","tree-sitter-typescript.wasm":"tree-sitter-typescript/tree-sitter-typescript.wasm","tree-sitter-tsx.wasm":"tree-sitter-typescript/tree-sitter-tsx.wasm","LICENSE.web-tree-sitter":"web-tree-sitter/LICENSE","LICENSE.tree-sitter-python":"tree-sitter-python/LICENSE","LICENSE.tree-sitter-javascript":"tree-sitter-javascript/LICENSE","LICENSE.tree-sitter-typescript":"tree-sitter-typescript/LICENSE"}');
;// CONCATENATED MODULE: ./src/fix/sdk/engine/tree-cursor.ts
/** web-tree-sitter's own TreeCursor, through its public API. */
class PublicCursor {
    cursor;
    constructor(tree) {
        this.cursor = tree.walk();
    }
    gotoFirstChild() {
        return this.cursor.gotoFirstChild();
    }
    gotoNextSibling() {
        return this.cursor.gotoNextSibling();
    }
    gotoParent() {
        return this.cursor.gotoParent();
    }
    typeId() {
        return this.cursor.nodeTypeId;
    }
    isNamed() {
        return this.cursor.nodeIsNamed;
    }
    fieldId() {
        return this.cursor.currentFieldId;
    }
    startIndex() {
        return this.cursor.startIndex;
    }
    endIndex() {
        return this.cursor.endIndex;
    }
    delete() {
        this.cursor.delete();
    }
}
const CALLS = [
    '_ts_tree_root_node_wasm',
    '_ts_tree_cursor_new_wasm',
    '_ts_tree_cursor_delete_wasm',
    '_ts_tree_cursor_goto_first_child_wasm',
    '_ts_tree_cursor_goto_next_sibling_wasm',
    '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm',
    '_ts_tree_cursor_current_node_is_named_wasm',
    '_ts_tree_cursor_current_field_id_wasm',
    '_ts_tree_cursor_start_index_wasm',
    '_ts_tree_cursor_end_index_wasm',
];
function cursorBindingOf(module) {
    if (!module)
        return undefined;
    const m = module;
    const out = {};
    for (const name of CALLS) {
        const f = m[name];
        if (typeof f !== 'function')
            return undefined;
        out[name] = f;
    }
    return out;
}
/**
 * The binding's cursor, kept in its transfer buffer from creation to deletion. Nothing else may call into
 * web-tree-sitter while it walks (the walk is synchronous, so nothing can).
 */
class BindingCursor {
    tree;
    firstChild;
    nextSibling;
    parent;
    type;
    named;
    field;
    start;
    end;
    free;
    constructor(binding, tree) {
        // The tree's address in wasm memory, which web-tree-sitter keeps as the Tree's element 0.
        const address = tree[0];
        if (typeof address !== 'number' || address === 0)
            throw new Error('web-tree-sitter tree without an address');
        this.tree = address;
        this.firstChild = binding._ts_tree_cursor_goto_first_child_wasm;
        this.nextSibling = binding._ts_tree_cursor_goto_next_sibling_wasm;
        this.parent = binding._ts_tree_cursor_goto_parent_wasm;
        this.type = binding._ts_tree_cursor_current_node_type_id_wasm;
        this.named = binding._ts_tree_cursor_current_node_is_named_wasm;
        this.field = binding._ts_tree_cursor_current_field_id_wasm;
        this.start = binding._ts_tree_cursor_start_index_wasm;
        this.end = binding._ts_tree_cursor_end_index_wasm;
        this.free = binding._ts_tree_cursor_delete_wasm;
        // As Tree.walk() does: the root node into the buffer, then a cursor made from it in its place.
        binding._ts_tree_root_node_wasm(address);
        binding._ts_tree_cursor_new_wasm(address);
    }
    gotoFirstChild() {
        return this.firstChild(this.tree) === 1;
    }
    gotoNextSibling() {
        return this.nextSibling(this.tree) === 1;
    }
    gotoParent() {
        return this.parent(this.tree) === 1;
    }
    typeId() {
        return this.type(this.tree);
    }
    isNamed() {
        return this.named(this.tree) === 1;
    }
    fieldId() {
        return this.field(this.tree);
    }
    startIndex() {
        return this.start(this.tree);
    }
    endIndex() {
        return this.end(this.tree);
    }
    delete() {
        this.free(this.tree);
    }
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/tree-sitter.ts






/** Where the runtime and grammars are shipped beside the bundles: one copy that dist/ and dist/cli/ share. */
const ASSET_DIR_NAME = 'tree-sitter';
/**
 * The files of web-tree-sitter and the grammars. The bundles load them from dist/tree-sitter/ (web-tree-sitter's
 * ESM build breaks under ncc and its CommonJS build needs a real __dirname, so it is not bundled); the sources,
 * under the tests, load the same files from node_modules.
 */
function locateAssets() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [external_node_path_default().join(here, ASSET_DIR_NAME), external_node_path_default().join(here, '..', ASSET_DIR_NAME)]) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'web-tree-sitter.cjs')))
            return (name) => external_node_path_default().join(dir, name);
    }
    for (let dir = here;; dir = external_node_path_default().dirname(dir)) {
        const modules = external_node_path_default().join(dir, 'node_modules');
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(modules, assets_namespaceObject["web-tree-sitter.cjs"])))
            return (name) => external_node_path_default().join(modules, assets_namespaceObject[name]);
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    throw new Error(`the tree-sitter runtime is missing: no ${ASSET_DIR_NAME}/ beside ${here} and no web-tree-sitter in node_modules`);
}
let runtime;
/** The binding's cursor functions, once the runtime is loaded (undefined if this web-tree-sitter lacks one). */
let cursorBinding;
/** The grammars this process has loaded, in order: a run loads only those its files need (tests count them). */
const loadedGrammars = [];
function grammarsLoaded() {
    return [...loadedGrammars];
}
async function loadRuntime() {
    const locate = locateAssets();
    // A computed path, so that the bundler leaves this require to Node at run time.
    const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    const TS = load(locate('web-tree-sitter.cjs'));
    const options = { locateFile: (file) => locate(file) };
    await TS.Parser.init(options);
    // Emscripten makes the object given to init its module: the binding's exported functions become its properties.
    cursorBinding = cursorBindingOf(options);
    return { TS, languages: new Map(), locate };
}
async function language(name) {
    runtime ??= loadRuntime();
    const rt = await runtime;
    let lang = rt.languages.get(name);
    if (!lang) {
        lang = rt.TS.Language.load((0,external_node_fs_.readFileSync)(rt.locate(`tree-sitter-${name}.wasm`)));
        rt.languages.set(name, lang);
        loadedGrammars.push(name);
    }
    return { TS: rt.TS, language: await lang };
}
/** A parser for one grammar. Parsers are cheap; the runtime and each grammar load once per process. */
async function createParser(name) {
    const { TS, language: lang } = await language(name);
    const parser = new TS.Parser();
    parser.setLanguage(lang);
    return parser;
}
/** A cursor over a parsed tree for one walk: the binding's own when it exports what the walk needs (tree-cursor.ts). */
function walkCursor(tree, only) {
    return cursorBinding && only !== 'public' ? new BindingCursor(cursorBinding, tree) : new PublicCursor(tree);
}
/** Whether walks use the binding's cursor (tests check that the fast walk is the one in use). */
function walksThroughBinding() {
    return cursorBinding !== undefined;
}

;// CONCATENATED MODULE: ./src/fix/sdk/engine/syntax-tree.ts


/**
 * A parsed file as plain JavaScript data, copied from web-tree-sitter's tree in one walk of a tree cursor.
 *
 * Every property of a web-tree-sitter node is a call into the wasm module, and `parent` searches down from the root
 * each time: the rewrite of a 1 MB file asks hundreds of thousands of such questions (the scope of a name, whether an
 * occurrence is a write, the statement around a call). Copied once, the tree answers them as array reads. The nodes
 * are numbered in source order (a node before its children), so a subtree is one run of numbers and "the descendants
 * of this type" is a scan of that run. A node object is made only for the nodes the rewrite looks at, once each (so
 * `===` is node identity), and keeps the names and meaning of web-tree-sitter's API (`type`, `parent`,
 * `childForFieldName`, `namedChildren` ...), so the rewrite reads like tree-sitter code.
 */
class SyntaxTree {
    text;
    rootNode;
    /** Per node, by number: type id, field id in its parent (0: none), range, parent (-1: none), first number after its subtree. */
    typeIds;
    fieldIds;
    starts;
    ends;
    parents;
    afters;
    count;
    typeNames;
    /** Per type id: 1 named, 2 anonymous, 0 not seen. */
    namedness = new Uint8Array(0x10000);
    fieldIdByName = new Map();
    nodes;
    masks = new Map();
    lines;
    /** Copies `wasm` (parsed from `text`); the wasm tree can be deleted afterwards. */
    constructor(wasm, text, cursor = walkCursor) {
        this.text = text;
        const { types, fields } = wasm.language;
        this.typeNames = Array.from(types, (t) => t || 'ERROR');
        fields.forEach((name, id) => {
            if (name)
                this.fieldIdByName.set(name, id);
        });
        const capacity = wasm.rootNode.descendantCount + 1;
        this.typeIds = new Uint16Array(capacity);
        this.fieldIds = new Uint16Array(capacity);
        this.starts = new Uint32Array(capacity);
        this.ends = new Uint32Array(capacity);
        this.parents = new Int32Array(capacity);
        this.afters = new Uint32Array(capacity);
        this.count = this.copy(cursor(wasm));
        // Filled, not `new Array(count)`: V8 keeps a large array made that way as a slow dictionary.
        this.nodes = [];
        for (let i = 0; i < this.count; i++)
            this.nodes.push(undefined);
        this.rootNode = this.node(0);
    }
    /** The node numbered `i` (one object per node). */
    node(i) {
        return (this.nodes[i] ??= new SyntaxNode(this, i));
    }
    typeOf(i) {
        return this.typeNames[this.typeIds[i]] ?? 'ERROR';
    }
    isNamed(i) {
        return this.namedness[this.typeIds[i]] === 1;
    }
    fieldId(name) {
        return this.fieldIdByName.get(name) ?? -1;
    }
    /** Which type ids carry one of these type names (as a lookup table, kept per list of names). */
    mask(types) {
        const key = types.join('\u0000');
        let mask = this.masks.get(key);
        if (!mask) {
            mask = new Uint8Array(0x10000);
            this.typeNames.forEach((name, id) => {
                if (types.includes(name))
                    mask[id] = 1;
            });
            if (types.includes('ERROR'))
                mask[0xffff] = 1;
            this.masks.set(key, mask);
        }
        return mask;
    }
    /** 0-based row of an index, as tree-sitter counts rows (line feeds before it). */
    rowOf(index) {
        this.lines ??= edits_lineStarts(this.text);
        return lineOf(this.lines, index) - 1;
    }
    /** One walk of a cursor over the whole tree (anonymous nodes and comments included); returns the node count. */
    copy(cursor) {
        let n = 0;
        const visit = (parent) => {
            if (n === this.typeIds.length)
                this.grow();
            const typeId = cursor.typeId();
            if (this.namedness[typeId] === 0)
                this.namedness[typeId] = cursor.isNamed() ? 1 : 2;
            this.typeIds[n] = typeId;
            this.fieldIds[n] = parent < 0 ? 0 : cursor.fieldId();
            this.starts[n] = cursor.startIndex();
            this.ends[n] = cursor.endIndex();
            this.parents[n] = parent;
            return n++;
        };
        try {
            // Iterative, with the open nodes on a stack: a deeply nested file must not overflow the JS stack.
            const open = [];
            let current = visit(-1);
            for (;;) {
                if (cursor.gotoFirstChild()) {
                    open.push(current);
                    current = visit(current);
                    continue;
                }
                this.afters[current] = n;
                for (;;) {
                    if (open.length === 0)
                        return n;
                    if (cursor.gotoNextSibling()) {
                        current = visit(open[open.length - 1]);
                        break;
                    }
                    this.afters[open.pop()] = n;
                    cursor.gotoParent();
                }
            }
        }
        finally {
            cursor.delete();
        }
    }
    grow() {
        const size = this.typeIds.length * 2 + 16;
        const bigger = (a, make) => {
            const b = make(size);
            b.set(a);
            return b;
        };
        this.typeIds = bigger(this.typeIds, (k) => new Uint16Array(k));
        this.fieldIds = bigger(this.fieldIds, (k) => new Uint16Array(k));
        this.starts = bigger(this.starts, (k) => new Uint32Array(k));
        this.ends = bigger(this.ends, (k) => new Uint32Array(k));
        this.parents = bigger(this.parents, (k) => new Int32Array(k));
        this.afters = bigger(this.afters, (k) => new Uint32Array(k));
    }
}
class SyntaxNode {
    tree;
    index;
    kids;
    namedKids;
    constructor(tree, 
    /** The node's number in the tree (source order, a node before its children). */
    index) {
        this.tree = tree;
        this.index = index;
    }
    get type() {
        return this.tree.typeOf(this.index);
    }
    get isNamed() {
        return this.tree.isNamed(this.index);
    }
    get startIndex() {
        return this.tree.starts[this.index];
    }
    get endIndex() {
        return this.tree.ends[this.index];
    }
    get text() {
        return this.tree.text.slice(this.startIndex, this.endIndex);
    }
    get startPosition() {
        return { row: this.tree.rowOf(this.startIndex) };
    }
    get parent() {
        const p = this.tree.parents[this.index];
        return p < 0 ? null : this.tree.node(p);
    }
    get children() {
        if (!this.kids) {
            const { tree } = this;
            this.kids = [];
            for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c])
                this.kids.push(tree.node(c));
        }
        return this.kids;
    }
    get namedChildren() {
        if (!this.namedKids) {
            // From the numbers, so that no object is made for the punctuation in between.
            const { tree } = this;
            this.namedKids = [];
            for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c])
                if (tree.isNamed(c))
                    this.namedKids.push(tree.node(c));
        }
        return this.namedKids;
    }
    /** The children of one type, in order: `children.filter((c) => c.type === type)`, making objects for those only. */
    childrenOfType(type) {
        const { tree } = this;
        const out = [];
        for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c])
            if (tree.typeOf(c) === type)
                out.push(tree.node(c));
        return out;
    }
    childForFieldName(name) {
        const { tree } = this;
        const id = tree.fieldId(name);
        for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c])
            if (tree.fieldIds[c] === id)
                return tree.node(c);
        return null;
    }
    childrenForFieldName(name) {
        const { tree } = this;
        const id = tree.fieldId(name);
        const out = [];
        for (let c = this.index + 1, end = tree.afters[this.index]; c < end; c = tree.afters[c])
            if (tree.fieldIds[c] === id)
                out.push(tree.node(c));
        return out;
    }
    /** This node and its descendants of the given types, in source order (as web-tree-sitter's, which counts the node itself). */
    descendantsOfType(types) {
        const { tree } = this;
        const mask = tree.mask(typeof types === 'string' ? [types] : types);
        const out = [];
        for (let i = this.index, end = tree.afters[this.index]; i < end; i++)
            if (mask[tree.typeIds[i]] === 1)
                out.push(tree.node(i));
        return out;
    }
    equals(other) {
        return this === other;
    }
}

;// CONCATENATED MODULE: ./src/fix/sdk/index.ts



/** The file needs a grammar that is not loaded yet: load it (`SdkRewriter.load`) and run the file again. */
class GrammarNeeded extends Error {
    grammar;
    constructor(grammar) {
        super(`the ${grammar} grammar is not loaded`);
        this.grammar = grammar;
    }
}
/**
 * A rewriter that loads a grammar only when a file in its language may hold a Tencent chat client: a Python-only
 * run never loads the JavaScript and TypeScript grammars. `preload` loads some at once (tests that call the
 * synchronous fix directly).
 */
async function loadSdkRewriter(opts, preload = []) {
    const parsers = new Map();
    const loading = new Map();
    // The last file's wasm tree, freed before the next parse rather than right after its copy: wasm memory never
    // shrinks, so freeing it earlier gives nothing back, and a run that rewrites one file (freeing a 1 MB file's tree
    // costs about 25 ms) leaves it to the end of the process, or to web-tree-sitter's finalizer.
    let lastTree;
    const rewrite = (text, path) => {
        const lang = languageFor(path);
        if (!lang || !lang.mayUse(text))
            return undefined;
        const grammar = lang.grammarFor(path);
        const parser = parsers.get(grammar);
        if (!parser)
            throw new GrammarNeeded(grammar);
        lastTree?.delete();
        lastTree = undefined;
        const wasm = parser.parse(text);
        if (!wasm)
            return undefined;
        lastTree = wasm;
        const tree = new SyntaxTree(wasm, text);
        return lang.rewrite(tree, text, { ...opts, path });
    };
    const load = (grammar) => {
        let p = loading.get(grammar);
        if (!p) {
            p = createParser(grammar).then((parser) => void parsers.set(grammar, parser));
            loading.set(grammar, p);
        }
        return p;
    };
    const prepare = async (path, bytes) => {
        const lang = languageFor(path);
        if (!lang)
            return;
        const grammar = lang.grammarFor(path);
        // The languages' tests look for ASCII names, which read the same in any ASCII-compatible encoding.
        if (!parsers.has(grammar) && lang.mayUse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')))
            await load(grammar);
    };
    for (const g of preload)
        await load(g);
    return Object.assign(rewrite, { load, prepare });
}
/** Runs a file's fix, loading the grammars it turns out to need (each once per rewriter) and running it again. */
async function withGrammars(rewriter, run) {
    for (;;) {
        try {
            return run();
        }
        catch (err) {
            if (!rewriter || !(err instanceof GrammarNeeded))
                throw err;
            await rewriter.load(err.grammar);
        }
    }
}

;// CONCATENATED MODULE: ./src/fix/sdk/run-sdk.ts




/** The language whose code a file is (by its name), as its id. */
function sourceLanguage(name) {
    return LANGUAGES.find((l) => l.sourceFile.test(name))?.id;
}
/**
 * Follows a `fix --sdk` run: which files converted, which still use the Tencent SDK, where the manifests are. Code
 * and manifests pair by language: a Python file's conversion edits the Python manifests above it, and so on.
 */
class SdkTracker {
    byPath = new Map();
    converted = [];
    stillTencent = [];
    manifests = [];
    handled = new Set();
    /** Every file the fix reads, before its rewrite. */
    saw(file, bytes) {
        const name = external_node_path_default().posix.basename(file.rel);
        for (const l of LANGUAGES) {
            const edit = l.manifestFor(name);
            if (edit)
                this.manifests.push({ file, bytes, lang: l.id, edit });
        }
        const lang = sourceLanguage(name);
        if (!lang)
            return;
        if (bytes.includes('tencentcloud'))
            this.stillTencent.push({ rel: file.rel, lang });
    }
    rewrote(rel, result) {
        this.handled.add(rel);
        if (result.clients.length)
            this.byPath.set(rel, { path: rel, clients: result.clients, leftovers: result.leftovers });
        const lang = sourceLanguage(external_node_path_default().posix.basename(rel)) ?? '';
        const i = this.stillTencent.findIndex((f) => f.rel === rel);
        if (i !== -1 && !result.stillUsesTencentSdk && result.clients.some((c) => c.converted))
            this.stillTencent.splice(i, 1);
        if (result.clients.some((c) => c.converted))
            this.converted.push({ rel, lang });
    }
    reports() {
        return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    /** Manifests in a folder that holds converted code: add openai; drop the Tencent SDK when nothing there uses it. */
    manifestEdits(changed) {
        const out = [];
        const changedPaths = new Set(changed.map((c) => c.path));
        for (const { file, bytes, lang, edit } of this.manifests) {
            if (changedPaths.has(file.rel))
                continue;
            const dir = external_node_path_default().posix.dirname(file.rel);
            const under = (rel) => dir === '.' || rel.startsWith(`${dir}/`);
            if (!this.converted.some((c) => c.lang === lang && under(c.rel)))
                continue;
            const dropTencent = !this.stillTencent.some((f) => f.lang === lang && under(f.rel));
            const before = bytes.toString('utf8');
            const result = edit(before, dropTencent);
            if (!result || result.text === before)
                continue;
            out.push({ rel: file.rel, abs: file.abs, before, after: result.text, notes: result.notes, snapshot: snapshotOf((0,external_node_fs_.statSync)(file.abs), bytes) });
        }
        return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
    }
}

;// CONCATENATED MODULE: ./src/fix/run-fix.ts














/**
 * Whether a fix run leaves work that fails the command: a finding left for a person at or above `failOn`, or a
 * file with fixes that could not be written.
 */
function fixLeavesFailure(result, failOn) {
    return (0,severity/* atOrAbove */.kU)(result.remaining.map((r) => r.finding), failOn).length > 0 || result.refused.length > 0;
}
/** Finds the safe fixes under the root and applies them in place (or, in a dry run, only reports them). */
async function runFix(opts) {
    const started = performance.now();
    const root = await (0,scanner/* realRoot */.dU)(opts.root);
    const targets = await (0,scanner/* resolveTargets */.h5)(root, opts.paths ?? []);
    const catalog = opts.catalog ?? (0,compile/* compileCatalog */.Lx)(src_catalog/* RULES */.y0);
    const maxBytes = opts.maxFileBytes ?? scanner/* DEFAULT_MAX_FILE_BYTES */.CR;
    const fixOptions = { region: opts.region, ...(opts.models ? { models: opts.models } : {}) };
    const listing = (0,list_files/* walkFiles */.Fv)({ root, targets, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore });
    const changes = [];
    const remaining = [];
    const skipped = listing.skipped;
    const refused = [];
    let files = 0;
    const rewriter = opts.sdk ? await loadSdkRewriter({ baseUrl: baseUrlFor(opts.region) }) : undefined;
    const tracker = opts.sdk ? new SdkTracker() : undefined;
    const handle = async (file) => {
        const byName = (0,binary_types/* binaryTypeOf */.h)(file.rel);
        if (byName) {
            skipped.push({ path: file.rel, reason: byName });
            return;
        }
        if (file.size !== undefined && file.size > maxBytes) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* tooLarge */.g$)(maxBytes, file.size) });
            return;
        }
        let read;
        try {
            read = await readWithSnapshot(file.abs);
        }
        catch (err) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* unreadable */.O$)(err) });
            return;
        }
        if (read.bytes.length > maxBytes) {
            skipped.push({ path: file.rel, reason: (0,scan_file/* tooLarge */.g$)(maxBytes, read.bytes.length) });
            return;
        }
        tracker?.saw(file, read.bytes);
        await rewriter?.prepare(file.rel, read.bytes);
        const outcome = await withGrammars(rewriter, () => fixBytes(read.bytes, file.rel, catalog, fixOptions, rewriter));
        if ((outcome.kind === 'fixed' || outcome.kind === 'unchanged') && outcome.sdk)
            tracker?.rewrote(file.rel, outcome.sdk);
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
            // The BOM is part of the file's first line for `git apply` and `patch`: without it the diff would not apply.
            diff: outcome.utf8Bom
                ? unifiedDiffOfEdits(file.rel, '\uFEFF' + outcome.before, '\uFEFF' + outcome.after, outcome.edits.map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 })))
                : unifiedDiffOfEdits(file.rel, outcome.before, outcome.after, outcome.edits),
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
    for (const file of listing.files) {
        const p = handle(file).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= 8)
            await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (tracker) {
        for (const edit of tracker.manifestEdits(changes)) {
            const change = { path: edit.rel, encoding: 'utf-8', applied: [], diff: unifiedDiff(edit.rel, edit.before, edit.after), written: false, manifest: edit.notes };
            if (!opts.dryRun) {
                try {
                    await writeAtomic(edit.abs, Buffer.from(edit.after, 'utf8'), edit.snapshot);
                    change.written = true;
                }
                catch (err) {
                    const reason = err instanceof FileChangedError ? `not fixed: ${err.message}; run the fix again` : `not written (${err.code ?? err.message})`;
                    refused.push({ path: edit.rel, reason });
                    continue;
                }
            }
            changes.push(change);
        }
    }
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
        ...(tracker ? { sdk: tracker.reports() } : {}),
        stats: { files, durationMs: Math.round(performance.now() - started) },
    };
}

// EXTERNAL MODULE: ./src/target/index.ts + 15 modules
var target = __nccwpck_require__(2510);
;// CONCATENATED MODULE: ./src/pipeline/local-fix.ts





async function localFix(req) {
    const targets = req.paths.map((p) => external_node_path_default().resolve(req.cwd, p));
    const root = await (0,target/* commandRoot */.WB)(req.cwd, targets, req.root);
    const settings = await (0,command_settings/* commandSettings */.J)(req.cwd, root, req.overrides);
    const result = await runFix({
        root,
        paths: targets,
        include: settings.include,
        exclude: settings.exclude,
        gitignore: req.gitignore,
        maxFileBytes: req.maxFileBytes,
        catalog: settings.catalog,
        region: req.region,
        models: parseModelMap(req.models, settings.rules),
        dryRun: req.dryRun,
        sdk: req.sdk,
    });
    return { result, failed: fixLeavesFailure(result, settings.failOn) };
}

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __nccwpck_require__(7336);
var picocolors_default = /*#__PURE__*/__nccwpck_require__.n(picocolors);
// EXTERNAL MODULE: ./src/guidance/plan.ts + 1 modules
var plan = __nccwpck_require__(6990);
// EXTERNAL MODULE: ./src/report/guidance-text.ts
var guidance_text = __nccwpck_require__(1060);
;// CONCATENATED MODULE: ./src/report/fix-format.ts








const TITLES = new Map(src_catalog/* RULES */.y0.map((r) => [r.id, r.title]));
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function severityLabel(c, s) {
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
/** fix --sdk: per file, the clients converted (with what was dropped or carried over) and refused (with why). */
function renderSdkText(result, c) {
    const out = [];
    const reports = result.sdk ?? [];
    const all = reports.flatMap((r) => r.clients);
    const converted = all.filter((x) => x.converted).length;
    out.push(c.bold(`Tencent Cloud SDK chat clients: ${converted} converted, ${all.length - converted} refused.`));
    for (const r of reports) {
        out.push(c.underline(r.path));
        for (const client of r.clients) {
            const what = `${client.service}${client.async ? ' async' : ''} client`;
            if (client.converted) {
                out.push(`  ${c.dim(String(client.line))}  ${c.green('converted')} ${what}${client.notes.length ? c.dim(` (${client.notes.join('; ')})`) : ''}`);
            }
            else {
                out.push(`  ${c.dim(String(client.line))}  ${c.red('refused')} ${what}: ${client.reason ?? ''}; see ${client.guidance}`);
            }
        }
        for (const l of r.leftovers)
            out.push(`  ${c.dim(String(l.line))}  ${c.yellow('leftover')} ${l.message}`);
    }
    out.push('');
    return out;
}
/** The fix report for the terminal: what changed, what was only suggested, what needs a person and how. */
function renderFixText(fixed, color, program = tool/* TOOL_NAME */.lH) {
    // File names, matches and reasons come from the repository: no control character of theirs reaches the terminal.
    // The diffs are not part of this report (fix --dry-run prints them apart), so they are left out of that copy.
    const result = (0,terminal_text/* terminalSafeData */.oH)({ ...fixed, changes: fixed.changes.map((ch) => ({ ...ch, diff: '' })) });
    const c = picocolors_default().createColors(color);
    const out = [];
    const replacements = result.changes.reduce((n, ch) => n + ch.applied.length, 0);
    const verb = result.dryRun ? 'Would fix' : 'Fixed';
    if (result.changes.length) {
        out.push(c.bold(`${verb} ${plural(result.changes.length, 'file')} (${plural(replacements, 'replacement')}):`));
        for (const ch of result.changes) {
            if (ch.manifest) {
                out.push(`${c.underline(ch.path)}  ${c.dim(ch.manifest.join(', '))}`);
                continue;
            }
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
    if (result.sdk)
        out.push(...renderSdkText(result, c));
    const suggested = result.remaining.filter((r) => r.fixability === 'suggested');
    const manual = result.remaining.filter((r) => r.fixability === 'manual');
    if (suggested.length) {
        out.push(c.bold(`Suggested replacements, not applied (${plural(suggested.length, 'finding')}): our suggestions, not official mappings.`));
        for (const r of suggested) {
            const f = r.finding;
            out.push(`  ${f.path}:${f.line}  ${f.match} → ${c.yellow(r.suggestion ?? '?')}  ${c.dim(f.ruleId)}`);
        }
        const mapping = new Map(suggested.map((r) => [r.finding.match, r.suggestion ?? '']));
        out.push(`  After checking each model suits the task and is enabled for your key, apply them with:`);
        out.push(`    ${program} fix --models ${formatModelMap(mapping)}`, '');
    }
    if (manual.length) {
        out.push(c.bold(`Needs a person (${plural(manual.length, 'finding')}); not edited:`));
        for (const [file, items] of groupByPath(manual, (r) => r.finding.path)) {
            const sdk = items.some((r) => r.inTencentSdkFile);
            out.push(c.underline(file) + (sdk ? c.dim('  (calls a Tencent SDK: move that call to TokenHub first; its model IDs and endpoints are left as they are)') : ''));
            const width = Math.max(...items.map((r) => `${r.finding.line}:${r.finding.column}`.length));
            for (const { finding: f } of items) {
                const loc = `${f.line}:${f.column}`.padEnd(width);
                out.push(`  ${c.dim(loc)}  ${severityLabel(c, f.severity)}  ${f.match}  ${TITLES.get(f.ruleId) ?? ''}  ${c.dim(f.ruleId)}`);
            }
        }
        out.push('');
    }
    // A search parameter or DeepSeek model ID is legacy only next to a legacy endpoint; once the endpoint is rewritten
    // a scan stops reporting it, so say so while the list is still in front of the user.
    const hidden = result.remaining.filter((r) => r.hiddenByFix);
    if (hidden.length) {
        out.push(c.yellow(`Note: ${plural(hidden.length, 'finding')} above (${hidden.map((r) => `${r.finding.path}:${r.finding.line}`).join(', ')}) ` +
            `${hidden.length === 1 ? 'was' : 'were'} recognised through a legacy endpoint that the fix rewrites; after it, a scan no longer reports ` +
            `${hidden.length === 1 ? 'it' : 'them'}, so deal with ${hidden.length === 1 ? 'it' : 'them'} now.`), '');
    }
    out.push(...(0,guidance_text/* renderGuidanceText */.U)((0,plan/* planGuidance */.u)([...manual, ...suggested].map((r) => r.finding)), c, baseUrlFor(result.options.region)));
    if (result.refused.length) {
        out.push(c.red(c.bold(`Not written (${plural(result.refused.length, 'file')}):`)));
        for (const r of result.refused)
            out.push(`  ${r.path}: ${r.reason}`);
        out.push('');
    }
    if (result.skipped.length) {
        out.push(c.dim(`Skipped ${plural(result.skipped.length, 'file')} (never edited):`));
        for (const s of result.skipped.slice(0, 50))
            out.push(c.dim(`  ${s.path}: ${s.reason}`));
        if (result.skipped.length > 50)
            out.push(c.dim(`  … and ${result.skipped.length - 50} more`));
        out.push('');
    }
    const done = result.changes.length
        ? `${verb} ${plural(replacements, 'replacement')} in ${plural(result.changes.length, 'file')}`
        : 'Nothing rewritten';
    const total = `${done}; ` +
        `${plural(suggested.length, 'suggestion')} to confirm, ${plural(manual.length, 'finding')} need${manual.length === 1 ? 's' : ''} a person; ` +
        `${plural(result.stats.files, 'file')} checked.`;
    const ok = result.refused.length === 0 && suggested.length === 0 && manual.length === 0;
    out.push(ok ? c.green(`✔ ${total}`) : result.refused.length ? c.red(`✖ ${total}`) : c.yellow(`⚠ ${total}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/fix-command.ts




/** `fix`: the safe fixes in place, or as a patch with --dry-run (src/pipeline/local-fix.ts), then the report. */
async function runFixCommand(paths, flags, io) {
    const { result, failed } = await localFix({
        cwd: io.cwd,
        paths,
        root: flags.root,
        overrides: flags,
        gitignore: flags.gitignore,
        maxFileBytes: flags.maxFileSize,
        region: flags.region,
        models: flags.models ?? [],
        dryRun: flags.dryRun,
        sdk: flags.sdk,
    });
    // In a dry run stdout carries only the patch, so that it can be piped to `git apply`; the report goes to stderr.
    // On a terminal, the patch's lines come from the repository and may hold escape sequences: shown escaped.
    const reportStream = flags.dryRun ? io.stderr : io.stdout;
    if (flags.dryRun) {
        const patch = result.changes.map((ch) => ch.diff).join('');
        io.stdout.write(io.stdout.isTTY ? (0,terminal_text/* terminalSafePatch */.WX)(patch) : patch);
    }
    reportStream.write(renderFixText(result, flags.color && (0,terminal_text/* wantsColor */.zK)(io.env, reportStream), io.program));
    return failed ? errors/* EXIT_FINDINGS */.cB : errors/* EXIT_OK */.Ij;
}

// EXTERNAL MODULE: ./src/triage/diff-scope.ts
var diff_scope = __nccwpck_require__(2696);
// EXTERNAL MODULE: ./src/smoke/index.ts + 1 modules
var smoke = __nccwpck_require__(3958);
;// CONCATENATED MODULE: ./src/cli/program.ts









/**
 * An option that takes one value of a fixed list. choices() lists them in help; the parser's message says what was
 * given and what would do (`expected`, by default "one of a, b, c").
 */
function choiceOption(flags, description, values, expected = `one of ${values.join(', ')}`) {
    const long = flags.split(/[ ,]+/).find((f) => f.startsWith('--'));
    return new Option(flags, description).choices(values).argParser((value) => {
        if (!values.includes(value))
            throw new InvalidArgumentError(`${long} must be ${expected} (got '${value}')`);
        return value;
    });
}
function wholeNumber(flag, min, max, what) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new InvalidArgumentError(`${flag} must be ${what} (got '${value}')`);
        return n;
    };
}
/** A repeatable option's values, in order. */
const collect = (value, previous) => [...(previous ?? []), value];
function scanOptions(cmd, what) {
    return cmd
        .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json', 'sarif'], 'text, json or sarif').default('text'))
        .option('-o, --output <file>', what === 'baseline' ? 'where to write the baseline (default: the config\'s baseline, else .github/tokenhub-migration-baseline.json)' : 'write the report to a file instead of stdout')
        .addOption(choiceOption('--fail-on <level>', 'exit 1 when a finding is at or above this severity (default: error, or the config file\'s)', severity/* FAIL_ON_VALUES */.Qm))
        .option('--config <file>', 'config file (default: .github/tokenhub-migration.yml at the root, if present)')
        .option('--baseline <file>', 'only findings absent from this baseline file count')
        .option('--include <glob>', 'only scan matching files (repeatable; replaces the config\'s include)', collect)
        .option('--exclude <glob>', 'leave matching files out (repeatable; replaces the config\'s exclude)', collect)
        .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the scanned path)')
        .option('--max-file-size <bytes>', `skip larger files (default: ${scanner/* DEFAULT_MAX_FILE_BYTES */.CR})`, wholeNumber('--max-file-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
        .option('--no-gitignore', 'scan files that .gitignore excludes')
        .option('-j, --threads <n>', 'threads that read and match files (default: one per core; 1 keeps the scan on the main thread)', wholeNumber('--threads', 1, 64, 'a whole number from 1 to 64'))
        .option('--no-color', 'plain text output');
}
function buildProgram(handlers, io, setExitCode) {
    const program = new Command(tool/* TOOL_NAME */.lH)
        .description("Find what still ties a codebase to Tencent Cloud's retiring Hunyuan and LKE DeepSeek APIs, and move it to TokenHub.")
        .version(`${tool/* TOOL_VERSION */.wr} (catalog as of ${src_catalog/* CATALOG_DATE */.Xh})`, '-v, --version', 'show the version')
        .helpOption('-h, --help', 'show this help')
        .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
        .showSuggestionAfterError(true)
        // The command list shows each command as its usage line does: `scan [paths...] [options]`.
        .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}` })
        .exitOverride();
    const scan = scanOptions(program.command('scan').usage('[paths...] [options]').summary('report what still uses the retiring APIs').argument('[paths...]', 'files or folders to scan (default: the current folder)'), 'scan')
        .option('--diff <ref>', 'only judge what the working tree adds relative to its merge base with <ref> (a branch, tag or commit)')
        .option('--staged', 'only judge what the index adds relative to HEAD (for pre-commit hooks)')
        .option('--stdin-filename <path>', 'with `scan -` (standard input): the name, and so the file type, of what it reads (default: stdin)')
        .option('--verbose', "the full text report: each finding's explanation and the migration snippets")
        .addOption(choiceOption('--scope <scope>', 'with --diff or --staged: judge findings on added lines, or anywhere in a changed file', diff_scope/* SCOPE_VALUES */.y).default('added-lines'))
        .addHelpText('after', '\nExit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.\n')
        .action(async (paths, flags) => setExitCode(await handlers.scan(paths, flags)));
    scan.showHelpAfterError(`Run '${io.program} scan --help' for usage.`);
    scanOptions(program
        .command('baseline')
        .usage('[paths...] [options]')
        .summary("record today's findings, so later scans fail only on new ones")
        .argument('[paths...]', 'files or folders to scan (default: the current folder)'), 'baseline')
        .showHelpAfterError(`Run '${io.program} baseline --help' for usage.`)
        .action(async (paths, flags) => setExitCode(await handlers.baseline(paths, flags)));
    program
        .command('fix')
        .usage('[paths...] [options]')
        .summary('apply the safe fixes (see fix --help)')
        .description(FIX_DESCRIPTION)
        .argument('[paths...]', 'files or folders to fix (default: the current folder)')
        .option('--dry-run', 'print a unified diff of the changes instead of writing them (report on stderr)', false)
        .option('--sdk', 'also rewrite Tencent Cloud SDK chat clients (Python, JavaScript/TypeScript) into OpenAI SDK calls against TokenHub, client by client; a client it cannot follow is left as it is, with the reason', false)
        .addOption(choiceOption('--region <region>', 'which TokenHub site base URLs point at', REGIONS, REGIONS.join(' or ')).default('intl'))
        .option('--models <legacy=new,...>', 'also replace these legacy model IDs (repeatable)', collect)
        .addOption(choiceOption('--fail-on <level>', 'exit 1 when a finding left for a person is at or above this severity (default: error)', severity/* FAIL_ON_VALUES */.Qm))
        .option('--config <file>', 'config file (default: .github/tokenhub-migration.yml at the root, if present)')
        .option('--include <glob>', 'only fix matching files (repeatable)', collect)
        .option('--exclude <glob>', 'leave matching files out (repeatable)', collect)
        .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the fixed path)')
        .option('--max-file-size <bytes>', `skip larger files (default: ${scanner/* DEFAULT_MAX_FILE_BYTES */.CR})`, wholeNumber('--max-file-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
        .option('--no-gitignore', 'also fix files that .gitignore excludes')
        .option('--no-color', 'plain text output')
        .addHelpText('after', '\nExit status: 0 nothing left at or above --fail-on, 1 findings left at or above it or a file not written,\n2 usage or configuration error.\n')
        .showHelpAfterError(`Run '${io.program} fix --help' for usage.`)
        .action(async (paths, flags) => setExitCode(await handlers.fix(paths, flags)));
    program
        .command('smoke-test')
        .usage('[paths...] [options]')
        .summary('test a TokenHub API key (see smoke-test --help)')
        .description(SMOKE_DESCRIPTION)
        .argument('[paths...]', 'where to look for the model IDs the code uses (default: the current folder)')
        .option('--base-url <url>', `TokenHub base URL (default: $TOKENHUB_BASE_URL, else ${src_catalog/* TOKENHUB_BASE_URL_INTL */["do"]})`)
        .option('-m, --model <id>', 'model to test (repeatable; default: the TokenHub models the code references, else deepseek-v4-flash)', collect)
        .option('--timeout <seconds>', `wait per request (default: ${smoke/* DEFAULT_SMOKE_TIMEOUT_MS */.vB / 1000}; the openai SDK retries twice)`, (value) => {
        const s = Number(value);
        if (!Number.isFinite(s) || s <= 0 || s > 600)
            throw new InvalidArgumentError(`--timeout must be seconds between 0 and 600 (got '${value}')`);
        return s;
    })
        .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'], 'text or json').default('text'))
        .option('--root <dir>', 'folder that reported paths are relative to (default: the git top level of the path)')
        .option('--exclude <glob>', 'leave matching files out when looking for model IDs (repeatable)', collect)
        .option('--no-gitignore', 'also look in files that .gitignore excludes')
        .addHelpText('after', '\nExit status: 0 passed, 1 failed, 2 usage error (no key, a base URL that is not TokenHub).\n')
        .showHelpAfterError(`Run '${io.program} smoke-test --help' for usage.`)
        .action(async (paths, flags) => setExitCode(await handlers.smokeTest(paths, flags)));
    program.showHelpAfterError(`Run '${io.program} --help' for usage.`);
    return program;
}
const FIX_DESCRIPTION = `Applies the safe fixes in place:
  - legacy OpenAI-compatible base URLs (Hunyuan, LKE DeepSeek) become the TokenHub base URL, keeping the path;
  - model IDs with a replacement confirmed by Tencent's documents (the models shut down on 2026-06-22 become hy3-preview);
  - with --models, your own mapping of legacy model IDs.
Suggested replacements that are not official mappings are listed, not applied. SDK clients, signing code and search
parameters are listed with migration guidance and never edited. Binary and skipped files are never touched; a file
that changes while the fix runs is left as it is.`;
const SMOKE_DESCRIPTION = `Checks a TokenHub API key: lists the models it can see (GET /models), makes one chat completion with
max_tokens 1 per model (at most ${smoke/* MAX_SMOKE_TEST_MODELS */.T_}), and reports code lines that name a TokenHub model the key cannot use.
The key is read from the TOKENHUB_API_KEY environment variable and is never printed.`;

// EXTERNAL MODULE: ./src/report/board/report-limits.ts
var report_limits = __nccwpck_require__(136);
// EXTERNAL MODULE: ./src/org/select-repos.ts
var select_repos = __nccwpck_require__(500);
;// CONCATENATED MODULE: ./src/cli/org-program.ts



/**
 * The organisation audit's commands (`aggregate`, `org-repos`), added to the CLI's commander program. Their code
 * (the GitHub client and its HTTP stack) loads when one of them runs, not at every start of the CLI.
 */
function addOrgCommands(program, io, setExitCode) {
    const name = io.program ?? program.name();
    program
        .command('aggregate')
        .usage('REPORTS... [options]')
        .summary('merge per-repository JSON reports into one board (see aggregate --help)')
        .description('Merges per-repository JSON reports (the action\'s json-file: files, or folders walked for *.json) into one board: the job\n' +
        'summary, a CSV, a JSON, and one board issue kept up to date. Reports that are missing, too large, truncated or not\n' +
        "this tool's are listed as notes on the board; they never stop it.")
        .argument('<reports...>', 'report files or folders')
        .option('--summary <file>', 'append the board (Markdown) here (default: $GITHUB_STEP_SUMMARY; else stdout)')
        .option('--csv <file>', 'write one CSV line per repository')
        .option('--json <file>', 'write the board as JSON (its state is what --previous reads next time)')
        .option('--previous <file>', "the previous board's JSON, for the trend (default: the board issue's own state)")
        .option('--expect <file>', 'the repositories audited (JSON array or one per line): each without a report gets a note')
        .option('--issue-repo <owner/name>', 'keep one board issue in this repository (token from $GITHUB_TOKEN or $GH_TOKEN)')
        .option('--author <login>', "the account the token writes as, when it cannot say (a GitHub App: '<slug>[bot]')")
        .option('--max-report-size <bytes>', `skip reports larger than this (default: ${report_limits/* DEFAULT_MAX_REPORT_BYTES */.A})`, wholeNumber('--max-report-size', 1, Number.MAX_SAFE_INTEGER, 'a positive number of bytes'))
        .addHelpText('after', '\nExit status: 0 board written, 1 files written but the board issue not, 2 usage error.\n')
        .showHelpAfterError(`Run '${name} aggregate --help' for usage.`)
        .action(async (reports, flags) => setExitCode(await (await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(0), __nccwpck_require__.e(239), __nccwpck_require__.e(77), __nccwpck_require__.e(620)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8620))).runAggregateCommand(reports, flags, io)));
    program
        .command('org-repos')
        .usage('[--org ORG | --repositories LIST] [options]')
        .summary("list an organisation's repositories for the org audit (see org-repos --help)")
        .description('Lists the repositories to audit: those given, or every repository of ORG the token ($GITHUB_TOKEN) can read, or, with\n' +
        "neither, every repository of the token's app installation. Archived and disabled repositories are left out. Prints JSON;\n" +
        `on a runner ($GITHUB_OUTPUT set) also writes the outputs count, repositories and chunk-1 to chunk-${select_repos/* MATRIX_JOBS */.VI}.`)
        .option('--org <org>', 'the organisation to list')
        .option('--repositories <list>', 'owner/name (or name, with --org) items, comma- or newline-separated; no listing call')
        .option('--include <glob>', "keep only matching names (repeatable; a glob with '/' matches owner/name)", collect)
        .option('--exclude <glob>', 'leave matching names out (repeatable)', collect)
        .showHelpAfterError(`Run '${name} org-repos --help' for usage.`)
        .action(async (flags) => setExitCode(await (await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3977))).runOrgReposCommand(flags, io)));
}

;// CONCATENATED MODULE: ./src/cli/main.ts









/**
 * The CLI: parse the arguments (commander), run the command, and turn what went wrong into a message and an exit
 * status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error (also a crash, with its stack).
 */
async function main(argv, io) {
    let code = errors/* EXIT_OK */.Ij;
    let command = '';
    const program = buildProgram({
        // Each command's code loads when it runs (as the org commands' do): `fix` does not load the baseline and
        // report schemas (zod) that `scan` reads with, nor the smoke test's HTTP checks.
        scan: async (paths, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(343), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4211))).runScan(paths, flags, io),
        baseline: async (paths, flags) => (await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(343), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4211))).runBaseline(paths, flags, io),
        fix: (paths, flags) => runFixCommand(paths, flags, io),
        smokeTest: async (paths, flags) => (await __nccwpck_require__.e(/* import() */ 510).then(__nccwpck_require__.bind(__nccwpck_require__, 9510))).runSmokeTestCommand(paths, flags, io),
    }, { writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), program: io.program ?? tool/* TOOL_NAME */.lH }, (c) => (code = c));
    addOrgCommands(program, io, (c) => (code = c));
    program.hook('preAction', (_program, action) => {
        command = action.name();
    });
    if (argv.length === 0) {
        io.stdout.write(program.helpInformation());
        return errors/* EXIT_USAGE */.Ri;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof CommanderError) {
            // Help and version end parsing the same way; commander has already written the message.
            return err.exitCode === 0 ? errors/* EXIT_OK */.Ij : errors/* EXIT_USAGE */.Ri;
        }
        if (err instanceof issues/* ConfigError */.xL) {
            io.stderr.write(`${tool/* TOOL_NAME */.lH}: invalid configuration:\n${(0,terminal_text/* terminalSafeLines */.Dy)(err.message)}\n`);
            return err.exitCode;
        }
        if ((0,errors/* isUserError */.iU)(err)) {
            io.stderr.write(`${tool/* TOOL_NAME */.lH}: ${(0,terminal_text/* terminalSafeLines */.Dy)(err.message)}\n`);
            if (err instanceof errors/* UsageError */.eb)
                io.stderr.write(`Run '${io.program ?? tool/* TOOL_NAME */.lH} ${command ? `${command} ` : ''}--help' for usage.\n`);
            return err.exitCode;
        }
        io.stderr.write(`${tool/* TOOL_NAME */.lH}: unexpected error: ${(0,terminal_text/* terminalSafeLines */.Dy)(err.stack ?? String(err))}\n`);
        return errors/* EXIT_USAGE */.Ri;
    }
}


/***/ }),

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ commandSettings)
});

// UNUSED EXPORTS: checkGlobFlags

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/config/glob-syntax.ts
var glob_syntax = __nccwpck_require__(904);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/triage/baseline-path.ts
var baseline_path = __nccwpck_require__(8945);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __nccwpck_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __nccwpck_require__(3652);
// EXTERNAL MODULE: ./src/config/custom-rules.ts
var custom_rules = __nccwpck_require__(1529);
;// CONCATENATED MODULE: ./src/config/catalog.ts



/** The rules a config asks for: the catalog plus its own extra endpoints and model IDs. */
function rulesFor(config, configFile = 'the configuration') {
    return [...catalog/* RULES */.y0, ...(0,custom_rules/* customRules */.bl)(config.extra, configFile)];
}
/**
 * The config's `rules` map as compileCatalog overrides. Everything goes through the severity map, where a rule id
 * wins over its category, so `legacy-model: off` with `hunyuan-model: on` keeps that one rule.
 */
function ruleOverrides(config, rules) {
    const severity = {};
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const [key, setting] of Object.entries(config.rules)) {
        if (setting === undefined)
            continue;
        if (setting === 'off' || setting === false)
            severity[key] = 'off';
        else if (setting === 'on' || setting === true) {
            const rule = byId.get(key);
            if (rule)
                severity[key] = rule.severity;
        }
        else
            severity[key] = setting;
    }
    return { severity };
}
function catalogFor(config, configFile) {
    const rules = rulesFor(config, configFile);
    return { catalog: (0,compile/* compileCatalog */.Lx)(rules, ruleOverrides(config, rules)), rules };
}

// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __nccwpck_require__(1012);
// EXTERNAL MODULE: ./src/safe-fs/bounded-read.ts
var bounded_read = __nccwpck_require__(6043);
// EXTERNAL MODULE: ./src/safe-fs/inside-root.ts
var inside_root = __nccwpck_require__(3200);
;// CONCATENATED MODULE: ./src/config/defaults.ts
/**
 * The config a repository without a config file gets, without loading the schema (zod) to make it. The schema
 * stays the source of the defaults: a test holds this object equal to ConfigSchema.parse({}).
 */
const DEFAULT_CONFIG_PATH = '.github/tokenhub-migration.yml';
function defaultConfig() {
    return { rules: {}, include: [], exclude: [], extra: { endpoints: [], models: [] }, 'fail-on': 'error' };
}

;// CONCATENATED MODULE: ./src/config/load.ts






const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads the config file: the one named (which must exist), else `.github/tokenhub-migration.yml` under the root
 * when present, else the defaults.
 */
async function loadConfig(opts) {
    const explicit = opts.configPath !== undefined && opts.configPath.trim() !== '';
    const given = explicit ? opts.configPath.trim() : DEFAULT_CONFIG_PATH;
    const abs = external_node_path_default().resolve(opts.root, given);
    const rel = external_node_path_default().relative(opts.root, abs);
    const display = rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : abs;
    // The default file is the repository's (a PR's author's): it may not lead out of the workspace through a linked
    // folder. Either file is read only when it is a regular file within the size cap, never through a link.
    let file = abs;
    if (!explicit) {
        const inside = await (0,inside_root/* pathInsideRoot */.o)(opts.root, given);
        if ('refused' in inside)
            throw new config_issues/* ConfigError */.xL([{ file: display, line: 1, column: 1, key: '', message: `not read: ${inside.refused}` }]);
        file = inside.abs;
    }
    const read = await (0,bounded_read/* readRepoFile */.v6)(file, MAX_CONFIG_BYTES);
    if (!read.ok) {
        if (!explicit && read.missing)
            return { config: defaultConfig(), locate: () => ({ line: 1, column: 1 }) };
        const why = read.missing ? 'file not found' : read.reason === 'not a regular file' ? 'not a file' : `not read: ${read.reason}`;
        throw new config_issues/* ConfigError */.xL([{ file: display, line: 1, column: 1, key: '', message: why }]);
    }
    const text = read.bytes.toString('utf8');
    // The YAML parser and the schema are loaded only now: most repositories have no config file.
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(0), __nccwpck_require__.e(815), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7401));
    return parseConfig(text, display);
}

;// CONCATENATED MODULE: ./src/config/resolve.ts






async function resolveSettings(opts) {
    const loaded = await loadConfig({ root: opts.root, configPath: opts.configPath });
    if (opts.checkGlobs !== false && loaded.file) {
        const { unmatchedGlobs } = await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7142));
        const issues = await unmatchedGlobs(loaded, opts.root);
        if (issues.length)
            throw new config_issues/* ConfigError */.xL(issues);
    }
    const o = opts.overrides ?? {};
    const { config } = loaded;
    const { catalog, rules } = catalogFor(config, loaded.file);
    const baseline = o.baseline || config.baseline;
    // The tool's own files quote legacy endpoints and model IDs on purpose: never report them.
    const own = [loaded.file, baseline, baseline_path/* DEFAULT_BASELINE_PATH */.G, ...(opts.outputFiles ?? [])]
        .filter((f) => Boolean(f))
        .map((f) => ownFilePattern(opts.root, f))
        .filter((p) => p !== undefined);
    return {
        loaded,
        failOn: o.failOn ?? config['fail-on'],
        include: o.include?.length ? o.include : config.include,
        exclude: [...(o.exclude?.length ? o.exclude : config.exclude), ...new Set(own)],
        ...(baseline ? { baseline } : {}),
        catalog,
        rules,
    };
}
/** A root-anchored, literal .gitignore pattern for one file inside the root; undefined for a file outside it. */
function ownFilePattern(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    if (!rel || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    // Only the exact file: a gitignore-style line would also leave out a folder of that name and everything in it
    // (a `json-file` naming a folder used to exclude that folder from the scan). Such a path is refused when written.
    const st = lstatOrUndefined(external_node_path_default().resolve(root, file));
    if (st && !st.isFile())
        return undefined;
    return '/' + rel.split((external_node_path_default()).sep).join('/').replace(/[*?[\]\\!#]/g, '\\$&');
}
function lstatOrUndefined(abs) {
    try {
        return (0,external_node_fs_.lstatSync)(abs);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/command-settings.ts




/** --include/--exclude patterns get the config file's syntax checks (a backslash, a drive path...), named by flag. */
function checkGlobFlags(flag, patterns) {
    for (const p of patterns ?? []) {
        const problem = (0,glob_syntax/* validateGlob */.f)(p);
        if (problem)
            throw new errors/* UsageError */.eb(`${flag} '${p}': ${problem}`);
    }
}
async function commandSettings(cwd, root, given) {
    checkGlobFlags('--include', given.include);
    checkGlobFlags('--exclude', given.exclude);
    return resolveSettings({
        root,
        outputFiles: given.output ? [external_node_path_default().resolve(cwd, given.output)] : [],
        configPath: given.config === undefined ? undefined : external_node_path_default().resolve(cwd, given.config),
        overrides: {
            ...(given.failOn ? { failOn: given.failOn } : {}),
            ...(given.include ? { include: given.include } : {}),
            ...(given.exclude ? { exclude: given.exclude } : {}),
            ...(given.baseline !== undefined ? { baseline: external_node_path_default().resolve(cwd, given.baseline) } : {}),
        },
    });
}


/***/ }),

/***/ 1529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ CUSTOM_ENDPOINT_RULE_ID),
/* harmony export */   FO: () => (/* binding */ validateCustomModel),
/* harmony export */   Nc: () => (/* binding */ CUSTOM_MODEL_RULE_ID),
/* harmony export */   XF: () => (/* binding */ validateCustomEndpoint),
/* harmony export */   bl: () => (/* binding */ customRules)
/* harmony export */ });
/* harmony import */ var _catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);

/**
 * Users' own legacy endpoints and model IDs (config `extra.endpoints` / `extra.models`) as two catalog rules.
 * The entries are untrusted text: never raw regular expressions. Each is literal text with at most a few
 * `*` wildcards, which become bounded character classes, so every pattern stays linear-time.
 */
const CUSTOM_ENDPOINT_RULE_ID = 'custom-endpoint';
const CUSTOM_MODEL_RULE_ID = 'custom-model';
const MAX_WILDCARDS = 2;
const MIN_LITERAL_RUN = 4;
/** The longest run of literal characters: the prefilter's anchor for the entry. */
function longestLiteral(entry) {
    return entry.split('*').reduce((a, b) => (b.length > a.length ? b : a), '');
}
function commonProblems(entry, kind) {
    if (entry.trim() !== entry || entry === '')
        return `an ${kind} must be non-empty text without surrounding spaces`;
    if ((entry.match(/\*/g) ?? []).length > MAX_WILDCARDS)
        return `at most ${MAX_WILDCARDS} \`*\` wildcards in one ${kind}`;
    if (entry.includes('**'))
        return '`**` is not supported here: one `*` stands for a run of characters';
    if (longestLiteral(entry).length < MIN_LITERAL_RUN)
        return `an ${kind} needs a literal part of at least ${MIN_LITERAL_RUN} characters`;
    return undefined;
}
function stripScheme(entry) {
    return entry.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
}
function validateCustomEndpoint(raw) {
    if (raw.length > 200)
        return 'an endpoint is at most 200 characters';
    const entry = stripScheme(raw);
    const problem = commonProblems(entry, 'endpoint');
    if (problem)
        return problem;
    const [host = '', ...pathParts] = entry.split('/');
    if (!/^[A-Za-z0-9*](?:[A-Za-z0-9.*-]*[A-Za-z0-9*])?(?::\d{1,5})?$/.test(host)) {
        return `'${host}' is not a host name (letters, digits, dots, hyphens, an optional :port, and \`*\` for one label)`;
    }
    const path = pathParts.join('/');
    if (path && !/^[A-Za-z0-9._~%*/-]+$/.test(path))
        return 'the path part may hold letters, digits and . _ ~ % - / *';
    return undefined;
}
function validateCustomModel(entry) {
    if (entry.length > 100)
        return 'a model ID is at most 100 characters';
    const problem = commonProblems(entry, 'model ID');
    if (problem)
        return problem;
    if (!/^[A-Za-z0-9._:/*-]+$/.test(entry))
        return 'a model ID may hold letters, digits and . _ : / - (and `*`)';
    return undefined;
}
/** `*` in a host: one DNS label; in a path: one segment. */
function endpointSource(raw) {
    const entry = stripScheme(raw);
    const slash = entry.indexOf('/');
    const host = slash === -1 ? entry : entry.slice(0, slash);
    const path = slash === -1 ? '' : entry.slice(slash);
    const part = (text, star) => text.split('*').map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join(star);
    return part(host, '[A-Za-z0-9-]{1,63}') + part(path, '[\\w.~%-]{1,100}');
}
function modelSource(entry) {
    return entry.split('*').map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join('[\\w.:-]{0,64}');
}
/** Longest first, so that a longer entry wins over its own prefix. */
function alternation(entries, source) {
    return [...new Set(entries)]
        .sort((a, b) => b.length - a.length)
        .map(source)
        .join('|');
}
function customRules(extra, configPath) {
    const rules = [];
    const source = { ref: `${configPath} (extra)`, evidence: 'configured' };
    if (extra.endpoints.length) {
        rules.push({
            id: CUSTOM_ENDPOINT_RULE_ID,
            category: 'legacy-endpoint',
            severity: 'error',
            title: 'Endpoint listed in the configuration',
            anchors: [...new Set(extra.endpoints.map((e) => longestLiteral(stripScheme(e)).toLowerCase()))],
            pattern: `(?<![\\w.-])(?:https?://)?(?:${alternation(extra.endpoints, endpointSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
            // A gateway to the old platform makes model IDs and search parameters in the same file legacy too.
            provides: ['hunyuan', 'lke', 'llm-use'],
            message: 'Endpoint `{match}` is listed as legacy in the configuration (extra.endpoints).',
            replacement: {
                hint: 'Point the client at TokenHub (https://tokenhub-intl.tencentcloudmaas.com/v1) with a TokenHub API key, or at a gateway that forwards to it.',
                evidence: 'inferred',
            },
            sources: [source],
        });
    }
    if (extra.models.length) {
        rules.push({
            id: CUSTOM_MODEL_RULE_ID,
            category: 'legacy-model',
            severity: 'error',
            title: 'Model ID listed in the configuration',
            anchors: [...new Set(extra.models.map((e) => longestLiteral(e).toLowerCase()))],
            pattern: `(?<![\\w./-])(?:${alternation(extra.models, modelSource)})(?![\\w-]|\\.[A-Za-z0-9])`,
            caseSensitive: true,
            provides: ['llm-use'],
            message: 'Model `{match}` is listed as legacy in the configuration (extra.models).',
            replacement: { hint: 'Choose a TokenHub model enabled for your key.', evidence: 'inferred' },
            sources: [source],
        });
    }
    return rules;
}


/***/ }),

/***/ 904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ validateGlob)
/* harmony export */ });
/**
 * Syntax checks for include/exclude patterns. The scanner reads them with .gitignore semantics (the `ignore`
 * package), which accepts almost anything and then silently matches nothing; these checks turn the common
 * mistakes into an error that says what is wrong.
 */
function validateGlob(pattern) {
    if (pattern.trim() === '')
        return 'an empty pattern matches nothing';
    if (pattern !== pattern.trim())
        return 'remove the leading or trailing spaces';
    if (/[\0\r\n]/.test(pattern))
        return 'a pattern is one line of text';
    if (pattern.includes('\\'))
        return 'use / as the path separator (a backslash escapes the next character in .gitignore syntax)';
    if (/^[A-Za-z]:/.test(pattern))
        return 'use a path relative to the repository root, not a drive path';
    const body = pattern.replace(/^!/, '');
    if (body.split('/').includes('..'))
        return 'a pattern cannot reach outside the repository (`..`)';
    if (/[{}]/.test(body))
        return 'brace expansion ({a,b}) is not supported: list each pattern on its own';
    let open = false;
    for (const ch of body) {
        if (ch === '[') {
            if (open)
                return 'nested `[` in a character class';
            open = true;
        }
        else if (ch === ']') {
            if (!open)
                return 'unbalanced `]`';
            open = false;
        }
    }
    if (open)
        return 'unclosed `[` character class';
    if (/\*{3,}/.test(body))
        return 'use `**` for any number of folders (three or more `*` in a row mean nothing more)';
    return undefined;
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ keyPathText),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatIssue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

class ConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    issues;
    constructor(issues) {
        super(issues.map(formatIssue).join('\n'));
        this.issues = issues;
    }
}
function formatIssue(i) {
    return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ''}${i.message}`;
}
function keyPathText(keyPath) {
    let out = '';
    for (const seg of keyPath) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Exit statuses of the CLI, and the base of every error the user can fix. Both faces tell a UserError from a
 * crash by its class alone: a UserError's message is the whole story (no stack), and the CLI exits with its code.
 */
const EXIT_OK = 0;
/** Findings at or above the fail-on threshold (or a file the fix could not write). */
const EXIT_FINDINGS = 1;
/** Usage, configuration or input error; also an unexpected crash. */
const EXIT_USAGE = 2;
class UserError extends Error {
    /** The CLI's exit status for this error. */
    exitCode = EXIT_USAGE;
    constructor(message, options) {
        super(message, options);
        // The subclass's own name in logs and stack traces (ConfigError, ModeError, ...).
        this.name = new.target.name;
    }
}
/**
 * Arguments (or inputs) that do not fit together or do not make sense. Thrown by the pipeline's request checks as
 * well as by the faces; the CLI follows the message with a pointer to `--help`.
 */
class UsageError extends UserError {
}
function isUserError(err) {
    return err instanceof UserError;
}


/***/ }),

/***/ 9824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ contextPhrase),
/* harmony export */   HC: () => (/* binding */ byLocation),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   mI: () => (/* binding */ notIgnored)
/* harmony export */ });
/** The context as a message says it: "Hunyuan SDK `hunyuan/v20230901` in client.go of the same package". */
function contextPhrase(context) {
    if (context.scope === 'package')
        return `${context.evidence} in ${context.path.slice(context.path.lastIndexOf('/') + 1)} of the same package`;
    if (context.scope === 'import')
        return `${context.evidence} in ${context.path}, which this file imports`;
    return `${context.evidence} in ${context.path} of the project`;
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** Reading order: path, then line, then column. */
function byLocation(a, b) {
    return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;
}
/** The findings no inline ignore comment covers: for the steps that act on findings without triage (fix, smoke test). */
function notIgnored(findings) {
    return findings.filter((f) => !f.ignoredInline);
}


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ withFingerprintsAround),
/* harmony export */   UZ: () => (/* binding */ FINGERPRINT_VERSION),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   Y: () => (/* binding */ neighbourhood),
/* harmony export */   tm: () => (/* binding */ fingerprintsOf)
/* harmony export */ });
/* unused harmony export withFingerprints */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Content fingerprints: what a finding is, not where it is. They feed SARIF's partialFingerprints and the
 * baseline file, so that inserting or deleting lines above a finding, or re-indenting it, keeps its identity.
 *
 * A fingerprint hashes the rule, the file, the matched text and its neighbourhood on its own line (up to
 * NEIGHBOURHOOD_CHARS of whitespace-collapsed text on each side), plus which occurrence of that same
 * combination it is in the file. The neighbourhood tells apart two identical URLs in one file; the occurrence
 * number tells apart identical lines. Neighbouring lines are left out on purpose: a comment added above a
 * finding must not make it new.
 */
const FINGERPRINT_VERSION = 1;
const FINGERPRINT_KEY = `tokenhubMigration/v${FINGERPRINT_VERSION}`;
const NEIGHBOURHOOD_CHARS = 48;
function collapse(s) {
    return s.replace(/\s+/g, ' ');
}
/** The text around a match on its line, whitespace-insensitive. Columns are 1-based UTF-16 units. */
function neighbourhood(lineText, column, endColumn) {
    const start = Math.max(0, column - 1);
    const end = Math.max(start, endColumn - 1);
    return {
        before: collapsedTail(lineText, start, NEIGHBOURHOOD_CHARS),
        after: collapsedHead(lineText, end, NEIGHBOURHOOD_CHARS),
    };
}
/*
 * A minified file is one line of megabytes: collapsing all of it for every finding would cost memory in
 * proportion to the line. Collapsing a window gives the same characters as collapsing the whole side, as soon as
 * the window yields more than `n` of them (only the window's cut edge can differ), so the window grows until then.
 */
function collapsedTail(line, end, n) {
    for (let size = 4 * n;; size *= 2) {
        const from = Math.max(0, end - size);
        const text = collapse(line.slice(from, end));
        if (from === 0)
            return text.trimStart().slice(-n);
        if (text.length > n)
            return text.slice(-n);
    }
}
function collapsedHead(line, start, n) {
    for (let size = 4 * n;; size *= 2) {
        const to = Math.min(line.length, start + size);
        const text = collapse(line.slice(start, to));
        if (to === line.length)
            return text.trimEnd().slice(0, n);
        if (text.length > n)
            return text.slice(0, n);
    }
}
function digest(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
/**
 * Adds a fingerprint to each finding of one file's text. `lineText` returns a 1-based line's text.
 * Findings are numbered in file order, so the same input always gives the same fingerprints.
 */
function withFingerprints(findings, lineText) {
    return withFingerprintsAround(findings, (f) => neighbourhood(lineText(f.line), f.column, f.endLine === f.line ? f.endColumn : Number.MAX_SAFE_INTEGER));
}
/** withFingerprints with each finding's neighbourhood already taken from its line (the line itself may be gone). */
function withFingerprintsAround(findings, neighbourhoodOf) {
    const seen = new Map();
    const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
    const prints = new Map();
    for (const f of ordered) {
        const { before, after } = neighbourhoodOf(f);
        const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match, before, after]);
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        prints.set(f, { fingerprint: digest([key, n]), contentFingerprint: contentKey(f, before, after) });
    }
    return findings.map((f) => ({ ...f, ...prints.get(f) }));
}
/**
 * What a finding is wherever its file lives: the rule, the matched text and its neighbourhood on the line, without
 * the path or an occurrence number. A finding whose file was renamed, moved or split keeps it, so a baseline still
 * knows it (see applyBaseline: each baseline entry stands for one finding only).
 */
function contentKey(f, before, after) {
    return digest([FINGERPRINT_VERSION, 'content', f.ruleId, f.match, before, after]);
}
/**
 * A finding's fingerprint. Findings made by the scanner carry one; for others (a report read from elsewhere),
 * the rule, file and match with an occurrence number stand in, which still ignores line numbers.
 */
function fingerprintsOf(findings) {
    const seen = new Map();
    return findings.map((f) => {
        if (f.fingerprint)
            return f.fingerprint;
        const key = digest([FINGERPRINT_VERSION, f.ruleId, f.path, f.match]);
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return digest([key, 'no-context', n]);
    });
}


/***/ }),

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ rankFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   kU: () => (/* binding */ atOrAbove)
/* harmony export */ });
/* unused harmony export isFailOn */
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9824);

const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'none'];
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function atOrAbove(findings, threshold) {
    if (threshold === 'none')
        return [];
    const min = _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[threshold];
    return findings.filter((f) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] >= min);
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
    return [...findings].sort((a, b) => _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] - _finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}


/***/ }),

/***/ 8492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ acceptsModelMapping),
/* harmony export */   b: () => (/* binding */ fixabilityOf)
/* harmony export */ });
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


/***/ }),

/***/ 9623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ REPOSITORY)
/* harmony export */ });
/**
 * `owner/name` as GitHub allows them: an account name of letters, digits and dashes; a repository name not `.` or `..`.
 * On its own, without the report schemas that use it, so that the action's start (which checks its `repository`
 * input) does not build them.
 */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ languageOfPath),
/* harmony export */   Me: () => (/* binding */ LANGUAGE_LABEL),
/* harmony export */   "if": () => (/* binding */ SNIPPET_LANGUAGES)
/* harmony export */ });
/* unused harmony export FENCE_LANGUAGE */
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


/***/ }),

/***/ 6990:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ planGuidance)
});

// EXTERNAL MODULE: ./src/guidance/languages.ts
var languages = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ./src/guidance/rule-guidance.ts
const HUNYUAN = 'hy3-preview';
const LKE = 'deepseek-v4-flash';
const RULE_GUIDANCE = {
    'hunyuan-hyllm-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-intl-openai-endpoint': { topic: 'openai-endpoint', model: HUNYUAN },
    'hunyuan-cloudapi-endpoint': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-image-endpoint': { topic: 'image', model: 'HY-Image-V3.0' },
    'lke-v3-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-anthropic-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-openai-endpoint': { topic: 'openai-endpoint', model: LKE },
    'lke-cloudapi-endpoint': { topic: 'cloud-api', model: LKE },
    'hunyuan-sdk-dependency': { topic: 'cloud-api', model: HUNYUAN },
    'lke-sdk-dependency': { topic: 'cloud-api', model: LKE },
    'hunyuan-sdk': { topic: 'cloud-api', model: HUNYUAN },
    'hunyuan-image-job': { topic: 'image', model: 'HY-Image-V3.0' },
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
    'tokenhub-unlisted-deepseek-model': { topic: 'model', model: LKE },
    'hunyuan-search-param': { topic: 'search', model: HUNYUAN },
    'hunyuan-shared-search-param': { topic: 'search', model: HUNYUAN },
    'lke-search-param': { topic: 'search', model: LKE },
    'lke-openai-search-param': { topic: 'search', model: LKE },
};
function guidanceForRule(ruleId) {
    return RULE_GUIDANCE[ruleId];
}

// EXTERNAL MODULE: ./src/guidance/snippets.ts
var guidance_snippets = __nccwpck_require__(2090);
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
        const snippets = guidance_snippets/* GUIDANCE */.V[rg.topic].snippets;
        const lang = (0,languages/* languageOfPath */.F4)(f.path);
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
            guidance: guidance_snippets/* GUIDANCE */.V[topic],
            model,
            languages: languages/* SNIPPET_LANGUAGES */["if"].filter((l) => e.languages.has(l)),
            ruleIds: [...e.ruleIds].sort(),
            findings: e.count,
        };
    });
}


/***/ }),

/***/ 2090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fillSnippet),
/* harmony export */   V: () => (/* binding */ GUIDANCE)
/* harmony export */ });
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
    image: {
        title: 'Hunyuan image, video and 3D jobs',
        summary: [
            'Tencent\'s announcement 2405 stops `TextToImage`, `TextToImageLite`, `HunyuanTextToVideo`, `HunyuanImageToVideo`, ' +
                '`HunyuanImageChat` and `HunyuanTo3D` on 2026-09-30 (no new purchases from 2026-09-01). Their TokenHub replacements are ' +
                'HY-Image-3.0, HY-Video-1.5 and HY-3D-3.1, called with a TokenHub API key instead of SecretId/SecretKey.',
            'Image jobs on TokenHub: `POST /v1/api/image/submit` then `/v1/api/image/query` (seen in third-party code), or ' +
                '`/v1/api/image/lite` with model `hy-image-lite` (documented, 1823/130080). Check the request and result fields against ' +
                'TokenHub\'s documentation: they are not the Cloud API\'s.',
        ],
        snippets: {},
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


/***/ }),

/***/ 500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O8: () => (/* binding */ parseRepoList),
/* harmony export */   VI: () => (/* binding */ MATRIX_JOBS),
/* harmony export */   hP: () => (/* binding */ chunkRepos),
/* harmony export */   i9: () => (/* binding */ selectRepos),
/* harmony export */   r$: () => (/* binding */ RepoSelectionError)
/* harmony export */ });
/* unused harmony export MATRIX_LIMIT */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_repository_name_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9623);


/**
 * Which repositories an organisation audit covers, and how they are split over matrix jobs: GitHub runs at most 256
 * jobs per matrix, so a larger list goes into several matrices (the reusable workflow has MATRIX_JOBS of them, run
 * one after the other so `max-parallel` bounds the whole audit).
 */
const MATRIX_LIMIT = 256;
const MATRIX_JOBS = 4;
class RepoSelectionError extends Error {
}
/** Patterns match the repository's name without its owner (`service-*`); `owner/name` patterns match the full name. */
function matcher(patterns) {
    const full = patterns.filter((p) => p.includes('/'));
    const short = patterns.filter((p) => !p.includes('/'));
    const m1 = full.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(full, { nocase: true, dot: true }) : () => false;
    const m2 = short.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(short, { nocase: true, dot: true }) : () => false;
    return (name) => m1(name) || m2(name.slice(name.indexOf('/') + 1));
}
function selectRepos(listing, opts) {
    const include = opts.include?.length ? matcher(opts.include) : () => true;
    const exclude = opts.exclude?.length ? matcher(opts.exclude) : () => false;
    const seen = new Set();
    const out = [];
    for (const r of listing) {
        if (r.archived || r.disabled)
            continue;
        if (!_github_repository_name_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY */ .B.test(r.full_name))
            continue;
        const key = r.full_name.toLowerCase();
        if (seen.has(key) || !include(r.full_name) || exclude(r.full_name))
            continue;
        seen.add(key);
        out.push(r.full_name);
    }
    return out.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
}
/** An explicit list: each must be `owner/name`. */
function parseRepoList(items, defaultOwner) {
    return items.map((raw) => {
        const name = raw.includes('/') || !defaultOwner ? raw : `${defaultOwner}/${raw}`;
        if (!_github_repository_name_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY */ .B.test(name))
            throw new RepoSelectionError(`'${raw}' is not a repository (owner/name)`);
        return name;
    });
}
/** MATRIX_JOBS lists of at most MATRIX_LIMIT each (the empty ones skip their job). */
function chunkRepos(repos, jobs = MATRIX_JOBS, limit = MATRIX_LIMIT) {
    if (repos.length > jobs * limit) {
        throw new RepoSelectionError(`${repos.length} repositories is more than one run audits (${jobs} matrices of ${limit} jobs): narrow it with include/exclude and call the workflow once per part, each with its own board-title.`);
    }
    return Array.from({ length: jobs }, (_, i) => repos.slice(i * limit, (i + 1) * limit));
}


/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEFAULT_MAX_REPORT_BYTES)
/* harmony export */ });
/**
 * The largest per-repository report the board reads. Apart from the reader, so that the CLI's option help can
 * name it without loading the report schema at every start.
 */
const DEFAULT_MAX_REPORT_BYTES = 64 * 1024 * 1024;


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ renderGuidanceText)
/* harmony export */ });
/* harmony import */ var _guidance_languages_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4805);
/* harmony import */ var _guidance_snippets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2090);
/* harmony import */ var _tool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5325);



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
            out.push(`  ${c.underline(_guidance_languages_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGE_LABEL */ .Me[lang])}:`);
            out.push(c.dim(indent((0,_guidance_snippets_js__WEBPACK_IMPORTED_MODULE_1__/* .fillSnippet */ .R)(snippet, { baseUrl, model: s.model }), '    ')));
        }
        out.push(`  ${c.dim('More:')} ${s.ruleIds.map(_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocsUrl */ .hS).join(' ')}`);
        out.push('');
    }
    return out;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ terminalSafeLines),
/* harmony export */   WX: () => (/* binding */ terminalSafePatch),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   oH: () => (/* binding */ terminalSafeData),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/**
 * Text from the repository (file names, matched lines, reasons in ignore comments, the config's messages) printed to a
 * terminal. A file name can hold an escape sequence that recolours the screen (a name that prints "✔ No legacy
 * usage found" in green), moves the cursor, rewrites the window title, or a carriage return that overwrites the line
 * before it; Unicode's bidirectional controls reorder what is shown (Trojan Source). Each such character is shown
 * as an escape (`\x1b`, `\u202e`) instead. The classification is Unicode's own (`\p{Cc}`: every C0 and C1 control,
 * DEL included), not a list of sequences: nothing that starts a sequence reaches the terminal.
 */
/** Every character that may not reach a terminal as it is; the three tests below differ only in what they keep. */
const CONTROLS = '[\\p{Cc}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(CONTROLS, 'gu');
const UNSAFE_BUT_NEWLINE = new RegExp(`(?!\\n)${CONTROLS}`, 'gu');
const UNSAFE_BUT_NEWLINE_AND_TAB = new RegExp(`(?![\\n\\t])${CONTROLS}`, 'gu');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(c) {
    const named = NAMED[c];
    if (named)
        return named;
    const code = c.codePointAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One field (a path, a match): every control character escaped, line breaks included. */
function terminalSafe(text) {
    return text.replace(UNSAFE, escapeChar);
}
/** A message of several lines: as terminalSafe, but its line breaks kept. */
function terminalSafeLines(text) {
    return text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
}
/**
 * A patch shown on a terminal (`fix --dry-run` when stdout is one): as terminalSafeLines, with tabs kept too, since
 * they are the indentation of the code it shows and start no sequence. A patch written to a pipe or a file is left
 * as it is, so that `git apply` gets the bytes.
 */
function terminalSafePatch(text) {
    return text.replace(UNSAFE_BUT_NEWLINE_AND_TAB, escapeChar);
}
/**
 * Plain data (objects, arrays) with every string made terminalSafe, for a renderer's input: what the renderer adds
 * itself (colours) is then the only control sequence in its output. Other objects (Maps, class instances) are kept
 * as they are. Copy on write: an object or array none of whose strings changes is returned as it is (a report of
 * thousands of findings is mostly clean text), so the input must not be changed by the caller afterwards.
 */
function terminalSafeData(value) {
    if (typeof value === 'string')
        return terminalSafe(value);
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const safe = terminalSafeData(v);
            if (!Object.is(safe, v))
                (out ??= [...value])[i] = safe;
        }
        return (out ?? value);
    }
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        const rec = value;
        let out;
        for (const k of Object.keys(rec)) {
            const v = rec[k];
            const safe = terminalSafeData(v);
            if (!Object.is(safe, v))
                (out ??= { ...rec })[k] = safe;
        }
        return (out ?? value);
    }
    return value;
}
/**
 * Whether text for this stream gets colour: never with NO_COLOR (no-color.org), always with FORCE_COLOR (other than
 * 0), else only on a terminal that is not TERM=dumb.
 */
function wantsColor(env, stream) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0')
        return true;
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e4: () => (/* binding */ readRepoFileSync),
/* harmony export */   tM: () => (/* binding */ OPEN_FLAGS),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

// Windows has neither flag; there the lstat check before opening is what stands.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
/** Why a file of this type and size may not be read, or undefined when it may. */
function refusal(st, maxBytes) {
    if (st.isSymbolicLink())
        return 'a symbolic link (not followed)';
    if (!st.isFile())
        return 'not a regular file';
    if (st.size > maxBytes)
        return `larger than ${formatSize(maxBytes)} (${formatSize(st.size)})`;
    return undefined;
}
function failed(err) {
    const code = err.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, missing: true, reason: 'not found' };
    // O_NOFOLLOW on a link that appeared after the check.
    if (code === 'ELOOP')
        return { ok: false, missing: false, reason: 'a symbolic link (not followed)' };
    return { ok: false, missing: false, reason: `unreadable (${code ?? err.message})` };
}
function readRepoFileSync(abs, maxBytes) {
    let fd;
    try {
        const why = refusal((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, OPEN_FLAGS);
    }
    catch (err) {
        return failed(err);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const why = refusal(st, maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        const buf = Buffer.allocUnsafe(st.size);
        let total = 0;
        while (total < st.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, total, st.size - total, null);
            if (n === 0)
                break;
            total += n;
        }
        return { ok: true, bytes: buf.subarray(0, total) };
    }
    catch (err) {
        return failed(err);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function readRepoFile(abs, maxBytes) {
    let fh;
    try {
        const why = refusal(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fh = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(abs, OPEN_FLAGS);
    }
    catch (err) {
        return failed(err);
    }
    try {
        const st = await fh.stat();
        const why = refusal(st, maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        const buf = Buffer.allocUnsafe(st.size);
        let total = 0;
        while (total < st.size) {
            const { bytesRead } = await fh.read(buf, total, st.size - total, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
        }
        return { ok: true, bytes: buf.subarray(0, total) };
    }
    catch (err) {
        return failed(err);
    }
    finally {
        await fh.close();
    }
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ pathInsideRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A path the repository names (the config's `baseline:`, the default config file) must stay in the workspace:
 * lexically (no `..`, no absolute path elsewhere) and physically (no folder on the way is a symbolic link, which could
 * lead anywhere). Returns the absolute path, or the reason it may not be used. The file itself is checked when it
 * is opened (see bounded-read.ts), so a missing file is not refused here.
 */
async function pathInsideRoot(root, file) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root));
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    let rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), abs);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, abs);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel))
        return { refused: 'it is outside the workspace' };
    const parts = rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    let dir = realRoot;
    for (const part of parts.slice(0, -1)) {
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, part);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir).catch(() => undefined);
        if (!st)
            break; // missing: the file is missing too, and the reader says so
        if (st.isSymbolicLink())
            return { refused: `${parts.slice(0, parts.indexOf(part) + 1).join('/')} is a symbolic link, which is not followed` };
        if (!st.isDirectory())
            break;
    }
    return { abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realRoot, rel) };
}


/***/ }),

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ minimalAnchors),
/* harmony export */   t: () => (/* binding */ anchorIndexOf)
/* harmony export */ });
/* harmony import */ var _catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);

/** The shortest set of anchors (lower-case, sorted) that every given anchor contains one of. */
function minimalAnchors(anchors) {
    const lower = [...new Set(anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0))];
    return lower.filter((a) => !lower.some((b) => b !== a && a.includes(b))).sort();
}
const indexes = new WeakMap();
function anchorIndexOf(catalog) {
    let index = indexes.get(catalog);
    if (!index) {
        index = buildIndex(catalog.rules);
        indexes.set(catalog, index);
    }
    return index;
}
function alternation(anchors, flags) {
    return anchors.length ? new RegExp(anchors.map(_catalog_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).join('|'), flags) : new RegExp('(?!)', flags);
}
function buildIndex(rules) {
    const prefilterAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false).flatMap((c) => c.rule.anchors));
    const minimal = minimalAnchors(rules.flatMap((c) => c.rule.anchors));
    // Per rule: the minimal anchors that stand for its anchors; undefined when the rule has none (it always runs).
    const needs = new Map();
    for (const c of rules) {
        const anchors = c.rule.anchors.map((a) => a.toLowerCase()).filter((a) => a.length > 0);
        needs.set(c, anchors.length ? minimal.filter((m) => anchors.some((a) => a.includes(m))) : undefined);
    }
    const finder = alternation(minimal, 'gi');
    const lockfileAnchors = minimalAnchors(rules.filter((c) => c.rule.prefilter !== false && !c.skipsLockfiles).flatMap((c) => c.rule.anchors));
    return {
        prefilterAnchors,
        prefilter: alternation(prefilterAnchors, 'i'),
        lockfilePrefilter: alternation(lockfileAnchors, 'i'),
        lockfilesSharePrefilter: lockfileAnchors.join('\n') === prefilterAnchors.join('\n'),
        contextAnchors(tag) {
            const wanted = rules
                .filter((c) => c.rule.context?.anyOf?.length && (c.rule.context.reach ?? 'package') !== 'file' && (tag === undefined || c.rule.context.anyOf.includes(tag)))
                .flatMap((c) => c.rule.anchors)
                .map((a) => a.toLowerCase())
                .filter((a) => !prefilterAnchors.some((f) => a.includes(f)));
            return minimalAnchors(wanted);
        },
        ruleAnchors: minimal,
        anyRule: alternation(minimal, 'i'),
        rulesFor(text, given) {
            // One pass finds every anchor present: minimal anchors cannot start at the same place, and stepping one
            // character past each hit sees overlapping ones. A rule anchor counts as present when a minimal anchor inside
            // it is, which can only let more rules run.
            const present = given ?? new Set();
            if (!given) {
                finder.lastIndex = 0;
                let m;
                while ((m = finder.exec(text)) !== null) {
                    present.add(m[0].toLowerCase());
                    finder.lastIndex = m.index + 1;
                }
            }
            return rules.filter((c) => {
                const need = needs.get(c);
                return need === undefined || need.some((a) => present.has(a));
            });
        },
    };
}


/***/ }),

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ SEARCH_PAD),
/* harmony export */   SA: () => (/* binding */ AnchorSearch),
/* harmony export */   V1: () => (/* binding */ searchPlans),
/* harmony export */   ju: () => (/* binding */ adoptSearchPlans)
/* harmony export */ });
/**
 * The prefilter over raw bytes: does a file contain one of the catalog's anchors, in any ASCII case?
 * Same answer as the case-insensitive anchor regex over the bytes read as Latin-1, without building a string
 * per file: a few lines of WebAssembly SIMD look 16 bytes at a time for three rare consecutive bytes of each anchor
 * (case folded by OR-ing 0x20, which can only add candidates), and each candidate is checked in full here.
 * The module is assembled below from the anchors themselves, so it follows the catalog.
 * Where WebAssembly SIMD is missing, create() returns undefined and the caller keeps the regex.
 */
/**
 * Bytes looked for at once: pairs are too common in base64 (source maps, lockfile hashes), triples are not; four
 * where every anchor of a set has them and the set has more anchors than buckets, since a set of many anchors of
 * common letters (`citation`, `enable_search`) shares each bucket among several, whose mixtures three bytes let
 * through every few dozen bytes of code. A set with a bucket per anchor (the prefilter's six) has no mixtures, and
 * each byte searched by three costs a quarter fewer operations: measured in process over the bench corpora's text
 * files, the prefilter went from 1.3-1.9 to 2.0-3.0 GB/s (plugin monorepo) and from 2.2-2.7 to 3.1-3.6 GB/s
 * (generated monorepo), copies into the search's memory included.
 */
const WIDTH = 3;
const WIDE = 4;
/** How many bytes a set's anchors are searched by. */
function widthOf(anchors) {
    return anchors.length > BUCKETS && anchors.every((a) => a.length >= WIDE) ? WIDE : WIDTH;
}
/** Bytes after the data that the 16-byte loads may touch; kept zero. */
const PAD = 96;
/**
 * Rough byte frequency in source and data files, most common first (digits high: numbers, dates, versions and
 * hashes are everywhere): triples are picked from the rare end.
 */
const COMMON = ' \n\t0123456789etaoinsrlcdhupmf.(),;=_"\'gbyw-/:vk[]{}xjqz';
/** Rarity of each byte value, folded as the search folds it (see key()). */
const RARITY = Uint8Array.from({ length: 256 }, (_, byte) => {
    const i = COMMON.indexOf(String.fromCharCode(byte | 0x20));
    return i === -1 ? COMMON.length + 1 : i;
});
/** Most anchors in one set: each adds a few SIMD operations per 16 bytes, for every byte searched. */
const MAX_ANCHORS = 48;
/**
 * One or more anchor sets over one memory: a file read into it once can be searched for each set in turn (the
 * catalog's anchors, then those of the rules that report only with context from other files), in place.
 */
class AnchorSearch {
    memory;
    view;
    finders;
    /** Per set, anchors by their triple, folded (see key()). */
    byKey = [];
    constructor(instance, sets) {
        this.memory = instance.exports.memory;
        this.finders = sets.map((_, i) => instance.exports[`find${i}`]);
        this.view = Buffer.from(this.memory.buffer);
        for (const anchors of sets) {
            const byKey = new Map();
            for (const a of anchors) {
                const k = key(a.bytes, a.at);
                const list = byKey.get(k) ?? [];
                list.push(a);
                byKey.set(k, list);
            }
            this.byKey.push(byKey);
        }
    }
    /** Undefined when an anchor is not plain ASCII of WIDTH bytes or more, or the runtime has no WebAssembly SIMD. */
    static create(anchors) {
        return AnchorSearch.createSets([anchors]);
    }
    /** A search with several anchor sets (tested with testIn(set, ...)); undefined as for create(), or if any set is empty. */
    static createSets(sets) {
        const plan = planOf(sets);
        if (!plan)
            return undefined;
        try {
            return new AnchorSearch(new WebAssembly.Instance(plan.module, {}), plan.lists);
        }
        catch {
            return undefined;
        }
    }
    /** Whether a set of anchors can be searched: not empty, not too many, plain ASCII of WIDTH bytes or more. */
    static accepts(anchors) {
        return anchors.length > 0 && anchors.length <= MAX_ANCHORS && anchors.every((a) => a.length >= WIDTH && /^[\x20-\x7e]+$/.test(a));
    }
    /** A buffer of at least `size` bytes to read a file into; valid until the next call. What it held stays. */
    buffer(size) {
        const need = size + PAD;
        if (this.view.length < need) {
            const pages = Math.ceil((need - this.memory.buffer.byteLength) / 65536);
            this.memory.grow(pages);
            this.view = Buffer.from(this.memory.buffer);
        }
        return this.view;
    }
    /** Whether the first `size` bytes of the buffer hold an anchor of the first set. */
    test(size) {
        return this.testIn(0, 0, size);
    }
    /**
     * Whether bytes [start, end) of the buffer hold an anchor of the given set. The PAD bytes after `end` are zeroed
     * (the 16-byte loads may read them), so whatever is stored there is lost.
     */
    testIn(set, start, end) {
        return this.findIn(set, start, end) !== -1;
    }
    /**
     * Where the first anchor of the given set starts in bytes [start, end) of the buffer, or -1; the PAD bytes after
     * `end` are zeroed as for testIn().
     */
    findIn(set, start, end) {
        const bytes = this.view;
        // The typed array's own fill: Buffer's checks its arguments first, which a scan of many small files notices.
        Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
        const find = this.finders[set];
        const byKey = this.byKey[set];
        let from = start;
        for (;;) {
            const p = find(from, end);
            if (p < 0 || p >= end)
                return -1;
            for (const a of byKey.get(key(bytes, p)) ?? []) {
                if (matchesAt(bytes, start, end, p - a.at, a.bytes))
                    return p - a.at;
            }
            from = p + 1;
        }
    }
    /**
     * Which anchors of the given set bytes [start, end) of the buffer hold (lower-case), found in one pass; the PAD
     * bytes after `end` are zeroed as for testIn().
     */
    presentIn(set, start, end) {
        const bytes = this.view;
        Uint8Array.prototype.fill.call(bytes, 0, end, end + PAD);
        const find = this.finders[set];
        const byKey = this.byKey[set];
        const found = new Set();
        for (let from = start;;) {
            const p = find(from, end);
            if (p < 0 || p >= end)
                return found;
            for (const a of byKey.get(key(bytes, p)) ?? []) {
                if (!found.has(a.text) && matchesAt(bytes, start, end, p - a.at, a.bytes))
                    found.add(a.text);
            }
            from = p + 1;
        }
    }
}
/** Bytes kept free after a region searched in place (see testIn). */
const SEARCH_PAD = PAD;
/**
 * Plans by their anchor sets: each reader of a thread (the walk's, the context pass's) searches the same sets, and
 * choosing grams and compiling the module once is most of the cost of a reader.
 */
const plans = new Map();
function searchPlans() {
    return [...plans].filter((entry) => entry[1] !== undefined);
}
/** Takes plans made on another thread, so that this one does not choose grams and compile again. */
function adoptSearchPlans(given) {
    for (const [key, plan] of given)
        if (!plans.has(key))
            plans.set(key, plan);
}
function planOf(sets) {
    const cacheKey = JSON.stringify(sets);
    if (plans.has(cacheKey))
        return plans.get(cacheKey);
    let plan;
    if (sets.length > 0 && sets.every((anchors) => AnchorSearch.accepts(anchors))) {
        const widths = sets.map(widthOf);
        const lists = sets.map((anchors, i) => chooseTriples(anchors, widths[i]));
        const grams = lists.map((list, i) => [...new Map(list.map((a) => [gramKey(a.bytes, a.at, widths[i]), [...a.bytes.subarray(a.at, a.at + widths[i])].map((b) => b | 0x20)])).values()]);
        try {
            plan = { lists, module: new WebAssembly.Module(assemble(grams)) };
        }
        catch {
            // No WebAssembly SIMD here: the callers keep their regular expressions.
            plan = undefined;
        }
    }
    plans.set(cacheKey, plan);
    return plan;
}
/** Rarity of the `width` bytes at `at` (higher: rarer). */
function score(bytes, at, width) {
    let sum = 0;
    for (let j = 0; j < width; j++)
        sum += RARITY[bytes[at + j]];
    return sum;
}
/** The folded bytes at `at`, as one number (see key()). */
function gramKey(bytes, at, width) {
    let k = 0;
    for (let j = 0; j < width; j++)
        k = k * 256 + (bytes[at + j] | 0x20);
    return k;
}
/** How much less rare than an anchor's rarest triple a triple it shares with other anchors may be. */
const SHARE_SLACK = 6;
/**
 * Which triple each anchor is searched by: its rarest, unless a triple nearly as rare also stands for other
 * anchors of the set (the spellings of one field: `enable_search`, `enablesearch`), since each distinct triple
 * costs the search of every byte a few more operations. Greedy: the triple that stands for the most anchors first.
 */
function chooseTriples(anchors, width) {
    const items = anchors.map((a) => {
        const bytes = Buffer.from(a.toLowerCase(), 'latin1');
        // Each triple's key and rarity, worked out once: the greedy loop below looks at them again each round.
        const grams = [];
        for (let at = 0; at + width <= bytes.length; at++)
            grams.push({ key: gramKey(bytes, at, width), score: score(bytes, at, width) });
        const best = Math.max(...grams.map((g) => g.score));
        return { text: a.toLowerCase(), bytes, best, grams };
    });
    const chosen = new Map();
    const left = new Set(items.keys());
    while (left.size > 0) {
        // Per candidate triple: the anchors it may stand for, and its rarity.
        const candidates = new Map();
        for (const i of left) {
            const { best, grams } = items[i];
            const seen = new Set();
            for (const { key: k, score: sc } of grams) {
                if (sc < best - SHARE_SLACK || seen.has(k))
                    continue;
                seen.add(k);
                const c = candidates.get(k) ?? { members: [], score: sc };
                c.members.push(i);
                candidates.set(k, c);
            }
        }
        let pick;
        for (const entry of candidates) {
            const [, c] = entry;
            if (!pick || c.members.length > pick[1].members.length || (c.members.length === pick[1].members.length && c.score > pick[1].score))
                pick = entry;
        }
        const [k, c] = pick;
        for (const i of c.members) {
            const { text, bytes } = items[i];
            let at = 0;
            while (gramKey(bytes, at, width) !== k)
                at++;
            chosen.set(i, { text, bytes, at });
            left.delete(i);
        }
    }
    return items.map((_, i) => chosen.get(i));
}
function key(bytes, at) {
    return ((bytes[at] | 0x20) << 16) | ((bytes[at + 1] | 0x20) << 8) | (bytes[at + 2] | 0x20);
}
function matchesAt(bytes, from, end, start, anchor) {
    if (start < from || start + anchor.length > end)
        return false;
    for (let i = 0; i < anchor.length; i++) {
        const b = bytes[start + i];
        const lower = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
        if (lower !== anchor[i])
            return false;
    }
    return true;
}
// ───────────── A tiny WebAssembly assembler, one function per anchor set ─────────────
//
// The search is Teddy's (Hyperscan; the Rust aho-corasick crate's packed searcher): each rare triple gets one of
// 8 buckets, and for each of the triple's three positions two 16-byte tables say, for a byte's low and high nibble,
// which buckets a byte with that nibble may stand for there. Looking up both nibbles of 16 bytes at once
// (i8x16.swizzle) and AND-ing the answers of the three positions leaves, per byte, the buckets whose triple may
// start there. The cost per 16 bytes is the same whatever the number of triples (up to MAX_ANCHORS), where comparing
// with each triple in turn grew with every anchor. Upper and lower case of a letter differ only in the high nibble:
// both get the bucket. With more than 8 triples a bucket holds several, and its nibble tables also accept mixtures
// of them: candidates, checked in full by testIn() like any other.
//
// (func (export "findN") (param $p i32) (param $end i32) (result i32)
//   (local $t v128) (local $m v128)
//   loop
//     if (p >= end) return -1
//     m = AND over positions j of swizzle(LO_j, load(p + j) & 0x0f) & swizzle(HI_j, load(p + j) >>u 4)
//     if any_true(m) return p + ctz(bitmask(m != 0))
//     p += 16
//   end)
const SIMD = 0xfd;
const BUCKETS = 8;
/** Bytes searched per turn of the loop. */
const STEP = 64;
/** Signed LEB128 of a non-negative number (i32.const's immediate). */
function sleb(n) {
    const out = [];
    for (;;) {
        const byte = n & 0x7f;
        n >>>= 7;
        // Done when what is left is zero and the sign bit of this byte is clear.
        if (n === 0 && (byte & 0x40) === 0)
            return [...out, byte];
        out.push(byte | 0x80);
    }
}
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
    // concat, not a spread: a function body is thousands of bytes, and this runs before the first file is read.
    return [id, ...uleb(body.length)].concat(body);
}
function constant(bytes) {
    return [SIMD, 0x0c, ...bytes];
}
function assemble(sets) {
    const [I32, V128] = [0x7f, 0x7b];
    const bodies = sets.map((grams) => {
        const width = grams[0].length;
        const code = findBody(grams);
        const body = [0x02, 0x01, I32, ...uleb(2 * width + 2 + STEP / 16), V128].concat(code); // locals: one i32, then v128s (tables, mask, t, blocks)
        return uleb(body.length).concat(body);
    });
    const exports = [...uleb(sets.length + 1), 0x06, ...Buffer.from('memory'), 0x02, 0x00];
    sets.forEach((_, i) => {
        const name = Buffer.from(`find${i}`);
        exports.push(...uleb(name.length), ...name, 0x00, ...uleb(i));
    });
    return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00].concat(section(1, [0x01, 0x60, 0x02, I32, I32, 0x01, I32]), section(3, [...uleb(sets.length), ...sets.map(() => 0x00)]), section(5, [0x01, 0x00, 0x01]), section(7, exports), section(10, uleb(sets.length).concat(...bodies))));
}
/**
 * The bucket of each gram. With more grams than buckets, neighbours in sorted order share one: they tend to share
 * bytes, so that fewer mixtures of them pass the bucket's tables.
 */
function bucketsOf(grams) {
    const order = grams.map((_, i) => i).sort((a, b) => compareBytes(grams[a], grams[b]));
    const bucket = new Array(grams.length);
    order.forEach((g, rank) => (bucket[g] = Math.floor((rank * BUCKETS) / grams.length)));
    return bucket;
}
function compareBytes(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * The nibble tables of one position of the grams (folded bytes, see key()): per nibble value, the buckets of the
 * grams whose byte at that position has it, in either case for a letter.
 */
function nibbleTables(grams, buckets, position) {
    const lo = new Array(16).fill(0);
    const hi = new Array(16).fill(0);
    grams.forEach((gram, i) => {
        const bit = 1 << buckets[i];
        const byte = gram[position];
        // Folded by OR 0x20 (key()): a letter stands for both cases; other bytes only for themselves, and for the
        // byte 0x20 below them, which folds the same way (`_` is 0x5f folded to 0x7f).
        for (const b of new Set([byte, byte & ~0x20])) {
            if ((b | 0x20) !== byte)
                continue;
            lo[b & 0x0f] |= bit;
            hi[b >> 4] |= bit;
        }
    });
    return { lo, hi };
}
function findBody(grams) {
    const get = (i) => [0x20, i];
    const set = (i) => [0x21, i];
    const width = grams[0].length;
    const buckets = bucketsOf(grams);
    // Locals: the parameters, then two nibble tables per position and the 0x0f mask (set once, before the loop), then work.
    const [P, END, BITS, TABLES] = [0, 1, 2, 3];
    const [MASK, T, M] = [TABLES + 2 * width, TABLES + 2 * width + 1, TABLES + 2 * width + 2];
    const code = [];
    for (let j = 0; j < width; j++) {
        const { lo, hi } = nibbleTables(grams, buckets, j);
        code.push(...constant(lo), ...set(TABLES + 2 * j), ...constant(hi), ...set(TABLES + 2 * j + 1));
    }
    code.push(...constant(new Array(16).fill(0x0f)), ...set(MASK));
    const zero = constant(new Array(16).fill(0));
    // The buckets whose gram may start at each of the 16 bytes at p + offset, on the stack.
    const block = (offset) => {
        const out = [];
        for (let j = 0; j < width; j++) {
            out.push(...get(P), SIMD, 0x00, 0x00, ...uleb(offset + j), ...set(T)); // t = v128.load offset=offset+j
            out.push(...get(TABLES + 2 * j), ...get(T), ...get(MASK), SIMD, 0x4e, SIMD, 0x0e); // swizzle(LO_j, t & 0x0f)
            out.push(...get(TABLES + 2 * j + 1), ...get(T), 0x41, 4, SIMD, 0x6d, SIMD, 0x0e, SIMD, 0x4e); // & swizzle(HI_j, t >>u 4)
            if (j > 0)
                out.push(SIMD, 0x4e); // & what the earlier positions left
        }
        return out;
    };
    // STEP bytes a turn, one block of 16 in each of the locals from M on; any candidate in them ends the turn.
    const blocks = STEP / 16;
    code.push(0x03, 0x40, // loop (no result)
    ...get(P), ...get(END), 0x4f, // i32.ge_u
    0x04, 0x40, 0x41, 0x7f, 0x0f, 0x0b);
    for (let b = 0; b < blocks; b++)
        code.push(...block(16 * b), ...set(M + b));
    code.push(...get(M));
    for (let b = 1; b < blocks; b++)
        code.push(...get(M + b), SIMD, 0x50); // v128.or
    code.push(SIMD, 0x53, 0x04, 0x40); // if v128.any_true(m0 | m1 | ...)
    // The first candidate: p + 16 * b + ctz(bitmask(m_b != 0)) for the first block b that has one.
    for (let b = 0; b < blocks; b++) {
        code.push(...get(M + b), ...zero, SIMD, 0x24, SIMD, 0x64, 0x22, BITS); // local.tee $bits (i32) = bitmask(m_b != 0)
        code.push(0x04, 0x40, ...get(P), 0x41, ...sleb(16 * b), 0x6a, ...get(BITS), 0x68, 0x6a, 0x0f, 0x0b); // if bits: return p + 16b + ctz(bits)
    }
    code.push(0x0b, // end if
    ...get(P), 0x41, ...sleb(STEP), 0x6a, ...set(P), // p += STEP
    0x0c, 0x00, // br 0 (loop)
    0x0b, // end loop
    0x41, 0x7f, // i32.const -1
    0x0b);
    return code;
}


/***/ }),

/***/ 456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ binaryTypeOf)
/* harmony export */ });
/**
 * File types that are binary by the definition of their format (images, fonts, archives, compiled code, media,
 * office documents, model weights): a scan skips them by name, without opening them. In repositories of LLM
 * plugins half the bytes are provider icons and screenshots; opening and sniffing each one costs more than
 * everything else the scan does. Text formats that merely look technical (svg, ipynb, lock, map, pkl protocol 0)
 * are not here: they are read and sniffed like any other file.
 */
const BINARY_EXTENSIONS = new Set([
    // images
    'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'icns', 'tif', 'tiff', 'avif', 'heic', 'heif', 'psd',
    // fonts
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    // archives and packages
    'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'jar', 'war', 'ear', 'whl', 'apk', 'ipa', 'dmg', 'iso',
    // compiled code
    'class', 'pyc', 'pyo', 'o', 'obj', 'a', 'so', 'dylib', 'dll', 'exe', 'wasm',
    // audio and video
    'mp3', 'mp4', 'm4a', 'm4v', 'wav', 'ogg', 'oga', 'opus', 'flac', 'mov', 'avi', 'mkv', 'webm',
    // documents
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp',
    // model weights and columnar data
    'onnx', 'pt', 'pth', 'safetensors', 'ckpt', 'npy', 'npz', 'parquet', 'tflite',
    // databases
    'sqlite', 'sqlite3',
]);
/** The skip reason for a file whose name says it is binary, or undefined when its bytes must decide. */
function binaryTypeOf(rel) {
    const dot = rel.lastIndexOf('.');
    // No extension, or a dotfile such as `.png` whose whole name is the "extension".
    if (dot <= rel.lastIndexOf('/') + 1)
        return undefined;
    const ext = rel.slice(dot + 1).toLowerCase();
    return BINARY_EXTENSIONS.has(ext) ? `binary file type (.${ext})` : undefined;
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ compileCatalog)
/* harmony export */ });
/* unused harmony exports CatalogError, compileRule */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

class CatalogError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
function compileCatalog(rules, overrides = {}) {
    const disabled = new Set(overrides.disabled ?? []);
    const compiled = [];
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
    }
    return {
        rules: compiled,
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
        const compiled = { rule, re: new RegExp(rule.pattern, rule.group ? flags + 'd' : flags), skipsLockfiles: rule.category === 'legacy-model' };
        if (rule.unless)
            compiled.unless = new RegExp(rule.unless, 'i');
        if (rule.files)
            compiled.files = new RegExp(rule.files, 'i');
        if (rule.context?.orAt)
            compiled.orAt = new RegExp(rule.context.orAt);
        if (rule.replacement.rewrite) {
            compiled.rewrite = { from: new RegExp(rule.replacement.rewrite.from, 'i'), to: rule.replacement.rewrite.to };
        }
        return compiled;
    }
    catch (err) {
        throw new CatalogError(`rule ${rule.id}: invalid pattern: ${err.message}`);
    }
}


/***/ }),

/***/ 5570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   BB: () => (/* binding */ dirName),
/* harmony export */   CQ: () => (/* binding */ SHAREABLE_TAGS),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Yh: () => (/* binding */ isManifest),
/* harmony export */   cR: () => (/* binding */ ancestorDirs),
/* harmony export */   eo: () => (/* binding */ ContextIndex)
/* harmony export */ });
/* unused harmony export MANIFEST_FILE */
/**
 * Context beyond the file. Real projects keep the request struct or options class in one file and the client,
 * the endpoint and the model IDs in a sibling file of the same package, and name the SDK once in a manifest. This
 * module is the pure part of that: it collects the strong evidence each file gives (from a first, file-only match)
 * and answers what context another file takes from its package (the other files of its directory) and its project
 * (manifests and project-wide imports in an ancestor directory). No I/O: the full scan feeds it from its own pass
 * over the tree, the pull-request scan from a context reader that lists only the changed files' directories and
 * the manifests above them.
 */
/** Tags strong enough to lend to other files; weaker ones (a model ID, an action name) stay in their file. */
const SHAREABLE_TAGS = new Set(['hunyuan', 'lke', 'hunyuan-cloudapi', 'lke-sdk', 'hunyuan-image', 'llm-use']);
/** The project manifests whose dependencies name the legacy SDKs (matched on the base name). */
const MANIFEST_FILE = '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';
const MANIFEST_RE = new RegExp(MANIFEST_FILE, 'i');
function isManifest(path) {
    return MANIFEST_RE.test(baseName(path));
}
function dirName(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** The directories above a path's directory, nearest first, ending with the root (''). */
function ancestorDirs(path) {
    const out = [];
    let dir = dirName(path);
    for (;;) {
        out.push(dir);
        if (dir === '')
            return out;
        dir = dirName(dir);
    }
}
/**
 * The language family of a file: a package is the files of one directory in one family (a Go package, a Java or
 * Kotlin package, a Python package, a TS/JS folder). Documentation and data files are in no family: prose naming
 * a host lends nothing to the code beside it, and nothing is lent to it.
 */
const FAMILIES = new Map(Object.entries({
    go: 'go',
    java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm',
    py: 'python', pyi: 'python',
    ts: 'js', tsx: 'js', mts: 'js', cts: 'js', js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', vue: 'js', svelte: 'js',
    cs: 'csharp',
    php: 'php',
    rb: 'ruby',
    rs: 'rust',
    swift: 'swift',
    dart: 'dart',
    c: 'c', cc: 'c', cpp: 'c', h: 'c', hpp: 'c',
    lua: 'lua',
}));
/** A Map, not an object: a file named `x.constructor` has no family. Asked of every file, so without a copy of its name. */
function familyOf(path) {
    const dot = path.lastIndexOf('.');
    // No dot in the name, or only a leading one (`.bashrc`).
    if (dot <= path.lastIndexOf('/') + 1)
        return undefined;
    const ext = path.slice(dot + 1);
    return FAMILIES.get(ext) ?? FAMILIES.get(ext.toLowerCase());
}
function isUnder(path, dir) {
    return dir === '' || path.startsWith(dir + '/');
}
function packageKey(dir, family) {
    return `${family}:${dir}`;
}
/** Evidence of many files, and the context each file takes from the others. */
class ContextIndex {
    byDir = new Map();
    project = [];
    manifestDirs = new Set();
    seen = new Set();
    byPath = new Map();
    /** Each file's relative imports, as candidate paths per import (see relative-imports.ts). */
    imports = new Map();
    /** Records a file the scan has seen: its evidence (possibly none), and whether it is a manifest. */
    add(path, evidence) {
        if (isManifest(path))
            this.manifestDirs.add(dirName(path));
        if (evidence.length === 0 || this.seen.has(path))
            return;
        this.seen.add(path);
        this.byPath.set(path, [...evidence]);
        const family = familyOf(path);
        const entry = { path, evidence: [...evidence] };
        if (family) {
            const key = packageKey(dirName(path), family);
            const list = this.byDir.get(key);
            if (list)
                list.push(entry);
            else
                this.byDir.set(key, [entry]);
        }
        // Manifests and project-wide imports lend to the whole project, whatever the file's family.
        if (evidence.some((e) => e.reach === 'project'))
            this.project.push(entry);
    }
    /** A manifest seen by name only (its content had nothing legacy): it marks where a project starts. */
    noteManifest(path) {
        if (isManifest(path))
            this.manifestDirs.add(dirName(path));
    }
    /** Records the files a file imports by relative path: each import's evidence is lent to it as a sibling's is. */
    noteImports(path, candidates) {
        if (candidates.length)
            this.imports.set(path, candidates);
    }
    get empty() {
        return this.byPath.size === 0;
    }
    /** Whether a file is in a package (directory and family) where another file lends evidence. */
    inPackageWithEvidence(path) {
        const family = familyOf(path);
        return family !== undefined && (this.byDir.get(packageKey(dirName(path), family)) ?? []).some((e) => e.path !== path);
    }
    /** Directories whose whole subtree takes project evidence. */
    projectRoots() {
        return [...new Set(this.project.map((e) => this.projectRootOf(e.path)))];
    }
    /** Whether a file takes any context from outside itself. */
    touches(path) {
        if (this.inPackageWithEvidence(path) || this.importedEvidence(path).length)
            return true;
        if (familyOf(path) === undefined && !isManifest(path))
            return false;
        return this.project.some((e) => e.path !== path && isUnder(path, this.projectRootOf(e.path)));
    }
    contextFor(path) {
        const pkg = new Map();
        const proj = new Map();
        const family = familyOf(path);
        if (family === undefined)
            return undefined;
        for (const e of this.byDir.get(packageKey(dirName(path), family)) ?? []) {
            if (e.path === path)
                continue;
            for (const ev of e.evidence) {
                if (!pkg.has(ev.tag))
                    pkg.set(ev.tag, { scope: 'package', path: e.path, evidence: ev.what });
            }
        }
        for (const e of this.importedEvidence(path)) {
            for (const ev of e.evidence) {
                if (!pkg.has(ev.tag))
                    pkg.set(ev.tag, { scope: 'import', path: e.path, evidence: ev.what });
            }
        }
        for (const e of this.project) {
            if (e.path === path || !isUnder(path, this.projectRootOf(e.path)))
                continue;
            for (const ev of e.evidence) {
                if (ev.reach === 'project' && !proj.has(ev.tag))
                    proj.set(ev.tag, { scope: 'project', path: e.path, evidence: ev.what });
            }
        }
        return pkg.size || proj.size ? { package: pkg, project: proj } : undefined;
    }
    /** The evidence of the files a file imports: for each import, the first candidate path that lends any. */
    importedEvidence(path) {
        const out = [];
        for (const candidates of this.imports.get(path) ?? []) {
            const hit = candidates.find((c) => c !== path && this.byPath.has(c));
            if (hit !== undefined)
                out.push({ path: hit, evidence: [...this.byPath.get(hit)] });
        }
        return out;
    }
    /** A manifest's project is its directory; a project-wide import's is the nearest directory above with a manifest. */
    projectRootOf(path) {
        if (isManifest(path))
            return dirName(path);
        for (const dir of ancestorDirs(path))
            if (this.manifestDirs.has(dir))
                return dir;
        return '';
    }
}


/***/ }),

/***/ 3787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ copiedAnchorTestsOf)
/* harmony export */ });
/* harmony import */ var _anchor_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4009);
/* harmony import */ var _anchor_search_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2049);
/* harmony import */ var _file_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(180);



const tests = new WeakMap();
function copiedAnchorTestsOf(catalog) {
    let found = tests.get(catalog);
    if (!found) {
        found = build(catalog);
        tests.set(catalog, found);
    }
    return found;
}
function build(catalog) {
    const index = (0,_anchor_index_js__WEBPACK_IMPORTED_MODULE_0__/* .anchorIndexOf */ .t)(catalog);
    const sets = [index.prefilterAnchors, index.ruleAnchors];
    const search = sets.every((s) => _anchor_search_js__WEBPACK_IMPORTED_MODULE_1__/* .AnchorSearch */ .SA.accepts(s)) ? _anchor_search_js__WEBPACK_IMPORTED_MODULE_1__/* .AnchorSearch */ .SA.createSets(sets) : undefined;
    const viaSearch = (set, regex) => {
        const re = (0,_file_text_js__WEBPACK_IMPORTED_MODULE_2__/* .regexAnchors */ .wo)(regex);
        if (!search)
            return re;
        return {
            bytes: (b) => {
                search.buffer(b.length).set(b, 0);
                return search.testIn(set, 0, b.length);
            },
            text: re.text,
        };
    };
    return { prefilter: viaSearch(0, index.prefilter), anyRule: viaSearch(1, index.anyRule) };
}


/***/ }),

/***/ 4771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Vt: () => (/* binding */ hasUtf16Bom)
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
/** A UTF-16 byte-order mark (either endianness): such text has NUL bytes and is not Latin-1 readable. */
function hasUtf16Bom(bytes) {
    return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
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

/***/ 180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hm: () => (/* binding */ ANY_TEXT),
  CG: () => (/* binding */ fileText),
  wo: () => (/* binding */ regexAnchors)
});

// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/tool.ts
var tool = __nccwpck_require__(5325);
;// CONCATENATED MODULE: ./src/scan/own-report.ts

/**
 * Reports and baselines this tool wrote quote every legacy endpoint and model ID they list; scanning them again
 * would count each finding twice (a SARIF file turns 36 findings into 367). They are recognised by their content,
 * whatever their name or wherever they were written: the head must be one of the tool's own formats, key order
 * included, and the whole file must parse as JSON with that format's shape. A hand-made file that only looks like a
 * report in its first bytes is scanned as usual; one that passes is listed as skipped, never silently dropped.
 */
const OWN_REPORT_REASON = `written by ${tool/* TOOL_NAME */.lH}`;
const own_report_name = tool/* TOOL_NAME */.lH.replace(/-/g, '\\-');
const HEADS = [
    // JSON report (scan --format json, the action's json-file) and the smoke test's JSON: {"version":1,"tool":{"name":...
    new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${own_report_name}"`),
    // Baseline: {"version":1,"tool":"tokenhub-migration-check",...
    new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*"${own_report_name}"`),
    // SARIF: {"$schema":"...sarif...","version":"2.1.0","runs":[{"tool":{"driver":{"name":...
    new RegExp(`^\\s*\\{\\s*"\\$schema"\\s*:\\s*"[^"]*sarif[^"]*"\\s*,\\s*"version"\\s*:\\s*"2\\.1\\.0"\\s*,\\s*"runs"\\s*:\\s*\\[\\s*\\{\\s*"tool"\\s*:\\s*\\{\\s*"driver"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${own_report_name}"`),
];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isOwnReport(text) {
    const head = text.slice(0, 1024);
    if (!HEADS.some((re) => re.test(head)))
        return false;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!isObject(doc))
        return false;
    if (doc.version === 1 && doc.tool === tool/* TOOL_NAME */.lH)
        return Array.isArray(doc.findings);
    if (doc.version === 1 && isObject(doc.tool) && doc.tool.name === tool/* TOOL_NAME */.lH)
        return Array.isArray(doc.findings);
    if (doc.version === '2.1.0' && Array.isArray(doc.runs)) {
        return doc.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === tool/* TOOL_NAME */.lH && Array.isArray(r.results));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scan/file-text.ts


/** The anchor test of a regular expression. */
function regexAnchors(re) {
    return {
        bytes: (b) => re.test(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1')),
        text: (t) => re.test(t),
    };
}
/** No anchor test: every text file is matched. */
const ANY_TEXT = { bytes: () => true, text: () => true };
function fileText(bytes, anchors, decodeWith = decode/* decode */.D4) {
    // The cheap test comes first: the anchors over the raw bytes, and only files with a hit are decoded.
    const utf16 = (0,decode/* hasUtf16Bom */.Vt)(bytes);
    if (!utf16) {
        if ((0,decode/* isBinary */.Go)(bytes))
            return { kind: 'skipped', reason: 'binary' };
        if (!anchors.bytes(bytes))
            return { kind: 'no-anchor' };
    }
    const decoded = decodeWith(bytes);
    if (decoded.kind === 'skip')
        return { kind: 'skipped', reason: decoded.reason };
    let text = decoded.text;
    // A BOM is not part of the first line's columns.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (utf16 && !anchors.text(text))
        return { kind: 'no-anchor' };
    if (isOwnReport(text))
        return { kind: 'skipped', reason: OWN_REPORT_REASON };
    return { kind: 'text', text, decoded };
}


/***/ }),

/***/ 7594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
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


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_EXCLUDES),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   fO: () => (/* binding */ WalkRules)
/* harmony export */ });
/* unused harmony exports MAX_IGNORE_FILE_BYTES, IgnoreFile, matchesNameOnly */
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6043);




/** Larger ignore files are not read: real ones are a few KiB; a PR's may be a link to /dev/zero. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
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
/**
 * The default excludes are folder names (`**\/name/**`): a walk prunes such a folder by its name alone, which is what
 * the same lines mean as .gitignore patterns in diff mode.
 */
const DEFAULT_EXCLUDED_FOLDERS = new Set(DEFAULT_EXCLUDES.map((p) => /^\*\*\/([^/*]+)\/\*\*$/.exec(p)[1]));
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
/**
 * What a scan lists and leaves out, for one thread: default excludes, user excludes and includes, and what
 * .gitignore files say. Folders that are excluded or ignored are pruned, never read; files are not stat-ed (the
 * reader learns their size when it opens them). Symbolic links are never followed (a link's target inside the
 * root is listed under its own path; one outside the root is not ours to read), which also makes link loops
 * harmless. Each thread of a parallel scan has its own WalkRules and lists the folders it is given with
 * readDir(); the .gitignore files a folder's ancestors hold travel with its DirTask, and each thread reads the
 * ones it has not seen yet.
 */
class WalkRules {
    root;
    gitignores;
    includeMatcher;
    excludeMatcher;
    namedFiles;
    namedDirs;
    constructor(opts, named) {
        this.root = opts.root;
        this.gitignores = opts.gitignore === false ? undefined : new Gitignores(opts.root);
        // Every thread reads the root's ignore files; start() alone reports the ones not read.
        this.gitignores?.takeRefused();
        this.includeMatcher = opts.include?.length ? ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(opts.include) : undefined;
        this.excludeMatcher = opts.exclude?.length ? new IgnoreFile(opts.exclude) : undefined;
        if (named && named.files.length + named.dirs.length > 1) {
            this.namedFiles = new Set(named.files);
            this.namedDirs = new Set(named.dirs);
        }
    }
    /**
     * The targets, sorted into files to scan, folders to walk and what is skipped. When targets overlap, a file or
     * folder named on its own is listed by its own entry only (with its own rules: a named file even if ignored),
     * and the walk of an enclosing folder passes over it, so nothing is listed twice.
     */
    static start(opts) {
        const root = opts.root;
        const targets = [...new Set(opts.targets?.length ? opts.targets : [root])];
        const out = { files: [], dirs: [], skipped: [], named: { files: [], dirs: [] } };
        const kinds = [];
        for (const target of targets) {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(target);
            const rel = relOf(root, target);
            if (st.isSymbolicLink())
                out.skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
            else if (!st.isFile() && !st.isDirectory())
                out.skipped.push({ path: rel, reason: 'not a regular file' });
            else {
                kinds.push({ abs: target, rel, st });
                (st.isFile() ? out.named.files : out.named.dirs).push(rel);
            }
        }
        const rules = new WalkRules(opts, out.named);
        if (rules.gitignores)
            out.skipped.push(...new Gitignores(root).takeRefused());
        for (const { abs, rel, st } of kinds) {
            if (st.isFile()) {
                // A file named on the command line is scanned even if .gitignore or the default excludes cover it;
                // an explicit --exclude still wins.
                if (!rules.excludeMatcher?.ignores(rel, ''))
                    out.files.push({ abs, rel, size: st.size });
                continue;
            }
            if (rel !== '' && (rules.excludeMatcher?.ignores(rel, '/') || rules.gitignores?.ignoresTarget(rel)))
                continue;
            out.dirs.push({ abs, rel, ignores: rules.gitignores?.loadAncestors(rel) ?? [] });
        }
        return out;
    }
    /** Lists one folder: its files that the rules keep, and its subfolders that they do not prune. */
    readDir(dir) {
        const out = { files: [], dirs: [], skipped: [] };
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir.abs, { withFileTypes: true });
        }
        catch (err) {
            // Said like an unreadable file: a folder the scan could not look into is not a clean folder.
            out.skipped.push({ path: dir.rel === '' ? '.' : `${dir.rel}/`, reason: `unreadable folder (${err.code ?? err.message})` });
            return out;
        }
        const gitignores = this.gitignores;
        let ignores = dir.ignores;
        if (gitignores) {
            gitignores.ensure(ignores);
            if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) && gitignores.load(dir.rel, dir.abs))
                ignores = [...ignores, dir.rel];
            // Only the thread that lists a folder reports its ignore file (others read it through ensure()).
            out.skipped.push(...gitignores.takeRefused());
        }
        // Joined by hand: path.join normalises every entry's path again, which a walk of many small files notices.
        const absPrefix = dir.abs.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? dir.abs : dir.abs + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
        for (const e of entries) {
            const entryRel = dir.rel === '' ? e.name : `${dir.rel}/${e.name}`;
            const kind = kindOf(e, dir.abs);
            if (kind === 'dir') {
                if (DEFAULT_EXCLUDED_FOLDERS.has(e.name))
                    continue;
                if (this.namedDirs?.has(entryRel))
                    continue;
                if (this.excludeMatcher?.ignoresEntry(entryRel, '/'))
                    continue;
                if (gitignores?.ignoresFolder(entryRel))
                    continue;
                out.dirs.push({ abs: absPrefix + e.name, rel: entryRel, ignores });
            }
            else if (kind === 'file') {
                if (this.namedFiles?.has(entryRel))
                    continue;
                if (this.excludeMatcher?.ignoresEntry(entryRel, ''))
                    continue;
                if (this.includeMatcher && !this.includeMatcher.ignores(entryRel))
                    continue;
                if (gitignores?.ignoresFile(entryRel))
                    continue;
                out.files.push({ abs: absPrefix + e.name, rel: entryRel });
            }
        }
        return out;
    }
}
/**
 * Lists the files of a scan, one folder after the other on this thread: the given targets, minus default
 * excludes, user excludes and what .gitignore files say (see WalkRules). A parallel scan lists the same files
 * with the same WalkRules, spread over its threads.
 */
function walkFiles(opts) {
    const start = WalkRules.start(opts);
    const rules = new WalkRules(opts, start.named);
    function* generate() {
        yield* start.files;
        // Depth first, with an explicit stack: trees can be deeper than the call stack likes.
        const stack = [...start.dirs].reverse();
        while (stack.length > 0) {
            const listing = rules.readDir(stack.pop());
            start.skipped.push(...listing.skipped);
            yield* listing.files;
            for (let i = listing.dirs.length - 1; i >= 0; i--)
                stack.push(listing.dirs[i]);
        }
    }
    return { files: generate(), skipped: start.skipped };
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
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, e.name));
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'other';
    }
}
function relOf(root, abs) {
    return toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, abs));
}
/** Each .gitignore of the tree, by its folder relative to the root ('' for the root), loaded as the walk reaches it. */
class Gitignores {
    map = new Map();
    root;
    /** Ignore files not read since the last takeRefused(). */
    refused = [];
    constructor(root) {
        this.root = root;
        // The root's .gitignore, then .git/info/exclude: one list of lines, parsed once.
        const lines = [this.readText(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.gitignore')), this.readText(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, '.git', 'info', 'exclude'))].filter((t) => t.trim());
        if (lines.length)
            this.map.set('', new IgnoreFile(lines.join('\n')));
    }
    read(file) {
        const content = this.readText(file);
        return content ? new IgnoreFile(content) : undefined;
    }
    /** A regular file within the cap, never through a link: a PR's .gitignore may link to /dev/zero or be a FIFO. */
    readText(file) {
        const r = (0,_safe_fs_bounded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFileSync */ .e4)(file, MAX_IGNORE_FILE_BYTES);
        if (r.ok)
            return r.bytes.toString('utf8');
        if (!r.missing)
            this.refused.push({ path: relOf(this.root, file), reason: `ignore file not read: ${r.reason}` });
        return '';
    }
    takeRefused() {
        const out = this.refused;
        this.refused = [];
        return out;
    }
    /** Reads a folder's .gitignore (not the root's: the constructor has it); true when it has rules. */
    load(dirRel, dirAbs) {
        if (dirRel === '')
            return false;
        if (this.map.has(dirRel))
            return true;
        const ig = this.read(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dirAbs, '.gitignore'));
        if (ig)
            this.map.set(dirRel, ig);
        return ig !== undefined;
    }
    /** The .gitignore files another thread found in these folders, read here too if this thread has not yet. */
    ensure(dirRels) {
        for (const dirRel of dirRels)
            if (!this.map.has(dirRel))
                this.load(dirRel, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, ...dirRel.split('/')));
        this.takeRefused(); // the thread that listed those folders reported them
    }
    /** The .gitignore files of the folders between the root and a target folder: returns the folders that have one. */
    loadAncestors(targetRel) {
        const found = [];
        if (targetRel === '')
            return found;
        const parts = targetRel.split('/');
        for (let depth = 1; depth < parts.length; depth++) {
            const dirRel = parts.slice(0, depth).join('/');
            if (this.load(dirRel, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, ...parts.slice(0, depth))))
                found.push(dirRel);
        }
        return found;
    }
    /** Whether a file the walk reached is ignored. */
    ignoresFile(rel) {
        return this.judge(rel, '', true);
    }
    /** Whether a folder the walk reached is ignored. */
    ignoresFolder(rel) {
        return this.judge(rel, '/', true);
    }
    /** Whether a folder named as a target is ignored, its parents' say included. */
    ignoresTarget(rel) {
        return this.judge(rel, '/', false);
    }
    // Each ancestor folder's .gitignore judges the path relative to that folder; the `ignore` package also
    // applies a pattern that names a parent folder to everything below it.
    judge(rel, suffix, walked) {
        if (this.map.size === 0)
            return false;
        const ask = (ig, p) => (walked ? ig.ignoresEntry(p, suffix) : ig.ignores(p, suffix));
        const root = this.map.get('');
        if (root && ask(root, rel))
            return true;
        if (this.map.size === 1 && root)
            return false;
        let slash = rel.indexOf('/');
        while (slash !== -1) {
            const ig = this.map.get(rel.slice(0, slash));
            if (ig && ask(ig, rel.slice(slash + 1)))
                return true;
            slash = rel.indexOf('/', slash + 1);
        }
        return false;
    }
}
/** Answers remembered per ignore file, by name: a tree repeats its file names (`__init__.py`, `manifest.yaml`) often. */
const MAX_REMEMBERED_NAMES = 65536;
/**
 * One ignore file's patterns, or the exclude list (the `ignore` package decides), asked in two ways: about any path
 * (a target named on the command line), or about an entry the walk reached, whose folders were all found not
 * ignored. For the second, git matches a pattern without a slash (but a trailing one) against the entry's name
 * alone, and a root-anchored literal (`/.tokenhub-migration.yml`, which the tool adds for its own files) only against
 * that one path: when every line is one of those, the answer is the name's, remembered by name, or a set lookup,
 * instead of the package working it out again for every path and testing each of its parent folders.
 */
class IgnoreFile {
    ig;
    /** When the entries' answers come from their names and literal paths (see above). */
    fast;
    constructor(lines) {
        const text = typeof lines === 'string' ? lines : lines.join('\n');
        this.ig = ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(text);
        this.fast = simpleLines(text.split(/\r?\n/));
    }
    /** Whether any path (relative to the file's folder; `suffix` '/' for a folder) is ignored, its folders' say included. */
    ignores(rel, suffix) {
        return this.ig.ignores(rel + suffix);
    }
    /** Whether an entry of a folder the walk reached (so none of its folders is ignored) is ignored. */
    ignoresEntry(rel, suffix) {
        const fast = this.fast;
        if (!fast)
            return this.ig.ignores(rel + suffix);
        if (fast.lengths.has(rel.length)) {
            // The package matches case-insensitively (its default, kept for the same answers as diff mode's).
            const lower = rel.toLowerCase();
            if (fast.paths.has(lower) || (suffix === '/' && fast.folders.has(lower)))
                return true;
        }
        if (!fast.names)
            return false;
        if (fast.plain)
            return fast.plain.ignores(rel.slice(rel.lastIndexOf('/') + 1), suffix === '/');
        const name = rel.slice(rel.lastIndexOf('/') + 1) + suffix;
        let answer = fast.byName.get(name);
        if (answer === undefined) {
            answer = fast.names.ignores(name);
            if (fast.byName.size >= MAX_REMEMBERED_NAMES)
                fast.byName.clear();
            fast.byName.set(name, answer);
        }
        return answer;
    }
}
/** Lines whose entries' answers come from names and literal paths alone (see IgnoreFile); undefined otherwise. */
function simpleLines(lines) {
    const names = [];
    const paths = new Set();
    const folders = new Set();
    for (const line of lines) {
        if (matchesNameOnly(line))
            names.push(line);
        else {
            const literal = anchoredLiteral(line);
            if (literal === undefined)
                return undefined;
            (literal.folder ? folders : paths).add(literal.path.toLowerCase());
        }
    }
    // A negation after a literal could take back what the literal says: only names may then be negated, and only
    // when there is no literal.
    if (paths.size + folders.size > 0 && names.some((l) => l.trim().startsWith('!')))
        return undefined;
    const patterns = names.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    const lengths = new Set([...paths, ...folders].map((p) => p.length));
    return { byName: new Map(), names: patterns.length ? ignore__WEBPACK_IMPORTED_MODULE_0___default()().add(patterns) : undefined, plain: PlainNames.of(patterns), paths, folders, lengths };
}
/**
 * Name lines that are each a plain name (`.env`, `dist/`) or a plain suffix after one star (`*.log`, `*.min.js`),
 * none negated: an entry is ignored when its name (in any case, as the package matches) is one of the names or
 * ends with one of the suffixes, folder-only lines applying to folders only. Most ignore files are only such lines,
 * and most names in a tree are seen once, so that remembering answers by name does not spare the package's work.
 */
class PlainNames {
    names;
    folderNames;
    suffixes;
    folderSuffixes;
    constructor(names, folderNames, suffixes, folderSuffixes) {
        this.names = names;
        this.folderNames = folderNames;
        this.suffixes = suffixes;
        this.folderSuffixes = folderSuffixes;
    }
    static of(patterns) {
        const names = new Set();
        const folderNames = new Set();
        const suffixes = [];
        const folderSuffixes = [];
        for (const line of patterns) {
            // Spaces are kept as they are written (the package has its own rules for them), and so is anything else unusual.
            if (line !== line.trim() || line.startsWith('!'))
                return undefined;
            const folder = line.endsWith('/');
            const body = (folder ? line.slice(0, -1) : line).toLowerCase();
            const star = body.startsWith('*') ? body.slice(1) : undefined;
            const literal = star ?? body;
            if (literal === '' || /[*?[\\/]/.test(literal))
                return undefined;
            if (star === undefined)
                (folder ? folderNames : names).add(literal);
            else
                (folder ? folderSuffixes : suffixes).push(literal);
        }
        return new PlainNames(names, folderNames, suffixes, folderSuffixes);
    }
    ignores(name, folder) {
        const lower = name.toLowerCase();
        if (this.names.has(lower) || (folder && this.folderNames.has(lower)))
            return true;
        for (const s of this.suffixes)
            if (lower.endsWith(s))
                return true;
        if (folder)
            for (const s of this.folderSuffixes)
                if (lower.endsWith(s))
                    return true;
        return false;
    }
}
/** `/path/to/x` (or `/path/to/dir/`): a root-anchored path without wildcards, escapes or negation. */
function anchoredLiteral(line) {
    const pattern = line.replace(/[ \t]+$/, '');
    if (!pattern.startsWith('/') || /[*?[\\!]/.test(pattern))
        return undefined;
    const folder = pattern.endsWith('/');
    const path = pattern.slice(1, folder ? -1 : undefined);
    if (path === '' || path.includes('//') || path.split('/').some((part) => part === '.' || part === '..'))
        return undefined;
    return { path, folder };
}
/**
 * Whether a .gitignore line matches by a path's last part alone: blank, a comment, or a pattern with no slash but a
 * trailing one (gitignore(5): "If there is a separator at the beginning or middle of the pattern, then the pattern is
 * relative to the directory level of the particular .gitignore file itself"). A backslash could escape anything:
 * such lines are not trusted to be simple.
 */
function matchesNameOnly(line) {
    const pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#'))
        return true;
    if (pattern.includes('\\'))
        return false;
    const body = pattern.replace(/^!/, '').replace(/\/$/, '');
    return body !== '' && !body.includes('/');
}


/***/ }),

/***/ 1967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isLockfile)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5570);

/**
 * Lockfiles: generated by package managers, full of package names and base64 integrity hashes (`sha512-...`).
 * They are scanned, since a legacy SDK's package name in one is worth reporting, but no model ID in them is ever
 * sent to an API, and short model anchors (`hy3`, `hy4`) turn up in their hashes by chance: model rules skip them,
 * and so does the prefilter when only model rules could match.
 */
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|bun\.lockb?|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|composer\.lock|Gemfile\.lock|go\.sum|packages\.lock\.json|gradle\.lockfile|pubspec\.lock|Podfile\.lock|Package\.resolved|mix\.lock|flake\.lock)$/i;
function isLockfile(path) {
    return LOCKFILE.test((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(path));
}


/***/ }),

/***/ 4625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ collectMatches),
  XK: () => (/* binding */ decideFindings),
  H1: () => (/* binding */ matchText),
  aP: () => (/* binding */ replacementFor),
  lM: () => (/* binding */ takesOutsideContext)
});

// UNUSED EXPORTS: composeMessage, matchFile

// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(5570);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./src/scan/ignore-directives.ts

const DIRECTIVE = /tokenhub-migration-ignore(-next-line)?(?![\w-])([^\n]*)/gi;
const KEYWORD = /tokenhub-migration-ignore/i;
const COMMENT_END = /\*\/|-->|%>|#}|"""|'''/;
/** Lower-case words joined by `-`, `_` or `.`: how every rule id and category is written. */
const ID_SHAPED = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/i;
function hasIgnoreKeyword(lineText) {
    return KEYWORD.test(lineText);
}
/** 1-based column where the first directive on the line starts, or 0 when there is none. */
function directiveColumn(lineText) {
    return lineText.search(KEYWORD) + 1;
}
function parseIgnoreDirectives(lineText, knownTargets) {
    if (!hasIgnoreKeyword(lineText))
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
        const targets = [];
        const unknown = [];
        const plain = [];
        for (const w of words) {
            const lower = w.toLowerCase();
            if (knownTargets.has(lower))
                targets.push(lower);
            else if (ID_SHAPED.test(w))
                unknown.push(w);
            else
                plain.push(w);
        }
        if (!reason && targets.length === 0 && plain.length > 0)
            reason = plain.join(' ');
        directives.push({ scope: m[1] ? 'next-line' : 'line', targets, ...(reason ? { reason } : {}), unknown });
    }
    return directives;
}
/** Whether the directive ignores this finding: never when it names a rule id that does not exist. */
function directiveCovers(d, ruleId, category) {
    if (d.unknown.length > 0)
        return false;
    return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category);
}
/** Why a directive with unknown ids ignores nothing, with the nearest known id for each. */
function unknownTargetsProblem(d, line, knownTargets) {
    const known = [...knownTargets];
    const named = d.unknown.map((w) => {
        const near = known.length ? (0,mod/* closest */.kp)(w.toLowerCase(), known) : undefined;
        const close = near !== undefined && (0,mod/* distance */.Io)(w.toLowerCase(), near) <= Math.max(2, Math.floor(w.length / 4));
        return `'${w}'${close ? ` (did you mean '${near}'?)` : ''}`;
    });
    return (`The ignore comment on line ${line} ignores nothing: ${named.join(', ')} ${d.unknown.length === 1 ? 'is not a rule id or category' : 'are not rule ids or categories'}. ` +
        "Fix the id, or put a reason after ' -- '.");
}

// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __nccwpck_require__(9824);
// EXTERNAL MODULE: ./src/scan/lines.ts
var scan_lines = __nccwpck_require__(7594);
// EXTERNAL MODULE: ./src/finding/fingerprint.ts
var fingerprint = __nccwpck_require__(7641);
// EXTERNAL MODULE: ./src/scan/anchor-index.ts
var anchor_index = __nccwpck_require__(4009);
// EXTERNAL MODULE: ./src/scan/lockfiles.ts
var lockfiles = __nccwpck_require__(1967);
// EXTERNAL MODULE: ./src/catalog/docs-url.ts + 1 modules
var docs_url = __nccwpck_require__(4658);
;// CONCATENATED MODULE: ./src/scan/match-text.ts








/** Longest matched text kept in a finding (minified files can match inside very long tokens). */
const MAX_MATCH_CHARS = 200;
const NO_NEIGHBOURHOOD = { before: '', after: '' };
/**
 * Applies the catalog to one file's text. Pure: no I/O, so it runs the same on the main thread and in workers.
 * Two steps: collectMatches() finds every rule's raw matches, decideFindings() decides which are findings, at
 * what severity, given the context the file takes from other files.
 */
function matchText(text, path, catalog, external, options = {}) {
    return matchFile(text, path, catalog, external, options).findings;
}
function matchFile(text, path, catalog, external, options = {}) {
    const collected = collectMatches(text, path, catalog, undefined, options);
    return { findings: decideFindings(collected, catalog, external, options), shared: collected.shared };
}
function collectMatches(text, path, catalog, present, options = {}) {
    const fingerprints = options.fingerprints !== false;
    const base = (0,context/* baseName */.Fl)(path);
    const lockfile = (0,lockfiles/* isLockfile */.e)(path);
    const lines = new scan_lines/* LineIndex */.r(text);
    const matches = [];
    const index = ruleIndexOf(catalog);
    const tags = new Set();
    for (const compiled of (0,anchor_index/* anchorIndexOf */.t)(catalog).rulesFor(text, present)) {
        const { re, unless, rule } = compiled;
        if (compiled.files && !compiled.files.test(base))
            continue;
        if (lockfile && compiled.skipsLockfiles)
            continue;
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
            const from = lines.position(start);
            const to = lines.position(end);
            const lineText = lines.lineText(from.line);
            const raw = {
                rule: index.get(compiled),
                line: from.line,
                column: from.column,
                endLine: to.line,
                endColumn: to.column,
                text: matched,
                around: fingerprints ? (0,fingerprint/* neighbourhood */.Y)(lineText, from.column, to.line === from.line ? to.column : Number.MAX_SAFE_INTEGER) : NO_NEIGHBOURHOOD,
            };
            if (compiled.orAt)
                raw.atPosition = compiled.orAt.test(lineText.slice(0, from.column - 1));
            matches.push(raw);
            for (const t of rule.provides ?? [])
                tags.add(t);
        }
    }
    if (matches.length === 0)
        return { path, matches, directives: [], shared: [] };
    // The evidence lent to other files comes from this file alone, so that context never travels in chains.
    resolveConditionalTags(matches, catalog, tags);
    const directives = [];
    if (hasIgnoreKeyword(text)) {
        const lineNumbers = new Set();
        for (const r of matches)
            lineNumbers.add(r.line).add(r.line - 1);
        for (const line of [...lineNumbers].sort((a, b) => a - b)) {
            if (line < 1)
                continue;
            const lineText = lines.lineText(line);
            const found = parseIgnoreDirectives(lineText, catalog.ignoreTargets);
            if (found.length)
                directives.push([line, { directives: found, column: directiveColumn(lineText) }]);
        }
    }
    return { path, matches, directives, shared: sharedEvidence(matches, catalog, tags) };
}
/**
 * Whether context from other files could change what a file's matches give: one of them needs a tag it may
 * take from its package or project and does not have on its own. Only such files are decided again once the
 * whole tree has lent its evidence.
 */
function takesOutsideContext(collected, catalog) {
    if (collected.matches.length === 0)
        return false;
    const tags = ownTags(collected, catalog);
    return collected.matches.some((r) => {
        const rule = catalog.rules[r.rule].rule;
        if (!rule.context?.anyOf?.length || (rule.context.reach ?? 'package') === 'file')
            return false;
        return !contextHolds(rule, tags);
    });
}
function ownTags(collected, catalog) {
    const tags = new Set();
    for (const r of collected.matches)
        for (const t of catalog.rules[r.rule].rule.provides ?? [])
            tags.add(t);
    resolveConditionalTags(collected.matches, catalog, tags);
    return tags;
}
/** The findings of a file's matches, given the context it takes from other files. */
function decideFindings(collected, catalog, external, options = {}) {
    const { matches, path } = collected;
    if (matches.length === 0)
        return [];
    const tags = ownTags(collected, catalog);
    if (external)
        resolveConditionalTags(matches, catalog, tags, external);
    const around = new Map();
    const findings = [];
    for (const r of matches) {
        const { rule } = catalog.rules[r.rule];
        if (rule.signalOnly)
            continue;
        let decided = severityInContext(rule, tags, external);
        if (decided?.severity !== rule.severity && r.atPosition && !rule.context?.noneOf?.some((t) => tags.has(t)))
            decided = { severity: rule.severity };
        if (!decided)
            continue;
        const { severity, via } = decided;
        const replacement = replacementFor(catalog.rules[r.rule], r.text);
        const finding = {
            ruleId: rule.id,
            category: rule.category,
            severity,
            path,
            line: r.line,
            column: r.column,
            endLine: r.endLine,
            endColumn: r.endColumn,
            message: composeMessage(rule, r.text, replacement, via, rule.category === 'legacy-search' && tags.has('tokenhub')),
            match: r.text.length > MAX_MATCH_CHARS ? r.text.slice(0, MAX_MATCH_CHARS) + '…' : r.text,
        };
        if (via)
            finding.context = { ...via };
        if (replacement !== undefined)
            finding.replacement = replacement;
        // A built-in rule's page carries the fix, the per-language guidance and the sources (docs/rules/).
        const docsUrl = (0,docs_url/* docsUrlOf */.M)(rule);
        if (docsUrl)
            finding.docsUrl = docsUrl;
        around.set(finding, r.around);
        findings.push(finding);
    }
    // Ignores apply after de-duplication, so that ignoring a specific rule does not let a general one through. The
    // scanner only marks what an ignore comment covers (with its reason); triage sets those findings aside.
    const directivesByLine = new Map(collected.directives);
    const directivesOn = (line) => directivesByLine.get(line)?.directives ?? [];
    const kept = [];
    const ignored = [];
    for (const f of dedupe(findings, catalog)) {
        const here = directivesByLine.get(f.line);
        // Text inside the directive itself (rule ids such as hunyuan-model-...) is never a finding.
        if (here && here.directives.some((d) => d.scope === 'line' || d.scope === 'next-line') && f.column > here.column)
            continue;
        const on = directivesOn(f.line);
        const before = directivesOn(f.line - 1);
        const directive = on.find((d) => d.scope === 'line' && directiveCovers(d, f.ruleId, f.category)) ??
            before.find((d) => d.scope === 'next-line' && directiveCovers(d, f.ruleId, f.category));
        if (directive) {
            ignored.push({ ...f, ignoredInline: directive.reason ? { reason: directive.reason } : {} });
            continue;
        }
        // A directive meant for this line that names a rule id that does not exist: the finding stays, and says why.
        const misspelt = on.find((d) => d.scope === 'line' && d.unknown.length) ?? before.find((d) => d.scope === 'next-line' && d.unknown.length);
        if (misspelt) {
            const at = on.includes(misspelt) ? f.line : f.line - 1;
            kept.push({ ...f, ignoreProblem: unknownTargetsProblem(misspelt, at, catalog.ignoreTargets) });
        }
        else
            kept.push(f);
    }
    if (options.fingerprints === false)
        return [...kept, ...ignored].sort(inFileOrder);
    // Fingerprints number identical findings within a file: counted apart, so an ignore comment never renumbers the rest.
    const neighbourhoodOf = (f) => around.get(f) ?? around.get(original(f, findings));
    const out = (0,fingerprint/* withFingerprintsAround */.$F)(kept, neighbourhoodOf);
    if (ignored.length)
        out.push(...(0,fingerprint/* withFingerprintsAround */.$F)(ignored, neighbourhoodOf));
    return out.sort(inFileOrder);
}
/** The finding an ignored copy was made from (same place and rule). */
function original(f, findings) {
    return findings.find((o) => o.ruleId === f.ruleId && o.line === f.line && o.column === f.column && o.endColumn === f.endColumn);
}
const ruleIndexes = new WeakMap();
function ruleIndexOf(catalog) {
    let index = ruleIndexes.get(catalog);
    if (!index) {
        index = new Map(catalog.rules.map((c, i) => [c, i]));
        ruleIndexes.set(catalog, index);
    }
    return index;
}
function inFileOrder(a, b) {
    return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
/** Tags that a rule gives only when it is itself reported; repeated until nothing changes (a few rounds at most). */
function resolveConditionalTags(raw, catalog, tags, external) {
    const conditional = [...new Set(raw.map((r) => catalog.rules[r.rule].rule).filter((rule) => rule.providesWhenReported?.length))];
    let changed = true;
    while (changed) {
        changed = false;
        for (const rule of conditional) {
            if (!contextHolds(rule, tags, external))
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
const REACH_RANK = { file: 0, package: 1, project: 2 };
/** Where a tag the rule needs comes from: undefined = not available, 'own' = the file itself, else the other file. */
function tagSource(rule, tag, tags, external) {
    if (tags.has(tag))
        return 'own';
    if (!external || rule.context?.unlessOwn?.some((t) => tags.has(t)))
        return undefined;
    const reach = REACH_RANK[rule.context?.reach ?? 'package'];
    if (reach >= 1 && external.package.has(tag))
        return external.package.get(tag);
    if (reach >= 2 && external.project.has(tag))
        return external.project.get(tag);
    return undefined;
}
function contextHolds(rule, tags, external) {
    return severityInContext(rule, tags, external)?.severity === rule.severity;
}
/** The severity of a match in its context, and the phrase naming outside context when that is what decided it. */
function severityInContext(rule, tags, external) {
    const ctx = rule.context;
    if (!ctx)
        return { severity: rule.severity };
    if (ctx.noneOf?.some((t) => tags.has(t)))
        return undefined;
    if (!ctx.anyOf || ctx.anyOf.length === 0)
        return { severity: rule.severity };
    let via;
    for (const t of ctx.anyOf) {
        const source = tagSource(rule, t, tags, external);
        if (source === 'own')
            return { severity: rule.severity };
        if (source !== undefined && via === undefined)
            via = source;
    }
    if (via !== undefined)
        return { severity: rule.severity, via };
    return ctx.otherwise ? { severity: ctx.otherwise } : undefined;
}
/** The strong evidence this file lends: tags of rules that share them, as far as their rule says. */
function sharedEvidence(raw, catalog, tags) {
    const out = [];
    const seen = new Set();
    for (const r of raw) {
        const { rule } = catalog.rules[r.rule];
        if (!rule.shares)
            continue;
        const given = [...(rule.provides ?? []), ...(contextHolds(rule, tags) ? (rule.providesWhenReported ?? []) : [])];
        for (const tag of given) {
            if (!context/* SHAREABLE_TAGS */.CQ.has(tag))
                continue;
            const key = `${tag}:${rule.shares}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const shown = r.text.length > 60 ? r.text.slice(0, 60) + '…' : r.text;
            out.push({ tag, reach: rule.shares, what: `${rule.evidenceName ?? rule.title} \`${shown}\`` });
        }
    }
    return out;
}
function replacementFor(compiled, matched) {
    const { rewrite, rule } = compiled;
    if (rewrite && rewrite.from.test(matched))
        return matched.replace(rewrite.from, rewrite.to);
    return rule.replacement.value;
}
function composeMessage(rule, matched, replacement, via, onTokenHub = false) {
    const shown = matched.length > 80 ? matched.slice(0, 80) + '…' : matched;
    const parts = [rule.message.replace('{match}', shown)];
    if (via)
        parts.push(`(Context: ${(0,finding/* contextPhrase */.B8)(via)}.)`);
    // A half-migrated client: the base URL moved, the old request fields did not.
    if (onTokenHub)
        parts.push('This file already calls TokenHub, which does not take this field: the request fails or silently loses search.');
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
    const ranked = [...findings].sort((a, b) => finding/* SEVERITY_RANK */.f3[b.severity] - finding/* SEVERITY_RANK */.f3[a.severity] ||
        order.get(a.ruleId) - order.get(b.ruleId) ||
        a.line - b.line ||
        a.column - b.column);
    const kept = [];
    // Matches never span a line break, so clashes can only happen between findings that start on one line.
    const keptByLine = new Map();
    for (const f of ranked) {
        const key = `${f.category}:${f.line}`;
        const sameLine = keptByLine.get(key) ?? [];
        // One search field written twice on a line (a Go field and its JSON tag) is one finding. Only for fields: a
        // line with two copies of a URL or model ID needs two findings, or `fix` would rewrite only the first.
        const sameField = (k) => f.category === 'legacy-search' && k.ruleId === f.ruleId && k.match === f.match;
        const clash = sameLine.some((k) => f.category === 'legacy-sdk' || overlaps(k, f) || sameField(k));
        if (clash)
            continue;
        sameLine.push(f);
        keptByLine.set(key, sameLine);
        kept.push(f);
    }
    return kept.sort(inFileOrder);
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

/***/ 575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ contentScanner)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3652);
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9824);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3421);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8239);
/* harmony import */ var _binary_types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(456);






function contentScanner(opts) {
    const started = performance.now();
    const catalog = opts.catalog ?? (0,_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .compileCatalog */ .Lx)(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0);
    const maxBytes = opts.maxFileBytes ?? _scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_FILE_BYTES */ .CR;
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
            const byName = (0,_binary_types_js__WEBPACK_IMPORTED_MODULE_5__/* .binaryTypeOf */ .h)(path);
            if (byName) {
                skipped.push({ path, reason: byName });
                return;
            }
            if (data.length > maxBytes) {
                skipped.push({ path, reason: (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLarge */ .g$)(maxBytes, data.length) });
                return;
            }
            try {
                // The context was gathered from the head tree beforehand, so each file is matched once, with it.
                const external = opts.context?.contextFor(path);
                const outcome = (0,_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .scanBytes */ .vw)(data, path, catalog, external ? { context: external } : {});
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
            findings.sort(_finding_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .byLocation */ .HC);
            skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
            return { root: opts.root, findings, skipped, stats: { files, bytes, durationMs: Math.round(performance.now() - started) } };
        },
    };
}


/***/ }),

/***/ 8239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ FileReader),
  $: () => (/* binding */ emptyResult),
  AF: () => (/* binding */ firstAnchorsFor),
  AO: () => (/* binding */ mergeResult),
  vw: () => (/* binding */ scanBytes),
  Tu: () => (/* binding */ scanFiles),
  g$: () => (/* binding */ tooLarge),
  O$: () => (/* binding */ unreadable)
});

// UNUSED EXPORTS: FIRST_BLOCK, formatBytes, scanFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/safe-fs/bounded-read.ts
var bounded_read = __nccwpck_require__(6043);
// EXTERNAL MODULE: ./src/scan/anchor-search.ts
var anchor_search = __nccwpck_require__(2049);
// EXTERNAL MODULE: ./src/scan/binary-types.ts
var binary_types = __nccwpck_require__(456);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __nccwpck_require__(4625);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(5570);
// EXTERNAL MODULE: ./src/catalog/patterns.ts
var patterns = __nccwpck_require__(1920);
// EXTERNAL MODULE: ./src/scan/anchor-index.ts
var anchor_index = __nccwpck_require__(4009);
// EXTERNAL MODULE: ./src/scan/lockfiles.ts
var lockfiles = __nccwpck_require__(1967);
// EXTERNAL MODULE: ./src/scan/file-text.ts + 1 modules
var file_text = __nccwpck_require__(180);
;// CONCATENATED MODULE: ./src/scan/context-takers.ts

/**
 * Files that take context from other files: code files (a package is the files of one directory in one language
 * family) and manifests. Documentation and data files take none, so the scan never keeps or decides them again.
 */
function takesContext(path) {
    return (0,context/* familyOf */.Ap)(path) !== undefined || (0,context/* isManifest */.Yh)(path);
}

// EXTERNAL MODULE: ./src/scan/copied-anchor-tests.ts
var copied_anchor_tests = __nccwpck_require__(3787);
;// CONCATENATED MODULE: ./src/scan/relative-imports.ts

/**
 * The files a source file imports by relative path. Real projects keep the legacy endpoint in a config module and
 * send the model ID from a route handler in another folder (`require('../config/config')`); that handler is tied
 * to the legacy platform as surely as a sibling file would be. Only relative imports count: a package name says
 * nothing about which file holds what, and following them would make context depend on the whole repository.
 *
 * Regular expressions, not a parser: the import forms are few and fixed, and this runs in the first pass over
 * every file that takes context, where a parse per file would cost more than the scan itself. A missed form costs
 * a missed context (the finding stays at the severity its own file gives); it can never add a false tie, since a
 * candidate path only counts when a file of that path exists and lends evidence.
 */
/** `import x from './a'`, `export * from '../b'`, `import './c'`, `require('./d')`, `import('./e')`. */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]{1,300})\1/g;
/** `from .config import X`, `from ..pkg.settings import Y`, `from . import config, client`. */
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+(\.+)([A-Za-z_][\w.]*)?[ \t]+import[ \t]+\(?([^\n#)]*)/gm;
const JS_EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts', '.json', '.vue'];
/** At most this many imports per file are followed (a generated barrel can import thousands). */
const MAX_IMPORTS = 50;
function importFamily(path) {
    const family = (0,context/* familyOf */.Ap)(path);
    return family === 'js' || family === 'python' ? family : undefined;
}
/**
 * Bytes that start every import beyond a file's own folder, per family (see leavesFolderAt): each occurrence is
 * checked.
 */
const IMPORT_MARKERS = { js: ['../', "'./", '"./', '`./'], python: ['from .'] };
/**
 * Whether the marker at `at` starts an import beyond the folder: `../x`, `'./sub/x'` (a slash before the closing
 * quote, within one line), Python `from ..x` or `from .sub.mod` (a module of a subpackage). Only imports beyond the
 * folder add context, since a file of the same folder lends it as a sibling already.
 */
function leavesFolderAt(bytes, at, family) {
    if (family === 'js') {
        if (bytes[at] === 0x2e)
            return true;
        const quote = bytes[at];
        for (let i = at + 3; i < bytes.length && i < at + 300; i++) {
            const b = bytes[i];
            if (b === quote || b === 0x0a)
                break;
            if (b === 0x2f)
                return true;
        }
        return false;
    }
    // Python: `from .` starts at `at` (found by an exact search).
    let i = at + 'from .'.length;
    if (bytes[i] === 0x2e)
        return true;
    while (i < bytes.length && isIdentifierByte(bytes[i]))
        i++;
    return bytes[i] === 0x2e;
}
/** Whether a file's bytes may import a file outside its own folder (see leavesFolderAt), by native byte searches. */
function mayImportBeyondFolder(bytes, path) {
    const family = importFamily(path);
    if (!family)
        return false;
    for (const marker of IMPORT_MARKERS[family]) {
        for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + 1))
            if (leavesFolderAt(bytes, at, family))
                return true;
    }
    return false;
}
function isIdentifierByte(b) {
    return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}
/**
 * Candidate paths (relative to the scan root, `/`-separated) for each relative import of a file, in the order the
 * imports appear; a specifier without extension gives one candidate per extension and index file. Paths that
 * would leave the scan root are dropped.
 */
function relativeImportCandidates(text, path) {
    const family = (0,context/* familyOf */.Ap)(path);
    if (family === 'js')
        return jsImports(text, (0,context/* dirName */.BB)(path));
    if (family === 'python')
        return pythonImports(text, (0,context/* dirName */.BB)(path));
    return [];
}
function jsImports(text, dir) {
    const out = [];
    const seen = new Set();
    for (const m of text.matchAll(JS_IMPORT)) {
        const spec = m[2].split(/[?#]/)[0];
        if (seen.has(spec))
            continue;
        seen.add(spec);
        const target = joinPath(dir, spec);
        if (target === undefined)
            continue;
        const last = target.slice(target.lastIndexOf('/') + 1);
        const candidates = /\.[A-Za-z0-9]+$/.test(last) ? [target] : [];
        // TypeScript's ESM style names the emitted `.js` file for a `.ts` source.
        if (/\.(?:m|c)?js$/.test(last))
            candidates.push(target.replace(/js$/, 'ts'), target.replace(/\.(?:m|c)?js$/, '.tsx'));
        if (!/\.(?:json|vue|[mc]?[jt]sx?)$/.test(last)) {
            for (const ext of JS_EXTENSIONS)
                candidates.push(target + ext);
            for (const ext of JS_EXTENSIONS)
                candidates.push(`${target}/index${ext}`);
        }
        out.push(candidates);
        if (out.length >= MAX_IMPORTS)
            break;
    }
    return out;
}
function pythonImports(text, dir) {
    const out = [];
    for (const m of text.matchAll(PY_FROM_IMPORT)) {
        let base = dir;
        // One dot is the package itself; each further dot goes one package up.
        for (let i = 1; i < m[1].length && base !== undefined; i++)
            base = base === '' ? undefined : (0,context/* dirName */.BB)(base);
        if (base === undefined)
            continue;
        const names = m[3].split(',').map((n) => n.trim().split(/\s+/)[0]).filter((n) => /^[A-Za-z_]\w*$/.test(n));
        const module = m[2] ? joinPath(base, m[2].split('.').join('/')) : base;
        if (module === undefined)
            continue;
        // `from .pkg import name`: name is a submodule (pkg/name.py) or a name in pkg itself; `from . import name`: a module.
        const own = m[2] ? [`${module}.py`, `${module}/__init__.py`] : [];
        for (const name of names.length ? names : ['']) {
            const sub = name && joinPath(module, name);
            out.push([...(sub ? [`${sub}.py`, `${sub}/__init__.py`] : []), ...own]);
            if (out.length >= MAX_IMPORTS)
                return out;
        }
    }
    return out;
}
/** Joins a relative specifier to a directory; undefined when it climbs above the root. */
function joinPath(dir, spec) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const seg of spec.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.length ? parts.join('/') : undefined;
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts














/** The outcome of a file without any anchor in its bytes (shared: nothing in it is ever changed). */
const NO_ANCHOR_IN_BYTES = Object.freeze({ findings: Object.freeze([]) });
/** The outcome of a file only the context pass can decide (see FileReader.takerOutcome). */
const UNDECIDED = Object.freeze({ findings: Object.freeze([]), undecided: true });
/** The prefilter of a file matched without context from other files (lockfiles have their own: see lockfiles.ts). */
function firstAnchorsFor(catalog, rel) {
    const index = (0,anchor_index/* anchorIndexOf */.t)(catalog);
    return (0,lockfiles/* isLockfile */.e)(rel) ? (0,file_text/* regexAnchors */.wo)(index.lockfilePrefilter) : (0,copied_anchor_tests/* copiedAnchorTestsOf */.s)(catalog).prefilter;
}
/**
 * Scans one file's bytes: the one scan function, for the full scan's threads, a pull request's blobs, the context
 * of a pull request's head tree and the rule examples. The cheap test comes first: one case-insensitive pass for
 * the anchors over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match
 * whatever the encoding), and only files with a hit are decoded and matched rule by rule. With context from other
 * files, every rule's anchors count, also those of the rules that only report in context (a bare `Citation` field).
 */
function scanBytes(bytes, rel, catalog, opts = {}) {
    const anchors = opts.anchors ?? (opts.context ? (0,copied_anchor_tests/* copiedAnchorTestsOf */.s)(catalog).anyRule : firstAnchorsFor(catalog, rel));
    const text = (0,file_text/* fileText */.CG)(bytes, anchors);
    if (text.kind === 'skipped')
        return { skipped: text.reason };
    if (text.kind === 'no-anchor')
        return { findings: [] };
    // ASCII anchors are found alike in UTF-8 bytes and in their text (no byte of a multi-byte sequence is ASCII);
    // a UTF-16 file's bytes are not searched.
    const present = (0,decode/* hasUtf16Bom */.Vt)(bytes) ? undefined : opts.presentAnchors?.(bytes);
    const collected = (0,match_text/* collectMatches */.AU)(text.text, rel, catalog, present);
    const findings = (0,match_text/* decideFindings */.XK)(collected, catalog, opts.context);
    const outcome = { findings };
    if (collected.shared.length)
        outcome.shared = collected.shared;
    if (opts.collect && (0,match_text/* takesOutsideContext */.lM)(collected, catalog))
        outcome.collected = withImports(collected, text.text);
    return outcome;
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
/**
 * Bytes read first from every file: enough for the binary test (decode.ts looks at the first 8000 bytes), and
 * the whole of most source files in one read without a stat. A binary file costs this much and no more.
 */
const FIRST_BLOCK = 64 * 1024;
/**
 * Reads files into one buffer that is reused from file to file, so that memory follows the largest file read
 * rather than the number of files in flight. What it returns is only valid until the next read, unless kept.
 * A file is read in two steps: its first block, which decides whether it is binary (and, when shorter than the
 * block, is the whole file), then the rest, for text only.
 * With WebAssembly SIMD the buffer is the anchor search's own memory, so the prefilter reads the bytes in place.
 */
class FileReader {
    counters = { opened: 0, bytesRead: 0 };
    buf = Buffer.allocUnsafe(1 << 20);
    search;
    catalog;
    firstAnchors;
    /**
     * Any rule's anchor: the prefilter's, else one the prefilter's do not stand for (in place for the reader's own
     * bytes, else the catalog's test over a copy of them).
     */
    everyRuleAnchors;
    /**
     * Over the bytes of a file that takes context: one of the prefilter's anchors or of the rules that context from
     * other files can make report (see takerOutcome).
     */
    takerAnchors;
    /**
     * In place, for the reader's own bytes: whether they hold an anchor of any rule that the prefilter's anchors do
     * not stand for (undefined without WebAssembly SIMD, or for other bytes: then the regex says).
     */
    restAnchors;
    /** In place, for the reader's own bytes: the catalog's minimal rule anchors they hold (see ScanBytesOptions). */
    presentAnchors;
    /** Lockfiles take the same prefilter as other files (else the regex of their own anchors). */
    lockfilesShare;
    constructor(catalog) {
        this.catalog = catalog;
        const index = (0,anchor_index/* anchorIndexOf */.t)(catalog);
        this.lockfilesShare = index.lockfilesSharePrefilter;
        const first = index.prefilterAnchors;
        // The prefilter's anchors and those of the rules that report only with context from other files, as one set:
        // a file that takes context is searched once for both (see takerOutcome).
        const taker = (0,anchor_index/* minimalAnchors */.C)([...first, ...index.contextAnchors()]);
        const withTaker = anchor_search/* AnchorSearch */.SA.accepts(taker);
        // Anchors of any rule that the prefilter's do not stand for: with context, a file holding one is matched too
        // (the rule anchors' test, anyRule, is the prefilter's or these). Searched here when the search takes them.
        const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
        const withRest = anchor_search/* AnchorSearch */.SA.accepts(rest);
        // And every rule's anchors, to tell the rule gate which of them a file with an anchor holds.
        const all = [...index.ruleAnchors];
        const withAll = anchor_search/* AnchorSearch */.SA.accepts(all);
        const sets = [first, ...(withTaker ? [taker] : []), ...(withRest ? [rest] : []), ...(withAll ? [all] : [])];
        this.search = anchor_search/* AnchorSearch */.SA.createSets(sets);
        const search = this.search;
        const regex = (0,file_text/* regexAnchors */.wo)(index.prefilter);
        const takerRegex = (0,file_text/* regexAnchors */.wo)(new RegExp(taker.map(patterns/* escapeRegExp */.Nt).join('|'), 'i'));
        if (search) {
            // In place when the bytes are the reader's own (what read() returned), else through the regex.
            const own = (b) => this.ownBytes(b);
            const inPlace = (set) => (b) => search.testIn(set, b.byteOffset, b.byteOffset + b.length);
            this.firstAnchors = { bytes: (b) => (own(b) ? inPlace(0)(b) : regex.bytes(b)), text: regex.text };
            const takerSet = sets.indexOf(taker);
            const inTakerSet = inPlace(takerSet);
            this.takerAnchors = withTaker ? (b) => (own(b) ? inTakerSet(b) : takerRegex.bytes(b)) : takerRegex.bytes;
            const inRestSet = inPlace(sets.indexOf(rest));
            this.restAnchors = withRest ? (b) => (own(b) ? inRestSet(b) : undefined) : undefined;
            const allSet = sets.indexOf(all);
            this.presentAnchors = withAll ? (b) => (own(b) ? search.presentIn(allSet, b.byteOffset, b.byteOffset + b.length) : undefined) : undefined;
        }
        else {
            this.firstAnchors = regex;
            this.takerAnchors = takerRegex.bytes;
            this.restAnchors = undefined;
            this.presentAnchors = undefined;
        }
        const everyRule = () => (0,copied_anchor_tests/* copiedAnchorTestsOf */.s)(catalog).anyRule;
        this.everyRuleAnchors = { bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors?.(b) ?? everyRule().bytes(b)), text: (t) => everyRule().text(t) };
    }
    /**
     * Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
     * of its anchors but one of the rules that take context from other files is matched too. With `collect` (a file
     * that takes context), a file with none of the prefilter's anchors but one of those rules' keeps its matches.
     */
    scan(bytes, rel, opts = {}) {
        const { withContextAnchors, ...rest } = opts;
        if (!withContextAnchors && !this.lockfilesShare && (0,lockfiles/* isLockfile */.e)(rel))
            return scanBytes(bytes, rel, this.catalog, rest);
        if (!withContextAnchors && !(0,decode/* hasUtf16Bom */.Vt)(bytes)) {
            if (rest.collect) {
                const outcome = this.takerOutcome(bytes, rel);
                if (outcome)
                    return outcome;
            }
            else if (this.ownBytes(bytes) && !this.firstAnchors.bytes(bytes)) {
                // Most files: read() found the first block not binary, and the bytes, in place, hold no anchor. Said here
                // without the views and objects of the general path, which a scan of many small files feels.
                return NO_ANCHOR_IN_BYTES;
            }
        }
        const anchors = withContextAnchors ? this.everyRuleAnchors : this.firstAnchors;
        return scanBytes(bytes, rel, this.catalog, { ...rest, anchors, ...(this.presentAnchors ? { presentAnchors: this.presentAnchors } : {}) });
    }
    /**
     * A file that takes context, without any of the prefilter's anchors: nothing of its own to report. One search of
     * its bytes tells most files (none of either kind of anchor) apart: decided. A file with an anchor of the rules
     * that context can make report is decided by the context pass: read again there only if its package or project
     * lends it context (most such files are in neither: an LLM plugin naming `deepseek-v3` or `enable_search`); one
     * that imports files beyond its folder, which may lend it context from anywhere, keeps its matches and imports
     * now. Undefined for a file with a prefilter anchor, matched as any other.
     */
    takerOutcome(bytes, rel) {
        if (!this.takerAnchors(bytes))
            return NO_ANCHOR_IN_BYTES;
        if (this.firstAnchors.bytes(bytes))
            return undefined;
        if (!mayImportBeyondFolder(bytes, rel))
            return UNDECIDED;
        const text = (0,file_text/* fileText */.CG)(bytes, file_text/* ANY_TEXT */.hm);
        if (text.kind !== 'text')
            return NO_ANCHOR_IN_BYTES;
        const collected = (0,match_text/* collectMatches */.AU)(text.text, rel, this.catalog, this.anchorsIn(bytes));
        // Its own tags (from rules outside the prefilter) neither lend context nor report here: as for a file without
        // any anchor, what it gives is decided by the context pass alone.
        return collected.matches.length ? { findings: [], collected: withImports(collected, text.text) } : NO_ANCHOR_IN_BYTES;
    }
    /** Whether bytes lie in the search's own memory (what read() returned), where the search reads them in place. */
    ownBytes(bytes) {
        return this.search !== undefined && bytes.buffer === this.search.buffer(0).buffer;
    }
    /** The catalog's minimal rule anchors that bytes of the reader's own buffer hold; undefined when it cannot tell. */
    anchorsIn(bytes) {
        return (0,decode/* hasUtf16Bom */.Vt)(bytes) ? undefined : this.presentAnchors?.(bytes);
    }
    read(abs, maxBytes) {
        let fd;
        try {
            // Listed as a regular file, but it may have been swapped since: never follow a link or wait on a FIFO.
            fd = (0,external_node_fs_.openSync)(abs, bounded_read/* OPEN_FLAGS */.tM);
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        this.counters.opened++;
        try {
            let buf = this.buffer(FIRST_BLOCK);
            const first = this.readAt(fd, buf, 0, FIRST_BLOCK);
            // A short first block is the whole file; only a full one needs the file's size.
            const size = first < FIRST_BLOCK ? first : (0,external_node_fs_.fstatSync)(fd).size;
            if (size > maxBytes)
                return { skipped: tooLarge(maxBytes, size) };
            const head = buf.subarray(0, first);
            if (!(0,decode/* hasUtf16Bom */.Vt)(head) && (0,decode/* isBinary */.Go)(head))
                return { skipped: 'binary' };
            let total = first;
            if (size > first) {
                buf = this.buffer(size);
                total += this.readAt(fd, buf, first, size - first);
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
    /** Reads up to `length` bytes at `offset` of the buffer, stopping early only at the end of the file. */
    readAt(fd, buf, offset, length) {
        let total = 0;
        while (total < length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, offset + total, length - total, null);
            if (n === 0)
                break;
            total += n;
        }
        this.counters.bytesRead += total;
        return total;
    }
    /** The reused buffer, at least `size` bytes long, with what it held up to the first block unchanged. */
    buffer(size) {
        // WebAssembly memory grows in place: what it held stays.
        if (this.search)
            return this.search.buffer(size);
        if (this.buf.length < size + anchor_search/* SEARCH_PAD */.Nt) {
            const bigger = Buffer.allocUnsafe(Math.max(size + anchor_search/* SEARCH_PAD */.Nt, this.buf.length * 2));
            this.buf.copy(bigger, 0, 0, FIRST_BLOCK);
            this.buf = bigger;
        }
        return this.buf;
    }
}
/** The reason a file that could not be read is skipped; the same words in every listing of skipped files. */
function unreadable(err) {
    return `unreadable (${err.code ?? err.message})`;
}
/** The reason a file over the size cap is skipped. */
function tooLarge(maxBytes, size) {
    return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}
function emptyResult() {
    return { findings: [], skipped: [], evidence: [], manifests: [], pending: [], undecided: [], files: 0, bytes: 0, done: 0 };
}
/**
 * Reads and scans files one after the other; the same code runs on the main thread and in workers. A file that
 * takes context from other files keeps its matches when that context could change what they give (`pending`), so
 * that the context pass, once every file has lent its evidence, decides it without reading it again; or, if it
 * has no prefilter anchor, it is listed (`undecided`) and read again only if some file lends it context.
 */
function scanFiles(files, catalog, maxBytes, reader, into = emptyResult()) {
    for (const file of files) {
        into.done++;
        if ((0,context/* isManifest */.Yh)(file.rel))
            into.manifests.push(file.rel);
        const outcome = scanFile(file, maxBytes, reader, takesContext(file.rel));
        if ('skipped' in outcome) {
            into.skipped.push({ path: file.rel, reason: outcome.skipped });
            continue;
        }
        into.files++;
        into.bytes += outcome.bytes;
        for (const f of outcome.findings)
            into.findings.push(f);
        if (outcome.shared?.length)
            into.evidence.push({ path: file.rel, shared: outcome.shared });
        if (outcome.collected)
            into.pending.push(outcome.collected);
        else if (outcome.undecided)
            into.undecided.push(file.rel);
    }
    return into;
}
/** A file kept for the context pass carries its relative imports: their evidence reaches it as a sibling's does. */
function withImports(collected, text) {
    const imports = relativeImportCandidates(text, collected.path);
    if (imports.length)
        collected.imports = imports;
    return collected;
}
/**
 * One file, from its listing to its findings: skipped by name or size without being opened where that is
 * enough, else read (binary files only as far as their first block) and scanned. A file that takes context keeps
 * its matches when context could change them.
 */
function scanFile(file, maxBytes, reader, collect = false) {
    const byName = (0,binary_types/* binaryTypeOf */.h)(file.rel);
    if (byName)
        return { skipped: byName };
    if (file.size !== undefined && file.size > maxBytes)
        return { skipped: tooLarge(maxBytes, file.size) };
    const read = reader.read(file.abs, maxBytes);
    if ('skipped' in read)
        return read;
    let outcome;
    try {
        outcome = reader.scan(read.bytes, file.rel, { collect });
    }
    catch (err) {
        // A bug in a rule must cost one file, not the scan.
        return { skipped: `scan error (${err.message})` };
    }
    if ('skipped' in outcome)
        return outcome;
    return {
        findings: outcome.findings,
        ...(outcome.shared?.length ? { shared: outcome.shared } : {}),
        ...(outcome.collected ? { collected: outcome.collected } : {}),
        ...(outcome.undecided ? { undecided: true } : {}),
        bytes: read.bytes.length,
    };
}
function mergeResult(into, part) {
    for (const f of part.findings)
        into.findings.push(f);
    for (const s of part.skipped)
        into.skipped.push(s);
    for (const e of part.evidence)
        into.evidence.push(e);
    for (const m of part.manifests)
        into.manifests.push(m);
    for (const p of part.pending)
        into.pending.push(p);
    for (const u of part.undecided)
        into.undecided.push(u);
    into.files += part.files;
    into.bytes += part.bytes;
    into.done += part.done;
}


/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ SCAN_WORKER_FLAG),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   fR: () => (/* binding */ runScanWorker)
/* harmony export */ });
/* unused harmony export claimHungry */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _anchor_search_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2049);
/* harmony import */ var _list_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9975);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8239);
/* harmony import */ var _walk_scanner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5307);





/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';
/** Files a worker handles between two progress reports. */
const PROGRESS_EVERY = 500;
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[SCAN_WORKER_FLAG] === true;
}
/** Takes one waiting thread off the count, if there is one: the caller then owes it work. */
function claimHungry(hungry) {
    for (;;) {
        const waiting = Atomics.load(hungry, 0);
        if (waiting <= 0)
            return false;
        if (Atomics.compareExchange(hungry, 0, waiting, waiting - 1) === waiting)
            return true;
    }
}
function runScanWorker() {
    const setup = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const hungry = new Int32Array(setup.hungry);
    if (setup.plans)
        (0,_anchor_search_js__WEBPACK_IMPORTED_MODULE_1__/* .adoptSearchPlans */ .ju)(setup.plans);
    const walker = new _walk_scanner_js__WEBPACK_IMPORTED_MODULE_4__/* .WalkScanner */ .o(new _list_files_js__WEBPACK_IMPORTED_MODULE_2__/* .WalkRules */ .fO(setup.list, setup.named), setup.catalog, setup.maxBytes, new _scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileReader */ .qg(setup.catalog));
    port.on('message', (msg) => {
        if (msg.type === 'end') {
            port.close();
            return;
        }
        walker.push(msg.tasks);
        // Work until the stack is empty, giving half of it away whenever another thread waits for work.
        let reported = 0;
        while (walker.step()) {
            if (walker.pending > 1 && claimHungry(hungry))
                port.postMessage({ type: 'share', tasks: walker.share() });
            if (walker.done - reported >= PROGRESS_EVERY) {
                port.postMessage({ type: 'progress', done: walker.done - reported });
                reported = walker.done;
            }
        }
        port.postMessage({ type: 'idle', result: walker.takeResult() });
    });
}


/***/ }),

/***/ 3421:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
  $F: () => (/* binding */ ScanTargetError),
  dU: () => (/* binding */ realRoot),
  h5: () => (/* binding */ resolveTargets),
  SQ: () => (/* binding */ scan),
  vw: () => (/* reexport */ scan_file/* scanBytes */.vw)
});

// UNUSED EXPORTS: INLINE_FILES, PRESTART_FILES, formatBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/catalog/index.ts
var src_catalog = __nccwpck_require__(5799);
// EXTERNAL MODULE: ./src/scan/compile.ts
var compile = __nccwpck_require__(3652);
// EXTERNAL MODULE: ./src/finding/finding.ts
var finding = __nccwpck_require__(9824);
// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __nccwpck_require__(9975);
// EXTERNAL MODULE: ./src/scan/anchor-search.ts
var anchor_search = __nccwpck_require__(2049);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 2 modules
var scan_file = __nccwpck_require__(8239);
// EXTERNAL MODULE: ./src/scan/scan-worker.ts
var scan_worker = __nccwpck_require__(4323);
;// CONCATENATED MODULE: ./src/scan/parallel.ts






/** Threads a scan lists, reads and matches on unless told otherwise: one per core, the main thread included. */
function defaultThreads() {
    return Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)());
}
/**
 * The file the workers run: the scan engine's own bundle (dist/scan-worker/index.js, beside dist/index.js and one
 * folder up from dist/cli/index.js), else this very module's bundle, whose entry starts a worker when asked
 * (isScanWorker). From TypeScript sources (tests run them through Vite) there is no file Node can start as a
 * worker, and the scan runs on the main thread.
 */
function workerEntry() {
    const url = new URL(import.meta.url);
    if (url.protocol !== 'file:' || !/\.[cm]?js$/.test(url.pathname))
        return undefined;
    for (const rel of ['scan-worker/index.js', '../scan-worker/index.js']) {
        const own = new URL(rel, url);
        if ((0,external_node_fs_.existsSync)(own))
            return own;
    }
    return url;
}
/** A worker stopped before the end of the scan: what it had not reported is lost, and the scan is run again. */
class WorkerFailure extends Error {
}
/** Young-generation size of a worker's heap (see the constructor). */
const WORKER_YOUNG_GENERATION_MB = 8;
/** How long the main thread works between two looks at its messages, in milliseconds. */
const MAIN_SLICE_MS = 1;
/**
 * Lists folders, reads and scans files on worker threads and on the main thread, as ripgrep's parallel walker
 * does: each thread works through its own stack, depth first; a thread out of work says so (a shared counter of
 * waiting threads), and a busy one that sees it gives the older half of its stack away. Work given away goes
 * through the main thread, which hands it to an idle worker or keeps it. The scan ends when every thread is
 * idle and no work is left; results are merged and sorted by the caller, which makes them independent of timing.
 */
class WalkPool {
    workers = [];
    exited = [];
    hungry;
    main;
    result = (0,scan_file/* emptyResult */.$)();
    onProgress;
    workersDone = 0;
    mainWaiting = false;
    ending = false;
    failed = false;
    wake;
    /** `workers` threads besides the main one, whose walker holds the work to start with. */
    constructor(entry, workers, setup, main, onProgress) {
        this.main = main;
        this.onProgress = onProgress;
        const shared = new SharedArrayBuffer(4);
        this.hungry = new Int32Array(shared);
        const workerData = { ...setup, [scan_worker/* SCAN_WORKER_FLAG */.Ic]: true, hungry: shared, plans: (0,anchor_search/* searchPlans */.V1)() };
        for (let i = 0; i < workers; i++) {
            // No stdin, and no copies of the parent's argv: the worker only needs its workerData. A small young
            // generation: a worker lists folders and reads files at a high allocation rate, and V8 would otherwise
            // grow it to its largest size, which a 2-core runner pays for in peak memory, not in speed.
            const options = { workerData, argv: [], stdin: false, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
            const pw = { worker: new external_node_worker_threads_.Worker(entry, options), idle: true, reported: 0 };
            this.workers.push(pw);
            pw.worker.on('message', (msg) => this.receive(pw, msg));
            pw.worker.on('error', () => this.fail());
            this.exited.push(new Promise((resolve) => {
                pw.worker.on('exit', () => {
                    if (!this.ending)
                        this.fail();
                    resolve();
                });
            }));
        }
        this.updateHungry();
    }
    /** Works alongside the workers until no work is left anywhere; throws WorkerFailure if a worker died. */
    async run() {
        let sliceStart = performance.now();
        for (;;) {
            if (this.failed)
                return this.abort();
            this.dispatch();
            if (this.main.step()) {
                this.progress();
                if (performance.now() - sliceStart >= MAIN_SLICE_MS) {
                    // Let the workers' messages in: work they give away, and their going idle.
                    await new Promise((resolve) => setImmediate(resolve));
                    sliceStart = performance.now();
                }
                continue;
            }
            if (this.workers.every((w) => w.idle))
                break;
            // Nothing left here: wait for work given away, or for the others to finish.
            this.mainWaiting = true;
            this.updateHungry();
            await new Promise((resolve) => (this.wake = resolve));
            this.mainWaiting = false;
            sliceStart = performance.now();
        }
        this.ending = true;
        const end = { type: 'end' };
        for (const w of this.workers)
            w.worker.postMessage(end);
        await Promise.all(this.exited);
        if (this.failed)
            return this.abort();
        (0,scan_file/* mergeResult */.AO)(this.result, this.main.takeResult());
        return this.result;
    }
    /** Gives idle workers the oldest of the main thread's work, keeping one task here. */
    dispatch() {
        for (const w of this.workers) {
            if (this.main.pending < 2)
                break;
            if (!w.idle)
                continue;
            const task = this.main.shareOne();
            w.idle = false;
            w.worker.postMessage({ type: 'tasks', tasks: [task] });
        }
        this.updateHungry();
    }
    receive(w, msg) {
        if (msg.type === 'share') {
            this.main.push(msg.tasks);
        }
        else if (msg.type === 'progress') {
            w.reported += msg.done;
            this.workersDone += msg.done;
        }
        else {
            (0,scan_file/* mergeResult */.AO)(this.result, msg.result);
            this.workersDone += msg.result.done - w.reported;
            w.reported = 0;
            w.idle = true;
        }
        this.progress();
        this.updateHungry();
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** The threads waiting for work: the idle workers, and this one when its stack is empty. */
    updateHungry() {
        let waiting = this.mainWaiting ? 1 : 0;
        for (const w of this.workers)
            if (w.idle)
                waiting++;
        // Work already on its way here will feed one of them.
        if (this.main.pending > 0)
            waiting = Math.max(0, waiting - this.main.pending);
        Atomics.store(this.hungry, 0, waiting);
    }
    progress() {
        this.onProgress(this.main.done + this.workersDone);
    }
    fail() {
        this.failed = true;
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** Stops the workers of a pool that was never run (the scan ended before it needed them). */
    async discard() {
        this.ending = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
    async abort() {
        this.ending = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
        throw new WorkerFailure('a scan worker stopped before the end of the scan');
    }
}

// EXTERNAL MODULE: ./src/scan/walk-scanner.ts
var walk_scanner = __nccwpck_require__(5307);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(5570);
// EXTERNAL MODULE: ./src/scan/match-text.ts + 1 modules
var match_text = __nccwpck_require__(4625);
;// CONCATENATED MODULE: ./src/scan/context-pass.ts




/**
 * The second step of a full scan: files that take context from their package or project are decided again with
 * it. The first pass (on every thread) gave each file's own findings, the evidence it lends, and, for the files
 * whose findings context could change, their matches (`pending`); here, on the main thread, the evidence is
 * gathered and those matches are decided with it. Only a file the first pass listed as `undecided` (an anchor of
 * the rules context can make report, and no import beyond its folder) is read again, and only if its package or
 * project lends it context.
 */
function contextIndexOf(result, given) {
    const index = given ?? new context/* ContextIndex */.eo();
    for (const m of result.manifests)
        index.noteManifest(m);
    for (const e of result.evidence)
        index.add(e.path, e.shared);
    for (const p of result.pending)
        if (p.imports)
            index.noteImports(p.path, p.imports);
    return index;
}
/** Decides the files that take context, and puts their new findings in place of the first pass's. */
function applyContext(index, result, catalog, maxBytes, root) {
    const stats = { decided: 0, readAgain: 0 };
    if (index.empty)
        return stats;
    const replaced = new Map();
    for (const collected of result.pending) {
        if (!index.touches(collected.path))
            continue;
        stats.decided++;
        try {
            replaced.set(collected.path, (0,match_text/* decideFindings */.XK)(collected, catalog, index.contextFor(collected.path)));
        }
        catch {
            // A bug in a rule costs this file its context, not the scan: the first pass's findings stand.
        }
    }
    let again;
    for (const rel of result.undecided) {
        if (!index.touches(rel))
            continue;
        again ??= new scan_file/* FileReader */.qg(catalog);
        const read = again.read(external_node_path_default().join(root, rel), maxBytes);
        if ('skipped' in read)
            continue; // Read once already: it was there and readable then, and gave nothing.
        stats.readAgain++;
        try {
            const outcome = again.scan(read.bytes, rel, { context: index.contextFor(rel), withContextAnchors: true });
            if ('findings' in outcome)
                replaced.set(rel, outcome.findings);
        }
        catch {
            // As above: the first pass's findings (none) stand.
        }
    }
    if (replaced.size === 0)
        return stats;
    result.findings = result.findings.filter((f) => !replaced.has(f.path));
    for (const findings of replaced.values())
        for (const f of findings)
            result.findings.push(f);
    return stats;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/scan/scanner.ts












const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Below this many files a scan stays on the main thread unless threads are asked for: starting workers costs
 * more than it saves (a pull request's changed files, a small repository).
 */
const INLINE_FILES = 1000;
/** Files this thread scans before it starts the workers of a scan that may need them (see INLINE_FILES). */
const PRESTART_FILES = 100;
/** A target that does not exist or lies outside the root: a usage error, not a skipped file. */
class ScanTargetError extends errors/* UserError */.yo {
}
async function scan(opts) {
    const started = performance.now();
    const root = await realRoot(opts.root);
    const targets = await resolveTargets(root, opts.paths ?? []);
    const catalog = opts.catalog ?? (0,compile/* compileCatalog */.Lx)(src_catalog/* RULES */.y0);
    const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const list = { root, include: opts.include, exclude: opts.exclude, gitignore: opts.gitignore };
    const start = list_files/* WalkRules */.fO.start({ ...list, targets });
    let lastReported = 0;
    const progress = (done) => {
        if (opts.onProgress && done - lastReported >= 500) {
            lastReported = done;
            opts.onProgress(done);
        }
    };
    const entry = workerEntry();
    const threads = opts.threads ?? defaultThreads();
    const inlineLimit = opts.threads === undefined ? INLINE_FILES : 0;
    // Listing, reading and matching run together, folder by folder, depth first, so memory does not follow the
    // size of the tree. A scan that stays small is done on this thread; past the limit (or at once when threads
    // are asked for), workers start and the walk spreads over them.
    const run = async (workers) => {
        const walker = new walk_scanner/* WalkScanner */.o(new list_files/* WalkRules */.fO(list, start.named), catalog, maxBytes, new scan_file/* FileReader */.qg(catalog));
        for (let i = start.dirs.length - 1; i >= 0; i--)
            walker.push([{ dir: start.dirs[i] }]);
        walker.pushFiles(start.files);
        let pool;
        while ((!workers || walker.done < inlineLimit) && walker.step()) {
            progress(walker.done);
            // Past a few files with more to come, the workers start: they load while this thread goes on alone, and are
            // ready when work is handed out (a worker takes longer to start than this thread to scan a thousand files).
            if (workers && !pool && walker.done >= PRESTART_FILES && walker.pending > 0)
                pool = new WalkPool(entry, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
        }
        if (!workers || walker.pending === 0) {
            await pool?.discard();
            return walker.takeResult();
        }
        pool ??= new WalkPool(entry, threads - 1, { catalog, maxBytes, list, named: start.named }, walker, progress);
        try {
            return await pool.run();
        }
        catch (err) {
            // A worker that fails costs time, not results: the scan runs again on this thread alone.
            if (err instanceof WorkerFailure)
                return run(false);
            throw err;
        }
    };
    // A list of files shorter than the limit (a pull request's changed files) never needs the workers: none is started.
    const mayNeedWorkers = start.dirs.length > 0 || start.files.length > inlineLimit;
    const result = await run(entry !== undefined && threads > 1 && mayNeedWorkers);
    opts.onProgress?.(result.done);
    const index = contextIndexOf(result, opts.context);
    const context = applyContext(index, result, catalog, maxBytes, root);
    const findings = result.findings.sort(finding/* byLocation */.HC);
    const skipped = [...start.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, findings, skipped, stats: { files: result.files, bytes: result.bytes, durationMs: Math.round(performance.now() - started) }, context };
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
            throw new ScanTargetError(`path is outside the scan root ${(0,list_files/* toPosix */.d7)(root)}: ${p}`);
        }
        out.push(real);
    }
    return out;
}


/***/ }),

/***/ 5307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ WalkScanner)
/* harmony export */ });
/* unused harmony export BATCH_FILES */
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8239);

/** Files per batch: small enough that one thread stuck on a big bundle does not hold up the end of the scan. */
const BATCH_FILES = 32;
/**
 * One thread's share of a scan: a stack of folders to list and files to scan, worked depth first as ripgrep's
 * walker does, so memory follows the depth of the tree rather than its size. Listing a folder pushes its
 * subfolders and its files (in batches); the oldest entries, the shallowest folders with the most work under
 * them, are the ones given away to idle threads. The same code runs on the main thread and in workers.
 */
class WalkScanner {
    stack = [];
    result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyResult */ .$)();
    rules;
    catalog;
    maxBytes;
    reader;
    constructor(rules, catalog, maxBytes, reader) {
        this.rules = rules;
        this.catalog = catalog;
        this.maxBytes = maxBytes;
        this.reader = reader;
    }
    get pending() {
        return this.stack.length;
    }
    /** Files handled so far (scanned or skipped) and not yet taken with takeResult(). */
    get done() {
        return this.result.done;
    }
    push(tasks) {
        for (const t of tasks)
            this.stack.push(t);
    }
    pushFiles(files) {
        for (let i = 0; i < files.length; i += BATCH_FILES)
            this.stack.push({ files: files.slice(i, i + BATCH_FILES) });
    }
    /** Does the task on top of the stack; false when there is none. */
    step() {
        const task = this.stack.pop();
        if (!task)
            return false;
        if ('files' in task) {
            (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .scanFiles */ .Tu)(task.files, this.catalog, this.maxBytes, this.reader, this.result);
        }
        else {
            const listing = this.rules.readDir(task.dir);
            for (const s of listing.skipped)
                this.result.skipped.push(s);
            for (const dir of listing.dirs)
                this.stack.push({ dir });
            this.pushFiles(listing.files);
        }
        return true;
    }
    /** Gives away the older half of the stack (never the last task: this thread keeps working). */
    share() {
        return this.stack.splice(0, Math.floor(this.stack.length / 2));
    }
    /** Gives away the oldest task. */
    shareOne() {
        return this.stack.shift();
    }
    /** What was scanned since the last call. */
    takeResult() {
        const r = this.result;
        this.result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyResult */ .$)();
        return r;
    }
}


/***/ }),

/***/ 9932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseTokenHubBaseUrl),
/* harmony export */   b: () => (/* binding */ BaseUrlError)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _scan_compile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3652);
/* harmony import */ var _scan_match_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4625);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9824);





/** A base URL the key must not be sent to. The message names the host only, never the whole URL. */
class BaseUrlError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
}
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const WHERE_TO = `Use ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"]} (international) or ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_MAINLAND */ .uj} (mainland); ` +
    `accepted TokenHub hosts: ${_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_HOSTS */ .Ny.map((h) => h.host).join(', ')}.`;
/**
 * Checks a base URL before any request is made, so that a TokenHub key never reaches a legacy Hunyuan or LKE
 * host, a typo, or a third party. Empty means the international endpoint.
 */
function parseTokenHubBaseUrl(raw) {
    const input = raw.trim() || _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_BASE_URL_INTL */ ["do"];
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
    const known = _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_HOSTS */ .Ny.find((h) => h.host === host);
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
    const legacy = (0,_finding_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .notIgnored */ .mI)((0,_scan_match_text_js__WEBPACK_IMPORTED_MODULE_2__/* .matchText */ .H1)(input, 'tokenhub-base-url', (0,_scan_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .compileCatalog */ .Lx)(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0))).find((f) => f.category === 'legacy-endpoint');
    if (legacy) {
        const rule = _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.find((r) => r.id === legacy.ruleId);
        return `tokenhub-base-url points at ${host}, a legacy endpoint (${rule?.title ?? legacy.ruleId}); a TokenHub key is never sent there. ${WHERE_TO}`;
    }
    return `tokenhub-base-url points at ${host}, which is not a TokenHub endpoint; the key is not sent there. ${WHERE_TO}`;
}


/***/ }),

/***/ 3958:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vB: () => (/* binding */ DEFAULT_SMOKE_TIMEOUT_MS),
  T_: () => (/* reexport */ select_models/* MAX_SMOKE_TEST_MODELS */.T_),
  E$: () => (/* reexport */ redact/* redact */.E),
  pb: () => (/* binding */ runSmokeTest)
});

// UNUSED EXPORTS: BaseUrlError, MIN_KEY_CHARS, ModelListError, apiKeyProblem, findModelReferences, modelReferencesInText, parseTokenHubBaseUrl, selectModels, validateModelIds, withoutLegacy

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

// EXTERNAL MODULE: ./src/smoke/select-models.ts
var select_models = __nccwpck_require__(3624);
// EXTERNAL MODULE: ./src/smoke/base-url.ts
var base_url = __nccwpck_require__(9932);
// EXTERNAL MODULE: ./src/smoke/model-references.ts
var model_references = __nccwpck_require__(4447);
// EXTERNAL MODULE: ./src/smoke/redact.ts
var redact = __nccwpck_require__(576);
;// CONCATENATED MODULE: ./src/smoke/index.ts







const DEFAULT_SMOKE_TIMEOUT_MS = 30_000;
async function runSmokeTest(req) {
    const selection = (0,select_models/* selectModels */.H8)(req.models, req.references, req.maxModels);
    const { checkKey } = await Promise.all(/* import() */[__nccwpck_require__.e(164), __nccwpck_require__.e(0), __nccwpck_require__.e(674), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2089));
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


/***/ }),

/***/ 4447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tl: () => (/* binding */ findModelReferences)
/* harmony export */ });
/* unused harmony exports modelReferencesInText, withoutLegacy */
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _scan_compile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3652);
/* harmony import */ var _scan_match_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4625);
/* harmony import */ var _scan_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3421);
/* harmony import */ var _finding_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9824);





let compiled;
function referenceCatalog() {
    compiled ??= (0,_scan_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .compileCatalog */ .Lx)(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0, { only: [_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_MODEL_NOT_ENABLED */ .fG] });
    return compiled;
}
/** The TokenHub model references in one file's text. Pure. */
function modelReferencesInText(text, path) {
    return notIgnored(matchText(text, path, referenceCatalog()));
}
/**
 * The references in a tree. A reference that a scan finding already calls legacy (a DeepSeek ID sent to the
 * LKE API) is not a TokenHub reference: it is about to change, so it is neither tested nor cross-checked.
 */
async function findModelReferences(scope, legacyFindings = []) {
    const result = await (0,_scan_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .scan */ .SQ)({ ...scope, catalog: referenceCatalog() });
    return withoutLegacy((0,_finding_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .notIgnored */ .mI)(result.findings), legacyFindings);
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

/***/ 3624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ selectModels),
/* harmony export */   T_: () => (/* binding */ MAX_SMOKE_TEST_MODELS),
/* harmony export */   U0: () => (/* binding */ validateModelIds),
/* harmony export */   oJ: () => (/* binding */ ModelListError)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5799);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);


/** At most this many chat completions per run: each costs a round trip (and a token), and the job waits. */
const MAX_SMOKE_TEST_MODELS = 5;
/** A model ID as the user may type it: letters, digits and `._:/-`, starting with a letter or digit. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
class ModelListError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
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
        wanted = [_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SMOKE_TEST_MODEL */ .jo];
    }
    const kind = new Map(_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKENHUB_MODELS */ .YN.map((m) => [m.id, m.kind]));
    const chatWanted = wanted.filter((id) => (kind.get(id) ?? 'chat') === 'chat');
    return {
        source,
        chat: chatWanted.slice(0, max),
        listOnly: wanted.filter((id) => (kind.get(id) ?? 'chat') !== 'chat'),
        overLimit: chatWanted.slice(max),
    };
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WB: () => (/* reexport */ commandRoot),
  uy: () => (/* reexport */ resolveChanges),
  Vc: () => (/* reexport */ scanChanges),
  wp: () => (/* reexport */ scanTree)
});

// UNUSED EXPORTS: DiffUnavailableError, scanRoot, workTreeRoot

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/git/run.ts

/** Large enough for the zero-context patch of a very large PR; beyond it the REST fallback takes over. */
const DEFAULT_GIT_MAX_BYTES = 512 * 1024 * 1024;
function runGit(args, opts) {
    const maxBytes = opts.maxBytes ?? DEFAULT_GIT_MAX_BYTES;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: opts.cwd,
            // No prompt may ever block a CI job; the credentials actions/checkout left in the git config still apply.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...opts.env },
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        let timedOut = false;
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => {
            outBytes += chunk.length;
            if (outBytes > maxBytes) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 64)
                err.push(chunk);
        });
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input);
        }
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code: 127, stdout: '', stderr: `could not run git: ${e.message}` });
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            let stderr = Buffer.concat(err).toString('utf8').trim();
            if (overflow)
                stderr = `output larger than ${maxBytes} bytes`;
            if (timedOut)
                stderr = `timed out after ${opts.timeoutMs} ms`;
            resolve({ code: overflow || timedOut ? 1 : (code ?? 1), stdout: Buffer.concat(out).toString('utf8'), stderr });
        });
    });
}
/** A git step that failed; `stderr` is git's own words, for callers that tell failures apart. */
class GitError extends Error {
    stderr;
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
/** Runs git and returns its stdout; a non-zero exit throws GitError with git's last lines of stderr. */
async function gitOrThrow(cwd, args, opts = {}) {
    const r = await runGit(args, { cwd, maxBytes: 64 * 1024 * 1024, ...opts });
    if (r.code !== 0)
        throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`, r.stderr);
    return r.stdout;
}

;// CONCATENATED MODULE: ./src/target/raw-listing.ts
const STATUS = {
    A: 'added',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    D: 'deleted',
    T: 'type-changed',
};
class RawListingError extends Error {
}
function parseRawNumstat(output) {
    const fields = output.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    const entries = [];
    let i = 0;
    // Raw records: ":<old mode> <new mode> <old sha> <new sha> <status>" NUL path [NUL path]
    while (i < fields.length && fields[i].startsWith(':')) {
        const meta = fields[i].slice(1).split(' ');
        const [oldMode = '', newMode = '', , , statusField = ''] = meta;
        const letter = statusField.charAt(0);
        const status = STATUS[letter];
        if (!status)
            throw new RawListingError(`unexpected git diff status '${statusField}'`);
        if (letter === 'R' || letter === 'C') {
            entries.push({ status, previousPath: fields[i + 1], path: fields[i + 2], oldMode, newMode, binary: false });
            i += 3;
        }
        else {
            entries.push({ status, path: fields[i + 1], oldMode, newMode, binary: false });
            i += 2;
        }
    }
    // Numstat records, in the same order: "<added>\t<deleted>\t<path>" or, for renames, "<added>\t<deleted>\t" NUL old NUL new.
    let n = 0;
    while (i < fields.length && n < entries.length) {
        const record = fields[i];
        const [added, deleted, inlinePath] = record.split('\t');
        entries[n].binary = added === '-' && deleted === '-';
        i += inlinePath === '' ? 3 : 1;
        n++;
    }
    return entries;
}

// EXTERNAL MODULE: ./node_modules/parse-diff/index.js
var parse_diff = __nccwpck_require__(2673);
var parse_diff_default = /*#__PURE__*/__nccwpck_require__.n(parse_diff);
;// CONCATENATED MODULE: ./src/target/unified.ts

/** Added lines of every file in a multi-file git patch. */
function parsePatch(text) {
    return parse_diff_default()(text).map((file) => ({
        path: cleanPath(file.to),
        previousPath: cleanPath(file.from),
        addedLines: addedLineNumbers(file.chunks),
        hasHunks: file.chunks.length > 0,
    }));
}
/**
 * Added lines of one file's patch as the REST API gives it (`files[].patch`: hunks only, no file headers).
 */
function addedLinesOfHunks(patch) {
    const files = parse_diff_default()(patch);
    return addedLineNumbers(files.flatMap((f) => f.chunks));
}
function addedLineNumbers(chunks) {
    const lines = new Set();
    for (const chunk of chunks) {
        for (const change of chunk.changes) {
            // The "\ No newline at end of file" marker comes back as a copy of the previous change.
            if (change.type === 'add' && !change.content.startsWith('\\'))
                lines.add(change.ln);
        }
    }
    return [...lines].sort((a, b) => a - b);
}
function cleanPath(p) {
    if (!p || p === '/dev/null')
        return undefined;
    return p.includes('\\') ? unescapeGitPath(p) : p;
}
const C_ESCAPES = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' };
/**
 * Undoes git's C-style quoting of a path (`core.quotePath`): `\"`, `\\`, `\t`, and octal bytes such as `\303\251`,
 * which together spell UTF-8.
 */
function unescapeGitPath(p) {
    const bytes = [];
    for (let i = 0; i < p.length; i++) {
        const ch = p[i];
        if (ch !== '\\' || i === p.length - 1) {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const next = p[i + 1];
        const octal = /^[0-3][0-7]{2}/.exec(p.slice(i + 1, i + 4));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else if (next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next].charCodeAt(0));
            i += 1;
        }
        else {
            bytes.push(...Buffer.from(ch, 'utf8'));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/target/git-diff.ts



/** git could not answer; the message says why, for the log and the fallback note. */
class GitDiffUnavailable extends Error {
}
const DEFAULT_DEEPEN_STEPS = [50, 200, 1000, 5000];
const FETCH_FLAGS = ['--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--quiet'];
/** Flags that keep the output the same whatever the user's git config says. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', '--no-relative'];
async function diffWithGit(req) {
    const { cwd, baseSha, headSha } = req;
    const remote = req.remote ?? 'origin';
    const log = req.log ?? (() => undefined);
    const notes = [];
    const timeoutMs = req.fetchTimeoutMs ?? 5 * 60_000;
    const run = (args, maxBytes) => runGit(args, { cwd, maxBytes, timeoutMs });
    const inside = await run(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
        throw new GitDiffUnavailable('the workspace is not a git repository (run actions/checkout before this action)');
    }
    const missing = [];
    for (const sha of unique([baseSha, headSha]))
        if (!(await hasCommit(cwd, sha)))
            missing.push(sha);
    if (missing.length) {
        log(`Fetching ${missing.map(git_diff_short).join(' and ')} from ${remote} (not in the checkout)`);
        const fetched = await run(['fetch', ...FETCH_FLAGS, '--depth=1', remote, ...missing]);
        if (fetched.code !== 0)
            throw new GitDiffUnavailable(`could not fetch ${missing.map(git_diff_short).join(', ')}: ${firstLine(fetched.stderr)}`);
        notes.push(`Fetched ${missing.map(git_diff_short).join(' and ')} (depth 1), which the checkout did not include.`);
    }
    let mergeBase = await findMergeBase(cwd, baseSha, headSha);
    if (!mergeBase) {
        const shallow = (await run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        if (shallow) {
            for (const depth of req.deepenSteps ?? DEFAULT_DEEPEN_STEPS) {
                log(`No merge base of ${git_diff_short(baseSha)} and ${git_diff_short(headSha)} yet; fetching history to depth ${depth}`);
                const fetched = await run(['fetch', ...FETCH_FLAGS, `--depth=${depth}`, remote, ...unique([baseSha, headSha])]);
                if (fetched.code !== 0)
                    throw new GitDiffUnavailable(`could not deepen the clone: ${firstLine(fetched.stderr)}`);
                mergeBase = await findMergeBase(cwd, baseSha, headSha);
                if (mergeBase) {
                    notes.push(`Deepened the shallow clone to depth ${depth} to find the merge base ${git_diff_short(mergeBase)}.`);
                    break;
                }
            }
        }
        if (!mergeBase) {
            throw new GitDiffUnavailable(shallow
                ? `no merge base of ${git_diff_short(baseSha)} and ${git_diff_short(headSha)} within the fetched history`
                : `${git_diff_short(baseSha)} and ${git_diff_short(headSha)} have no common history`);
        }
    }
    // A head that is its merge base (the base already holds it) adds nothing: no diff to ask git for.
    const files = mergeBase === headSha ? [] : await gitChanges(cwd, [mergeBase, headSha], timeoutMs);
    log(`git: ${files.length} changed files between ${git_diff_short(mergeBase)} (merge base) and ${git_diff_short(headSha)}`);
    return { source: 'git', baseSha: mergeBase, headSha, files, notes };
}
/**
 * The changed files between two trees, as `git diff` names them: `[from, to]` two commits, `[from]` a commit and the
 * working tree, `['--cached', from]` a commit and the index. Zero lines of context: every line on the new side of
 * a hunk is an added line, and the output stays small.
 */
async function gitChanges(cwd, range, timeoutMs) {
    const run = (args) => runGit(args, { cwd, timeoutMs });
    // The listing and the patch side by side: each is a walk of both trees (and rename detection) that takes git
    // about as long as the other, and a runner has a core for each.
    const [listing, patch] = await Promise.all([
        run(['diff', '--raw', '--numstat', '-z', ...DIFF_FLAGS, ...range, '--']),
        run(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--diff-filter=d', ...DIFF_FLAGS, ...range, '--']),
    ]);
    if (listing.code !== 0)
        throw new GitDiffUnavailable(`git diff failed: ${firstLine(listing.stderr)}`);
    const entries = parseRawNumstat(listing.stdout);
    if (entries.length === 0)
        return [];
    if (patch.code !== 0)
        throw new GitDiffUnavailable(`git diff failed: ${firstLine(patch.stderr)}`);
    const byPath = indexPatch(parsePatch(patch.stdout));
    const files = [];
    for (const entry of entries) {
        let added = entry.status === 'deleted' || entry.binary ? [] : byPath.get(entry.path);
        if (added === undefined) {
            // A path the patch header spelled in a way we could not map back: ask git for that one file alone.
            added = await addedLinesOfOneFile(cwd, range, entry, timeoutMs);
        }
        files.push(toChangedFile(entry, added));
    }
    return files;
}
/** git's empty tree: the base of a repository without commits. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * What the working tree adds relative to the merge base of `ref` and HEAD (a branch's own changes, committed or
 * not, as its pull request will show them), plus untracked files that .gitignore does not exclude.
 */
async function diffWorktree(cwd, ref, timeoutMs = 60_000) {
    await insideWorkTree(cwd);
    const head = await checkedOutCommit(cwd);
    if (!head)
        throw new GitDiffUnavailable('the repository has no commit yet: nothing to compare with');
    const resolved = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd });
    if (resolved.code !== 0)
        throw new GitDiffUnavailable(`'${ref}' is not a commit, branch or tag in this repository`);
    const mergeBase = await findMergeBase(cwd, resolved.stdout.trim(), head);
    if (!mergeBase)
        throw new GitDiffUnavailable(`'${ref}' and HEAD have no common history`);
    const files = await gitChanges(cwd, [mergeBase], timeoutMs);
    const untracked = await runGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd, timeoutMs });
    if (untracked.code !== 0)
        throw new GitDiffUnavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
    const extra = untracked.stdout.split('\0').filter(Boolean);
    // Every line of a new file is added; 'unknown' says just that without reading the file here.
    for (const p of extra)
        files.push({ path: p, status: 'added', addedLines: 'unknown' });
    const notes = extra.length ? [`${extra.length} untracked file(s) count as added.`] : [];
    return { source: 'git-worktree', baseSha: mergeBase, headSha: head, files, notes };
}
/** What the index adds relative to HEAD (the commit being prepared: a pre-commit hook's view). */
async function diffIndex(cwd, timeoutMs = 60_000) {
    await insideWorkTree(cwd);
    const head = await checkedOutCommit(cwd);
    const files = await gitChanges(cwd, ['--cached', head ?? EMPTY_TREE], timeoutMs);
    return { source: 'git-index', baseSha: head ?? EMPTY_TREE, headSha: head ?? EMPTY_TREE, files, notes: [] };
}
async function insideWorkTree(cwd) {
    const inside = await runGit(['rev-parse', '--is-inside-work-tree'], { cwd });
    if (inside.code !== 0 || inside.stdout.trim() !== 'true')
        throw new GitDiffUnavailable(`${cwd} is not inside a git work tree`);
}
/** The top folder of the git work tree that holds `dir`, or undefined outside git. */
async function workTreeRoot(dir) {
    const r = await runGit(['rev-parse', '--show-toplevel'], { cwd: dir });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
/** Whether the workspace's checked-out commit is the given one (then the working tree holds the head's lines). */
async function checkedOutCommit(cwd) {
    const r = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd });
    return r.code === 0 ? r.stdout.trim() : undefined;
}
async function hasCommit(cwd, sha) {
    return (await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd })).code === 0;
}
async function findMergeBase(cwd, a, b) {
    const r = await runGit(['merge-base', a, b], { cwd });
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
function indexPatch(files) {
    const map = new Map();
    for (const f of files) {
        if (!f.path)
            continue;
        // A type change (file ↔ symlink) comes as a deletion and an addition of one path: keep the union.
        const prev = map.get(f.path);
        map.set(f.path, prev ? [...new Set([...prev, ...f.addedLines])].sort((x, y) => x - y) : f.addedLines);
    }
    return map;
}
async function addedLinesOfOneFile(cwd, range, entry, timeoutMs) {
    const paths = [entry.path, ...(entry.previousPath ? [entry.previousPath] : [])].map((p) => `:(literal)${p}`);
    const r = await runGit(['diff', '--unified=0', ...DIFF_FLAGS, ...range, '--', ...paths], { cwd, timeoutMs });
    if (r.code !== 0)
        return [];
    return [...new Set(parsePatch(r.stdout).flatMap((f) => f.addedLines))].sort((x, y) => x - y);
}
function toChangedFile(entry, addedLines) {
    const file = { path: entry.path, status: entry.status, addedLines };
    if (entry.previousPath)
        file.previousPath = entry.previousPath;
    if (entry.binary)
        file.binary = true;
    if (entry.newMode === '160000' || (entry.status === 'deleted' && entry.oldMode === '160000'))
        file.submodule = true;
    if (entry.newMode === '120000')
        file.symlink = true;
    if (entry.status !== 'added' && entry.status !== 'deleted' && entry.oldMode !== entry.newMode) {
        file.modeChange = { from: entry.oldMode, to: entry.newMode };
    }
    return file;
}
function unique(xs) {
    return [...new Set(xs)];
}
function git_diff_short(sha) {
    return sha.slice(0, 7);
}
function firstLine(s) {
    return s.split('\n').find((l) => l.trim())?.trim() ?? 'no error output';
}

;// CONCATENATED MODULE: ./src/target/rest-diff.ts

/** GitHub lists at most this many files of a pull request. */
const REST_PULL_FILES_CAP = 3000;
/** The compare API lists at most this many files. */
const REST_COMPARE_FILES_CAP = 300;
const rest_diff_STATUS = {
    added: 'added',
    removed: 'deleted',
    modified: 'modified',
    renamed: 'renamed',
    copied: 'copied',
    changed: 'modified',
    unchanged: 'modified',
};
function diffFromRestFiles(entries, meta) {
    const notes = [...(meta.notes ?? [])];
    const files = entries.map((e) => {
        const status = rest_diff_STATUS[e.status] ?? 'modified';
        let addedLines;
        if (status === 'deleted')
            addedLines = [];
        else if (e.patch !== undefined)
            addedLines = addedLinesOfHunks(e.patch);
        // No patch and no counted lines: a binary file, a pure rename or a mode change. No patch but added lines:
        // GitHub left out a diff too large to show, so which lines are new is not known.
        else
            addedLines = e.additions > 0 ? 'unknown' : [];
        const file = { path: e.filename, status, addedLines };
        if (e.previous_filename)
            file.previousPath = e.previous_filename;
        if (e.patch === undefined && e.additions === 0 && e.deletions === 0 && e.changes === 0 && status !== 'renamed' && e.status !== 'changed') {
            file.binary = true;
        }
        return file;
    });
    const unknown = files.filter((f) => f.addedLines === 'unknown').length;
    if (unknown)
        notes.push(`GitHub left out the diff of ${unknown} large file(s); every finding in them is treated as new.`);
    const truncated = entries.length >= meta.cap;
    if (truncated) {
        notes.push(`GitHub's API lists at most ${meta.cap} files of a diff; files past that were not checked. Let actions/checkout fetch history (fetch-depth: 0) so that git can answer.`);
    }
    return { source: meta.source, baseSha: meta.baseSha, headSha: meta.headSha, files, notes, ...(truncated ? { truncated } : {}) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/target/resolve-diff.ts



/** The diff could not be read at all (neither git nor the API could answer). */
class DiffUnavailableError extends errors/* UserError */.yo {
}
async function resolveChanges(cwd, req, opts = {}) {
    if (req.kind === 'worktree' || req.kind === 'index') {
        try {
            return req.kind === 'worktree' ? await diffWorktree(cwd, req.ref) : await diffIndex(cwd);
        }
        catch (err) {
            if (err instanceof GitDiffUnavailable)
                throw new DiffUnavailableError(err.message);
            throw err;
        }
    }
    try {
        return await diffWithGit({ cwd, baseSha: req.baseSha, headSha: req.headSha, ...(opts.log ? { log: opts.log } : {}) });
    }
    catch (err) {
        if (!(err instanceof GitDiffUnavailable))
            throw err;
        const why = `git could not give the diff (${err.message})`;
        if (!opts.rest) {
            throw new DiffUnavailableError(`${why}, and there is no token to ask the REST API. Check out with \`fetch-depth: 0\` (actions/checkout) or pass \`github-token\`.`);
        }
        opts.log?.(`${why}; using the REST API instead.`);
        const notes = [capitalize(why) + '.'];
        try {
            if (req.pullNumber !== undefined) {
                const files = await opts.rest.pullFiles(req.pullNumber);
                return diffFromRestFiles(files, { source: 'rest-pull-files', baseSha: req.baseSha, headSha: req.headSha, cap: REST_PULL_FILES_CAP, notes });
            }
            const { files, mergeBase } = await opts.rest.compareFiles(req.baseSha, req.headSha);
            return diffFromRestFiles(files, { source: 'rest-compare', baseSha: mergeBase, headSha: req.headSha, cap: REST_COMPARE_FILES_CAP, notes });
        }
        catch (apiErr) {
            throw new DiffUnavailableError(`${why}, and the REST API refused too (${apiErr.message.split('\n')[0]}). ` +
                'Check out with `fetch-depth: 0` (actions/checkout), or give the token `contents: read` and `pull-requests: read`.');
        }
    }
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./src/scan/decode.ts
var decode = __nccwpck_require__(4771);
// EXTERNAL MODULE: ./src/scan/lines.ts
var lines = __nccwpck_require__(7594);
// EXTERNAL MODULE: ./src/scan/scan-contents.ts
var scan_contents = __nccwpck_require__(575);
// EXTERNAL MODULE: ./src/scan/scanner.ts + 3 modules
var scan_scanner = __nccwpck_require__(3421);
;// CONCATENATED MODULE: ./src/target/blobs.ts

async function readBlobs(cwd, commit, paths, onBlob) {
    // The batch protocol is line-based: a path with a line break cannot be asked for that way.
    const batchable = paths.filter((p) => !p.includes('\n'));
    const odd = paths.filter((p) => p.includes('\n'));
    if (batchable.length)
        await batch(cwd, commit, batchable, onBlob);
    for (const p of odd)
        onBlob({ path: p, bytes: await single(cwd, `${commit}:${p}`) });
}
function batch(cwd, commit, paths, onBlob) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        // Headers are short and gathered in `pending`; a blob's bytes go straight into one buffer of its announced size,
        // so a file of megabytes is copied once instead of once per chunk.
        let pending = Buffer.alloc(0);
        let body;
        let index = 0;
        let stderr = '';
        child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
        child.stdout.on('data', (chunk) => {
            let data = chunk;
            for (;;) {
                if (body) {
                    const n = Math.min(body.buf.length - body.filled, data.length);
                    data.copy(body.buf, body.filled, 0, n);
                    body.filled += n;
                    data = data.subarray(n);
                    if (body.filled < body.buf.length)
                        return;
                    // The blob ends with a line feed of its own, not part of the content.
                    const bytes = body.buf.subarray(0, body.buf.length - 1);
                    onBlob(body.type === 'blob' ? { path: paths[index], bytes } : { path: paths[index] });
                    index++;
                    body = undefined;
                }
                pending = pending.length ? Buffer.concat([pending, data]) : data;
                data = Buffer.alloc(0);
                const nl = pending.indexOf(10);
                if (nl === -1)
                    return;
                const header = pending.subarray(0, nl).toString('utf8');
                const rest = pending.subarray(nl + 1);
                pending = Buffer.alloc(0);
                if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                    onBlob({ path: paths[index++] });
                    data = rest;
                    continue;
                }
                const size = Number(header.split(' ')[2]);
                if (!Number.isFinite(size)) {
                    child.kill();
                    reject(new Error(`unexpected git cat-file output: ${header.slice(0, 200)}`));
                    return;
                }
                body = { buf: Buffer.allocUnsafe(size + 1), filled: 0, type: header.split(' ')[1] ?? '' };
                data = rest;
            }
        });
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0 && index === paths.length)
                resolve();
            else
                reject(new Error(`git cat-file failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
    });
}
function single(cwd, spec) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', 'blob', spec], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        const out = [];
        child.stdout.on('data', (c) => out.push(c));
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out) : undefined));
    });
}

// EXTERNAL MODULE: ./src/scan/list-files.ts
var list_files = __nccwpck_require__(9975);
;// CONCATENATED MODULE: ./src/target/types.ts
/**
 * What a change adds, file by file, in the head's line numbers: a pull request or merge-group entry, a branch's
 * working tree against its base, or the index (a commit being made).
 * Plain data: produced by src/target (git first, REST as fallback), consumed by src/triage/diff-scope.ts.
 */
/** Files that hold text the PR adds: not deleted, not a submodule, not a symbolic link. */
function scannableFiles(diff) {
    return diff.files.filter((f) => f.status !== 'deleted' && !f.submodule && !f.symlink);
}

;// CONCATENATED MODULE: ./src/target/select-files.ts



/**
 * The changed files a diff-mode run scans: files with text at the head (not deleted, not submodules or symlinks),
 * inside the `paths` input when given, outside the default and user excludes. A full scan never lists vendored
 * folders; a PR that touches them must not fail on them either.
 */
function selectFilesToScan(diff, opts) {
    const excluded = ignore_default()().add([...list_files/* DEFAULT_EXCLUDES */.Wg, ...(opts.exclude ?? [])]);
    const roots = (opts.paths ?? []).map(normalize).filter((p) => p !== undefined);
    const underRoots = (p) => roots.length === 0 || roots.some((r) => r === '' || p === r || p.startsWith(r + '/'));
    return scannableFiles(diff).filter((f) => underRoots(f.path) && !excluded.ignores(f.path));
}
function normalize(p) {
    let s = p.trim().replace(/\\/g, '/');
    while (s.startsWith('./'))
        s = s.slice(2);
    s = s.replace(/\/+$/, '');
    if (s === '.')
        return '';
    return s.startsWith('/') || s.startsWith('../') ? undefined : s;
}

// EXTERNAL MODULE: ./src/scan/context.ts
var context = __nccwpck_require__(5570);
// EXTERNAL MODULE: ./src/scan/scan-file.ts + 2 modules
var scan_file = __nccwpck_require__(8239);
// EXTERNAL MODULE: ./src/scan/copied-anchor-tests.ts
var copied_anchor_tests = __nccwpck_require__(3787);
;// CONCATENATED MODULE: ./src/scan/context-gather.ts



const MAX_CONTEXT_FILES_PER_DIR = 200;
async function gatherContext(changed, reader, catalog, opts) {
    const index = new context/* ContextIndex */.eo();
    const perDir = opts.maxFilesPerDir ?? MAX_CONTEXT_FILES_PER_DIR;
    const read = new Set();
    const { askers, imports, filesRead: changedRead } = await readChangedFiles(changed, reader, catalog, opts.maxFileBytes, index, read);
    let filesRead = changedRead;
    if (askers.length === 0)
        return { index, filesRead };
    const { families, dirs } = packagesOf(askers);
    const toRead = new Set();
    let listed;
    try {
        listed = await reader.listFiles([...dirs]);
    }
    catch {
        listed = new Map(); // Directories that cannot be listed lend nothing; the changed files are still scanned.
    }
    for (const dir of dirs) {
        const files = listed.get(dir) ?? [];
        const wanted = families.get(dir);
        let siblings = 0;
        for (const f of files) {
            if ((0,context/* isManifest */.Yh)(f)) {
                index.noteManifest(f);
                if (!read.has(f))
                    toRead.add(f);
                continue;
            }
            const family = (0,context/* familyOf */.Ap)(f);
            if (wanted && family && wanted.has(family) && siblings < perDir) {
                siblings++;
                if (!read.has(f))
                    toRead.add(f);
            }
        }
    }
    // Project-wide imports (a C# `global using`, a re-exporting index module) may sit in any unchanged directory of
    // the project: the nearest directory above each asking file with a manifest is its project (none: the tree).
    // Looking for them is a search of the tree (git grep), which runs while the siblings are read.
    let projectImports;
    if (reader.findProjectImports) {
        const manifestDirs = new Set();
        for (const [dir, files] of listed)
            if (files.some((f) => (0,context/* isManifest */.Yh)(f)))
                manifestDirs.add(dir);
        const roots = new Set(askers.map((p) => (0,context/* ancestorDirs */.cR)(p).find((d) => manifestDirs.has(d)) ?? ''));
        // Without them the manifests still lend project context.
        projectImports = reader.findProjectImports([...roots]).catch(() => []);
    }
    const lend = (path, bytes) => {
        read.add(path);
        if (!bytes)
            return;
        filesRead++;
        try {
            const outcome = (0,scan_file/* scanBytes */.vw)(bytes, path, catalog);
            if ('findings' in outcome && outcome.shared?.length)
                index.add(path, outcome.shared);
        }
        catch {
            // A file that breaks a rule lends no context; its own scan reports the error.
        }
    };
    if (toRead.size)
        await reader.read([...toRead], opts.maxFileBytes, lend);
    if (projectImports) {
        const more = (await projectImports).filter((p) => (0,context/* familyOf */.Ap)(p) && !read.has(p));
        if (more.length)
            await reader.read(more, opts.maxFileBytes, lend);
    }
    // The files the asking ones import by relative path lend their evidence too: one more listing and read, of
    // those files only, so what is read still follows the change.
    for (const [path, candidates] of imports)
        index.noteImports(path, candidates);
    const wanted = new Set([...imports.values()].flat(2).filter((c) => !read.has(c)));
    if (wanted.size) {
        let existing;
        try {
            existing = await reader.listFiles([...new Set([...wanted].map(context/* dirName */.BB))]);
        }
        catch {
            existing = new Map();
        }
        const present = [...existing.values()].flat().filter((f) => wanted.has(f));
        if (present.length)
            await reader.read(present, opts.maxFileBytes, lend);
    }
    return { index, filesRead };
}
/**
 * The changed files, read first. Only one whose matches need a tag it does not hold itself can take anything from
 * other files (the full scan's own test, takesOutsideContext): every other one is decided alike with or without
 * context, so its folder and project are not read at all. The changed files lend their own evidence too.
 */
async function readChangedFiles(changed, reader, catalog, maxFileBytes, index, read) {
    const askers = [];
    const imports = new Map();
    let filesRead = 0;
    // Every rule's anchors: a bare `Citation` field, which only context makes a finding, has no prefilter anchor.
    const everyRule = (0,copied_anchor_tests/* copiedAnchorTestsOf */.s)(catalog).anyRule;
    await reader.read([...changed], maxFileBytes, (path, bytes) => {
        read.add(path);
        if (!bytes)
            return;
        filesRead++;
        try {
            const outcome = (0,scan_file/* scanBytes */.vw)(bytes, path, catalog, { anchors: everyRule, collect: true });
            if (!('findings' in outcome))
                return;
            if (outcome.shared?.length)
                index.add(path, outcome.shared);
            if (outcome.collected) {
                askers.push(path);
                if (outcome.collected.imports)
                    imports.set(path, outcome.collected.imports);
            }
        }
        catch {
            // A file that breaks a rule is judged on its own; its own scan reports the error.
        }
    });
    return { askers, imports, filesRead };
}
/** The language families each asking file's directory needs, and every directory above one (for manifests). */
function packagesOf(askers) {
    const families = new Map();
    const dirs = new Set();
    for (const p of askers) {
        const family = (0,context/* familyOf */.Ap)(p);
        if (family) {
            const set = families.get((0,context/* dirName */.BB)(p)) ?? new Set();
            set.add(family);
            families.set((0,context/* dirName */.BB)(p), set);
        }
        for (const d of (0,context/* ancestorDirs */.cR)(p))
            dirs.add(d);
    }
    return { families, dirs };
}

// EXTERNAL MODULE: ./src/safe-fs/bounded-read.ts
var bounded_read = __nccwpck_require__(6043);
;// CONCATENATED MODULE: ./src/scan/project-imports.ts

/**
 * Where a project-wide import of a legacy SDK can live, so that a pull request's context finds one in a file it
 * does not change, in a directory it does not touch, without reading the project: C#'s `global using` (any `.cs`
 * file, usually GlobalUsings.cs), an index module that re-exports the SDK (`index.ts`, `index.js`, ...), a Scala
 * package object. git finds the candidates under each project root by content (`git grep`, in git's own C code
 * over the object store or the checkout), and only those are read.
 */
const EXTENSIONS = ['cs'];
const NAMES = ['index.ts', 'index.tsx', 'index.mts', 'index.js', 'index.mjs', 'index.cjs', 'package.scala'];
/** Words every project-wide import the catalog knows contains (the SDK's product names). */
const WORDS = ['hunyuan', 'lkeap'];
/** Candidates read at most: the imports a project has are few; a repository of hundreds is not one project. */
const MAX_PROJECT_IMPORT_FILES = 50;
/**
 * Files under the given project roots ('' = the whole tree) that name the SDKs and may hold a project-wide
 * import. `commit` unset: the working tree's tracked files. Empty when git cannot tell (not a repository).
 */
async function findProjectImportCandidates(cwd, roots, commit) {
    const safe = roots.filter((r) => !/[\n*?[\]:\\]/.test(r));
    if (safe.length === 0)
        return [];
    // git's plain wildcards, where `*` also matches `/`: a third faster than `:(glob)**/` on a large tree. The roots
    // hold no wildcard (filtered above), so each pathspec is a folder and a name or an extension under it.
    const pathspecs = safe.flatMap((root) => {
        const under = root ? `${root}/` : '';
        return [...EXTENSIONS.map((e) => `${under}*.${e}`), ...NAMES.flatMap((n) => [`${under}${n}`, `${under}*/${n}`])];
    });
    const args = ['grep', '-l', '-z', '-I', '-i', '-F', ...WORDS.flatMap((w) => ['-e', w]), ...(commit ? [commit] : []), '--', ...pathspecs];
    const r = await runGit(args, { cwd, maxBytes: 1024 * 1024, timeoutMs: 30_000 });
    // Exit 1: nothing found.
    if (r.code !== 0)
        return [];
    const prefix = commit ? `${commit}:` : '';
    return r.stdout
        .split('\0')
        .filter(Boolean)
        .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p))
        .slice(0, MAX_PROJECT_IMPORT_FILES);
}

;// CONCATENATED MODULE: ./src/scan/context-reader-fs.ts




/**
 * Reads context from the workspace: regular files only (a symbolic link is neither listed nor read), and only
 * inside the root, whatever a directory on the way is. Synchronously, as the scan reads: a pull request's context is
 * hundreds of small files, and awaiting each one's stat, open, read and close in turn cost more than a second on a
 * large repository, where reading them takes a few milliseconds.
 */
function workspaceContextReader(root) {
    const inside = (abs) => {
        const rel = external_node_path_default().relative(root, abs);
        return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
    };
    // A folder that is itself (no link on the way to it) and inside the root.
    const plainFolder = (abs) => {
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            return inside(real) && real === external_node_path_default().resolve(abs);
        }
        catch {
            return false;
        }
    };
    return {
        async listFiles(dirs) {
            const out = new Map();
            for (const dir of dirs) {
                try {
                    const abs = external_node_path_default().join(root, dir);
                    if (!plainFolder(abs))
                        continue;
                    const entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
                    out.set(dir, entries.filter((e) => e.isFile()).map((e) => (dir ? `${dir}/${e.name}` : e.name)));
                }
                catch {
                    // A folder that is gone or unreadable lends nothing.
                }
            }
            return out;
        },
        // The tracked files of the checkout (read as every other context file: regular files inside the root only).
        findProjectImports: (roots) => findProjectImportCandidates(root, roots),
        async read(paths, maxBytes, onFile) {
            // Whether a folder is itself, not reached through a link on the way (asked once per folder).
            const plainDirs = new Map();
            const plainDir = (dir) => {
                let ok = plainDirs.get(dir);
                if (ok === undefined)
                    plainDirs.set(dir, (ok = plainFolder(dir)));
                return ok;
            };
            for (const p of paths) {
                const abs = external_node_path_default().join(root, p);
                // A regular file within the cap, never through a link (type and size checked before and after opening, and
                // no link in the folders on the way).
                const got = inside(abs) && plainDir(external_node_path_default().dirname(abs)) ? (0,bounded_read/* readRepoFileSync */.e4)(abs, maxBytes) : undefined;
                onFile(p, got?.ok ? got.bytes : undefined);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/target/tree-reader.ts



/**
 * Reads context from a commit's tree (a pull request's head) with git: `git ls-tree` lists one directory's regular
 * files (mode 100644 or 100755: no links, no submodules), `git cat-file --batch` reads them.
 */
function commitContextReader(cwd, commit) {
    return {
        async listFiles(dirs) {
            // One `git ls-tree` for every directory: each path `dir/` lists that directory's entries, not deeper.
            const out = await lsTree(cwd, commit, dirs.filter((d) => !d.includes('\n')));
            const files = new Map();
            for (const entry of out.split('\0')) {
                const tab = entry.indexOf('\t');
                if (tab === -1)
                    continue;
                const [mode, type] = entry.slice(0, tab).split(' ');
                if (type !== 'blob' || (mode !== '100644' && mode !== '100755'))
                    continue;
                const file = entry.slice(tab + 1);
                const slash = file.lastIndexOf('/');
                const dir = slash === -1 ? '' : file.slice(0, slash);
                const list = files.get(dir);
                if (list)
                    list.push(file);
                else
                    files.set(dir, [file]);
            }
            return files;
        },
        async read(paths, maxBytes, onFile) {
            await readBlobs(cwd, commit, paths, (blob) => onFile(blob.path, blob.bytes && blob.bytes.length <= maxBytes ? blob.bytes : undefined));
        },
        findProjectImports: (roots) => findProjectImportCandidates(cwd, roots, commit),
    };
}
function lsTree(cwd, commit, dirs) {
    return new Promise((resolve, reject) => {
        const args = ['ls-tree', '-z', '--full-tree', commit, '--', ...dirs.map((dir) => (dir ? `${dir}/` : '.'))];
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let size = 0;
        child.stdout.on('data', (c) => {
            size += c.length;
            // A directory listing this large is not a package; stop reading it.
            if (size > 8 * 1024 * 1024)
                child.kill();
            else
                out.push(c);
        });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`git ls-tree exited ${code}`))));
    });
}

;// CONCATENATED MODULE: ./src/target/scan-target.ts














async function scanTree(opts) {
    const result = await (0,scan_scanner/* scan */.SQ)({
        root: opts.root,
        paths: [...opts.paths],
        include: [...opts.include],
        exclude: [...opts.exclude],
        catalog: opts.catalog,
        ...(opts.gitignore !== undefined ? { gitignore: opts.gitignore } : {}),
        ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
        ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    return { result, readLine: lineReader((p) => external_node_fs_.promises.readFile(external_node_path_default().join(result.root, p))) };
}
async function scanChanges(diff, opts, log) {
    const root = await external_node_fs_.promises.realpath(opts.root);
    const included = opts.include.length ? ignore_default()().add([...opts.include]) : undefined;
    const files = selectFilesToScan(diff, { paths: opts.paths.map((p) => relativeTo(root, p)), exclude: [...opts.exclude] }).filter((f) => !included || included.ignores(f.path));
    const paths = files.map((f) => f.path);
    // Nothing to read (an empty change, or only deletions and excluded files): no context to gather, no checkout to ask.
    if (paths.length === 0)
        return { result: (0,scan_contents/* contentScanner */.E)({ root, catalog: opts.catalog }).result(), diff, scannedFiles: 0, readLine: async () => undefined };
    let context;
    const withContext = async (reader) => {
        try {
            context = (await gatherContext(paths, reader, opts.catalog, { maxFileBytes: opts.maxFileBytes ?? scan_scanner/* DEFAULT_MAX_FILE_BYTES */.CR })).index;
        }
        catch (err) {
            // Without the siblings' context the changed files are still scanned, each on its own.
            log.info(`Could not read the changed files' packages for context (${err.message}); each file is judged on its own.`);
        }
    };
    const scanner = () => (0,scan_contents/* contentScanner */.E)({ root, catalog: opts.catalog, ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}), ...(context ? { context } : {}) });
    if (diff.source === 'git-index') {
        // The commit being made: the staged text, which may differ from the working tree (the siblings' context is
        // read from the working tree).
        await withContext(workspaceContextReader(root));
        const s = scanner();
        await readBlobs(root, '', paths, (blob) => s.add(blob));
        return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, '', p)) };
    }
    if (diff.source !== 'git-worktree') {
        const checkedOut = await checkedOutCommit(root);
        // The workspace holds the head's lines only when the head itself is checked out; actions/checkout's default for
        // pull_request is the test merge commit, whose line numbers differ wherever the base moved.
        // The REST fallback may still find the head commit here (git failed later, looking for the merge base).
        const fromCommit = checkedOut !== diff.headSha && (diff.source === 'git' || (await hasCommit(root, diff.headSha)));
        if (fromCommit) {
            log.info(`Reading ${paths.length} changed file(s) at the head ${git_diff_short(diff.headSha)} (the workspace has ${checkedOut ? git_diff_short(checkedOut) : 'no commit'} checked out).`);
            // Context from the head tree: the changed files' directories and the manifests above them.
            await withContext(commitContextReader(root, diff.headSha));
            const s = scanner();
            await readBlobs(root, diff.headSha, paths, (blob) => s.add(blob));
            return { result: s.result(), diff, scannedFiles: paths.length, readLine: lineReader((p) => blobOf(root, diff.headSha, p)) };
        }
        if (checkedOut && checkedOut !== diff.headSha) {
            diff = {
                ...diff,
                notes: [
                    ...diff.notes,
                    `Line numbers come from the checked-out commit ${git_diff_short(checkedOut)}, not the head ${git_diff_short(diff.headSha)}; they can be off where the base branch changed the same files.`,
                ],
            };
        }
    }
    await withContext(workspaceContextReader(root));
    const present = [];
    const missing = [];
    for (const p of paths) {
        const st = await external_node_fs_.promises.lstat(external_node_path_default().join(root, p)).catch(() => undefined);
        (st?.isFile() ? present : missing).push(p);
    }
    const scanned = present.length
        ? await (0,scan_scanner/* scan */.SQ)({
            root,
            paths: present,
            exclude: [...opts.exclude],
            catalog: opts.catalog,
            ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
            ...(context ? { context } : {}),
        })
        : { root, findings: [], skipped: [], stats: { files: 0, bytes: 0, durationMs: 0 } };
    const result = { ...scanned, skipped: [...scanned.skipped, ...missing.map((p) => ({ path: p, reason: 'not a regular file in the workspace' }))] };
    return { result, diff, scannedFiles: present.length, readLine: lineReader((p) => external_node_fs_.promises.readFile(external_node_path_default().join(root, p))) };
}
async function blobOf(root, commit, p) {
    let bytes;
    await readBlobs(root, commit, [p], (b) => (bytes = b.bytes));
    return bytes;
}
function lineReader(read) {
    const cache = new Map();
    return async (p, line) => {
        if (!cache.has(p)) {
            const bytes = await read(p).catch(() => undefined);
            const decoded = bytes ? (0,decode/* decode */.D4)(bytes) : undefined;
            let text = decoded?.kind === 'text' ? decoded.text : undefined;
            if (text?.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            cache.set(p, text === undefined ? undefined : new lines/* LineIndex */.r(text));
        }
        return cache.get(p)?.lineText(line);
    };
}
function relativeTo(root, p) {
    return external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(root, p).split((external_node_path_default()).sep).join('/') : p;
}

;// CONCATENATED MODULE: ./src/target/root.ts




/**
 * The folder findings are relative to, and where the config file is looked for: the git top level of what is
 * scanned (the current folder when no path is given), or, outside git, the folder itself (or the folder that
 * holds every path given). It does not depend on the folder the command runs from, so neither do the results.
 */
async function scanRoot(cwd, targets) {
    const dirs = [];
    for (const t of targets.length ? targets : [cwd]) {
        const st = await external_node_fs_.promises.stat(t).catch(() => undefined);
        if (!st)
            throw new scan_scanner/* ScanTargetError */.$F(`path does not exist: ${external_node_path_default().relative(cwd, t) || t}`);
        dirs.push(st.isDirectory() ? t : external_node_path_default().dirname(t));
    }
    const top = await workTreeRoot(dirs[0]);
    if (top)
        return top;
    return dirs.reduce(commonAncestor);
}
function commonAncestor(a, b) {
    const as = external_node_path_default().resolve(a).split((external_node_path_default()).sep);
    const bs = external_node_path_default().resolve(b).split((external_node_path_default()).sep);
    let i = 0;
    while (i < as.length && i < bs.length && as[i] === bs[i])
        i++;
    return as.slice(0, i).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/** The root of a command run from `cwd`: the folder given with --root, else scanRoot() of the targets. */
async function commandRoot(cwd, targets, given) {
    return given ? external_node_path_default().resolve(cwd, given) : scanRoot(cwd, targets);
}

;// CONCATENATED MODULE: ./src/target/index.ts






/***/ }),

/***/ 5325:
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

/***/ 8945:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DEFAULT_BASELINE_PATH)
/* harmony export */ });
/**
 * Where `baseline` writes when neither the command line nor the config names a file. Apart from the baseline's
 * reader, so that code needing only the path (the config's list of the tool's own files) does not load its schema.
 */
const DEFAULT_BASELINE_PATH = '.github/tokenhub-migration-baseline.json';


/***/ }),

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitByDiff),
/* harmony export */   y: () => (/* binding */ SCOPE_VALUES)
/* harmony export */ });
const SCOPE_VALUES = ['added-lines', 'changed-files'];
function splitByDiff(findings, added, scope) {
    const sets = new Map();
    for (const [path, lines] of added)
        sets.set(path, lines === 'unknown' ? 'unknown' : new Set(lines));
    const newFindings = [];
    const preExisting = [];
    const outside = [];
    for (const f of findings) {
        const lines = sets.get(f.path);
        if (lines === undefined) {
            outside.push(f);
            continue;
        }
        const isNew = scope === 'changed-files' || lines === 'unknown' || touches(lines, f);
        (isNew ? newFindings : preExisting).push(f);
    }
    return { newFindings, preExisting, outside };
}
/** A finding is on an added line when any line it spans was added (matches never cross lines today). */
function touches(lines, f) {
    for (let l = f.line; l <= f.endLine; l++)
        if (lines.has(l))
            return true;
    return false;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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

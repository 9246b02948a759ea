import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 916:
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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/scan/anchor-search.ts
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

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/safe-fs/bounded-read.ts

// Windows has neither flag; there the lstat check before opening is what stands.
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
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
        const why = refusal((0,external_node_fs_namespaceObject.lstatSync)(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fd = (0,external_node_fs_namespaceObject.openSync)(abs, OPEN_FLAGS);
    }
    catch (err) {
        return failed(err);
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        const why = refusal(st, maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        const buf = Buffer.allocUnsafe(st.size);
        let total = 0;
        while (total < st.size) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, total, st.size - total, null);
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
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
async function readRepoFile(abs, maxBytes) {
    let fh;
    try {
        const why = refusal(await fs.lstat(abs), maxBytes);
        if (why)
            return { ok: false, missing: false, reason: why };
        fh = await fs.open(abs, OPEN_FLAGS);
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

;// CONCATENATED MODULE: ./src/scan/list-files.ts




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
    return p.split((external_node_path_default()).sep).join('/');
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
        this.includeMatcher = opts.include?.length ? ignore_default()().add(opts.include) : undefined;
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
            const st = (0,external_node_fs_namespaceObject.lstatSync)(target);
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
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir.abs, { withFileTypes: true });
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
        const absPrefix = dir.abs.endsWith((external_node_path_default()).sep) ? dir.abs : dir.abs + (external_node_path_default()).sep;
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
        const st = (0,external_node_fs_namespaceObject.lstatSync)(external_node_path_default().join(parent, e.name));
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'other';
    }
}
function relOf(root, abs) {
    return toPosix(external_node_path_default().relative(root, abs));
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
        const lines = [this.readText(external_node_path_default().join(root, '.gitignore')), this.readText(external_node_path_default().join(root, '.git', 'info', 'exclude'))].filter((t) => t.trim());
        if (lines.length)
            this.map.set('', new IgnoreFile(lines.join('\n')));
    }
    read(file) {
        const content = this.readText(file);
        return content ? new IgnoreFile(content) : undefined;
    }
    /** A regular file within the cap, never through a link: a PR's .gitignore may link to /dev/zero or be a FIFO. */
    readText(file) {
        const r = readRepoFileSync(file, MAX_IGNORE_FILE_BYTES);
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
        const ig = this.read(external_node_path_default().join(dirAbs, '.gitignore'));
        if (ig)
            this.map.set(dirRel, ig);
        return ig !== undefined;
    }
    /** The .gitignore files another thread found in these folders, read here too if this thread has not yet. */
    ensure(dirRels) {
        for (const dirRel of dirRels)
            if (!this.map.has(dirRel))
                this.load(dirRel, external_node_path_default().join(this.root, ...dirRel.split('/')));
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
            if (this.load(dirRel, external_node_path_default().join(this.root, ...parts.slice(0, depth))))
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
        this.ig = ignore_default()().add(text);
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
    return { byName: new Map(), names: patterns.length ? ignore_default()().add(patterns) : undefined, plain: PlainNames.of(patterns), paths, folders, lengths };
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

;// CONCATENATED MODULE: ./src/scan/binary-types.ts
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

;// CONCATENATED MODULE: ./src/scan/decode.ts
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

;// CONCATENATED MODULE: ./src/scan/context.ts
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

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(916);
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

;// CONCATENATED MODULE: ./src/finding/finding.ts
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/finding/fingerprint.ts

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
const FINGERPRINT_KEY = (/* unused pure expression or super */ null && (`tokenhubMigration/v${FINGERPRINT_VERSION}`));
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
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

;// CONCATENATED MODULE: ./src/catalog/patterns.ts
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

;// CONCATENATED MODULE: ./src/scan/anchor-index.ts

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
    return anchors.length ? new RegExp(anchors.map(escapeRegExp).join('|'), flags) : new RegExp('(?!)', flags);
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

;// CONCATENATED MODULE: ./src/scan/lockfiles.ts

/**
 * Lockfiles: generated by package managers, full of package names and base64 integrity hashes (`sha512-...`).
 * They are scanned, since a legacy SDK's package name in one is worth reporting, but no model ID in them is ever
 * sent to an API, and short model anchors (`hy3`, `hy4`) turn up in their hashes by chance: model rules skip them,
 * and so does the prefilter when only model rules could match.
 */
const LOCKFILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|bun\.lockb?|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|composer\.lock|Gemfile\.lock|go\.sum|packages\.lock\.json|gradle\.lockfile|pubspec\.lock|Podfile\.lock|Package\.resolved|mix\.lock|flake\.lock)$/i;
function isLockfile(path) {
    return LOCKFILE.test(baseName(path));
}

;// CONCATENATED MODULE: ./src/tool.ts
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

;// CONCATENATED MODULE: ./src/catalog/rules/hints.ts

/** Guidance sentences several rules share; each rule's own record says which one applies. */
const OPENAI_SWAP_HINT = 'Use a TokenHub API key as the Bearer token and a model enabled for pay-as-you-go; the mainland base URL is ' +
    'https://tokenhub.tencentmaas.com/v1.';
const OPENAI_CLIENT_HINT = `Move to an OpenAI-compatible client on TokenHub: base URL ${TOKENHUB_BASE_URL_INTL} ` +
    '(mainland: https://tokenhub.tencentmaas.com/v1), a TokenHub API key as the Bearer token, and a model enabled for pay-as-you-go.';
const CLOUD_API_HINT = `Call TokenHub's OpenAI-compatible chat completions (${TOKENHUB_BASE_URL_INTL}) with a TokenHub API key ` +
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
        pattern: hostPattern('(?:api\\.)?hunyuan\\.cloud\\.tencent\\.com/hyllm(?:/v1\\b)?'),
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
        pattern: hostPattern('(?:api\\.hunyuan\\.cloud\\.tencent\\.com(?:/v1\\b)?|hunyuan\\.cloud\\.tencent\\.com/openai(?:/v1\\b)?)'),
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
        pattern: hostPattern('api\\.hunyuan\\.intl\\.cloud\\.tencent\\.com(?:/v1\\b)?'),
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
        pattern: hostPattern('hunyuan(?:\\.intl)?\\.tencentcloudapi\\.com'),
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
        pattern: hostPattern('api\\.cloudai\\.tencent\\.com/v1/aiart(?:/(?:submit|query)\\b)?'),
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
        pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/v3\\b'),
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
        pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com/anthropic\\b'),
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
        pattern: hostPattern('api\\.lkeap\\.(?:cloud\\.tencent|tencentcloud)\\.com(?!/(?:plan|coding)\\b)(?:/v1\\b)?'),
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
        pattern: hostPattern('lkeap(?:\\.intl)?\\.tencentcloudapi\\.com'),
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
        pattern: hostPattern('tokenhub(?:-intl)?\\.tencent(?:cloud)?maas\\.(?:com|tech)'),
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
                `${TOKENHUB_BASE_URL_INTL}, a TokenHub API key and a TokenHub model ID.`,
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

;// CONCATENATED MODULE: ./src/catalog/tokenhub-models.ts
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

;// CONCATENATED MODULE: ./src/catalog/rules/models.ts






/** LKE DeepSeek IDs that TokenHub does not list: a client already on TokenHub that still sends one gets 400004. */
const LKE_IDS_NOT_ON_TOKENHUB = [...LKE_DEEPSEEK_REASONING, ...LKE_DEEPSEEK_CHAT].filter((id) => !TOKENHUB_CHAT_MODEL_IDS.includes(id));
const ON_TOKENHUB = `^(?:${HUNYUAN_ON_TOKENHUB.map((id) => id.replace(/\./g, '\\.')).join('|')})$`;
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
        pattern: modelIdPattern(HUNYUAN_TRANSLATION),
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
        pattern: modelIdPattern(HUNYUAN_SHUTDOWN_2026_06_22),
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
        pattern: modelIdPattern(HUNYUAN_NOT_ON_TOKENHUB),
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
        pattern: modelIdPattern(['hunyuan-embedding']),
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
        pattern: modelIdPattern(LKE_DEEPSEEK_REASONING),
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
        pattern: modelIdPattern(LKE_DEEPSEEK_CHAT),
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
        pattern: modelIdPattern(LKE_IDS_NOT_ON_TOKENHUB),
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
        pattern: modelIdPattern(TOKENHUB_CHAT_MODEL_IDS),
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
const WITH_PAGE = new Set(RULES.filter((r) => !r.signalOnly).map((r) => r.id));
/**
 * Where a finding of this rule is explained: a built-in rule's page (its fix, per-language guidance and sources);
 * for a rule from the user's configuration, its own first web source, if any.
 */
function docsUrlOf(rule) {
    return WITH_PAGE.has(rule.id) ? ruleDocsUrl(rule.id) : sourceUrl(rule);
}

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
    const base = baseName(path);
    const lockfile = isLockfile(path);
    const lines = new LineIndex(text);
    const matches = [];
    const index = ruleIndexOf(catalog);
    const tags = new Set();
    for (const compiled of anchorIndexOf(catalog).rulesFor(text, present)) {
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
                around: fingerprints ? neighbourhood(lineText, from.column, to.line === from.line ? to.column : Number.MAX_SAFE_INTEGER) : NO_NEIGHBOURHOOD,
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
        const docsUrl = docsUrlOf(rule);
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
    const out = withFingerprintsAround(kept, neighbourhoodOf);
    if (ignored.length)
        out.push(...withFingerprintsAround(ignored, neighbourhoodOf));
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
            if (!SHAREABLE_TAGS.has(tag))
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
        parts.push(`(Context: ${contextPhrase(via)}.)`);
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
    const ranked = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
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

;// CONCATENATED MODULE: ./src/scan/own-report.ts

/**
 * Reports and baselines this tool wrote quote every legacy endpoint and model ID they list; scanning them again
 * would count each finding twice (a SARIF file turns 36 findings into 367). They are recognised by their content,
 * whatever their name or wherever they were written: the head must be one of the tool's own formats, key order
 * included, and the whole file must parse as JSON with that format's shape. A hand-made file that only looks like a
 * report in its first bytes is scanned as usual; one that passes is listed as skipped, never silently dropped.
 */
const OWN_REPORT_REASON = `written by ${TOOL_NAME}`;
const own_report_name = TOOL_NAME.replace(/-/g, '\\-');
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
    if (doc.version === 1 && doc.tool === TOOL_NAME)
        return Array.isArray(doc.findings);
    if (doc.version === 1 && isObject(doc.tool) && doc.tool.name === TOOL_NAME)
        return Array.isArray(doc.findings);
    if (doc.version === '2.1.0' && Array.isArray(doc.runs)) {
        return doc.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === TOOL_NAME && Array.isArray(r.results));
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
function fileText(bytes, anchors, decodeWith = decode) {
    // The cheap test comes first: the anchors over the raw bytes, and only files with a hit are decoded.
    const utf16 = hasUtf16Bom(bytes);
    if (!utf16) {
        if (isBinary(bytes))
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

;// CONCATENATED MODULE: ./src/scan/context-takers.ts

/**
 * Files that take context from other files: code files (a package is the files of one directory in one language
 * family) and manifests. Documentation and data files take none, so the scan never keeps or decides them again.
 */
function takesContext(path) {
    return familyOf(path) !== undefined || isManifest(path);
}

;// CONCATENATED MODULE: ./src/scan/copied-anchor-tests.ts



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
    const index = anchorIndexOf(catalog);
    const sets = [index.prefilterAnchors, index.ruleAnchors];
    const search = sets.every((s) => AnchorSearch.accepts(s)) ? AnchorSearch.createSets(sets) : undefined;
    const viaSearch = (set, regex) => {
        const re = regexAnchors(regex);
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
    const family = familyOf(path);
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
    const family = familyOf(path);
    if (family === 'js')
        return jsImports(text, dirName(path));
    if (family === 'python')
        return pythonImports(text, dirName(path));
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
            base = base === '' ? undefined : dirName(base);
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
    const index = anchorIndexOf(catalog);
    return isLockfile(rel) ? regexAnchors(index.lockfilePrefilter) : copiedAnchorTestsOf(catalog).prefilter;
}
/**
 * Scans one file's bytes: the one scan function, for the full scan's threads, a pull request's blobs, the context
 * of a pull request's head tree and the rule examples. The cheap test comes first: one case-insensitive pass for
 * the anchors over the raw bytes (read as Latin-1, so that every byte is one character and ASCII anchors match
 * whatever the encoding), and only files with a hit are decoded and matched rule by rule. With context from other
 * files, every rule's anchors count, also those of the rules that only report in context (a bare `Citation` field).
 */
function scanBytes(bytes, rel, catalog, opts = {}) {
    const anchors = opts.anchors ?? (opts.context ? copiedAnchorTestsOf(catalog).anyRule : firstAnchorsFor(catalog, rel));
    const text = fileText(bytes, anchors);
    if (text.kind === 'skipped')
        return { skipped: text.reason };
    if (text.kind === 'no-anchor')
        return { findings: [] };
    // ASCII anchors are found alike in UTF-8 bytes and in their text (no byte of a multi-byte sequence is ASCII);
    // a UTF-16 file's bytes are not searched.
    const present = hasUtf16Bom(bytes) ? undefined : opts.presentAnchors?.(bytes);
    const collected = collectMatches(text.text, rel, catalog, present);
    const findings = decideFindings(collected, catalog, opts.context);
    const outcome = { findings };
    if (collected.shared.length)
        outcome.shared = collected.shared;
    if (opts.collect && takesOutsideContext(collected, catalog))
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
        const index = anchorIndexOf(catalog);
        this.lockfilesShare = index.lockfilesSharePrefilter;
        const first = index.prefilterAnchors;
        // The prefilter's anchors and those of the rules that report only with context from other files, as one set:
        // a file that takes context is searched once for both (see takerOutcome).
        const taker = minimalAnchors([...first, ...index.contextAnchors()]);
        const withTaker = AnchorSearch.accepts(taker);
        // Anchors of any rule that the prefilter's do not stand for: with context, a file holding one is matched too
        // (the rule anchors' test, anyRule, is the prefilter's or these). Searched here when the search takes them.
        const rest = index.ruleAnchors.filter((a) => !first.some((f) => a.includes(f)));
        const withRest = AnchorSearch.accepts(rest);
        // And every rule's anchors, to tell the rule gate which of them a file with an anchor holds.
        const all = [...index.ruleAnchors];
        const withAll = AnchorSearch.accepts(all);
        const sets = [first, ...(withTaker ? [taker] : []), ...(withRest ? [rest] : []), ...(withAll ? [all] : [])];
        this.search = AnchorSearch.createSets(sets);
        const search = this.search;
        const regex = regexAnchors(index.prefilter);
        const takerRegex = regexAnchors(new RegExp(taker.map(escapeRegExp).join('|'), 'i'));
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
        const everyRule = () => copiedAnchorTestsOf(catalog).anyRule;
        this.everyRuleAnchors = { bytes: (b) => this.firstAnchors.bytes(b) || (this.restAnchors?.(b) ?? everyRule().bytes(b)), text: (t) => everyRule().text(t) };
    }
    /**
     * Scans what read() returned last, with the catalog's prefilter; with `withContextAnchors`, a file that has none
     * of its anchors but one of the rules that take context from other files is matched too. With `collect` (a file
     * that takes context), a file with none of the prefilter's anchors but one of those rules' keeps its matches.
     */
    scan(bytes, rel, opts = {}) {
        const { withContextAnchors, ...rest } = opts;
        if (!withContextAnchors && !this.lockfilesShare && isLockfile(rel))
            return scanBytes(bytes, rel, this.catalog, rest);
        if (!withContextAnchors && !hasUtf16Bom(bytes)) {
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
        const text = fileText(bytes, ANY_TEXT);
        if (text.kind !== 'text')
            return NO_ANCHOR_IN_BYTES;
        const collected = collectMatches(text.text, rel, this.catalog, this.anchorsIn(bytes));
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
        return hasUtf16Bom(bytes) ? undefined : this.presentAnchors?.(bytes);
    }
    read(abs, maxBytes) {
        let fd;
        try {
            // Listed as a regular file, but it may have been swapped since: never follow a link or wait on a FIFO.
            fd = (0,external_node_fs_namespaceObject.openSync)(abs, OPEN_FLAGS);
        }
        catch (err) {
            return { skipped: unreadable(err) };
        }
        this.counters.opened++;
        try {
            let buf = this.buffer(FIRST_BLOCK);
            const first = this.readAt(fd, buf, 0, FIRST_BLOCK);
            // A short first block is the whole file; only a full one needs the file's size.
            const size = first < FIRST_BLOCK ? first : (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
            if (size > maxBytes)
                return { skipped: tooLarge(maxBytes, size) };
            const head = buf.subarray(0, first);
            if (!hasUtf16Bom(head) && isBinary(head))
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
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    /** Reads up to `length` bytes at `offset` of the buffer, stopping early only at the end of the file. */
    readAt(fd, buf, offset, length) {
        let total = 0;
        while (total < length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, offset + total, length - total, null);
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
        if (this.buf.length < size + SEARCH_PAD) {
            const bigger = Buffer.allocUnsafe(Math.max(size + SEARCH_PAD, this.buf.length * 2));
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
        if (isManifest(file.rel))
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
    const byName = binaryTypeOf(file.rel);
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

;// CONCATENATED MODULE: ./src/scan/walk-scanner.ts

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
    result = emptyResult();
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
            scanFiles(task.files, this.catalog, this.maxBytes, this.reader, this.result);
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
        this.result = emptyResult();
        return r;
    }
}

;// CONCATENATED MODULE: ./src/scan/scan-worker.ts





/**
 * The worker side of a parallel scan. A worker is the same bundle file as the main program, started again with
 * this flag in its workerData: each entry point asks isScanWorker() first, so the parallel scan survives
 * bundling into one file (dist/index.js, dist/cli/index.js) with nothing else to ship.
 */
const SCAN_WORKER_FLAG = 'tokenhubMigrationScanWorker';
/** Files a worker handles between two progress reports. */
const PROGRESS_EVERY = 500;
function isScanWorker() {
    return !isMainThread && workerData?.[SCAN_WORKER_FLAG] === true;
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
    const setup = external_node_worker_threads_namespaceObject.workerData;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    const hungry = new Int32Array(setup.hungry);
    if (setup.plans)
        adoptSearchPlans(setup.plans);
    const walker = new WalkScanner(new WalkRules(setup.list, setup.named), setup.catalog, setup.maxBytes, new FileReader(setup.catalog));
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

;// CONCATENATED MODULE: ./src/scan/worker-main.ts

// Entry of the parallel scan's worker threads, bundled on its own (dist/scan-worker/index.js): a worker loads and
// compiles the scan engine only, not the whole action or CLI with the Actions toolkit, zod and the reporters.
runScanWorker();


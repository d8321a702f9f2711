#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
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
        "*"
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
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
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
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
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
        "*"
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
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
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
        "["
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
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache) {
          return cache[path3];
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/run.ts
import fs4 from "node:fs";

// src/inventory/walk.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/inventory/ignore-rules.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path from "node:path";
var BUILTIN_IGNORED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".ipynb_checkpoints",
  ".cache",
  "site-packages",
  ".gradle",
  ".next",
  ".turbo",
  ".yarn",
  ".pnpm-store",
  ".eggs"
]);
var GITIGNORE_MAX_BYTES = 1024 * 1024;
function isBuiltinIgnoredDir(name, absDir) {
  if (BUILTIN_IGNORED_DIRS.has(name)) return true;
  return fs.existsSync(path.join(absDir, "pyvenv.cfg"));
}
var IgnoreStack = class {
  layers = [];
  constructor(extraPatterns) {
    if (extraPatterns.length > 0) this.layers.push({ base: "", rules: (0, import_ignore.default)().add([...extraPatterns]) });
  }
  /** Adds the directory's .gitignore, if it has one; returns true when a layer was pushed. */
  pushGitignore(absDir, relDir, entries) {
    const file = entries.find((e) => e.name === ".gitignore" && e.isFile());
    if (!file) return false;
    try {
      const abs = path.join(absDir, ".gitignore");
      if (fs.statSync(abs).size > GITIGNORE_MAX_BYTES) return false;
      this.layers.push({ base: relDir, rules: (0, import_ignore.default)().add(fs.readFileSync(abs, "utf8")) });
      return true;
    } catch {
      return false;
    }
  }
  pop() {
    this.layers.pop();
  }
  ignores(relPath, isDir) {
    for (const layer of this.layers) {
      const sub = layer.base ? relPath.slice(layer.base.length + 1) : relPath;
      if (layer.rules.ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  }
};

// src/inventory/walk.ts
var DEFAULT_MAX_FILES = 1e6;
function fileInfo(relPath) {
  const name = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  return { path: relPath, name, ext: dot > 0 ? name.slice(dot + 1) : "" };
}
function isInside(root, target) {
  const rel = path2.relative(root, target);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function walk(rootDir, options = {}) {
  const root = fs2.realpathSync(rootDir);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const files = [];
  const warnings = [];
  const ignores = new IgnoreStack(options.ignore ?? []);
  const useGitignore = options.gitignore ?? true;
  let truncated = false;
  const visit = (absDir, relDir) => {
    let entries;
    try {
      entries = fs2.readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      warnings.push({
        file: relDir || ".",
        code: "unreadable",
        message: `Could not list ${relDir || "the root"}: ${errCode(err)}.`
      });
      return;
    }
    entries.sort(byName);
    const pushed = useGitignore && ignores.pushGitignore(absDir, relDir, entries);
    for (const entry of entries) {
      if (truncated) break;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let abs = path2.join(absDir, entry.name);
      const isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real;
        try {
          real = fs2.realpathSync(abs);
        } catch (err) {
          const code = errCode(err);
          warnings.push({
            file: rel,
            code: code === "ELOOP" ? "symlink-loop" : "unreadable",
            message: code === "ELOOP" ? "Symlink loop: not followed." : "Broken symlink: its target does not exist."
          });
          continue;
        }
        if (!isInside(root, real)) {
          warnings.push({
            file: rel,
            code: "symlink-outside",
            message: "Symlink points outside the repository: not followed."
          });
          continue;
        }
        let st;
        try {
          st = fs2.statSync(real);
        } catch (err) {
          warnings.push({
            file: rel,
            code: "unreadable",
            message: `Could not read symlink target: ${errCode(err)}.`
          });
          continue;
        }
        if (st.isDirectory()) {
          if (isInside(real, abs)) {
            warnings.push({
              file: rel,
              code: "symlink-loop",
              message: "Symlink to a directory that contains it (a loop): not followed."
            });
          }
          continue;
        }
        abs = real;
        isFile = st.isFile();
      }
      if (isDir) {
        if (isBuiltinIgnoredDir(entry.name, abs) || ignores.ignores(rel, true)) continue;
        visit(abs, rel);
      } else if (isFile) {
        if (ignores.ignores(rel, false)) continue;
        if (files.length >= maxFiles) {
          truncated = true;
          warnings.push({
            code: "limit-reached",
            message: `File limit reached: only the first ${maxFiles} files were scanned.`
          });
          break;
        }
        files.push({ ...fileInfo(rel), abs });
      }
    }
    if (pushed) ignores.pop();
  };
  visit(root, "");
  return { files, warnings, truncated };
}
function errCode(err) {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") return err.code;
  return "error";
}

// src/inventory/read-file.ts
import fs3 from "node:fs";

// src/inventory/decode.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE", replaced: 0 };
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE", replaced: 0 };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: "UTF-8", replaced: 0 };
  } catch {
    const text = lenientUtf8.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) replaced++;
    return { text, encoding: "UTF-8", replaced };
  }
}

// src/inventory/read-file.ts
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
var HEAD_BYTES = 64 * 1024;
function readFile(entry, need, limits, warnings) {
  const base = { info: { path: entry.path, name: entry.name, ext: entry.ext } };
  let fd;
  try {
    fd = fs3.openSync(entry.abs, "r");
  } catch (err) {
    warnings.push({ file: entry.path, code: "unreadable", message: `Could not open: ${errCode(err)}.` });
    return { ...base, size: 0, binary: false, skipped: "unreadable" };
  }
  try {
    const size = fs3.fstatSync(fd).size;
    if (need === "meta") return { ...base, size, binary: false };
    const wantsText = need === "text";
    const tooLarge = wantsText && size > limits.maxFileBytes;
    const toRead = wantsText && !tooLarge ? size : Math.min(size, HEAD_BYTES);
    const bytes = readUpTo(fd, toRead);
    const binary = looksBinary(bytes);
    if (!wantsText) return { ...base, size, head: bytes, binary };
    if (tooLarge) {
      warnings.push({
        file: entry.path,
        code: "too-large",
        message: `Not read: ${formatBytes(size)} is over the ${formatBytes(limits.maxFileBytes)} per-file limit.`
      });
      return { ...base, size, head: bytes, binary, skipped: "too-large" };
    }
    if (binary) {
      warnings.push({
        file: entry.path,
        code: "binary",
        message: "Not read: the file is binary, though its name suggests text."
      });
      return { ...base, size, head: bytes.subarray(0, HEAD_BYTES), binary, skipped: "binary" };
    }
    const decoded = decodeText(bytes);
    if (decoded.replaced > 0) {
      warnings.push({
        file: entry.path,
        code: "bad-encoding",
        message: `Not valid ${decoded.encoding}: ${decoded.replaced} byte sequence(s) replaced; the rest was read.`
      });
    }
    return { ...base, size, text: decoded.text, head: bytes.subarray(0, HEAD_BYTES), binary: false };
  } catch (err) {
    warnings.push({ file: entry.path, code: "unreadable", message: `Could not read: ${errCode(err)}.` });
    return { ...base, size: 0, binary: false, skipped: "unreadable" };
  } finally {
    fs3.closeSync(fd);
  }
}
function readUpTo(fd, length) {
  const buf = Buffer.allocUnsafe(length);
  let off = 0;
  while (off < length) {
    const n = fs3.readSync(fd, buf, off, length - off, off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}
function looksBinary(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return false;
  }
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

// src/extract/licence/licence-file-extractor.ts
var licenceFileExtractor = {
  name: "licence-file",
  wants: () => null,
  extract: () => void 0
};

// src/extract/index.ts
var defaultExtractors = [licenceFileExtractor];

// src/scan.ts
var NEED_RANK = { meta: 0, head: 1, text: 2 };
function scanDirectory(root, options = {}) {
  const extractors = options.extractors ?? defaultExtractors;
  const limits = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  const walked = walk(root, { ignore: options.ignore, maxFiles: options.maxFiles });
  const evidence = [];
  const warnings = [...walked.warnings];
  const sink = { add: (e) => evidence.push(e), warn: (w) => warnings.push(w) };
  let filesRead = 0;
  let bytesRead = 0;
  for (const entry of walked.files) {
    let need = null;
    const takers = [];
    for (const extractor of extractors) {
      const wanted = extractor.wants(entry);
      if (wanted === null) continue;
      takers.push(extractor);
      if (need === null || NEED_RANK[wanted] > NEED_RANK[need]) need = wanted;
    }
    if (need === null) continue;
    const file = readFile(entry, need, limits, warnings);
    filesRead++;
    bytesRead += file.text !== void 0 ? file.size : file.head?.length ?? 0;
    for (const extractor of takers) {
      try {
        extractor.extract(file, sink);
      } catch (err) {
        warnings.push({
          file: entry.path,
          code: "other",
          message: `The ${extractor.name} extractor failed on this file (${err instanceof Error ? err.message : String(err)}); the scan went on.`
        });
      }
    }
  }
  return { filesSeen: walked.files.length, filesRead, bytesRead, evidence, warnings };
}

// src/types/report.ts
var SCHEMA_VERSION = 1;
var LAYER_NAMES = ["code", "architecture", "data", "weights"];

// src/version.ts
var TOOL_NAME = "ai-openness-check";
var TOOL_VERSION = "0.1.0";

// src/report/components.ts
function draftOf(e) {
  switch (e.kind) {
    case "licence":
      return {
        type: "licence",
        name: e.id ?? "unidentified licence",
        licence: e.id,
        detail: `${e.source}, ${e.method}: ${e.detail}`,
        confidence: e.confidence
      };
    case "model":
      return {
        type: "model",
        name: e.name,
        licence: null,
        detail: e.provider ? `${e.via} (${e.provider})` : e.via
      };
    case "dataset":
      return { type: "dataset", name: e.name, licence: null, detail: e.via };
    case "api":
      return {
        type: "api",
        name: e.local ? `${e.provider} (local server)` : e.provider,
        licence: null,
        detail: e.local ? "OpenAI-compatible client pointed at a local server" : "hosted API"
      };
    case "card":
      return {
        type: e.cardType === "model" ? "model-card" : "dataset-card",
        name: e.file,
        licence: e.license ?? null
      };
    case "weights":
      return {
        type: "weights-file",
        name: e.file,
        licence: e.license ?? null,
        detail: e.lfs ? `${e.format}, Git LFS pointer` : e.format
      };
    case "architecture":
      return { type: "model", name: e.name, licence: null, detail: `architecture from ${e.source}` };
    case "dependency":
      return {
        type: "dependency",
        name: e.name,
        licence: e.licence ?? null,
        detail: `${e.ecosystem}, ${e.role}`
      };
    case "claim":
      return null;
  }
}
function buildComponents(evidence) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    const draft = draftOf(e);
    if (!draft) continue;
    const key = `${draft.type}\0${draft.name}\0${draft.licence ?? ""}`;
    const location = { file: e.file, line: e.line };
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.locations.some((l) => l.file === location.file && l.line === location.line)) {
        existing.locations.push(location);
      }
      continue;
    }
    byKey.set(key, { ...draft, status: "unknown", locations: [location] });
  }
  return [...byKey.values()];
}

// src/report/build-report.ts
function unknownLayer() {
  return { status: "unknown", licences: [], reasons: ["not classified yet"], evidence: [] };
}
function buildReport(scan, durationMs) {
  const layers = Object.fromEntries(LAYER_NAMES.map((l) => [l, unknownLayer()]));
  const claims = scan.evidence.filter((e) => e.kind === "claim").map((c) => ({ file: c.file, line: c.line, text: c.text, kind: c.claimKind, supported: false }));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict: "unknown",
    layers,
    osaid: { result: "cannot-confirm", reasons: ["layers not classified yet"] },
    mof: { class: null, missing: [] },
    components: buildComponents(scan.evidence),
    claims,
    findings: [],
    warnings: scan.warnings,
    stats: { filesSeen: scan.filesSeen, filesRead: scan.filesRead, bytesRead: scan.bytesRead, durationMs }
  };
}

// src/pipeline.ts
function analyse(root, options = {}) {
  const started = performance.now();
  const scan = scanDirectory(root, options);
  return buildReport(scan, Math.round(performance.now() - started));
}

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/render/terminal-text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function terminalSafe(value, maxLength = 300) {
  const clean = value.replace(CONTROL, "\uFFFD").replace(/\n/g, " ");
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}\u2026` : clean;
}
var wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var COLOURS = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  blue: wrap(34, 39)
};
var same = (s) => s;
var NO_COLOURS = {
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  green: same,
  blue: same
};

// src/render/text.ts
var MAX_LOCATIONS = 3;
function statusColour(p, status) {
  switch (status) {
    case "open":
      return p.green;
    case "restricted":
      return p.yellow;
    case "closed":
      return p.red;
    default:
      return p.dim;
  }
}
function where(c) {
  const shown = c.locations.slice(0, MAX_LOCATIONS).map((l) => l.line > 0 ? `${l.file}:${l.line}` : l.file);
  const more = c.locations.length - shown.length;
  return terminalSafe(shown.join(", ") + (more > 0 ? ` (+${more} more)` : ""), 400);
}
function renderText(report, palette = NO_COLOURS) {
  const p = palette;
  const out = [];
  out.push(`${p.bold("AI openness")}: ${p.bold(report.verdict)}`);
  out.push("");
  for (const name of LAYER_NAMES) {
    const layer = report.layers[name];
    const licences = layer.licences.length ? ` (${layer.licences.map((l) => terminalSafe(l, 80)).join(", ")})` : "";
    out.push(`  ${name.padEnd(13)} ${statusColour(p, layer.status)(layer.status.padEnd(10))}${licences}`);
    for (const reason of layer.reasons.slice(0, 2)) out.push(`  ${"".padEnd(13)} ${p.dim(terminalSafe(reason))}`);
  }
  out.push(`  OSI Open Source AI Definition: ${report.osaid.result}`);
  if (report.findings.length) {
    out.push("", p.bold("Findings"));
    for (const f of report.findings) {
      const colour = f.severity === "error" ? p.red : f.severity === "warning" ? p.yellow : p.blue;
      const at = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ""}` : "";
      out.push(`  ${colour(f.severity)}${terminalSafe(at)} ${terminalSafe(f.message, 600)} ${p.dim(`[${f.rule}]`)}`);
    }
  }
  if (report.claims.length) {
    out.push("", p.bold("Openness claims"));
    for (const c of report.claims)
      out.push(`  ${terminalSafe(`${c.file}:${c.line}`)} ${c.kind}: "${terminalSafe(c.text, 160)}"`);
  }
  const groups = [
    ["Licences", ["licence"]],
    ["Models", ["model"]],
    ["Datasets", ["dataset"]],
    ["Hosted APIs", ["api"]],
    ["Cards", ["model-card", "dataset-card"]],
    ["Weights files", ["weights-file"]]
  ];
  for (const [title, types] of groups) {
    const items = report.components.filter((c) => types.includes(c.type));
    if (!items.length) continue;
    out.push("", p.bold(title));
    for (const c of items) {
      const licence = c.licence && c.type !== "licence" ? ` [${terminalSafe(c.licence, 80)}]` : "";
      out.push(`  ${terminalSafe(c.name, 120)}${licence} ${p.dim(`at ${where(c)}`)}`);
    }
  }
  const deps = report.components.filter((c) => c.type === "dependency");
  if (deps.length) {
    const ai = deps.filter((d) => !(d.detail ?? "").endsWith(", other"));
    out.push(
      "",
      `${p.bold("Dependencies")}: ${deps.length}, of which AI-related: ${ai.map((d) => terminalSafe(d.name, 60)).join(", ") || "none"}`
    );
  }
  if (report.warnings.length) {
    out.push("", p.bold(`Warnings (${report.warnings.length})`));
    for (const w of report.warnings.slice(0, 50))
      out.push(`  ${p.yellow("!")} ${terminalSafe(w.file ?? "(scan)")}: ${terminalSafe(w.message)}`);
    if (report.warnings.length > 50)
      out.push(`  ... and ${report.warnings.length - 50} more (see --format json)`);
  }
  const s = report.stats;
  out.push("", p.dim(`${s.filesSeen} files listed, ${s.filesRead} read, in ${s.durationMs} ms`));
  return `${out.join("\n")}
`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json"];
var UsageError = class extends Error {
};
var HELP = `Usage: ai-openness scan [dir] [options]

Finds the AI parts of a repository (model cards, model and dataset references, weights,
hosted-API calls, licences) and grades the openness of its code, architecture, training
data and weights.

Arguments:
  dir                      Directory to scan (default: the current directory)

Options:
  -f, --format <fmt>       Output format: text (default) or json
  -o, --output <file>      Write the report to a file instead of standard output
  -i, --ignore <glob>      Leave out paths matching a gitignore-style pattern; repeatable
      --max-file-size <n>  Largest file read as text, in bytes (default 2097152)
      --color / --no-color Force colour on or off (default: colour on a terminal)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 the scan ran; 2 bad usage or an unreadable directory.
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        ignore: { type: "string", short: "i", multiple: true },
        "max-file-size": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "bad arguments";
    throw new UsageError(first);
  }
  const { values, positionals } = parsed;
  const base = { dir: ".", format: "text", ignore: [], colour: "auto" };
  if (values.help) return { ...base, command: "help" };
  if (values.version) return { ...base, command: "version" };
  const [command, dir, ...extra] = positionals;
  if (command === void 0) return { ...base, command: "help" };
  if (command !== "scan") throw new UsageError(`unknown command "${command}" (try: ai-openness scan [dir])`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  }
  let maxFileBytes;
  if (values["max-file-size"] !== void 0) {
    maxFileBytes = Number(values["max-file-size"]);
    if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
      throw new UsageError("--max-file-size must be a positive whole number of bytes");
    }
  }
  return {
    command: "scan",
    dir: dir ?? ".",
    format,
    output: values.output,
    ignore: values.ignore ?? [],
    maxFileBytes,
    colour: values.color ? "always" : values["no-color"] ? "never" : "auto"
  };
}

// src/cli/run.ts
var EXIT_OK = 0;
var EXIT_USAGE = 2;
function useColour(settings, io) {
  if (settings.colour !== "auto") return settings.colour === "always";
  if (settings.output || io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true;
}
function runCli(argv, io) {
  let settings;
  try {
    settings = parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`ai-openness: ${err.message}
`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (settings.command === "help") {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (settings.command === "version") {
    io.stdout.write(`${TOOL_VERSION}
`);
    return EXIT_OK;
  }
  let isDir;
  try {
    isDir = fs4.statSync(settings.dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    io.stderr.write(`ai-openness: cannot scan "${settings.dir}": not a readable directory
`);
    return EXIT_USAGE;
  }
  const report = analyse(settings.dir, { ignore: settings.ignore, maxFileBytes: settings.maxFileBytes });
  const body = settings.format === "json" ? renderJson(report) : renderText(report, useColour(settings, io) ? COLOURS : NO_COLOURS);
  if (settings.output) {
    try {
      fs4.writeFileSync(settings.output, body);
    } catch (err) {
      io.stderr.write(
        `ai-openness: cannot write "${settings.output}": ${err instanceof Error ? err.message : String(err)}
`
      );
      return EXIT_USAGE;
    }
  } else {
    io.stdout.write(body);
  }
  return EXIT_OK;
}

// src/cli/main.ts
process.exitCode = runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
});

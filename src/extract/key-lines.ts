import { LineIndex } from './text-lines.js';

/** Where a key or value was found: its 1-based line and the offset just past it. */
export interface Found {
  line: number;
  end: number;
}

/**
 * Finds the line of a key or value in a structured text (JSON, TOML, INI, YAML) after a
 * parser has already said what is in it. Parsers give values but not positions, so the
 * extractors look each one up here. Plain indexOf scans: no regex, nothing to backtrack.
 */
export class KeyLines {
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  /** The first `needle` at or after `from`. */
  literal(needle: string, from = 0): Found | undefined {
    if (needle === '') return undefined;
    const at = this.text.indexOf(needle, from);
    return at === -1 ? undefined : { line: this.lines.lineOf(at), end: at + needle.length };
  }

  /** A JSON object key: `"key"` followed by a colon. */
  jsonKey(key: string, from = 0): Found | undefined {
    const quoted = JSON.stringify(key);
    for (let at = this.text.indexOf(quoted, from); at !== -1; at = this.text.indexOf(quoted, at + 1)) {
      const end = at + quoted.length;
      if (this.text[this.skipSpaces(end)] === ':') return { line: this.lines.lineOf(at), end };
    }
    return undefined;
  }

  /**
   * A key assigned at the start of a line: `key = ...`, `"key" = ...` (TOML) or `key: ...`
   * (INI, YAML). Leading whitespace and quotes around the key are allowed.
   */
  assignedKey(key: string, from = 0, separators = '=:'): Found | undefined {
    for (let at = this.text.indexOf(key, from); at !== -1; at = this.text.indexOf(key, at + 1)) {
      let start = at;
      let end = at + key.length;
      const quote = this.text[start - 1];
      if ((quote === '"' || quote === "'") && this.text[end] === quote) {
        start--;
        end++;
      }
      if (!this.atLineStart(start)) continue;
      const sep = this.text[this.skipSpaces(end)];
      if (sep !== undefined && separators.includes(sep)) return { line: this.lines.lineOf(at), end };
    }
    return undefined;
  }

  /** A section header such as `[project]` or `[tool.poetry.dependencies]` at the start of a line. */
  section(header: string, from = 0): Found | undefined {
    const needle = `[${header}]`;
    for (let at = this.text.indexOf(needle, from); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      if (this.atLineStart(at)) return { line: this.lines.lineOf(at), end: at + needle.length };
    }
    return undefined;
  }

  private skipSpaces(i: number): number {
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    return i;
  }

  /** True when only spaces or tabs stand between the previous newline and `i`. */
  private atLineStart(i: number): boolean {
    for (let j = i - 1; j >= 0; j--) {
      const c = this.text[j];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return true;
  }
}

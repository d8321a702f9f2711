// YAML parsing gives values but no positions. Cards are flat at the top level, so the line
// of a key is the line that starts with `key:` (no indent), and the line of a list entry
// is the `- value` line below that key whose text equals the value. Plain string scans.

/** Lines of a front matter and the 1-based file line of its first YAML line. */
export class YamlValueLines {
  private readonly lines: string[];

  constructor(
    yaml: string,
    private readonly firstLine: number,
  ) {
    this.lines = yaml.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** File line of the top-level `key:`, or the first YAML line when it cannot be found. */
  keyLine(key: string): number {
    const index = this.keyIndex(key);
    return index === -1 ? this.firstLine : this.firstLine + index;
  }

  /**
   * File line of `value` as an entry of the top-level `key`: a `- value` line in the block
   * below it. Falls back to the key's line (flow lists `[a, b]`, scalars, odd layouts).
   */
  entryLine(key: string, value: string): number {
    const index = this.keyIndex(key);
    if (index === -1) return this.firstLine;
    for (let i = index + 1; i < this.lines.length; i++) {
      const line = this.lines[i] ?? '';
      if (isTopLevelKey(line)) break;
      const trimmed = line.trimStart();
      if (trimmed.startsWith('-') && unquote(stripComment(trimmed.slice(1))) === value)
        return this.firstLine + i;
    }
    return this.firstLine + index;
  }

  private keyIndex(key: string): number {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] ?? '';
      for (const written of [key, `"${key}"`, `'${key}'`]) {
        if (line.startsWith(written) && line.slice(written.length).trimStart().startsWith(':')) return i;
      }
    }
    return -1;
  }
}

/** A line that opens a new top-level key: it starts with neither space, '-', '#' nor is empty. */
function isTopLevelKey(line: string): boolean {
  const first = line[0];
  return first !== undefined && first !== ' ' && first !== '\t' && first !== '-' && first !== '#';
}

/** Drops a trailing ` # comment` (YAML needs a space before '#'). */
function stripComment(text: string): string {
  const at = text.indexOf(' #');
  return (at === -1 ? text : text.slice(0, at)).trim();
}

function unquote(text: string): string {
  const first = text[0];
  if (text.length >= 2 && (first === '"' || first === "'") && text.endsWith(first)) return text.slice(1, -1);
  return text;
}

/**
 * Maps character offsets to 1-based line numbers. Built once per file, so extractors that
 * find many matches do not rescan the text for each.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.length = text.length;
  }

  /** Offset of the first character of the 1-based line. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.length;
  }

  /** Offset just past the 1-based line's last character (its newline not included). */
  lineEnd(line: number): number {
    const next = this.starts[line];
    return next === undefined ? this.length : next - 1;
  }

  /** 1-based line of the character at `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

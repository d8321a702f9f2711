// The parts of a Markdown file that several extractors need: the YAML front matter and
// the fenced code blocks. Plain line scanning, no regex that can backtrack.
//
// Extractors run one after another on the same file, and most of them want its lines and
// code blocks, so each result is kept for the most recent text: the next caller gets it for
// free. The results are shared, hence readonly.

export interface FrontMatter {
  /** The YAML between the opening and closing '---' lines. */
  yaml: string;
  /** 1-based line of the first YAML line (the one after the opening '---'). */
  firstLine: number;
  /** 1-based line of the closing '---'. */
  endLine: number;
}

export interface FencedBlock {
  /** Info string after the fence, lower-cased first word ("python", "bash", ""). */
  readonly lang: string;
  /** The block's content, without the fences. */
  readonly content: string;
  /** 1-based line of the first content line. */
  readonly firstLine: number;
  /** 1-based line of the closing fence (or the last line when unclosed). */
  readonly endLine: number;
}

/** Wraps `compute` so a call with the same text as the previous call returns the previous result. */
function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; result: T } | null = null;
  return (text) => {
    if (last === null || last.text !== text) last = { text, result: compute(text) };
    return last.result;
  };
}

/** Splits text into lines without the line breaks ("\r\n" or "\n"). */
export const splitLines: (text: string) => readonly string[] = forLastText((text) => {
  // A plain string split is several times faster than a regex split on /\r?\n/.
  const lines = text.split('\n');
  if (!text.includes('\r')) return lines;
  // Every line but the last ended at a "\n": drop the "\r" of a "\r\n" there.
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
});

/** Returns the front matter when the file starts with a '---' line and has a closing '---' or '...'. */
export function frontMatter(text: string): FrontMatter | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return null;
  // The lines of the text itself (not of a copy without the BOM), so the split is shared.
  const lines = splitLines(text);
  if ((lines[0] ?? '').slice(bom).trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line === '---' || line === '...') {
      return { yaml: lines.slice(1, i).join('\n'), firstLine: 2, endLine: i + 1 };
    }
  }
  return null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/** Fenced code blocks (``` or ~~~), in order. An unclosed fence runs to the end of the file, as CommonMark says. */
export const fencedBlocks: (text: string) => readonly FencedBlock[] = forLastText((text) => {
  const lines = splitLines(text);
  const blocks: FencedBlock[] = [];
  let open: { marker: string; lang: string; start: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (open === null) {
      const m = FENCE.exec(line);
      if (m) open = { marker: m[1] ?? '```', lang: (m[2] ?? '').toLowerCase(), start: i };
    } else {
      const trimmed = line.trim();
      if (trimmed.startsWith(open.marker) && /^[`~]+$/.test(trimmed) && trimmed[0] === open.marker[0]) {
        blocks.push(makeBlock(lines, open, i));
        open = null;
      }
    }
  }
  if (open !== null) blocks.push(makeBlock(lines, open, lines.length));
  return blocks;
});

function makeBlock(
  lines: readonly string[],
  open: { lang: string; start: number },
  close: number,
): FencedBlock {
  return {
    lang: open.lang,
    content: lines.slice(open.start + 1, close).join('\n'),
    firstLine: open.start + 2,
    endLine: Math.min(close + 1, lines.length),
  };
}

/**
 * For each 1-based line, whether it lies inside a fenced block (fences included) or the
 * front matter. Index 0 is unused.
 */
export const nonProseLines: (text: string) => readonly boolean[] = forLastText((text) => {
  const count = splitLines(text).length;
  const mask = new Array<boolean>(count + 1).fill(false);
  const fm = frontMatter(text);
  if (fm) for (let l = 1; l <= fm.endLine; l++) mask[l] = true;
  for (const b of fencedBlocks(text)) for (let l = b.firstLine - 1; l <= b.endLine; l++) mask[l] = true;
  return mask;
});

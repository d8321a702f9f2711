// The parts of a Markdown file that several extractors need: the YAML front matter and
// the fenced code blocks. Plain line scanning, no regex that can backtrack.

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
  lang: string;
  /** The block's content, without the fences. */
  content: string;
  /** 1-based line of the first content line. */
  firstLine: number;
  /** 1-based line of the closing fence (or the last line when unclosed). */
  endLine: number;
}

/** Splits text into lines without the line breaks ("\r\n" or "\n"). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Returns the front matter when the file starts with a '---' line and has a closing '---' or '...'. */
export function frontMatter(text: string): FrontMatter | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.startsWith('---')) return null;
  const lines = splitLines(body);
  if ((lines[0] ?? '').trimEnd() !== '---') return null;
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
export function fencedBlocks(text: string): FencedBlock[] {
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
}

function makeBlock(lines: string[], open: { lang: string; start: number }, close: number): FencedBlock {
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
export function nonProseLines(text: string): boolean[] {
  const count = splitLines(text).length;
  const mask = new Array<boolean>(count + 1).fill(false);
  const fm = frontMatter(text);
  if (fm) for (let l = 1; l <= fm.endLine; l++) mask[l] = true;
  for (const b of fencedBlocks(text)) for (let l = b.firstLine - 1; l <= b.endLine; l++) mask[l] = true;
  return mask;
}

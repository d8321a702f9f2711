// The code inside a file, as segments with the line each starts on: a source file is one
// segment; a notebook gives one per code cell; Markdown gives one per fenced block.

import { fencedBlocks } from '../markdown/structure.js';
import { LineIndex } from '../text-lines.js';
import type { EvidenceSink, FileInfo } from '../../types/extractor.js';
import { ownEntry } from '../../util/own-entry.js';

export interface CodeSegment {
  text: string;
  /** 1-based line in the file of the segment's first line. */
  firstLine: number;
  /** For notebooks: the file line of each segment line (index 0 = first line). */
  lineMap?: number[];
}

export type SourceKind =
  'python' | 'js' | 'shell' | 'docker' | 'yaml' | 'notebook' | 'markdown' | 'env' | 'modelfile';

const BY_EXT: Record<string, SourceKind> = {
  py: 'python',
  pyi: 'python',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  dockerfile: 'docker',
  yml: 'yaml',
  yaml: 'yaml',
  ipynb: 'notebook',
  md: 'markdown',
  mdx: 'markdown',
};

export function sourceKind(file: FileInfo): SourceKind | null {
  if (file.name === 'dockerfile' || file.name.startsWith('dockerfile.') || file.name === 'containerfile')
    return 'docker';
  if (file.name === '.env' || file.name.startsWith('.env.') || file.name.endsWith('.env')) return 'env';
  return ownEntry(BY_EXT, file.ext) ?? null;
}

/** Markdown languages whose blocks hold code worth reading (not plain text or output). */
const CODE_LANGS = new Set([
  '',
  'python',
  'py',
  'python3',
  'ipython',
  'js',
  'javascript',
  'ts',
  'typescript',
  'sh',
  'bash',
  'shell',
  'console',
  'zsh',
  'dockerfile',
  'docker',
  'yaml',
  'yml',
  'jsx',
  'tsx',
]);

const SEARCH_AHEAD = 64;
/** Indentation, quotes and comma around a source line in the raw JSON, with room to spare. */
const RAW_LINE_SLACK = 256;

interface NotebookCell {
  cell_type?: unknown;
  source?: unknown;
}

function cellSource(cell: NotebookCell | null): string[] {
  if (!cell || typeof cell !== 'object') return [];
  if (typeof cell.source === 'string') return cell.source.split(/(?<=\n)/);
  if (Array.isArray(cell.source)) return cell.source.filter((s): s is string => typeof s === 'string');
  return [];
}

/** The last notebook parsed: its code cells and its Markdown cells are read by two extractors. */
let lastNotebook: { text: string; parsed: ParsedNotebook | string } | undefined;

interface ParsedNotebook {
  cells: unknown[];
  /** The raw JSON's lines, found by offset: most of a big notebook is output never looked at. */
  lines: LineIndex;
}

/** The notebook's cells and raw lines, or why it cannot be read. */
function parseNotebook(text: string): ParsedNotebook | string {
  if (lastNotebook?.text === text) return lastNotebook.parsed;
  let parsed: ParsedNotebook | string;
  try {
    const nb: unknown = JSON.parse(text);
    const cells = nb && typeof nb === 'object' ? (nb as { cells?: unknown }).cells : undefined;
    parsed = Array.isArray(cells)
      ? { cells, lines: new LineIndex(text) }
      : 'Notebook has no cells list; its code was not read.';
  } catch (err) {
    parsed = `Notebook is not valid JSON (${err instanceof Error ? err.message.split('\n')[0] : 'parse error'}); its code was not read.`;
  }
  lastNotebook = { text, parsed };
  return parsed;
}

/**
 * Cells of a notebook, code cells by default. Each source line is located in the raw JSON
 * (nbformat writes one string per line), so evidence points at the line a reviewer sees in
 * the diff. Only the reader of code cells warns about a malformed notebook.
 */
export function notebookSegments(
  path: string,
  text: string,
  sink: Pick<EvidenceSink, 'warn'>,
  cellType: 'code' | 'markdown' = 'code',
): CodeSegment[] {
  const parsed = parseNotebook(text);
  if (typeof parsed === 'string') {
    sink.warn({ file: path, code: 'malformed', message: parsed });
    return [];
  }
  const { cells, lines: raw } = parsed;
  const starts = sourceStarts(text, raw, cells.length);
  let cursor = 0;
  const segments: CodeSegment[] = [];
  (cells as (NotebookCell | null)[]).forEach((cell, k) => {
    const lines = cellSource(cell);
    if (cell?.cell_type !== cellType || lines.length === 0) return;
    // Each cell's lines are looked for from its own "source" key: the cells and outputs
    // between (pages of logs) are out of the look-ahead's reach.
    if (starts) cursor = starts[k] ?? cursor;
    const lineMap: number[] = [];
    // A source written as a list (as nbformat writes it) has one raw line per line, a little
    // longer than its text: much longer raw lines are outputs (base64 images), not searched.
    const oneString = typeof cell.source === 'string';
    for (const line of lines) {
      const needle = JSON.stringify(line.replace(/\n$/, '')).slice(1, -1);
      const longest = oneString ? Infinity : needle.length + RAW_LINE_SLACK;
      // A line is written right after the previous one, as the string that opens its raw line:
      // that is checked first. Otherwise a short look-ahead finds it, and a line stored
      // differently (\\u escapes) must not cost a long search each time.
      let found = opensRawLine(text, raw, cursor + 1, needle, longest) ? cursor : -1;
      for (let i = cursor; found === -1 && i < raw.lineCount && i < cursor + SEARCH_AHEAD; i++) {
        const start = raw.lineStart(i + 1);
        const end = raw.lineEnd(i + 1);
        if (end - start <= longest && text.slice(start, end).includes(needle)) {
          found = i;
          break;
        }
      }
      if (found !== -1) cursor = found + 1;
      lineMap.push(found === -1 ? (lineMap[lineMap.length - 1] ?? 1) : found + 1);
    }
    segments.push({ text: lines.join(''), firstLine: lineMap[0] ?? 1, lineMap });
  });
  return segments;
}

/**
 * Whether the 1-based raw line, no longer than `longest`, holds after its indentation a JSON
 * string that starts with `needle` (the look-ahead below would take that line too).
 */
function opensRawLine(text: string, raw: LineIndex, line: number, needle: string, longest: number): boolean {
  if (line > raw.lineCount) return false;
  let at = raw.lineStart(line);
  const end = raw.lineEnd(line);
  if (end - at > longest) return false;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return text.charCodeAt(at) === 34 && at + 1 + needle.length <= end && text.startsWith(needle, at + 1);
}

const SOURCE_KEY = '"source"';
const BLANK = /^\s*$/;
const THEN_COLON = /^\s*:/;

/**
 * The raw line (0-based) of each cell's "source" key, in cell order, when there is exactly
 * one line per cell that starts with the key (nbformat writes one key per line); otherwise
 * null, and lines are looked for from the previous cell's.
 */
function sourceStarts(text: string, raw: LineIndex, cellCount: number): number[] | null {
  const starts: number[] = [];
  for (let at = text.indexOf(SOURCE_KEY); at !== -1; at = text.indexOf(SOURCE_KEY, at + 1)) {
    const line = raw.lineOf(at);
    if (!BLANK.test(text.slice(raw.lineStart(line), at))) continue;
    if (!THEN_COLON.test(text.slice(at + SOURCE_KEY.length, raw.lineEnd(line)))) continue;
    if (starts.push(line - 1) > cellCount) return null;
  }
  return starts.length === cellCount ? starts : null;
}

/** The code of a file as segments; Markdown contributes only its fenced code blocks. */
export function codeSegments(
  file: FileInfo,
  kind: SourceKind,
  text: string,
  sink: EvidenceSink,
): CodeSegment[] {
  if (kind === 'notebook') return notebookSegments(file.path, text, sink);
  if (kind === 'markdown') {
    return fencedBlocks(text)
      .filter((b) => CODE_LANGS.has(b.lang))
      .map((b) => ({ text: b.content, firstLine: b.firstLine }));
  }
  return [{ text, firstLine: 1 }];
}

/** The file line of an offset inside a segment. */
export function segmentLine(segment: CodeSegment, lineInSegment: number): number {
  if (segment.lineMap) return segment.lineMap[lineInSegment] ?? segment.firstLine;
  return segment.firstLine + lineInSegment;
}

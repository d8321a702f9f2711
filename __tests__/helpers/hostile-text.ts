// Shared inputs for the threat-model tests: the file names each extractor wants, and the
// hostile fragments that end up in reports.

/** One file name per kind of file some extractor reads. */
export const EXTRACTOR_FILE_NAMES = [
  'README.md',
  'model_card.md',
  'package.json',
  'package-lock.json',
  'pyproject.toml',
  'requirements.txt',
  'Cargo.toml',
  'go.mod',
  'environment.yml',
  'setup.cfg',
  'setup.py',
  'download.sh',
  'Pipfile',
  'app.py',
  'app.ts',
  'notebook.ipynb',
  'Dockerfile',
  'run.sh',
  'config.yaml',
  'LICENSE',
  'model.gguf',
  'config.json',
  'params.json',
  'Modelfile',
  '.gitattributes',
  'CITATION.cff',
  '.env',
  'docs/guide.rst',
] as const;

/** What a GitHub comment must never contain outside a code span. */
export const HOSTILE_FRAGMENTS = [
  '@someone',
  '<img src=x onerror=alert(1)>',
  '<!-- ai-openness-check:pr-comment -->',
  '](javascript:alert(1))',
  '#123',
  'owner/repo#1',
  '|',
  '`',
  '\u0000',
  '\u202e',
  '\n',
  '<script>alert(1)</script>',
  '![x](https://evil.example/x.png)',
] as const;

/**
 * The text of a Markdown document outside its code spans (GitHub renders code spans
 * literally, so HTML or mentions inside them are inert). Backtick runs pair up with a run of
 * the same length, as CommonMark says; an unpaired run is literal text.
 */
export function outsideCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const open = markdown.indexOf('`', i);
    if (open === -1) break;
    let runEnd = open;
    while (markdown[runEnd] === '`') runEnd++;
    const fence = markdown.slice(open, runEnd);
    let close = -1;
    for (let at = markdown.indexOf(fence, runEnd); at !== -1; at = markdown.indexOf(fence, at + 1)) {
      let end = at + fence.length;
      if (markdown[end] === '`' || markdown[at - 1] === '`') {
        while (markdown[end] === '`') end++;
        at = end - 1;
        continue;
      }
      close = at;
      break;
    }
    if (close === -1) {
      out += markdown.slice(i, runEnd);
      i = runEnd;
      continue;
    }
    out += `${markdown.slice(i, open)} `;
    i = close + fence.length;
  }
  return out + markdown.slice(i);
}

/** Cells of a GFM table row: split on every `|` not escaped with a backslash (code spans included, as GFM does). */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current);
  // A row starts and ends with a pipe: drop the empty edges.
  return cells.slice(1, -1);
}

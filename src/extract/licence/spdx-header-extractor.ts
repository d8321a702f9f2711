// SPDX licence identifier tags in comments at the top of source files. Only the head
// of each file is read (the tag belongs in the first comment), so scanning every source
// file stays cheap: the extractor asks for the head, not the whole text.
import parseSpdx from 'spdx-expression-parse';
import type { Extractor, ReadFile, EvidenceSink } from '../../types/extractor.js';
import { decodeText } from '../../inventory/decode.js';
import { licenceIdForName } from '../manifests/manifest-licence.js';

const HEAD_CHARS = 4096;
const HEAD_LINES = 30;

/** Source and script files that carry SPDX headers. */
const CODE_EXTENSIONS = new Set([
  'py',
  'pyi',
  'pyx',
  'js',
  'mjs',
  'cjs',
  'jsx',
  'ts',
  'mts',
  'cts',
  'tsx',
  'c',
  'h',
  'cc',
  'cpp',
  'cxx',
  'hpp',
  'hh',
  'cu',
  'cuh',
  'm',
  'mm',
  'go',
  'rs',
  'java',
  'kt',
  'kts',
  'scala',
  'swift',
  'cs',
  'rb',
  'php',
  'pl',
  'sh',
  'bash',
  'zsh',
  'ps1',
  'lua',
  'r',
  'jl',
  'dart',
  'zig',
  'v',
  'sv',
  'vhd',
  'proto',
  'cmake',
  'gradle',
  'sql',
  'vue',
  'svelte',
  'css',
  'scss',
  'html',
  'ex',
  'exs',
  'erl',
  'hs',
  'ml',
  'f90',
  'asm',
  's',
  'nim',
]);
const NAMED_FILES = new Set(['makefile', 'dockerfile', 'cmakelists.txt', 'build', 'build.bazel']);

// Spelt in two parts so that this file's own source does not look like a tagged file.
const TAG_NAME = 'SPDX-' + 'License-Identifier';
// Comment punctuation only, then the tag, then the expression up to the end of the line.
const TAG = new RegExp(`^[\\s/*#;%!<>'"({\\-]{0,12}${TAG_NAME}:[ \\t]{0,20}([^\\r\\n]{0,300})`);
// Comment closers and quotes after the expression: "*/", "-->", "#}", '"""', "'''".
// (Triple quotes are runs of the quote class: listing them as well made the pattern exponential.)
const TRAILER = /\s*(?:\*\/|-->|#\}|%>|["';,])*\s*$/;

export const spdxHeaderExtractor: Extractor = {
  name: 'spdx-header',
  wants: (file) => (CODE_EXTENSIONS.has(file.ext) || NAMED_FILES.has(file.name) ? 'head' : null),
  extract(file: ReadFile, sink: EvidenceSink): void {
    if (file.binary) return;
    const head = headText(file);
    if (head === null || !head.includes(TAG_NAME)) return;
    const lines = head.split('\n', HEAD_LINES);
    for (let i = 0; i < lines.length; i++) {
      const m = TAG.exec(lines[i] ?? '');
      if (!m) continue;
      const expression = (m[1] ?? '').replace(TRAILER, '').trim();
      const at = { file: file.info.path, line: i + 1 };
      const base = { kind: 'licence', method: 'spdx-header', source: 'spdx-header', ...at } as const;
      if (isValidExpression(expression)) {
        sink.add({ ...base, id: expression, confidence: 1, detail: `${TAG_NAME} header` });
      } else {
        const shown = expression.slice(0, 80);
        sink.warn({
          ...at,
          code: 'malformed',
          message: `The ${TAG_NAME} "${shown}" is not a valid SPDX expression.`,
        });
        // A licence's full name where its id belongs ("GNU Affero General Public License v3.0")
        // still says which licence it is.
        const named = licenceIdForName(expression);
        if (named) {
          sink.add({ ...base, id: named, confidence: 0.8, detail: `${TAG_NAME} header names "${shown}"` });
        } else {
          sink.add({ ...base, id: null, confidence: 0, detail: `invalid SPDX expression "${shown}"` });
        }
      }
    }
  },
};

/** The first few KiB as text, from the decoded text when another extractor asked for it, else from the head bytes. */
function headText(file: ReadFile): string | null {
  if (file.text !== undefined) return file.text.slice(0, HEAD_CHARS);
  if (file.head === undefined) return null;
  return decodeText(file.head.subarray(0, HEAD_CHARS)).text;
}

function isValidExpression(expression: string): boolean {
  if (expression === '') return false;
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

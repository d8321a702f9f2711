import type { EvidenceSink } from '../../types/extractor.js';
import { addRequirement } from './python-requirements.js';

// `pip install x` in a notebook cell, a shell script or a Dockerfile declares what the code
// beside it needs, as a requirements file would: `!pip install -q llm_comparator`,
// `RUN pip install --no-cache-dir torch==2.3 transformers`. Paths, URLs, files given to -r
// and shell variables name no package and are skipped.

const INSTALL =
  /(?:^|[\n;&|])[ \t]{0,20}(?:RUN[ \t]+)?[!%]?[ \t]{0,5}(?:python3?[ \t]+-m[ \t]+)?pip3?[ \t]+install[ \t]+([^\n;&|#]{1,500})/g;
/** Options whose value is the next word (a file, an index, a directory), not a package. */
const TAKES_VALUE = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--platform',
  '--python-version',
]);
const MAX_PACKAGES = 50;
/** A quoted argument or a run of non-space characters. */
const WORD = /"[^"\n]*"|'[^'\n]*'|[^ \t]+/g;

/** Adds a dependency for each package that the segment's pip install commands name. */
export function addInstallCommands(
  text: string,
  file: string,
  lineOf: (index: number) => number,
  sink: EvidenceSink,
): void {
  if (!text.includes('pip')) return;
  let added = 0;
  INSTALL.lastIndex = 0;
  for (let m = INSTALL.exec(text); m !== null; m = INSTALL.exec(text)) {
    // A quoted argument is one requirement, specifier and all ("keras-nlp >= 0.14").
    const words = (m[1] ?? '').trim().match(WORD) ?? [];
    const line = lineOf(m.index + m[0].length - (m[1] ?? '').length);
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] ?? '').replace(/^["']|["']$/g, '');
      if (word.startsWith('-')) {
        if (TAKES_VALUE.has(word)) i++;
        continue;
      }
      if (word === '' || /[/:$\\{}]|\.(?:whl|zip|tar\.gz)$|^[.\d<>=!~]/.test(word)) continue;
      addRequirement(sink, file, word, line);
      if (++added >= MAX_PACKAGES) return;
    }
  }
}

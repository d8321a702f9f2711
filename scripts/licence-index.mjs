// Writes the SPDX licence index (src/extract/licence/spdx-index-build.ts) into a folder, for
// the bundles there to load instead of normalising every SPDX text on each run. Used by the
// bundle build and the benchmark.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Builds the index from the installed spdx-license-list and writes it to `outDir`; returns its path. */
export async function writeLicenceIndex(outDir) {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-licence-index-'));
  try {
    const builder = path.join(temp, 'build-index.mjs');
    await build({
      stdin: {
        contents: `export { buildSpdxIndex } from './src/extract/licence/spdx-index-build.ts';\nexport { INDEX_FILE_NAME } from './src/extract/licence/spdx-index-format.ts';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      outfile: builder,
    });
    const { buildSpdxIndex, INDEX_FILE_NAME } = await import(pathToFileURL(builder).href);
    const texts = JSON.parse(fs.readFileSync(require.resolve('spdx-license-list/spdx-full.json'), 'utf8'));
    const file = path.join(outDir, INDEX_FILE_NAME);
    fs.writeFileSync(file, buildSpdxIndex(texts));
    return file;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

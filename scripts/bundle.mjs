// Bundles the action and the CLI into self-contained ESM files under the given folder
// (default dist/). GitHub runs dist/index.mjs as committed, with no node_modules beside it.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { writeLicenceIndex } from './licence-index.mjs';
import { resolveOptions } from './bundle-resolve.mjs';
import { asciiFile } from './ascii-bundle.mjs';

const outDir = path.resolve(process.argv[2] ?? 'dist');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

// The version printed by the tool must be the package's.
const versionSource = fs.readFileSync('src/version.ts', 'utf8');
if (!versionSource.includes(`TOOL_VERSION = '${pkg.version}'`)) {
  console.error(`src/version.ts does not say version ${pkg.version} (package.json); update it.`);
  process.exit(1);
}

// CommonJS dependencies call require() for Node built-ins; an ESM bundle needs one.
const banner =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'eof',
  logLevel: 'warning',
  banner: { js: banner },
  ...resolveOptions,
};

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: path.join(outDir, 'index.mjs') });
// The CLI: a small entry point (keeps the source's #! line first) that runs the CLI bundle,
// CommonJS so it can be run from V8's code cache (src/launch/compiled-bundle.ts). The entry
// point is CommonJS too (dist/package.json says so): node starts one some 4 ms sooner than an
// ES module.
await build({
  ...common,
  format: 'cjs',
  banner: { js: "const __launcherUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__launcherUrl' },
  entryPoints: ['src/launch/cli.ts'],
  outfile: path.join(outDir, 'cli.js'),
});
fs.chmodSync(path.join(outDir, 'cli.js'), 0o755);
// The file is one function expression, compiled as it is and called by the launcher
// (src/launch/compiled-bundle.ts) with CommonJS's arguments and the bundle's URL, which
// stands for import.meta.url.
await build({
  ...common,
  format: 'cjs',
  banner: { js: '(function (exports, require, module, __filename, __dirname, __bundleUrl) {' },
  footer: { js: '})' },
  define: { 'import.meta.url': '__bundleUrl' },
  entryPoints: ['src/cli/main.ts'],
  outfile: path.join(outDir, 'cli-main.cjs'),
});
// The scanning threads' entry point; both bundles start it from beside themselves.
await build({
  ...common,
  entryPoints: ['src/scan/scan-worker.ts'],
  outfile: path.join(outDir, 'scan-worker.mjs'),
});

// Every bundle as ASCII (ascii-bundle.mjs): V8 then holds it as a one-byte string.
for (const [name, sourceType] of [
  ['index.mjs', 'module'],
  ['cli.js', 'script'],
  ['cli-main.cjs', 'script'],
  ['scan-worker.mjs', 'module'],
]) {
  asciiFile(path.join(outDir, name), sourceType);
}

// The SPDX licence texts, normalised and numbered once here: the bundles load this index
// only when a licence file needs matching.
await writeLicenceIndex(outDir);
// dist/cli.js is CommonJS; the ES modules say so by their .mjs names.
fs.writeFileSync(path.join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
console.log(`bundled into ${path.relative(process.cwd(), outDir) || '.'}`);

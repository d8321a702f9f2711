// Benchmark: generates synthetic repositories (about 1k, 10k and 50k files with a mix of
// code, Markdown, notebooks and manifests), scans each in a fresh process, and prints files
// per second, wall time and peak memory (max RSS). Pass directories to scan those instead.
//   npm run bench                 # synthetic sizes
//   npm run bench -- 200000       # add sizes
//   npm run bench -- ./some/repo  # a real directory
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRepo } from './bench-generate.mjs';

const work = path.resolve('.bench');
fs.mkdirSync(work, { recursive: true });
const runner = path.join(work, 'bench-runner.mjs');

// Bundle the real pipeline once, so the benchmark measures the same code the CLI runs.
await build({
  stdin: {
    contents: `import { analyse } from './src/pipeline.ts';
      const [dir] = process.argv.slice(2);
      const t0 = performance.now();
      const report = analyse(dir);
      const ms = performance.now() - t0;
      process.stdout.write(JSON.stringify({ ms, files: report.stats.filesSeen, read: report.stats.filesRead,
        bytes: report.stats.bytesRead, components: report.components.length, claims: report.claims.length,
        warnings: report.warnings.length, maxRssKiB: process.resourceUsage().maxRSS }));`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: runner,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
// The SPDX texts are looked up beside the running module, as in dist/.
fs.copyFileSync(
  path.resolve('node_modules/spdx-license-list/spdx-full.json'),
  path.join(work, 'spdx-full.json'),
);

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const dirs = args.filter((a) => !/^\d+$/.test(a));
const targets = [];
if (dirs.length === 0 || sizes.length > 0) {
  for (const n of sizes.length ? sizes : [1000, 10000, 50000]) {
    const dir = path.join(work, `synthetic-${n}`);
    if (!fs.existsSync(path.join(dir, '.complete'))) {
      fs.rmSync(dir, { recursive: true, force: true });
      generateRepo(dir, n);
      fs.writeFileSync(path.join(dir, '.complete'), '');
    }
    targets.push({ label: `synthetic ${n} files`, dir });
  }
}
for (const d of dirs) targets.push({ label: d, dir: path.resolve(d) });

const mib = (b) => (b / 1024 / 1024).toFixed(1);
console.log(`node ${process.version}, ${os.cpus().length} cores`);
console.log('target                     files    read   wall ms   files/s    MiB read  peak MiB');
for (const t of targets) {
  const out = JSON.parse(
    execFileSync(process.execPath, [runner, t.dir], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  const line = [
    t.label.padEnd(24),
    String(out.files).padStart(7),
    String(out.read).padStart(7),
    out.ms.toFixed(0).padStart(9),
    Math.round(out.files / (out.ms / 1000))
      .toString()
      .padStart(9),
    mib(out.bytes).padStart(11),
    mib(out.maxRssKiB * 1024).padStart(9),
  ].join(' ');
  console.log(line);
}

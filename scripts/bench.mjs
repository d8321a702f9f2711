// Benchmark. Prints figures; it never asserts a timing.
//
// Targets (each scanned in a fresh child process running the real pipeline, bundled from src/):
//   - synthetic repositories of 1k, 10k, 50k and 200k files (a mix of code, Markdown,
//     notebooks, manifests, configs, data and a few binary assets);
//   - "large text": about 1 GiB of text, mostly big .csv/.log/.txt data files no extractor
//     reads, plus large Markdown pages and notebooks that are read, some over the 2 MiB
//     per-file limit;
//   - any directory given on the command line.
// Generated repositories are cached in .bench/ (a `.complete` marker holding the generator
// version); delete .bench/ to rebuild them.
//
// For each target: files listed, files read, files/s, MiB read, MiB/s, wall time of the scan,
// peak memory (the child's max RSS when the scan ends), and scan/read: the scan's wall time
// over a "plain read" of the same files (same walk, same extractor wants(), same bytes, no
// extraction; the walk itself is not in the plain read's time). Order in every child: the scan
// runs first, the plain read second; before that child starts, a separate child has listed and
// read the same files once, untimed, so both find the OS page cache warm. The scan uses worker
// threads as the CLI does (column "threads": how many took part); the plain read is one
// thread. The last column puts the walk into the baseline too: scan / (walk + plain read).
// Then: time per 1k files for each synthetic size (is the cost linear?); small scans: wall
// time of `node dist/cli.js scan` on each of examples/ and on a 20-file repository, next to
// `node -e 0` in the same run and the ratio, with the compiled-code cache warm (every run
// after a machine's first) and off (a fresh runner), and the top five costs of such a scan
// from a CPU profile; and the action's start-up (import of dist/index.mjs + first line of
// work, minus a bare `node -e ""`).
// Figures are also written to .bench/results.json.
//
//   npm run bench                          # 1k, 10k, 50k, 200k, large text, start-up
//   npm run bench -- 1000 5000             # these synthetic sizes instead of the default four
//   npm run bench -- ./some/repo           # only this directory (and start-up); repeatable
//   npm run bench -- --no-large            # skip the large-text repository
//   npm run bench -- --large ./some/repo   # a directory plus the large-text repository
//   npm run bench -- --runs=3              # scan each target 3 times, report the median run
//   npm run bench -- --threads=1           # scan on one thread (default: the CPUs, up to 4)
//   npm run bench -- --no-startup          # skip the small scans and the action start-up
//   npm run bench -- --no-resolve          # skip the online scan of 2,000 dependencies, 500 Hub models
//   npm run bench -- --licensee DIR...     # only: dist/cli.js scan vs `licensee detect` over
//                                          # these directories, alternating (--runs=N, default 3)
import { resolveOptions } from './bundle-resolve.mjs';
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { generateLargeText, generateRepo, GENERATOR_VERSION } from './bench-generate.mjs';
import { writeLicenceIndex } from './licence-index.mjs';
import { againstLicensee, licenseeVersion, smallScans, startupProfile } from './bench-startup.mjs';
import { resolveBench } from './bench-resolve.mjs';

const DEFAULT_SIZES = [1000, 10000, 50000, 200000];
const STARTUP_REPEATS = 5;
const SMALL_SCAN_REPEATS = 20;

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const runsFlag = args.find((a) => a.startsWith('--runs='));
const runs = runsFlag ? Math.max(1, Number(runsFlag.slice('--runs='.length)) || 1) : 1;
const threadsFlag = args.find((a) => a.startsWith('--threads='));
const threads = threadsFlag ? Math.max(1, Number(threadsFlag.slice('--threads='.length)) || 1) : null;
const known = new Set(['--no-large', '--large', '--no-startup', '--no-resolve', '--licensee']);
for (const f of flags) {
  if (!known.has(f) && !f.startsWith('--runs=') && !f.startsWith('--threads=')) {
    console.error(`Unknown flag ${f} (see the header of scripts/bench.mjs).`);
    process.exit(2);
  }
}
const positional = args.filter((a) => !a.startsWith('--'));
const sizes = positional.filter((a) => /^\d+$/.test(a)).map(Number);
const dirs = positional.filter((a) => !/^\d+$/.test(a));
const withSynthetic = dirs.length === 0 || sizes.length > 0;
const withLarge = !flags.has('--no-large') && (dirs.length === 0 || flags.has('--large'));
const withStartup = !flags.has('--no-startup');

const work = path.resolve('.bench');
fs.mkdirSync(work, { recursive: true });
const cli = path.resolve('dist/cli.js');

if (flags.has('--licensee')) {
  const version = licenseeVersion();
  if (version === null) {
    console.log('licensee is not installed (apt-get install ruby-licensee); nothing to compare.');
    process.exit(0);
  }
  if (dirs.length === 0) {
    console.error('--licensee needs the directories to compare on.');
    process.exit(2);
  }
  const licenseeRuns = runsFlag ? runs : 3;
  const result = againstLicensee(
    cli,
    dirs.map((d) => path.resolve(d)),
    licenseeRuns,
  );
  console.log(
    `node ${process.version}, licensee ${version}; median of ${licenseeRuns} alternating runs per directory`,
  );
  console.log(`${'directory'.padEnd(40)} ${'ours ms'.padStart(8)} ${'licensee ms'.padStart(12)}`);
  for (const r of result.rows) {
    console.log(
      `${path.basename(r.dir).slice(0, 40).padEnd(40)} ${r.oursMs.toFixed(0).padStart(8)} ${r.licenseeMs.toFixed(0).padStart(12)}`,
    );
  }
  console.log(
    `total over ${result.rows.length} directories: ours ${result.oursMs.toFixed(0)} ms (full scan), licensee ${result.licenseeMs.toFixed(0)} ms (licence files only); ratio ${result.ratio.toFixed(2)}`,
  );
  fs.writeFileSync(
    path.join(work, 'licensee.json'),
    JSON.stringify({ date: new Date().toISOString(), licensee: version, ...result }, null, 2) + '\n',
  );
  process.exit(0);
}
const runner = path.join(work, 'bench-runner.mjs');

// Bundle the real pipeline once, so the benchmark measures the same code the CLI runs.
const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  ...resolveOptions,
};
await build({ ...bundleOptions, entryPoints: [path.resolve('scripts/bench-runner.mjs')], outfile: runner });
// The scan's worker threads start from beside the running module, as in dist/.
await build({
  ...bundleOptions,
  entryPoints: [path.resolve('src/scan/scan-worker.ts')],
  outfile: path.join(work, 'scan-worker.mjs'),
});
// The SPDX licence index is looked up beside the running module, as in dist/.
fs.rmSync(path.join(work, 'spdx-full.json'), { force: true });
await writeLicenceIndex(work);

/** Generates into `dir` unless a complete copy from this generator version is there. */
function cached(dir, generate) {
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === GENERATOR_VERSION) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  generate();
  fs.writeFileSync(marker, GENERATOR_VERSION);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`generated ${path.relative(process.cwd(), dir)} in ${s.toFixed(1)} s`);
  return true;
}

const targets = [];
if (withSynthetic) {
  for (const n of sizes.length ? sizes : DEFAULT_SIZES) {
    const dir = path.join(work, `synthetic-${n}`);
    cached(dir, () => generateRepo(dir, n));
    targets.push({ label: `synthetic ${n >= 1000 ? `${n / 1000}k` : n}`, kind: 'synthetic', size: n, dir });
  }
}
if (withLarge) {
  const dir = path.join(work, 'large-text');
  cached(dir, () => generateLargeText(dir));
  targets.push({ label: 'large text', kind: 'large-text', dir });
}
for (const d of dirs) targets.push({ label: d, kind: 'directory', dir: path.resolve(d) });

const runNode = (argv) =>
  JSON.parse(execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 26 }));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const MiB = 1024 * 1024;
const mib = (b) => (b / MiB).toFixed(1);
/** Disk use of a directory in bytes (allocated blocks), or null when `du` is unavailable. */
function diskUse(dir) {
  const r = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  const kib = Number.parseInt(r.stdout ?? '', 10);
  return r.status === 0 && Number.isFinite(kib) ? kib * 1024 : null;
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}`);
console.log(
  `order per child: scan first, plain read second; page cache warmed by one untimed read of the same files before; ${runs} run(s) per target${runs > 1 ? ' (median by scan time)' : ''}`,
);
const header = [
  'target'.padEnd(16),
  'listed'.padStart(7),
  'read'.padStart(7),
  'files/s'.padStart(8),
  'MiB read'.padStart(9),
  'MiB/s'.padStart(7),
  'wall ms'.padStart(8),
  'peak MiB'.padStart(9),
  'walk ms'.padStart(8),
  'plain ms'.padStart(9),
  'scan/read'.padStart(9),
  'threads'.padStart(7),
  '/(walk+read)'.padStart(12),
].join(' ');
console.log(header);
console.log('-'.repeat(header.length));

const results = [];
for (const t of targets) {
  const warm = runNode([runner, 'warm', t.dir]);
  const all = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const out = runNode([runner, 'scan', t.dir, ...(threads ? [String(threads)] : [])]);
    out.processMs = Number(process.hrtime.bigint() - t0) / 1e6;
    all.push(out);
  }
  const mid = median(all.map((o) => o.scanMs));
  const out = all.find((o) => o.scanMs === mid) ?? all[0];
  const s = out.scanMs / 1000;
  const row = {
    label: t.label,
    kind: t.kind,
    size: t.size,
    dir: t.dir,
    diskBytes: t.kind === 'directory' ? undefined : diskUse(t.dir),
    filesListed: out.listed,
    filesRead: out.read,
    filesPerSecond: out.listed / s,
    bytesRead: out.bytes,
    mibRead: out.bytes / MiB,
    mibPerSecond: out.bytes / MiB / s,
    wallMs: out.scanMs,
    childProcessMs: out.processMs,
    peakRssMiB: (out.scanMaxRssKiB * 1024) / MiB,
    peakRssAfterPlainReadMiB: (out.maxRssKiB * 1024) / MiB,
    walkMs: out.walkMs,
    plainReadMs: out.plainReadMs,
    plainReadFiles: out.plainFiles,
    plainReadBytes: out.plainBytes,
    scanOverRead: out.scanMs / out.plainReadMs,
    decodeMs: out.decodeMs,
    threads: out.threads,
    scanOverWalkAndRead: out.scanMs / (out.walkMs + out.plainReadMs),
    components: out.components,
    claims: out.claims,
    warnings: out.warnings,
    warmRead: { files: warm.files, bytes: warm.bytes },
    runs: all.map((o) => ({
      wallMs: o.scanMs,
      plainReadMs: o.plainReadMs,
      peakRssMiB: (o.scanMaxRssKiB * 1024) / MiB,
    })),
  };
  results.push(row);
  console.log(
    [
      t.label.slice(0, 16).padEnd(16),
      String(row.filesListed).padStart(7),
      String(row.filesRead).padStart(7),
      Math.round(row.filesPerSecond).toString().padStart(8),
      mib(row.bytesRead).padStart(9),
      row.mibPerSecond.toFixed(0).padStart(7),
      row.wallMs.toFixed(0).padStart(8),
      row.peakRssMiB.toFixed(0).padStart(9),
      row.walkMs.toFixed(0).padStart(8),
      row.plainReadMs.toFixed(0).padStart(9),
      `${row.scanOverRead.toFixed(1)}x`.padStart(9),
      String(row.threads).padStart(7),
      `${row.scanOverWalkAndRead.toFixed(1)}x`.padStart(12),
    ].join(' '),
  );
  if (row.plainReadFiles !== row.filesRead || row.plainReadBytes !== row.bytesRead) {
    console.log(
      `  note: the plain read took ${row.plainReadFiles} files / ${row.plainReadBytes} bytes, the scan ${row.filesRead} / ${row.bytesRead}`,
    );
  }
}

// Linearity: cost per 1k listed files for each synthetic size.
const synthetic = results.filter((r) => r.kind === 'synthetic').sort((a, b) => a.size - b.size);
const linearity = synthetic.map((r, i) => {
  const prev = synthetic[i - 1];
  return {
    label: r.label,
    filesListed: r.filesListed,
    scanMsPer1kFiles: r.wallMs / (r.filesListed / 1000),
    // The cost of the files added since the previous size: free of fixed costs (start-up, licence texts).
    marginalScanMsPer1kFiles: prev
      ? (r.wallMs - prev.wallMs) / ((r.filesListed - prev.filesListed) / 1000)
      : null,
    plainReadMsPer1kFiles: r.plainReadMs / (r.filesListed / 1000),
    walkMsPer1kFiles: r.walkMs / (r.filesListed / 1000),
  };
});
if (linearity.length) {
  console.log('');
  const base = linearity[0].scanMsPer1kFiles;
  console.log(
    `time per 1k listed files (scan, relative to ${linearity[0].label}; "added files": the extra time over the previous size per 1k extra files):`,
  );
  for (const l of linearity) {
    const marginal =
      l.marginalScanMsPer1kFiles === null ? '' : `${l.marginalScanMsPer1kFiles.toFixed(1)} ms/1k`;
    console.log(
      `  ${l.label.padEnd(14)} scan ${l.scanMsPer1kFiles.toFixed(1).padStart(6)} ms/1k (${(l.scanMsPer1kFiles / base).toFixed(2)}x)` +
        `  added files ${marginal.padStart(12)}` +
        `  plain read ${l.plainReadMsPer1kFiles.toFixed(1).padStart(5)} ms/1k  walk ${l.walkMsPer1kFiles.toFixed(1).padStart(5)} ms/1k`,
    );
  }
}
const large = results.find((r) => r.kind === 'large-text');
if (large) {
  const disk = large.diskBytes !== null ? `${(large.diskBytes / 1024 / MiB).toFixed(2)} GiB on disk` : '';
  console.log('');
  console.log(
    `large text: ${disk}, ${mib(large.bytesRead)} MiB of it read by the scan (the rest is data no extractor reads)`,
  );
  console.log(
    `  decoding those bytes to text alone takes ${large.decodeMs.toFixed(0)} ms, ${(large.decodeMs / large.plainReadMs).toFixed(1)}x the plain read: a floor for any scan of text`,
  );
}
const biggest = synthetic[synthetic.length - 1];
if (biggest && biggest.diskBytes !== null) {
  console.log(`${biggest.label}: ${(biggest.diskBytes / MiB).toFixed(0)} MiB on disk`);
}

// Small scans: what a user of a small repository waits for, against node's own start.
let small = null;
let profile = null;
if (withStartup && fs.existsSync(cli)) {
  const twenty = path.join(work, 'synthetic-20');
  cached(twenty, () => generateRepo(twenty, 20));
  const examples = fs
    .readdirSync('examples', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ label: `examples/${d.name}`, dir: path.resolve('examples', d.name) }));
  const countFiles = (dir) =>
    fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const smallTargets = [...examples, { label: 'synthetic 20', dir: twenty }].map((t) => ({
    ...t,
    files: countFiles(t.dir),
  }));
  small = smallScans(cli, smallTargets, SMALL_SCAN_REPEATS);
  console.log('');
  console.log(
    `small scans: node dist/cli.js scan, median of ${SMALL_SCAN_REPEATS}, alternating with node -e 0 (warm: compiled-code cache filled; cold: turned off)`,
  );
  console.log(
    `  ${'target'.padEnd(30)} ${'files'.padStart(5)} ${'node -e 0'.padStart(9)} ${'warm ms'.padStart(8)} ${'ratio'.padStart(6)} ${'cold ms'.padStart(8)} ${'ratio'.padStart(6)}`,
  );
  for (const r of small.rows) {
    console.log(
      `  ${r.label.padEnd(30)} ${String(r.files).padStart(5)} ${r.nodeMs.toFixed(0).padStart(9)} ${r.warmMs.toFixed(0).padStart(8)} ${`${r.warmRatio.toFixed(2)}x`.padStart(6)} ${r.coldMs.toFixed(0).padStart(8)} ${`${r.coldRatio.toFixed(2)}x`.padStart(6)}`,
    );
  }
  profile = startupProfile(cli, twenty);
  console.log(
    `  top five costs of a warm scan of synthetic 20 (CPU profile, self time, ${profile.totalMs.toFixed(0)} ms sampled):`,
  );
  for (const c of profile.costs) console.log(`    ${c.ms.toFixed(1).padStart(6)} ms  ${c.name}`);
} else if (withStartup) {
  console.log('\nsmall scans: dist/cli.js not found (run `npm run bundle`)');
}

// Action start-up: `node dist/index.mjs` on an event the action does not run on, which makes
// it import everything, read its context, print one line and return.
let startup = null;
if (withStartup) {
  const entry = path.resolve('dist/index.mjs');
  if (!fs.existsSync(entry)) {
    console.log('\naction start-up: dist/index.mjs not found (run `npm run bundle`)');
  } else {
    const env = { ...process.env, GITHUB_EVENT_NAME: 'unsupported_event' };
    const time = (argv) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`node ${argv.join(' ')} exited with ${r.status}: ${r.stderr}`);
      return { ms, stdout: r.stdout };
    };
    // One untimed run of each first, so both start from a warm page cache.
    const check = time([entry]);
    time(['-e', '']);
    if (!check.stdout.includes('Nothing to do')) {
      console.log(`\nnote: dist/index.mjs did not print the expected message: ${check.stdout.trim()}`);
    }
    const action = [];
    const baseline = [];
    for (let i = 0; i < STARTUP_REPEATS; i++) {
      baseline.push(time(['-e', '']).ms);
      action.push(time([entry]).ms);
    }
    startup = {
      repeats: STARTUP_REPEATS,
      actionMedianMs: median(action),
      baselineMedianMs: median(baseline),
      startupMs: median(action) - median(baseline),
      actionMs: action,
      baselineMs: baseline,
    };
    console.log('');
    console.log(
      `action start-up (import + first line of work): ${startup.startupMs.toFixed(0)} ms ` +
        `(median of ${STARTUP_REPEATS}: node dist/index.mjs ${startup.actionMedianMs.toFixed(0)} ms − node -e "" ${startup.baselineMedianMs.toFixed(0)} ms)`,
    );
  }
}

// The resolve stage: an online scan of 2,000 dependencies against a 50 ms stand-in service.
let resolved = null;
if (!flags.has('--no-resolve') && fs.existsSync(cli)) {
  resolved = await resolveBench(cli, work);
  console.log('');
  console.log(
    `resolve: ${resolved.dependencies} npm dependencies and ${resolved.hubModels} Hub models, stand-in services answering in ${resolved.answerMs} ms, node dist/cli.js scan --online`,
  );
  for (const [label, r] of [
    ['cold (empty cache)', resolved.cold],
    ['warm (same cache)', resolved.warm],
  ]) {
    console.log(
      `  ${label.padEnd(20)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${String(r.requests).padStart(5)} requests  ${r.licensed} dependency licences  ${r.models} model licences`,
    );
  }
}

const resultsFile = path.join(work, 'results.json');
fs.writeFileSync(
  resultsFile,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      generatorVersion: GENERATOR_VERSION,
      method: {
        order: 'per child process: scan first, plain read second',
        pageCache: 'warmed by a separate child that lists and reads the same files once, untimed',
        plainRead:
          'same walk() and extractor wants(); open + fstat + the bytes the scan reads (whole file up to 2 MiB with readFileSync, else first 64 KiB); walk time excluded',
        peakRss: "child's max RSS (worker threads included) when the scan ends, before the plain read",
        threads:
          'threads that read files in the scan (1 + worker threads that took part); the plain read is one thread',
        scanOverWalkAndRead: 'scan wall time over (the same walk + the plain read), both timed in the child',
        runs,
      },
      targets: results,
      linearity,
      smallScans: small,
      startupProfile: profile,
      startup,
      resolve: resolved,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nfigures written to ${path.relative(process.cwd(), resultsFile)}`);

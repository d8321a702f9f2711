// Start-up figures for scripts/bench.mjs: small scans against a bare node, where they spend
// their first milliseconds, and the CLI against licensee over a list of directories.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time of one child process, in ms; throws when it fails. */
function timed(command, argv, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return ms;
}

const scanArgs = (cli, dir) => [cli, 'scan', dir, '--fail-on', 'none'];

/**
 * For each target: the median wall time of `node CLI scan DIR` over `runs`, next to the
 * median of `node -e 0`, runs alternating so both see the same machine. Warm: after one
 * untimed run, as every run after a machine's first (the compiled-code cache filled, files
 * in the page cache). Cold: the compiled-code cache turned off (a fresh runner's first run).
 */
export function smallScans(cli, targets, runs) {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-bench-cache-'));
  const warmEnv = { ...process.env, AI_OPENNESS_CACHE_DIR: cacheDir };
  delete warmEnv.NODE_DISABLE_COMPILE_CACHE;
  const coldEnv = { ...warmEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
  try {
    timed(process.execPath, ['-e', '0']);
    const rows = targets.map((t) => {
      timed(process.execPath, scanArgs(cli, t.dir), warmEnv);
      const node = [];
      const warm = [];
      const cold = [];
      for (let i = 0; i < runs; i++) {
        node.push(timed(process.execPath, ['-e', '0']));
        warm.push(timed(process.execPath, scanArgs(cli, t.dir), warmEnv));
        cold.push(timed(process.execPath, scanArgs(cli, t.dir), coldEnv));
      }
      const nodeMs = median(node);
      return {
        label: t.label,
        dir: t.dir,
        files: t.files,
        nodeMs,
        warmMs: median(warm),
        coldMs: median(cold),
        warmRatio: median(warm) / nodeMs,
        coldRatio: median(cold) / nodeMs,
      };
    });
    return { runs, rows };
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * The top costs of one warm small scan, from a CPU profile: self time by function, with
 * V8's and Node's own work (compiling, garbage collection, loading built-in modules) named.
 */
export function startupProfile(cli, dir, top = 5) {
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-bench-prof-'));
  const cacheDir = path.join(profDir, 'cache');
  const env = { ...process.env, AI_OPENNESS_CACHE_DIR: cacheDir };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  try {
    timed(process.execPath, scanArgs(cli, dir), env); // fills the compiled-code cache
    const argv = [
      '--cpu-prof',
      '--cpu-prof-interval=100',
      `--cpu-prof-dir=${profDir}`,
      ...scanArgs(cli, dir),
    ];
    timed(process.execPath, argv, env);
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { callFrame } = byId.get(id);
      const where = callFrame.url ? `${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}` : '';
      const key = `${callFrame.functionName || '(top level)'}${where ? ` ${where}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
    const costs = [...self]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms }));
    return { dir, totalMs, costs };
  } finally {
    fs.rmSync(profDir, { recursive: true, force: true });
  }
}

/** Whether `licensee` runs here (apt-get install ruby-licensee). */
export function licenseeVersion() {
  const r = spawnSync('licensee', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * `node CLI scan DIR` against `licensee detect DIR` over each directory, alternating, `runs`
 * times; totals of the per-directory medians. Our scan does everything (licence files, model
 * references, claims, the report); licensee identifies the licence files only.
 */
export function againstLicensee(cli, dirs, runs) {
  const rows = dirs.map((dir) => {
    const ours = [];
    const theirs = [];
    for (let i = 0; i < runs; i++) {
      ours.push(timed(process.execPath, scanArgs(cli, dir)));
      theirs.push(timedLicensee(dir));
    }
    return { dir, oursMs: median(ours), licenseeMs: median(theirs) };
  });
  const oursMs = rows.reduce((a, r) => a + r.oursMs, 0);
  const licenseeMs = rows.reduce((a, r) => a + r.licenseeMs, 0);
  return { runs, rows, oursMs, licenseeMs, ratio: oursMs / licenseeMs };
}

// licensee exits 1 when it finds no licence: that is an answer, not a failure.
function timedLicensee(dir) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('licensee', ['detect', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

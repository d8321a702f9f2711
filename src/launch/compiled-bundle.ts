// Runs a CommonJS bundle with V8's code cache, as Node 22's module.enableCompileCache() does,
// but on Node 20 too: compiling the CLI's 0.8 MB bundle and the functions a scan first calls
// takes about a quarter of a small repository's scan. The first run on a machine compiles as
// usual and leaves the compiled code in the cache folder (cache-dir.ts); later runs load it.
// V8 checks the data against the source and its own version and flags, and compiles afresh
// when they differ. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own.
// Each command has its own cache: what `--version` compiles is a small part of what a scan does.
// The cache is written again after a few of the runs that used it (REWRITE_AFTER), so it comes
// to hold what several scans compile (a first scan of a repository with no licence text or no
// notebook leaves those readers out), and is then left alone.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { cacheDir } from '../util/cache-dir.js';

/**
 * Compiles and runs the bundle at `url`, with compiled code from the cache when it is there.
 * The bundle is one function expression (scripts/bundle.mjs writes it so) over CommonJS's
 * parameters and the bundle's own URL, which stands for import.meta.url.
 */
export function runCompiledBundle(
  url: URL,
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): void {
  const file = fileURLToPath(url);
  // The build writes bundles as ASCII (scripts/ascii-bundle.mjs): read so, the source is a
  // one-byte string with no UTF-8 decoding.
  const bytes = fs.readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE ? null : cacheFileFor(file, env, commandOf(argv));
  const cachedData = cacheFile === null ? undefined : readIfThere(cacheFile);
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cacheFile !== null) {
    const fresh = cachedData === undefined || script.cachedDataRejected === true;
    const uses = fresh ? 0 : readUses(cacheFile);
    if (uses <= LAST_REWRITE) writeAtomically(usesFile(cacheFile), () => Buffer.from(String(uses + 1)));
    // At exit, so the cache also holds the functions this run compiled on first call.
    if (fresh || REWRITE_AFTER.has(uses))
      process.once('exit', () => writeAtomically(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), url.href);
}

/** How many runs had used the cache when it is written again; after the last, never. */
const REWRITE_AFTER: ReadonlySet<number> = new Set([1, 2, 4, 8]);
const LAST_REWRITE = Math.max(...REWRITE_AFTER);

/** The file beside a cache that counts the runs that used it. */
const usesFile = (cacheFile: string): string => `${cacheFile}.uses`;

function readUses(cacheFile: string): number {
  const n = Number.parseInt(readIfThere(usesFile(cacheFile))?.toString('latin1') ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** The command a run is for, as a file name part: its first word that is no option. */
function commandOf(argv: readonly string[]): string {
  const word = argv.find((a) => !a.startsWith('-')) ?? (argv.length > 0 ? 'option' : 'none');
  return /^[a-z][a-z-]{0,19}$/.test(word) ? word : 'other';
}

/**
 * One file per bundle build, Node version and command: the bundle's size and time stamp tell
 * builds apart.
 */
function cacheFileFor(file: string, env: NodeJS.ProcessEnv, command: string): string | null {
  try {
    const stat = fs.statSync(file);
    const name = `${path.basename(file)}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}-${command}.bin`;
    return path.join(cacheDir(env), 'compiled', name);
  } catch {
    return null;
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only or full disk only means no cache. Renamed into place whole. */
function writeAtomically(file: string, data: () => Buffer): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, data());
    fs.renameSync(temp, file);
  } catch {
    // no cache this time
  }
}

// The benchmark's child process. Not run directly: scripts/bench.mjs bundles it with esbuild
// (together with the real src/ code it imports) into .bench/bench-runner.mjs and runs that,
// one fresh process per measurement.
//
//   node .bench/bench-runner.mjs warm <dir>   lists the candidate files and reads them once,
//                                              untimed, to fill the OS page cache
//   node .bench/bench-runner.mjs scan <dir> [threads]
//                                              1. analyse(dir), timed (the scan; threads as the
//                                                 CLI's --threads, default: the CPUs, up to 4);
//                                              2. then the "plain read", timed: the same files the
//                                                 scan read, read again with no extraction
//
// The plain read re-walks with the same walk() and keeps the files the scan keeps, with the
// same wantsOf() scanDirectory uses.
// Then, for each: open, fstat, and read the same bytes the scan reads (the whole file with
// fs.readFileSync for 'text' up to the 2 MiB per-file limit; the first 64 KiB for 'head' or
// an oversized file; nothing for 'meta'), stopping at the same total-bytes limit.
import fs from 'node:fs';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/pipeline.ts';
import { DEFAULT_MAX_TOTAL_BYTES } from '../src/scan.ts';
import { absolutePath, walk } from '../src/inventory/walk.ts';
import { DEFAULT_MAX_FILE_BYTES, HEAD_BYTES } from '../src/inventory/read-file.ts';
import { defaultExtractors } from '../src/extract/index.ts';
import { wantsOf } from '../src/scan/batch.ts';
import { decodeText } from '../src/inventory/decode.ts';

/** The files the scan reads, with the need it reads them at. */
function candidates(root) {
  const t0 = performance.now();
  const walked = walk(root);
  const walkMs = performance.now() - t0;
  const list = [];
  for (const entry of walked.files) {
    const wanted = wantsOf(entry, defaultExtractors);
    if (wanted !== null) list.push({ abs: absolutePath(walked.root, entry), need: wanted.need });
  }
  return { list, listed: walked.files.length, walkMs, listMs: performance.now() - t0 };
}

/**
 * The plain read. `decode` also turns each whole file's bytes into text, as the scan must
 * before any extraction, timed on its own: a floor for any scanner that looks at text.
 */
function plainRead(list, decode = false) {
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  let files = 0;
  let bytes = 0;
  let decodeMs = 0;
  for (const { abs, need } of list) {
    if (bytes >= DEFAULT_MAX_TOTAL_BYTES) break; // the scan leaves the rest unread too
    files++;
    let fd;
    try {
      fd = fs.openSync(abs, 'r');
    } catch {
      continue;
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (need === 'meta') continue;
      if (need === 'text' && size <= DEFAULT_MAX_FILE_BYTES) {
        const whole = fs.readFileSync(fd);
        bytes += whole.length;
        if (decode) {
          const t = performance.now();
          decodeText(whole);
          decodeMs += performance.now() - t;
        }
      } else bytes += fs.readSync(fd, head, 0, Math.min(size, HEAD_BYTES), 0);
    } catch {
      // unreadable: counted as read, no bytes (as the scan does)
    } finally {
      fs.closeSync(fd);
    }
  }
  return { files, bytes, decodeMs };
}

/** The scan, timed; only its figures are kept, so the report can be collected before the plain read. */
function timedScan(dir, threads) {
  const t0 = performance.now();
  const report = analyse(dir, { threads });
  const scanMs = performance.now() - t0;
  return {
    scanMs,
    listed: report.stats.filesSeen,
    read: report.stats.filesRead,
    bytes: report.stats.bytesRead,
    reportDurationMs: report.stats.durationMs,
    components: report.components.length,
    claims: report.claims.length,
    warnings: report.warnings.length,
    threads: report.stats.threads,
    // Peak memory of the scan alone: taken before the plain read's file list exists.
    scanMaxRssKiB: process.resourceUsage().maxRSS,
  };
}

const [mode, dir, threadsArg] = process.argv.slice(2);
if (mode === 'warm') {
  const { list, listed } = candidates(dir);
  const read = plainRead(list);
  process.stdout.write(JSON.stringify({ listed, ...read }));
} else if (mode === 'scan') {
  const out = timedScan(dir, threadsArg ? Number(threadsArg) : undefined);
  const c = candidates(dir);
  const t1 = performance.now();
  const plain = plainRead(c.list);
  out.plainReadMs = performance.now() - t1;
  out.plainFiles = plain.files;
  out.plainBytes = plain.bytes;
  out.decodeMs = plainRead(c.list, true).decodeMs;
  out.walkMs = c.walkMs;
  out.listMs = c.listMs;
  out.maxRssKiB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(out));
} else {
  process.stderr.write('usage: bench-runner.mjs warm|scan <dir>\n');
  process.exit(2);
}

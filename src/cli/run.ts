import fs from 'node:fs';
import { analyseResolved, reportOptions } from '../pipeline.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { renderMarkdown } from '../render/markdown.js';
import { COLOURS, NO_COLOURS } from '../render/terminal-text.js';
import { TOOL_VERSION } from '../version.js';
import { policyFailures } from '../judge/policy.js';
import { readCliConfig } from './config.js';
import { HELP, parseCliArgs, UsageError, type CliSettings, type OutputFormat } from './args.js';
import type { Report } from '../types/report.js';

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

// SARIF and CycloneDX load on demand: most runs print text or JSON, and start-up counts.
const RENDERERS: Record<OutputFormat, (report: Report, colour: boolean) => string | Promise<string>> = {
  text: (report, colour) => renderText(report, colour ? COLOURS : NO_COLOURS),
  json: renderJson,
  markdown: (report) => renderMarkdown(report),
  sarif: async (report) => (await import('../render/sarif.js')).renderSarif(report),
  cyclonedx: async (report) => (await import('../render/cyclonedx.js')).renderCycloneDx(report),
};

const EXIT_OK = 0;
const EXIT_POLICY = 1;
const EXIT_USAGE = 2;

function useColour(settings: CliSettings, io: CliIo): boolean {
  if (settings.colour !== 'auto') return settings.colour === 'always';
  if (settings.output || io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true;
}

/** Runs the CLI and resolves to its exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let settings: CliSettings;
  try {
    settings = parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`ai-openness: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (settings.command === 'help') {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (settings.command === 'version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }

  if (settings.command === 'summarize') return summarize(settings, io);

  let isDir: boolean;
  try {
    isDir = fs.statSync(settings.dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    io.stderr.write(`ai-openness: cannot scan "${settings.dir}": not a readable directory\n`);
    return EXIT_USAGE;
  }

  const config = readCliConfig(settings.dir, settings.config);
  if (config.errors.length) {
    io.stderr.write(`ai-openness: ${config.errors.join('\nai-openness: ')}\n`);
    return EXIT_USAGE;
  }
  const failOn = settings.failOn ?? config.settings.failOn;
  const report = await analyseResolved(
    settings.dir,
    {
      ignore: [...config.settings.ignore, ...settings.ignore],
      maxFileBytes: settings.maxFileBytes,
      maxFiles: settings.maxFiles,
      maxTotalBytes: settings.maxTotalBytes,
      threads: settings.threads,
    },
    reportOptions(config.settings, settings.repository),
    { online: settings.online, env: io.env },
  );
  const body = await RENDERERS[settings.format](report, useColour(settings, io));

  if (!writeOut(settings.output, body, io)) return EXIT_USAGE;
  const failures = policyFailures(report, failOn, {
    accept: config.settings.accept,
    allowModels: config.settings.allowModels,
  });
  if (failures.length) {
    io.stderr.write(`ai-openness: failing (fail-on ${failOn.join(',')}): ${failures.join('; ')}\n`);
    return EXIT_POLICY;
  }
  return EXIT_OK;
}

/** Writes to the file, or to standard output without one; false (and a message) when it cannot. */
function writeOut(file: string | undefined, body: string, io: CliIo): boolean {
  if (!file) {
    io.stdout.write(body);
    return true;
  }
  try {
    fs.writeFileSync(file, body);
    return true;
  } catch (err) {
    io.stderr.write(
      `ai-openness: cannot write "${file}": ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return false;
  }
}

/** `summarize`: many reports as one table. A file that is not a report is a row saying so. */
async function summarize(settings: CliSettings, io: CliIo): Promise<number> {
  const { readSummaryRows } = await import('../summarize/summary-rows.js');
  const { renderSummaryCsv, renderSummaryMarkdown } = await import('../render/summary-table.js');
  const rows = readSummaryRows(settings.files);
  for (const r of rows)
    if (r.problem) io.stderr.write(`ai-openness: ${r.file} ${r.problem}; left out of the figures\n`);
  const body = settings.summaryFormat === 'csv' ? renderSummaryCsv(rows) : renderSummaryMarkdown(rows);
  if (!writeOut(settings.output, body, io)) return EXIT_USAGE;
  if (settings.csv && !writeOut(settings.csv, renderSummaryCsv(rows), io)) return EXIT_USAGE;
  return rows.every((r) => r.problem) ? EXIT_USAGE : EXIT_OK;
}

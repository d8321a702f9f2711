import { parseArgs } from 'node:util';
import { parseFailOn, type FailOn } from '../judge/policy.js';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'sarif' | 'cyclonedx';
export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'sarif', 'cyclonedx'];

export type SummaryFormat = 'markdown' | 'csv';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['markdown', 'csv'];

export interface CliSettings {
  command: 'scan' | 'summarize' | 'help' | 'version';
  dir: string;
  /** summarize: the report files. */
  files: string[];
  summaryFormat: SummaryFormat;
  /** summarize: also write the CSV here. */
  csv?: string;
  /** owner/name of the scanned repository, for the report and to recognise the project's own models. */
  repository?: string;
  /** Ask remote services for what the repository does not say (dependency licences). */
  online: boolean;
  format: OutputFormat;
  output?: string;
  ignore: string[];
  maxFileBytes?: number;
  maxFiles?: number;
  maxTotalBytes?: number;
  threads?: number;
  /** Set only when --fail-on was given, so the config file can supply it otherwise. */
  failOn?: FailOn[];
  config?: string;
  colour: 'auto' | 'always' | 'never';
}

export class UsageError extends Error {}

export const HELP = `Usage: ai-openness scan [dir] [options]
       ai-openness summarize REPORT.json... [--format markdown|csv] [--output FILE] [--csv FILE]

Finds the AI parts of a repository (model cards, model and dataset references, weights,
hosted-API calls, licences) and grades the openness of its code, architecture, training
data and weights.

Arguments:
  dir                      Directory to scan (default: the current directory)

Options:
  -f, --format <fmt>       Output format: text (default), json, markdown (the PR comment body),
                           sarif (SARIF 2.1.0 for code scanning) or cyclonedx (CycloneDX 1.6 ML-BOM)
  -o, --output <file>      Write the report to a file instead of standard output
  -i, --ignore <glob>      Leave out paths matching a gitignore-style pattern; repeatable
      --fail-on <list>     Exit 1 when any of these hold (comma-separated): mislabel (default),
                           restricted, closed, unknown, conflict; or none
      --online             Look up what the repository does not say: dependency licences from a
                           deps.dev-compatible service (AI_OPENNESS_DEPS_URL) and unknown models
                           on the Hugging Face Hub (HF_ENDPOINT, HF_TOKEN), through the cache
                           folder. Only names, versions and model ids are sent. Default: offline
      --repository <o/n>   The repository's owner/name, kept in the report (summarize shows it)
                           and used to recognise the project's own models
  -c, --config <file>      Configuration file (default: <dir>/.github/ai-openness.yml when it exists);
                           its fail-on, ignore, accept, allow-models and claims keys apply
      --max-file-size <n>  Largest file read as text, in bytes (default 2097152)
      --max-total-size <n> Stop reading after this many bytes in all (default 536870912)
      --max-files <n>      Stop listing after this many files (default 1000000)
      --threads <n>        Threads that read and extract files (default: one for under
                           8,192 files and 16 MiB, else the CPUs available, up to 4)
      --color / --no-color Force colour on or off (default: colour on a terminal)
  -h, --help               Show this help
  -v, --version            Show the version

summarize turns the JSON reports of many repositories (scan --format json) into one Markdown
table (default) or CSV: repository, verdict, the four layers, mislabel, restricted licences and
their obligations. --csv FILE writes the CSV as well as the table.

Exit codes: 0 the scan ran and the policy passed; 1 the policy (--fail-on) tripped;
2 bad usage or an unreadable directory.
`;

function positiveInteger(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number`);
  return n;
}

/** Reads argv (without node and the script) into one settings object; throws UsageError on bad input. */
export function parseCliArgs(argv: readonly string[]): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        ignore: { type: 'string', short: 'i', multiple: true },
        'max-file-size': { type: 'string' },
        'max-files': { type: 'string' },
        'max-total-size': { type: 'string' },
        threads: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        repository: { type: 'string' },
        online: { type: 'boolean' },
        csv: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    // parseArgs explains over several lines; the first says what is wrong.
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'bad arguments';
    throw new UsageError(first);
  }
  const { values, positionals } = parsed;
  const base = {
    dir: '.',
    format: 'text' as OutputFormat,
    ignore: [],
    colour: 'auto' as const,
    files: [],
    summaryFormat: 'markdown' as SummaryFormat,
    online: false,
  };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };

  const [command, dir, ...extra] = positionals;
  if (command === undefined) return { ...base, command: 'help' };
  if (command === 'summarize') {
    const files = positionals.slice(1);
    if (files.length === 0)
      throw new UsageError('summarize needs at least one report file (scan --format json)');
    const summaryFormat = values.format ?? 'markdown';
    if (!SUMMARY_FORMATS.includes(summaryFormat as SummaryFormat))
      throw new UsageError(
        `summarize --format must be one of ${SUMMARY_FORMATS.join(', ')}, not "${summaryFormat}"`,
      );
    return {
      ...base,
      command: 'summarize',
      files,
      summaryFormat: summaryFormat as SummaryFormat,
      output: values.output,
      csv: values.csv,
    };
  }
  if (command !== 'scan')
    throw new UsageError(
      `unknown command "${command}" (try: ai-openness scan [dir], or ai-openness summarize REPORT.json...)`,
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  const format = values.format ?? 'text';
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const maxFileBytes = positiveInteger(values['max-file-size'], '--max-file-size');
  const maxFiles = positiveInteger(values['max-files'], '--max-files');
  const maxTotalBytes = positiveInteger(values['max-total-size'], '--max-total-size');
  const threads = positiveInteger(values.threads, '--threads');
  let failOn: FailOn[] | undefined;
  if (values['fail-on'] !== undefined) {
    try {
      failOn = parseFailOn(values['fail-on']);
    } catch (err) {
      throw new UsageError(err instanceof Error ? `--${err.message}` : String(err));
    }
  }
  const repository = values.repository;
  if (
    repository !== undefined &&
    !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/(?!\.\.?$)[\w.-]{1,100}$/.test(repository)
  )
    throw new UsageError(`--repository must be owner/name, not "${repository.slice(0, 80)}"`);
  return {
    ...base,
    command: 'scan',
    repository,
    online: values.online === true,
    failOn,
    config: values.config,
    dir: dir ?? '.',
    format: format as OutputFormat,
    output: values.output,
    ignore: values.ignore ?? [],
    maxFileBytes,
    maxFiles,
    maxTotalBytes,
    threads,
    colour: values.color ? 'always' : values['no-color'] ? 'never' : 'auto',
  };
}

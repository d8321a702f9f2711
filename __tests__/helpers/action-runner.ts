// Runs the committed dist/index.mjs the way GitHub runs it: a child process with the
// runner's environment and an event payload file, against a stand-in API.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.mjs');
export const TOKEN = 'ghs_secret_token_value';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: string;
}

export interface RunSpec {
  apiUrl: string;
  /** Where the event file, summary and outputs go. */
  tmp: string;
  workspace: string;
  event: string;
  payload: unknown;
  /** GITHUB_SHA: the checked-out commit. */
  sha: string;
  inputs?: Record<string, string>;
}

let runs = 0;

// Async: the fake API lives in the test's process and must keep answering while the action runs.
export async function runDist(spec: RunSpec): Promise<ActionRun> {
  const n = runs++;
  const eventPath = path.join(spec.tmp, `event-${n}.json`);
  fs.writeFileSync(eventPath, JSON.stringify(spec.payload));
  const summary = path.join(spec.tmp, `summary-${n}.md`);
  const output = path.join(spec.tmp, `output-${n}.txt`);
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_EVENT_NAME: spec.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/chat',
    GITHUB_SHA: spec.sha,
    GITHUB_API_URL: spec.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: spec.tmp,
    // The resolve stage is on by default in the Action: point it at the stand-in, never the network.
    AI_OPENNESS_DEPS_URL: `${spec.apiUrl}/deps`,
    AI_OPENNESS_CACHE_DIR: path.join(spec.tmp, 'cache'),
    INPUT_TOKEN: TOKEN,
    'INPUT_CHECK-NAME': 'AI openness',
    ...Object.fromEntries(Object.entries(spec.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const child = spawn(process.execPath, [DIST], { env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    summary: fs.readFileSync(summary, 'utf8'),
    outputs: fs.readFileSync(output, 'utf8'),
  };
}

/** One output from the GITHUB_OUTPUT file ("name<<delimiter\nvalue\ndelimiter"). */
export function outputValue(outputs: string, name: string): string | undefined {
  const m = new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs);
  return m?.[2];
}

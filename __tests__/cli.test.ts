import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { HELP } from '../src/cli/args.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { assertReportSchema } from './helpers/report-schema.js';
import { cyclonedxErrors } from './helpers/format-validators.js';

async function run(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('ai-openness CLI', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempRepo({ 'README.md': '# Demo\n', 'src/app.py': 'print(1)\n', 'skip/me.py': 'x\n' });
  });
  afterAll(() => removeTempRepo(root));

  it('prints JSON that follows the report contract', async () => {
    const { code, stdout, stderr } = await run(['scan', root, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('ai-openness-check');
    expect(Object.keys(report.layers)).toEqual(['code', 'architecture', 'data', 'weights']);
    for (const key of ['verdict', 'osaid', 'mof', 'components', 'claims', 'findings', 'warnings']) {
      expect(report).toHaveProperty(key);
    }
    expect(report.stats.filesSeen).toBe(3);
    assertReportSchema(report);
  });

  it('keeps --repository in the report, and refuses one that is not owner/name', async () => {
    const { stdout } = await run(['scan', root, '-f', 'json', '--repository', 'acme/demo']);
    expect(JSON.parse(stdout).repository).toBe('acme/demo');
    const bad = await run(['scan', root, '--repository', '../etc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--repository must be owner\/name/);
  });

  it('prints SARIF and CycloneDX on demand', async () => {
    const sarif = JSON.parse((await run(['scan', root, '-f', 'sarif'])).stdout);
    expect(sarif).toBeValidSarifLog();
    const bom = (await run(['scan', root, '-f', 'cyclonedx'])).stdout;
    expect(await cyclonedxErrors(bom)).toBeNull();
  });

  it('honours --ignore', async () => {
    const report = JSON.parse(
      (await run(['scan', root, '-f', 'json', '--ignore', 'skip/', '--ignore', '*.md'])).stdout,
    );
    expect(report.stats.filesSeen).toBe(1);
  });

  it('writes to --output and prints nothing', async () => {
    const out = path.join(root, '..', `${path.basename(root)}-report.json`);
    const { code, stdout } = await run(['scan', root, '--format', 'json', '--output', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    fs.rmSync(out);
  });

  it('uses colour on a terminal only', async () => {
    expect((await run(['scan', root], true)).stdout).toContain('\u001b[');
    expect((await run(['scan', root], false)).stdout).not.toContain('\u001b[');
    expect((await run(['scan', root, '--no-color'], true)).stdout).not.toContain('\u001b[');
  });

  it.each([
    [['scan', '.', '--format', 'xml'], /--format must be one of text, json, markdown, sarif, cyclonedx/],
    [['scan', '.', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan', '/nonexistent/ai-openness-test'], /not a readable directory/],
    [['scan', '.', '--max-file-size', '0'], /--max-file-size must be a positive whole number/],
    [['scan', '.', '--max-file-size', '-5'], /argument is ambiguous/],
  ])('exits 2 with a one-line message for %j', async (args, message) => {
    const { code, stderr, stdout } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('documents every flag in --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(HELP);
    for (const flag of [
      '--format',
      '--output',
      '--ignore',
      '--max-file-size',
      '--no-color',
      '--help',
      '--version',
    ]) {
      expect(stdout).toContain(flag);
    }
  });
});

describe('policy and the configuration file', () => {
  let root: string;
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.join(root, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  };
  beforeAll(() => {
    root = makeTempRepo({
      LICENSE: 'Licensed under the Apache License, Version 2.0: http://www.apache.org/licenses/LICENSE-2.0\n',
      'bot.py':
        'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")\n',
      'README.md': '# OpenBot\n\nOpenBot is open source AI for everyone.\n',
    });
  });
  afterAll(() => removeTempRepo(root));

  it('exits 1 on a mislabel by default, naming why, and 0 with --fail-on none', async () => {
    const failing = await run(['scan', root, '-f', 'json']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/failing \(fail-on mislabel\): 1 openness claim/);
    expect((await run(['scan', root, '-f', 'json', '--fail-on', 'none'])).code).toBe(0);
  });

  it('does not check claims under claims.ignore-paths', async () => {
    write('.github/ai-openness.yml', 'claims:\n  ignore-paths: [README.md]\n');
    const result = await run(['scan', root, '-f', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).claims).toEqual([]);
  });

  it('lets accepted licences and allowed models pass a stricter policy, and still reports them', async () => {
    write('.github/ai-openness.yml', 'fail-on: [restricted]\n');
    expect((await run(['scan', root, '-f', 'json'])).code).toBe(1);
    write(
      '.github/ai-openness.yml',
      'fail-on: [restricted]\naccept:\n  weights: [llama3.1]\n  architecture: [llama3.1]\n',
    );
    const accepted = await run(['scan', root, '-f', 'json']);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout).layers.weights.status).toBe('restricted');
    write('.github/ai-openness.yml', 'fail-on: [restricted]\nallow-models: [meta-llama/*]\n');
    expect((await run(['scan', root, '-f', 'json'])).code).toBe(0);
    write('.github/ai-openness.yml', 'fail-on: [restricted]\nallow-models: [google/*]\n');
    expect((await run(['scan', root, '-f', 'json'])).code).toBe(1);
  });

  it('exits 2 with the key named when the configuration is wrong', async () => {
    write('.github/ai-openness.yml', 'fail_on: [restricted]\n');
    const result = await run(['scan', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fail_on.*fail-on/);
  });
});

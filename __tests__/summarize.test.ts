// `ai-openness summarize`: the reports of examples/ as one table and CSV.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/run.js';
import { renderJson } from '../src/render/json.js';
import { renderSummaryCsv } from '../src/render/summary-table.js';
import { EXAMPLES_DIR, exampleNames } from './helpers/fixture-reports.js';
import { makeReport } from './helpers/report-factory.js';
import { rowOf } from '../src/summarize/summary-rows.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

describe('ai-openness summarize', () => {
  let dir = '';
  const files: string[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-summary-'));
    for (const name of exampleNames()) {
      const out = path.join(dir, `${name}.json`);
      const scan = await cli([
        'scan',
        path.join(EXAMPLES_DIR, name),
        '-f',
        'json',
        '--fail-on',
        'none',
        '--repository',
        `acme/${name}`,
        '-o',
        out,
      ]);
      expect(scan.code).toBe(0);
      files.push(out);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one Markdown table over the reports of examples/', async () => {
    const { code, stdout, stderr } = await cli(['summarize', ...files]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('4 reports: 1 open source AI, 3 labelled open source AI but not.');
    const rows = stdout.split('\n').filter((l) => l.startsWith('| acme/'));
    expect(rows.map((r) => r.split(' | ').slice(0, 7).join(' | '))).toEqual([
      '| acme/llama\\-chat\\-app | restricted | 🟢 open | 🟡 restricted | 🔴 closed | 🟡 restricted | ❌ yes',
      '| acme/support\\-chatbot | closed | 🟢 open | 🔴 closed | 🔴 closed | 🔴 closed | ❌ yes',
      '| acme/tiny\\-open\\-lm | open\\-source\\-ai | 🟢 open | 🟢 open | 🟢 open | 🟢 open | no',
      '| acme/writing\\-assistant | open\\-weights | 🟢 open | 🟢 open | 🔴 closed | 🟢 open | ❌ yes',
    ]);
    expect(rows[0]).toMatch(
      /Llama 3\\\.1 Community License Agreement \| Llama 3\\\.1 Community License Agreement: user cap/,
    );
  });

  it('writes the CSV too, and a file that is not a report becomes a row, not a crash', async () => {
    const bad = path.join(dir, 'broken.json');
    fs.writeFileSync(bad, '{"schemaVersion": 1, "verdict": 7');
    const notReport = path.join(dir, 'other.json');
    fs.writeFileSync(notReport, '{"hello": "world"}');
    const csv = path.join(dir, 'out.csv');
    const { code, stderr } = await cli([
      'summarize',
      ...files,
      bad,
      notReport,
      path.join(dir, 'missing.json'),
      '--csv',
      csv,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/broken\.json is not JSON/);
    expect(stderr).toMatch(/other\.json is not an ai-openness report/);
    expect(stderr).toMatch(/missing\.json cannot be read \(ENOENT\)/);
    const lines = fs.readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'repository,verdict,code,architecture,data,weights,mislabelled,restricted licences,obligations',
    );
    expect(lines.find((l) => l.startsWith('acme/tiny-open-lm,'))).toBe(
      'acme/tiny-open-lm,open-source-ai,open,open,open,open,no,,',
    );
    expect(lines.some((l) => l.startsWith('broken,unreadable: is not JSON'))).toBe(true);
    expect((await cli(['summarize', bad])).code).toBe(2);
    expect((await cli(['summarize'])).stderr).toMatch(/needs at least one report file/);
  });

  it('keeps a repository name from being read as a formula or breaking a row', () => {
    const row = rowOf('x.json', { ...makeReport(), repository: '=HYPERLINK("http://evil")' });
    const csv = renderSummaryCsv([row, { ...row, repository: 'a,b\n"c"' }]);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""http://evil"")"`)).toBe(true);
    expect(csv).toContain('"a,b\n""c"""');
  });

  it('reads the report the Action writes, named by its folder', async () => {
    const sub = path.join(dir, 'acme-chat');
    fs.mkdirSync(sub);
    const file = path.join(sub, 'ai-openness-report.json');
    fs.writeFileSync(file, renderJson(makeReport({ verdict: 'closed' })));
    const { stdout } = await cli(['summarize', file]);
    expect(stdout).toMatch(/^\| acme\\-chat \| closed \|/m);
  });
});

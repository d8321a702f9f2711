// The workflows the README gives are what users copy: each must parse, use only inputs and
// outputs action.yml declares, and keep the safety properties the README and SECURITY.md
// promise (new comments only, one run per pull request, nothing run from the PR).

import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const ACTION = load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; id?: string; if?: string };
type Workflow = {
  on: Record<string, { types?: string[] } | null>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, { if?: string; steps: Step[]; strategy?: unknown; needs?: string }>;
};

const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const workflows = blocks
  .map((b) => load(b))
  .filter((w): w is Workflow => !!w && typeof w === 'object' && 'jobs' in w);
const named = (name: string): Workflow => {
  const block = blocks.find((b) => b.startsWith(`name: ${name}\n`));
  return load(block ?? '') as Workflow;
};
const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);

describe('the README workflows', () => {
  it('parse, and use only the inputs and outputs action.yml declares', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    for (const b of blocks) expect(() => load(b)).not.toThrow();
    const ours = blocks.join('\n');
    for (const w of workflows)
      for (const s of steps(w).filter((x) => x.uses?.startsWith('ai-openness-check/ai-openness-check@')))
        for (const input of Object.keys(s.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(input);
    for (const m of ours.matchAll(/steps\.openness\.outputs\.([\w-]+)/g))
      expect(Object.keys(ACTION.outputs)).toContain(m[1]);
  });

  it('the quick start serves pull requests and commands: new comments only, one run per PR, the permissions each needs', () => {
    const w = named('AI openness');
    expect(Object.keys(w.on).sort()).toEqual(['issue_comment', 'pull_request']);
    expect(w.on.issue_comment?.types).toEqual(['created']);
    expect(w.permissions).toMatchObject({
      contents: 'read',
      'pull-requests': 'write',
      issues: 'write',
      checks: 'write',
    });
    expect(w.concurrency?.group).toMatch(
      /github\.event\.pull_request\.number \|\| github\.event\.issue\.number/,
    );
    expect(w.concurrency?.['cancel-in-progress']).toBe(false);
    const job = Object.values(w.jobs)[0];
    expect(job?.if).toMatch(/github\.event\.issue\.pull_request/);
    // Nothing from the pull request is installed or run in that job.
    expect(job?.steps.every((s) => s.run === undefined)).toBe(true);
    expect(job?.steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({
      'persist-credentials': false,
    });
  });

  it('the audit scans in a matrix, passes names through env, and summarizes in a last job', () => {
    const w = named('AI openness audit');
    expect(w.jobs.scan?.strategy).toBeDefined();
    expect(w.jobs.summarize?.needs).toBe('scan');
    const runs = steps(w)
      .map((s) => s.run ?? '')
      .join('\n');
    expect(runs).toMatch(/ai-openness-check@0 scan target --repository "\$REPO"/);
    expect(runs).toMatch(/summarize reports\/\*\/ai-openness-report\.json --csv audit\.csv/);
    expect(runs).not.toMatch(/\$\{\{/);
  });

  it('the code scanning example asks for security-events and uploads the sarif-file output', () => {
    const block = blocks.find((b) => b.includes('upload-sarif')) ?? '';
    const w = load(block) as Workflow;
    expect(w.permissions?.['security-events']).toBe('write');
    const upload = steps(w).find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('${{ steps.openness.outputs.sarif-file }}');
    expect(upload?.if).toMatch(/always\(\)/);
  });
});

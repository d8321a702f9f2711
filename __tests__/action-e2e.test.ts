// The committed dist/index.mjs, run the way GitHub runs it: a child process with the
// runner's environment, a pull_request event, a git repository with a base and a head
// commit, and a stand-in GitHub API on 127.0.0.1 that records what it was sent.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from './helpers/fake-github.js';
import { DIST, git, outputValue, runDist, writeFiles as write } from './helpers/action-runner.js';
import { assertReportSchema } from './helpers/report-schema.js';
import { cyclonedxErrors } from './helpers/format-validators.js';

const PR = 7;

const BASE_FILES = {
  LICENSE: 'Licensed under the Apache License, Version 2.0. See http://www.apache.org/licenses/LICENSE-2.0\n',
  'README.md': '# Chat\n\nA small chat server.\n\nIt answers questions.\n',
  'serve.py':
    'from transformers import pipeline\n\nchat = pipeline("text-generation", model="mistralai/Mistral-7B-Instruct-v0.3")\n',
};
const HEAD_FILES = {
  'README.md': '# Parley\n\nA small chat server.\n\nParley is a fully open-source AI assistant.\n',
  'serve.py':
    'from transformers import pipeline\n\nchat = pipeline("text-generation", model="meta-llama/Llama-3.1-8B-Instruct")\n',
};
const FIXED_FILES = {
  'README.md':
    '# Parley\n\nA small chat server.\n\nParley is an assistant built on Llama 3.1 (Llama 3.1 Community License).\n',
};

describe('the action, end to end', () => {
  const api = new FakeGitHub();
  let repo = '';
  let tmp = '';
  let baseSha = '';
  let headSha = '';

  function prFilesFor(from: string, to: string): { filename: string; patch?: string }[] {
    const names = git(repo, 'diff', '--name-only', from, to).split('\n').filter(Boolean);
    return names.map((filename) => {
      const diff = git(repo, 'diff', '--unified=3', from, to, '--', filename);
      return { filename, patch: diff.slice(diff.indexOf('@@')) };
    });
  }

  /** Commits files on top of what is checked out; the PR's file list becomes base..that commit. */
  function commitToPullRequest(files: Record<string, string>, message: string): string {
    write(repo, files);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', message);
    const sha = git(repo, 'rev-parse', 'HEAD');
    api.prFiles = prFilesFor(baseSha, sha);
    return sha;
  }

  function runAction(inputs: Record<string, string> = {}, sha = headSha, event = 'pull_request') {
    const payload =
      event === 'push'
        ? { before: baseSha, after: sha }
        : { pull_request: { number: PR, base: { sha: baseSha }, head: { sha } } };
    return runDist({ apiUrl: api.url, tmp, workspace: repo, event, payload, sha, inputs });
  }

  beforeAll(async () => {
    await api.start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-action-'));
    repo = path.join(tmp, 'repo');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, BASE_FILES);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'base');
    baseSha = git(repo, 'rev-parse', 'HEAD');
    write(repo, HEAD_FILES);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'head');
    headSha = git(repo, 'rev-parse', 'HEAD');
    api.prFiles = prFilesFor(baseSha, headSha);
  }, 30_000);

  afterAll(async () => {
    await api.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('first run: one comment that leads with the change, one inline comment on the claim, a failing check, outputs and summary', async () => {
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(api.issueComments).toHaveLength(1);
    const body = api.issueComments[0]?.body ?? '';
    expect(body).toContain('<!-- ai-openness-check:pr-comment -->');
    expect(body).toMatch(
      /This PR adds `meta-llama\/Llama-3\.1-8B-Instruct`.*the weights layer goes from open to restricted/,
    );
    expect(body).toMatch(/`README\.md:5` says "Parley is a fully open\\-source AI assistant\\\."/);
    // The claim's line, and the line that brings in the model that lowered the weights layer.
    expect(api.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['README.md:5', 'serve.py:3']);
    expect(api.reviewComments[1]?.body).toMatch(
      /brings in meta\\-llama\/Llama\\-3\\\.1\\-8B\\-Instruct \(restricted\)/,
    );
    expect(api.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: headSha });
    expect(api.checkRuns[0]).toMatchObject({ name: 'AI openness', conclusion: 'failure' });
    expect(run.outputs).toMatch(/verdict<<.*\nrestricted\n/);
    expect(run.outputs).toMatch(/mislabelled<<.*\ntrue\n/);
    expect(run.outputs).toMatch(/comment-url<<.*\nhttps:\/\/github\.example\/pr\/7#comment\d+\n/);
    expect(run.summary).toContain('Restricted');
    expect(run.stdout).toMatch(/::error title=[^,]*,file=README\.md,line=5::/);
    // The report, SARIF and BOM files the outputs name, each valid against its schema.
    assertReportSchema(JSON.parse(fs.readFileSync(outputValue(run.outputs, 'report-file') ?? '', 'utf8')));
    const sarif = JSON.parse(fs.readFileSync(outputValue(run.outputs, 'sarif-file') ?? '', 'utf8'));
    expect(sarif).toBeValidSarifLog();
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'mislabelled-open-source',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'README.md' }, region: { startLine: 5 } } }],
    });
    const bom = fs.readFileSync(outputValue(run.outputs, 'bom-file') ?? '', 'utf8');
    expect(await cyclonedxErrors(bom)).toBeNull();
    // The token goes in the Authorization header, and never into the log.
    expect(api.requests.every((r) => r.authorization === 'token ghs_secret_token_value')).toBe(true);
    expect(run.stdout).not.toContain('ghs_secret_token_value');
  }, 60_000);

  it('second run: updates nothing when nothing changed, and never repeats the inline comment', async () => {
    api.reset();
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(api.issueComments).toHaveLength(1);
    expect(api.requests.some((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toBe(
      false,
    );
    expect(api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toBe(false);
    expect(api.reviewComments).toHaveLength(2);
    expect(api.reviews).toHaveLength(1);
  }, 60_000);

  it('warn-only turns the failure into a warning', async () => {
    api.reset();
    const run = await runAction({ 'warn-only': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::ai-openness-check: 1 openness claim/);
  }, 60_000);

  it('a 403 on comments gives one warning naming the permission, and the policy still decides the exit code', async () => {
    api.reset();
    api.failures = [
      { method: 'GET', pathPrefix: `/repos/acme/chat/issues/${PR}/comments`, status: 403, times: Infinity },
    ];
    const run = await runAction({ 'fail-on': 'none' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::Could not post the comment \(HTTP 403.*pull-requests: write/);
    expect(run.summary).toContain('Restricted');
    // The API error is reported without the request: no token, no headers.
    expect(run.stdout).not.toContain('ghs_secret_token_value');
    expect(run.stdout).not.toMatch(/authorization/i);
  }, 60_000);

  it('a 502 is retried', async () => {
    api.reset();
    api.failures = [
      { method: 'GET', pathPrefix: `/repos/acme/chat/issues/${PR}/comments`, status: 502, times: 1 },
    ];
    const run = await runAction({ 'fail-on': 'none' });
    expect(run.code).toBe(0);
    const listings = api.requests.filter(
      (r) => r.method === 'GET' && r.path === `/repos/acme/chat/issues/${PR}/comments`,
    );
    expect(listings.length).toBe(2);
    expect(run.stdout).not.toMatch(/Could not post the comment/);
  }, 60_000);

  it('a fixed pull request turns the comment to resolved and passes', async () => {
    api.reset();
    const fixedSha = commitToPullRequest(FIXED_FILES, 'fix wording');
    const run = await runAction({}, fixedSha);
    expect(run.code).toBe(0);
    expect(api.issueComments).toHaveLength(1);
    expect(api.issueComments[0]?.body).toContain('earlier findings resolved');
    expect(api.checkRuns.at(-1)?.conclusion).not.toBe('failure');
  }, 60_000);

  it('a push compares with the commit before it, posts no PR comment, and still checks and fails on policy', async () => {
    api.reset();
    git(repo, 'checkout', '-q', headSha); // the pushed commit, with the unsupported claim
    const before = api.issueComments.length;
    const run = await runAction({}, headSha, 'push');
    expect(run.code).toBe(1);
    expect(api.issueComments).toHaveLength(before);
    expect(api.requests.some((r) => r.path.includes('/issues/') || r.path.includes('/pulls/'))).toBe(false);
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/check-runs'))).toHaveLength(1);
    expect(run.summary).toContain('Restricted');
    expect(run.outputs).toMatch(/verdict<<.*\nrestricted\n/);
  }, 60_000);

  it('a pull request that loosens its own policy is told so in the comment and the log; pull_request_target keeps the base policy', async () => {
    api.reset();
    git(repo, 'checkout', '-q', headSha);
    const loosenedSha = commitToPullRequest(
      { '.github/ai-openness.yml': 'fail-on: none\nallow-models: ["`@octocat`"]\n' },
      'loosen the policy',
    );

    const run = await runAction({}, loosenedSha);
    expect(run.code).toBe(0);
    const body = api.issueComments[0]?.body ?? '';
    expect(body).toContain(
      "⚠️ It also changes the policy that judges it, in `.github/ai-openness.yml`: `fail-on` from `mislabel` to `none`; `allow-models` from `(none)` to `` `@octocat` ``. This check applies the PR's version.",
    );
    expect(run.stdout).toMatch(
      /::warning::This pull request changes its own policy in \.github\/ai-openness\.yml: fail-on from "mislabel" to "none"/,
    );

    api.reset();
    const trusted = await runAction({}, loosenedSha, 'pull_request_target');
    expect(trusted.code).toBe(1);
    expect(api.issueComments[0]?.body).not.toContain('changes the policy');
    expect(trusted.stdout).not.toContain('changes its own policy');
  }, 60_000);

  it('resolves dependency licences by default through AI_OPENNESS_DEPS_URL, and not with resolve: false', async () => {
    api.reset();
    git(repo, 'checkout', '-q', headSha);
    const sha = commitToPullRequest(
      { 'package.json': JSON.stringify({ name: 'parley', dependencies: { express: '^4.18.0' } }) },
      'add a manifest',
    );
    const online = await runAction({ 'fail-on': 'none' }, sha);
    expect(online.code).toBe(0);
    const asked = api.requests.filter((r) => r.path.startsWith('/deps/'));
    // The base has no manifest: one lookup, and only the package name is sent.
    expect(asked.map((r) => r.path)).toEqual(['/deps/v3/systems/npm/packages/express']);
    const report = JSON.parse(fs.readFileSync(outputValue(online.outputs, 'report-file') ?? '', 'utf8'));
    expect(report.warnings.map((w: { message: string }) => w.message)).toContainEqual(
      expect.stringMatching(/^Could not confirm the licence of 1 dependency \(not found \(404\)\): express/),
    );
    api.reset();
    await runAction({ 'fail-on': 'none', resolve: 'false' }, sha);
    expect(api.requests.some((r) => r.path.startsWith('/deps/'))).toBe(false);
  }, 60_000);

  it('an event it does not handle is a clear message, not a failure', () => {
    const env = {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'issues',
      GITHUB_REPOSITORY: 'acme/chat',
      GITHUB_WORKSPACE: repo,
    };
    const child = spawnSync(process.execPath, [DIST], { env, encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/does not run on "issues" events/);
  });
});

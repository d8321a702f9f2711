// The bot, end to end: the committed dist/index.mjs on issue_comment events, run the way
// GitHub runs it under that event: the workspace is a shallow clone of the default branch,
// the PR's head is fetched from "origin" as data, and a stand-in GitHub API on 127.0.0.1
// answers the permission, reaction, pull, comment and check-run calls and records them.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from './helpers/fake-github.js';
import { git, runDist, writeFiles } from './helpers/action-runner.js';

const PR = 7;
const MARKER = '<!-- ai-openness-check:pr-comment -->';

const BASE_FILES = {
  LICENSE: 'Licensed under the Apache License, Version 2.0. See http://www.apache.org/licenses/LICENSE-2.0\n',
  'README.md': '# Chat\n\nA small chat server.\n',
  'serve.py':
    'from transformers import pipeline\n\nchat = pipeline("text-generation", model="mistralai/Mistral-7B-Instruct-v0.3")\n',
};
// The head loads a restricted model, claims to be open source AI, and tries to loosen the
// policy that judges it: under issue_comment the base's configuration must apply.
const HEAD_FILES = {
  'README.md': '# Parley\n\nA small chat server.\n\nParley is a fully open-source AI assistant.\n',
  'serve.py':
    'from transformers import pipeline\n\nchat = pipeline("text-generation", model="meta-llama/Llama-3.1-8B-Instruct")\n',
  '.github/ai-openness.yml': 'fail-on: none\n',
};

describe('the bot: slash commands on pull requests', () => {
  const api = new FakeGitHub();
  let tmp = '';
  let origin = '';
  let workspace = '';
  let baseSha = '';
  let headSha = '';

  function command(body: string, login: string, extra: Record<string, unknown> = {}) {
    const id = api.addComment(body, login);
    const payload = {
      action: 'created',
      issue: { number: PR, pull_request: { url: 'https://api.github.example/pulls/7' } },
      comment: { id, body, user: { login, type: 'User' } },
      ...extra,
    };
    return {
      id,
      run: () => runDist({ apiUrl: api.url, tmp, workspace, event: 'issue_comment', payload, sha: baseSha }),
    };
  }

  const reportComments = () => api.issueComments.filter((c) => c.body.startsWith(MARKER));
  const replies = () =>
    api.issueComments.filter((c) => c.body.startsWith('<!-- ai-openness-check:reply -->'));
  const checksFor = (sha: string) => api.checkRuns.filter((r) => r.head_sha === sha);

  beforeAll(async () => {
    await api.start();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-bot-'));
    origin = path.join(tmp, 'origin');
    fs.mkdirSync(origin);
    git(origin, 'init', '-q', '-b', 'main');
    writeFiles(origin, BASE_FILES);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'base');
    baseSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-qb', 'feature');
    writeFiles(origin, HEAD_FILES);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'head');
    headSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'update-ref', `refs/pull/${PR}/head`, headSha);
    git(origin, 'checkout', '-q', 'main');
    workspace = path.join(tmp, 'workspace');
    git(tmp, 'clone', '-q', '--depth=1', '--branch=main', `file://${origin}`, workspace);
    api.pull = { headSha, baseSha };
    api.permissions = {
      mona: { permission: 'write', role_name: 'maintain' },
      reader: { permission: 'read', role_name: 'read' },
    };
  }, 30_000);

  afterAll(async () => {
    await api.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('help: anyone may ask; a reply lists the commands, with 👀 then 👍 and no permission check', async () => {
    api.reset();
    const { id, run } = command('/ai-openness help', 'reader');
    const result = await run();
    expect(result.code).toBe(0);
    expect(replies().at(-1)?.body).toMatch(/\/ai-openness recheck.*\n.*\/ai-openness explain/s);
    expect(api.reactions).toEqual([
      { commentId: id, content: 'eyes' },
      { commentId: id, content: '+1' },
    ]);
    expect(api.requests.some((r) => r.path.includes('/permission'))).toBe(false);
    expect(api.checkRuns).toHaveLength(0);
  }, 60_000);

  it('recheck by a writer fetches the head as data, scans it under the base policy, and posts the comment and a failing check', async () => {
    api.reset();
    const { id, run } = command('Thanks, looks good.\n/ai-openness recheck', 'mona');
    const result = await run();
    expect(result.code).toBe(0);
    expect(api.requests.some((r) => r.path === '/repos/acme/chat/collaborators/mona/permission')).toBe(true);
    // The head came from origin into the object store; the working tree is still the default branch.
    expect(git(workspace, 'cat-file', '-t', headSha)).toBe('commit');
    expect(fs.readFileSync(path.join(workspace, 'README.md'), 'utf8')).toBe(BASE_FILES['README.md']);
    expect(reportComments()).toHaveLength(1);
    expect(reportComments()[0]?.body).toMatch(/This PR adds `meta-llama\/Llama-3\.1-8B-Instruct`/);
    // The PR's own "fail-on: none" does not apply: the base commit has no config, so the default does.
    expect(checksFor(headSha)).toHaveLength(1);
    expect(checksFor(headSha)[0]).toMatchObject({ name: 'AI openness', conclusion: 'failure' });
    expect(api.reactions.map((r) => r.content)).toEqual(['eyes', '+1']);
    expect(api.reactions.every((r) => r.commentId === id)).toBe(true);
    expect(result.summary).toContain('Restricted');
  }, 60_000);

  it('explain weights: a reply with the evidence chain (model, licence, role, file and line), and nothing else changes', async () => {
    api.reset();
    const before = reportComments()[0]?.body;
    const { run } = command('/ai-openness explain weights', 'reader');
    const result = await run();
    expect(result.code).toBe(0);
    const body = replies().at(-1)?.body ?? '';
    expect(body).toContain(`commit \`${headSha.slice(0, 12)}\``);
    expect(body).toMatch(/#### Weights: 🟡 restricted/);
    expect(body).toMatch(
      /model `meta-llama\/Llama-3\.1-8B-Instruct`: `[^`]*llama[^`]*` \(🟡 restricted\); runtime/i,
    );
    expect(body).toMatch(
      /at \[serve\\\.py:3\]\(https:\/\/github\.example\/acme\/chat\/blob\/[0-9a-f]{40}\/serve\.py#L3\)/,
    );
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      expect.stringMatching(/^POST .*\/reactions$/),
      `POST /repos/acme/chat/issues/${PR}/comments`,
      expect.stringMatching(/^POST .*\/reactions$/),
    ]);
    expect(reportComments()[0]?.body).toBe(before);
  }, 60_000);

  it('accept by a reader is refused: a polite reply and reactions, no other write', async () => {
    api.reset();
    const checks = api.checkRuns.length;
    const { run } = command('/ai-openness accept it is fine', 'reader');
    const result = await run();
    expect(result.code).toBe(0);
    expect(replies().at(-1)?.body).toMatch(/Sorry @reader, `\/ai-openness accept <reason>` needs write/);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      expect.stringMatching(/^POST .*\/reactions$/),
      `POST /repos/acme/chat/issues/${PR}/comments`,
      expect.stringMatching(/^POST .*\/reactions$/),
    ]);
    expect(api.reactions.at(-1)?.content).toBe('confused');
    expect(api.checkRuns).toHaveLength(checks);
    expect(reportComments()[0]?.body).not.toMatch(/accepted by/i);
  }, 60_000);

  it('accept by a writer turns the check to success and the one comment records it', async () => {
    api.reset();
    const { run } = command('/ai-openness accept the Llama licence was reviewed by legal', 'mona');
    const result = await run();
    expect(result.code).toBe(0);
    const check = checksFor(headSha).at(-1);
    expect(check?.conclusion).toBe('success');
    expect(check?.outputs[0]?.title).toContain('accepted by @mona: the Llama licence was reviewed by legal');
    expect(reportComments()).toHaveLength(1);
    expect(reportComments()[0]?.body).toMatch(
      /Findings accepted by @mona: the Llama licence was reviewed by legal/,
    );
    expect(api.reactions.map((r) => r.content)).toEqual(['eyes', '+1']);
  }, 60_000);

  it('a recheck of the same head keeps the acceptance', async () => {
    api.reset();
    const { run } = command('/ai-openness recheck', 'mona');
    await run();
    expect(checksFor(headSha).at(-1)?.conclusion).toBe('success');
    expect(reportComments()[0]?.body).toMatch(/accepted by @mona/);
  }, 60_000);

  it('a new head commit ends the acceptance: the pull_request run fails the check again and the comment says so', async () => {
    api.reset();
    const checkout = path.join(tmp, 'pr-checkout');
    git(tmp, 'clone', '-q', `file://${origin}`, checkout);
    git(checkout, 'checkout', '-q', headSha);
    writeFiles(checkout, { 'notes.md': 'More words.\n' });
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '-qm', 'another commit');
    const newSha = git(checkout, 'rev-parse', 'HEAD');
    git(checkout, 'push', '-q', 'origin', `+HEAD:refs/pull/${PR}/head`);
    const payload = { pull_request: { number: PR, base: { sha: baseSha }, head: { sha: newSha } } };
    const result = await runDist({
      apiUrl: api.url,
      tmp,
      workspace: checkout,
      event: 'pull_request',
      payload,
      sha: newSha,
      inputs: { review: 'false' },
    });
    // The PR's own config ("fail-on: none") judges it under pull_request, so the step passes,
    // but the check run follows the verdict, no longer the acceptance.
    expect(result.code).toBe(0);
    const check = checksFor(newSha).at(-1);
    expect(check?.conclusion).toBe('neutral');
    expect(check?.outputs[0]?.title).not.toMatch(/accepted/);
    expect(reportComments()).toHaveLength(1);
    const body = reportComments()[0]?.body ?? '';
    expect(body).not.toMatch(/Findings accepted by/);
    expect(body).toMatch(
      /The acceptance by @mona for commit `[0-9a-f]{12}` ended: the pull request has a new commit/,
    );
    api.pull = { headSha: newSha, baseSha };
  }, 60_000);

  it('a push during a recheck: nothing is published, the reply says the PR moved on', async () => {
    api.reset();
    const checks = api.checkRuns.length;
    api.pull = { headSha: api.pull.headSha, baseSha, nextHeadSha: 'f'.repeat(40) };
    const { run } = command('/ai-openness recheck', 'mona');
    await run();
    expect(api.checkRuns).toHaveLength(checks);
    expect(replies().at(-1)?.body).toMatch(/moved on to `ffffffffffff`/);
    expect(api.reactions.at(-1)?.content).toBe('confused');
  }, 60_000);

  it('two report comments left by a race become one', async () => {
    api.reset();
    api.pull = { headSha, baseSha };
    api.addComment(`${MARKER}\nan older duplicate`, 'github-actions[bot]', 'Bot');
    expect(reportComments()).toHaveLength(2);
    const { run } = command('/ai-openness recheck', 'mona');
    await run();
    expect(reportComments()).toHaveLength(1);
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(true);
  }, 60_000);

  it('does nothing, without one API call, for a plain issue, a bot, an edited comment, or no command', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['plain issue', { issue: { number: 3 } }],
      [
        'bot',
        { comment: { id: 1, body: '/ai-openness recheck', user: { login: 'helper[bot]', type: 'Bot' } } },
      ],
      ['edited', { action: 'edited' }],
      [
        'no command',
        {
          comment: { id: 1, body: 'please run /ai-openness recheck', user: { login: 'mona', type: 'User' } },
        },
      ],
    ];
    for (const [what, extra] of cases) {
      api.reset();
      const result = await command('/ai-openness recheck', 'mona', extra).run();
      expect([what, result.code]).toEqual([what, 0]);
      expect([what, api.requests.length]).toEqual([what, 0]);
    }
  }, 120_000);
});

import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../src/bot/command.js';
import {
  acceptanceBlock,
  placeAcceptance,
  readAcceptance,
  withoutAcceptance,
  type Acceptance,
} from '../src/bot/acceptance.js';
import { explainReply, findExplainTarget } from '../src/bot/explain.js';
import { whyIgnored } from '../src/action/comment-command.js';
import type { CommentEvent } from '../src/action/event.js';
import type { Component } from '../src/types/report.js';
import { makeReport } from './helpers/report-factory.js';

describe('parseCommand', () => {
  it('finds the first command at the start of a line, with its argument', () => {
    expect(
      parseCommand('Looks right to me.\n  /ai-openness accept  reviewed  by legal \n/ai-openness recheck'),
    ).toEqual({
      kind: 'command',
      name: 'accept',
      argument: 'reviewed by legal',
      line: 2,
    });
    expect(parseCommand('/AI-Openness Explain weights')).toMatchObject({
      name: 'explain',
      argument: 'weights',
    });
    expect(parseCommand('/ai-openness')).toMatchObject({ kind: 'command', name: 'help' });
  });

  it('leaves commands in the middle of a line, in quotes and in code fences alone', () => {
    expect(parseCommand('please run /ai-openness recheck')).toBeNull();
    expect(parseCommand('> /ai-openness accept quoted from an earlier comment')).toBeNull();
    expect(parseCommand('```\n/ai-openness recheck\n```\n')).toBeNull();
    expect(parseCommand('~~~md\n/ai-openness recheck\n```\n~~~\n/ai-openness help')).toMatchObject({
      name: 'help',
      line: 5,
    });
    expect(parseCommand('/ai-opennessrecheck')).toBeNull();
    expect(parseCommand('/ai-openness-bot recheck')).toBeNull();
  });

  it('names an unknown word and keeps arguments bounded', () => {
    expect(parseCommand('/ai-openness approve')).toEqual({ kind: 'unknown', word: 'approve', line: 1 });
    const long = parseCommand(`/ai-openness accept ${'x'.repeat(5000)}`);
    expect(long?.kind === 'command' && long.argument.length).toBe(500);
  });
});

describe('the acceptance record', () => {
  const hostile: Acceptance = {
    sha: 'a'.repeat(40),
    by: 'mona',
    reason: 'ok --> <img src=x onerror=alert(1)> @everyone [x](https://evil.example) \u202e',
    at: '2026-12-03T18:00:00.000Z',
  };

  it('round-trips through the comment, and a hostile reason neither ends the hidden comment nor renders', () => {
    const body = placeAcceptance(
      '<!-- ai-openness-check:pr-comment -->\n### report\n',
      acceptanceBlock(hostile, null),
    );
    expect(readAcceptance(body)).toEqual(hostile);
    const hidden = /<!-- ai-openness-check:acceptance ([^\n]*?) -->/.exec(body)?.[1] ?? '';
    expect(hidden).not.toMatch(/[<>]/);
    const visible = body.replace(/<!--[^\n]*?-->/g, '');
    expect(visible).not.toMatch(/<img|\]\(https|@everyone/);
    expect(body.startsWith('<!-- ai-openness-check:pr-comment -->\n<!-- ai-openness-check:acceptance ')).toBe(
      true,
    );
  });

  it('one block at a time: a new one replaces the old, an ended one is no acceptance', () => {
    const first = placeAcceptance('M\nreport\n', acceptanceBlock(hostile, null));
    const other = { ...hostile, by: 'octo', reason: 'second look' };
    const second = placeAcceptance(first, acceptanceBlock(other, null));
    expect(readAcceptance(second)?.by).toBe('octo');
    expect(second.match(/<!-- ai-openness-check:acceptance /g)).toHaveLength(1);
    const ended = placeAcceptance(second, acceptanceBlock(null, other));
    expect(readAcceptance(ended)).toBeNull();
    expect(ended).toMatch(/The acceptance by @octo for commit `aaaaaaaaaaaa` ended/);
    expect(withoutAcceptance(ended)).toBe('M\nreport\n');
  });

  it('refuses a record with a login or commit that is not one', () => {
    const forged = (v: object) =>
      `<!-- ai-openness-check:acceptance ${JSON.stringify(v)} -->\n<!-- /ai-openness-check:acceptance -->`;
    expect(readAcceptance(forged({ ...hostile, by: 'a b' }))).toBeNull();
    expect(readAcceptance(forged({ ...hostile, sha: 'HEAD' }))).toBeNull();
    expect(
      readAcceptance(
        '<!-- ai-openness-check:acceptance {not json -->\n<!-- /ai-openness-check:acceptance -->',
      ),
    ).toBeNull();
  });
});

describe('explain', () => {
  const model = (name: string, extra: Partial<Component> = {}): Component => ({
    type: 'model',
    name,
    licence: 'LicenseRef-llama3.1',
    status: 'restricted',
    role: 'runtime',
    roleReason: 'used in app.py:4',
    graded: true,
    locations: [{ file: 'app.py', line: 4 }],
    ...extra,
  });
  const report = makeReport({
    layers: {
      weights: {
        status: 'restricted',
        licences: ['LicenseRef-llama3.1'],
        reasons: ['Llama weights under the community licence'],
        evidence: [{ file: 'app.py', line: 4 }],
      },
    },
    components: [
      model('meta-llama/Llama-3.1-8B'),
      model('gpt-4o', {
        role: 'evaluation',
        graded: false,
        status: 'closed',
        licence: null,
        locations: [{ file: 'eval/judge.py', line: 2 }],
      }),
      model('evil `name` <b>@team</b>', {
        graded: false,
        role: 'mention',
        locations: [{ file: 'NOTES.md', line: 1 }],
      }),
    ],
  });

  it('takes layer words, exact names, then a unique part of a name', () => {
    expect(findExplainTarget(report, 'Training data')).toEqual({ kind: 'layer', layer: 'data' });
    expect(findExplainTarget(report, '`weights`')).toEqual({ kind: 'layer', layer: 'weights' });
    expect(findExplainTarget(report, 'GPT-4o')).toMatchObject({
      kind: 'component',
      component: { name: 'gpt-4o' },
    });
    expect(findExplainTarget(report, 'llama-3.1')).toMatchObject({
      component: { name: 'meta-llama/Llama-3.1-8B' },
    });
    expect(findExplainTarget(report, 'e')).toMatchObject({ kind: 'ambiguous' });
    expect(findExplainTarget(report, 'claude')).toEqual({ kind: 'none' });
  });

  it('a layer lists what its grade rests on, and names what is not graded apart', () => {
    const { body, found } = explainReply(report, 'weights');
    expect(found).toBe(true);
    expect(body).toContain(
      'model `meta-llama/Llama-3.1-8B`: `LicenseRef-llama3.1` (🟡 restricted); runtime: used in app\\.py:4; grades the layers; at `app.py:4`',
    );
    expect(body).toMatch(/Named but not graded.*`gpt-4o` \(evaluation\)/);
    expect(body).not.toMatch(/What the grade rests on[^\n]*\n[^\n]*gpt-4o/);
  });

  it('a component says its role, why, where and which layers it is evidence for; names are escaped', () => {
    const { body } = explainReply(report, 'gpt-4o');
    expect(body).toMatch(/\*\*Role:\*\* evaluation: used in app\\\.py:4; not graded/);
    expect(body).toContain('`eval/judge.py:2`');
    const evil = explainReply(report, 'evil').body;
    // Inside code spans the name is inert; outside them it never appears raw.
    expect(evil).toContain('``evil `name` <b>@team</b>``');
    expect(evil.replace(/``[^\n]*?``/g, '')).not.toMatch(/<b>|@team/);
    const missing = explainReply(report, '<script>@x</script>');
    expect(missing.found).toBe(false);
    expect(missing.body).toMatch(/^Nothing in this report is called `<script>@x<\/script>`/);
  });
});

describe('whyIgnored', () => {
  const event: CommentEvent = {
    action: 'created',
    commentId: 5,
    body: '/ai-openness help',
    login: 'mona',
    userType: 'User',
    issueNumber: 7,
    onPullRequest: true,
  };
  it('answers new human comments on pull requests only', () => {
    expect(whyIgnored(event)).toBeNull();
    expect(whyIgnored({ ...event, action: 'edited' })).toMatch(/edited/);
    expect(whyIgnored({ ...event, onPullRequest: false })).toMatch(/issue/);
    expect(whyIgnored({ ...event, login: 'renovate[bot]', userType: 'Bot' })).toMatch(/bot/);
    expect(whyIgnored({ ...event, body: '<!-- ai-openness-check:reply -->\n/ai-openness help' })).toMatch(
      /own/,
    );
  });
});

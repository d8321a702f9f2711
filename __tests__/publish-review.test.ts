import { describe, expect, it } from '@jest/globals';
import { addedLines, addedLinesOfPatch, type AddedLines } from '../src/publish/diff-lines.js';
import { buildInlineComments, inlineKey, keyOf } from '../src/publish/review-comments.js';
import { claim, component, finding, makeReport, mislabel } from './helpers/report-factory.js';

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

describe('addedLinesOfPatch', () => {
  it('follows several hunks with context, deletions and additions', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' line one',
      '-old two',
      '+new two',
      '+inserted',
      ' line three',
      ' line four',
      '@@ -10,4 +11,4 @@ def generate(prompt):',
      ' ctx eleven',
      '+added twelve',
      ' ctx thirteen',
      '-removed',
      ' ctx fourteen',
      '+added fifteen',
    ].join('\n');
    expect(sorted(addedLinesOfPatch(patch))).toEqual([2, 3, 12, 15]);
  });

  it('skips "\\ No newline at end of file" markers', () => {
    const patch = [
      '@@ -3,2 +3,3 @@',
      ' keep',
      '-last old',
      '\\ No newline at end of file',
      '+last new',
      '+one more',
      '\\ No newline at end of file',
    ].join('\n');
    expect(sorted(addedLinesOfPatch(patch))).toEqual([4, 5]);
  });

  it('numbers a new file from 1', () => {
    expect(sorted(addedLinesOfPatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c'))).toEqual([1, 2, 3]);
  });

  it('reads hunk headers without counts', () => {
    expect(sorted(addedLinesOfPatch('@@ -7 +7 @@\n-x\n+y'))).toEqual([7]);
  });

  it('finds nothing in a pure deletion', () => {
    expect(addedLinesOfPatch('@@ -5,3 +4,0 @@\n-a\n-b\n-c').size).toBe(0);
    expect(addedLinesOfPatch('@@ -1,2 +0,0 @@\n-a\n-b').size).toBe(0);
  });

  it('ignores anything before the first hunk', () => {
    expect(sorted(addedLinesOfPatch('--- a/x.py\n+++ b/x.py\n+stray\n@@ -1 +1 @@\n-a\n+b'))).toEqual([1]);
  });

  it('treats added lines that look like headers as added lines', () => {
    const patch = '@@ -1,2 +1,4 @@\n ctx\n+++counter\n+@@ -1 +100 @@\n+--flag\n ctx';
    expect(sorted(addedLinesOfPatch(patch))).toEqual([2, 3, 4]);
  });

  it('counts an empty row as a context line', () => {
    expect(sorted(addedLinesOfPatch('@@ -1,3 +1,4 @@\n a\n\n+b\n c'))).toEqual([3]);
  });

  it('handles CRLF line endings in the content', () => {
    expect(sorted(addedLinesOfPatch('@@ -1,2 +1,3 @@\r\n a\r\n+b\r\n c\r\n'))).toEqual([2]);
  });
});

describe('addedLines', () => {
  it('maps each file with a patch to its added lines, skipping files without one', () => {
    const map = addedLines([
      { filename: 'README.md', patch: '@@ -1 +1,2 @@\n a\n+b' },
      { filename: 'model.safetensors' },
      { filename: 'empty.txt', patch: '' },
    ]);
    expect([...map.keys()]).toEqual(['README.md']);
    expect(sorted(map.get('README.md') ?? new Set())).toEqual([2]);
  });
});

describe('buildInlineComments', () => {
  const added: AddedLines = new Map([
    ['README.md', new Set([3, 5, 7])],
    ['LICENSE', new Set([1])],
    ['app.py', new Set([10, 11, 12])],
    ['data.py', new Set([2])],
  ]);

  const report = makeReport({
    claims: [claim('README.md', 3, 'FooLM is a fully open-source LLM.')],
    findings: [
      mislabel('README.md', 3),
      finding({
        rule: 'licence-conflict',
        severity: 'warning',
        file: 'LICENSE',
        line: 1,
        message: 'LICENSE is MIT.',
      }),
      mislabel('README.md', 5, { severity: 'notice' }),
      finding({ rule: 'missing-card', severity: 'error', file: 'README.md', line: 7, message: 'no card' }),
      mislabel('README.md', 9), // not on an added line
      mislabel('README.md', 0), // a whole-file finding has no line to sit on
      mislabel('CHANGELOG.md', 3), // file not in the pull request
    ],
    components: [
      component('model', 'meta-llama/Llama-3.1-8B', {
        status: 'restricted',
        at: [{ file: 'app.py', line: 10 }],
      }),
      component('dataset', 'corp/secret-data', { status: 'closed', at: [{ file: 'data.py', line: 2 }] }),
      component('api', 'openai', { status: 'closed', at: [{ file: 'client.py', line: 4 }] }),
      component('model', 'gpt2', { status: 'open', at: [{ file: 'app.py', line: 11 }] }),
      component('dependency', 'openai', { status: 'closed', at: [{ file: 'app.py', line: 12 }] }),
      component('licence', 'LicenseRef-llama3.1', {
        status: 'restricted',
        at: [{ file: 'app.py', line: 12 }],
      }),
    ],
  });

  it('comments on added lines only, for mislabel and licence-conflict errors and warnings', () => {
    const comments = buildInlineComments(report, [], added);
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual(['README.md:3', 'LICENSE:1']);
    expect(comments.every((c) => c.side === 'RIGHT')).toBe(true);
    expect(comments[0]?.body).toContain(
      '**ai-openness-check** (mislabelled-open-source): README\\.md:3 says',
    );
    expect(comments[1]?.body).toContain('(licence-conflict): LICENSE is MIT\\.');
  });

  it("adds a 'lowers-layer' comment for restricted or closed models, datasets and APIs when a layer changed", () => {
    const comments = buildInlineComments(report, ['weights', 'data'], added);
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual([
      'README.md:3',
      'LICENSE:1',
      'app.py:10',
      'data.py:2',
    ]);
    const llama = comments[2];
    expect(llama?.key).toBe(inlineKey('lowers-layer', 'app.py', 'model:meta-llama/Llama-3.1-8B'));
    expect(llama?.body).toContain('brings in meta\\-llama/Llama\\-3\\.1\\-8B (restricted)');
    expect(llama?.body).toContain('lowers the weights, data layer(s)');
  });

  it('ends every body with its key', () => {
    for (const c of buildInlineComments(report, ['weights'], added)) {
      expect(c.body.endsWith(`\n\n${c.key}`)).toBe(true);
      expect(keyOf(c.body)).toBe(c.key);
    }
  });

  it('makes no comment when nothing in the report sits on an added line', () => {
    expect(buildInlineComments(report, ['weights'], new Map())).toEqual([]);
    expect(buildInlineComments(report, ['weights'], new Map([['README.md', new Set([1, 2])]]))).toEqual([]);
  });

  it('gives the same keys on every run, wherever the claim moved', () => {
    const first = buildInlineComments(report, ['weights'], added).map((c) => c.key);
    const again = buildInlineComments(structuredClone(report), ['weights'], added).map((c) => c.key);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);

    // The same claim three lines further down after an edit above it.
    const moved = makeReport({
      claims: [claim('README.md', 6, 'FooLM is a fully open-source LLM.')],
      findings: [mislabel('README.md', 6)],
    });
    const [comment] = buildInlineComments(moved, [], new Map([['README.md', new Set([6])]]));
    expect(comment?.key).toBe(first[0]);
  });

  it('keys differ by rule, path and subject', () => {
    const keys = [
      inlineKey('mislabelled-open-source', 'README.md', 'open source'),
      inlineKey('licence-conflict', 'README.md', 'open source'),
      inlineKey('mislabelled-open-source', 'docs/README.md', 'open source'),
      inlineKey('mislabelled-open-source', 'README.md', 'open-source'),
    ];
    expect(new Set(keys).size).toBe(4);
    expect(inlineKey('r', 'p', 's')).toBe(inlineKey('r', 'p', 's'));
    expect(inlineKey('r', 'p', 's')).toMatch(/^<!-- ai-openness-check:inline:r:[0-9a-z]+ -->$/);
  });

  it('keyOf recovers the key from a posted body and ignores other comments', () => {
    const key = inlineKey('mislabelled-open-source', 'README.md', 'claim');
    expect(keyOf(`Some text\n\n${key}`)).toBe(key);
    expect(keyOf(`${key}\ntrailing words --> and more`)).toBe(key);
    expect(keyOf('LGTM, thanks!')).toBeNull();
    expect(keyOf('<!-- ai-openness-check:inline:broken')).toBeNull();
  });

  it('does not repeat a comment for the same problem on the same line', () => {
    const llama = component('model', 'meta-llama/Llama-3.1-8B', {
      status: 'restricted',
      at: [
        { file: 'app.py', line: 10 },
        { file: 'app.py', line: 10 },
      ],
    });
    const dup = makeReport({
      claims: [claim('README.md', 3, 'Fully open source AI.')],
      findings: [mislabel('README.md', 3), mislabel('README.md', 3)],
      components: [llama, llama],
    });
    const comments = buildInlineComments(dup, ['weights'], added);
    expect(comments.map((c) => `${c.path}:${c.line}`)).toEqual(['README.md:3', 'app.py:10']);
    expect(new Set(comments.map((c) => c.key)).size).toBe(comments.length);
  });

  it('escapes repository text in the body', () => {
    const evil = makeReport({
      findings: [
        mislabel('README.md', 3, {
          message: '@someone <img src=x> [x](javascript:alert(1)) <!-- marker -->',
        }),
      ],
      components: [
        component('model', '@someone/<img src=x>', { status: 'closed', at: [{ file: 'app.py', line: 10 }] }),
      ],
    });
    const bodies = buildInlineComments(evil, ['weights'], added).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(body).not.toMatch(/<img/);
      expect(body).not.toMatch(/@(?!\u200b)/);
      expect(body).not.toContain('](javascript:');
      // Our own key is the only HTML comment.
      expect(body.match(/<!--/g)).toHaveLength(1);
    }
  });
});

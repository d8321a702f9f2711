// Threat model, output side: strings from a hostile pull request reach the PR comment and
// the job summary. They must stay inert text there: no HTML, no images or javascript:
// links, no @mentions or issue references that notify people, no second copy of our
// comment marker, no broken tables, and a bounded length.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyse } from './helpers/report-schema.js';
import { buildCommentBody, COMMENT_MARKER, MAX_COMMENT_CHARS } from '../src/publish/comment-body.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Report } from '../src/types/report.js';
import { outsideCodeSpans, tableCells } from './helpers/hostile-text.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { cyclonedxErrors } from './helpers/format-validators.js';

const ZWSP = '\u200b';
const MIB = 1024 * 1024;
const LINK_BASE = 'https://github.com/owner/repo/blob/0123456789abcdef0123456789abcdef01234567';
const HOSTILE =
  '@someone <img src=x onerror=alert(1)> <!-- ai-openness-check:pr-comment --> [click](javascript:alert(1)) fixes #123 and owner/repo#1 | pipe `tick`';
const HUGE_NAME = `huge-org/${'q'.repeat(MIB)}`;
const BIG_NAME = `big-org/${'w'.repeat(200 * 1024)}`;

// File names with characters Markdown cares about (Linux allows all but "/" and NUL).
const HOSTILE_FILES = ['a<img src=x>.py', 'b@someone.py', 'c`tick``s.py', 'd|pipe|e.py', 'f#123 (x).py'];

let root: string;
let report: Report;
let outputs: Record<string, string>;

beforeAll(() => {
  const modelCall = (i: number): string =>
    `from transformers import AutoModel\nAutoModel.from_pretrained("example-org/model-${i}")\n`;
  const files: Record<string, string> = {
    'README.md': [
      '---',
      'license: apache-2.0',
      'base_model: meta-llama/Llama-3.1-8B',
      `license_name: "${HOSTILE}"`,
      '---',
      '',
      '# FooLM',
      '',
      `FooLM is a fully open-source LLM ${HOSTILE}.`,
      '',
    ].join('\n'),
    'model_card.md': [
      '---',
      'license: other',
      'base_model:',
      `  - "${HOSTILE}"`,
      'datasets:',
      `  - "${HOSTILE}"`,
      // Enough rows to push the comment over GitHub's limit and through the cutting path.
      ...Array.from({ length: 400 }, (_, i) => `  - "ds-${i} ${HOSTILE}"`),
      '---',
      '',
      `We release open weights ${HOSTILE}.`,
      '',
    ].join('\n'),
    // Many claims, many findings: the comment goes over GitHub's limit and is cut.
    'docs/claims.md': Array.from(
      { length: 150 },
      (_, i) => `We release open weights, part ${i}: ${HOSTILE}.\n`,
    ).join('\n'),
    'big/model_card.md': `---\nlicense: other\nbase_model: ${BIG_NAME}\n---\n`,
    // Over the YAML size limit: the card is skipped with a warning, the name never shown.
    'huge/README.md': `---\nbase_model: ${HUGE_NAME}\n---\n\nWe release open weights.\n`,
    'huge.py': `from transformers import AutoModel\nAutoModel.from_pretrained("${HUGE_NAME}")\n`,
  };
  HOSTILE_FILES.forEach((name, i) => (files[name] = modelCall(i)));
  root = makeTempRepo(files);
  report = analyse(root);
  outputs = {
    comment: buildCommentBody(report, null),
    'comment with links': buildCommentBody(report, null, { linkBase: LINK_BASE }),
    markdown: renderMarkdown(report),
    'markdown with links': renderMarkdown(report, { linkBase: LINK_BASE }),
  };
});

afterAll(() => removeTempRepo(root));

describe('the hostile repository is really read', () => {
  it('its strings reach the report (so the checks below test something)', () => {
    const json = JSON.stringify(report);
    expect(json).toContain('<img src=x onerror=alert(1)>');
    expect(json).toContain('@someone');
    expect(report.claims.some((c) => c.text.includes('@someone'))).toBe(true);
    expect(report.findings.some((f) => f.rule === 'mislabelled-open-source')).toBe(true);
    for (const name of HOSTILE_FILES) {
      expect({
        name,
        found: report.components.some((c) => c.locations.some((l) => l.file === name)),
      }).toEqual({
        name,
        found: true,
      });
    }
    expect(report.components.some((c) => c.name === BIG_NAME)).toBe(true);
    expect(report.warnings.some((w) => w.file === 'huge/README.md' && w.code === 'malformed')).toBe(true);
    // The comment went through the cutting path.
    expect(renderMarkdown(report).length).toBeGreaterThan(MAX_COMMENT_CHARS);
  });
});

describe.each(['comment', 'comment with links', 'markdown', 'markdown with links'])('%s', (which) => {
  const text = (): string => outputs[which] ?? '';
  const prose = (): string => outsideCodeSpans(text());

  it('fits in a GitHub comment', () => {
    if (which.startsWith('comment')) {
      expect(text().length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(text().startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    }
  });

  it('has no raw HTML outside code spans', () => {
    expect(prose()).not.toMatch(/<img/i);
    expect(prose()).not.toMatch(/<script/i);
    expect(prose()).not.toMatch(/<[a-z][^>]*onerror=/i);
  });

  it('has no HTML comment but our single leading marker', () => {
    const comments = prose().split('<!--').length - 1;
    expect(comments).toBe(which.startsWith('comment') ? 1 : 0);
    if (which.startsWith('comment')) expect(prose().indexOf('<!--')).toBe(0);
  });

  it('has no javascript: link and no image', () => {
    expect(prose()).not.toMatch(/\]\(\s*javascript:/i);
    expect(prose()).not.toMatch(/!\[[^\]]*\]\(/);
  });

  it('has no @mention without the zero-width space', () => {
    expect(prose()).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
    expect(prose()).toContain(`@${ZWSP}someone`);
  });

  it('has no issue reference GitHub would link', () => {
    // "#123" and "owner/repo#1" become "\#\u200b123" and "owner/repo\#\u200b1".
    expect(prose()).not.toMatch(/(?<![\\&])#\d/);
    expect(prose()).not.toMatch(/\\#\d/);
    expect(prose()).toContain(`\\#${ZWSP}123`);
  });

  it('keeps every table row at its header cell count', () => {
    const lines = text().split('\n');
    let expected = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.startsWith('|')) {
        expected = -1;
        continue;
      }
      if (expected === -1) {
        expect(lines[i + 1] ?? '').toMatch(/^\|(?:---\|)+$/);
        expected = tableCells(line).length;
        continue;
      }
      expect({ line: line.slice(0, 200), cells: tableCells(line).length }).toEqual({
        line: line.slice(0, 200),
        cells: expected,
      });
    }
  });

  it('cuts the huge model names', () => {
    expect(text()).not.toContain('q'.repeat(300));
    expect(text()).not.toContain('w'.repeat(300));
    // The 200 KiB name is shown, cut, in the full Markdown (in the graded line or the evidence table).
    if (which.startsWith('markdown')) expect(text()).toMatch(/big(?:\\-|-)org\/w{50,}…/);
  });
});

// File links: the target percent-encodes every character Markdown gives a meaning to, so a
// file named "f#123 (x).py" cannot end the link early or start an image after it.
it('file links percent-encode parentheses in the target', () => {
  const text = outputs['markdown with links'] ?? '';
  const hrefs = [...text.matchAll(/\]\((https:\/\/github\.com\/[^\s]*?)\)(?=[\s|,]|$)/gm)].map(
    (m) => m[1] ?? '',
  );
  const hostile = hrefs.filter((h) => h.includes('123'));
  expect(hostile.length).toBeGreaterThan(0);
  for (const href of hostile) expect(href).not.toMatch(/[()\s]/);
});

describe('machine-readable outputs and bot replies from the hostile repository', () => {
  it('SARIF and CycloneDX stay valid and bounded, with the hostile strings only as data', async () => {
    const { renderSarif } = await import('../src/render/sarif.js');
    const { renderCycloneDx } = await import('../src/render/cyclonedx.js');
    const sarif = renderSarif(report);
    expect(JSON.parse(sarif)).toBeValidSarifLog();
    expect(sarif.length).toBeLessThan(10 * MIB);
    const bom = renderCycloneDx(report);
    expect(await cyclonedxErrors(bom)).toBeNull();
    expect(JSON.parse(bom).components.some((c: { name: string }) => c.name.includes('<img'))).toBe(true);
  });

  it('an explain reply is inert text too', async () => {
    const { explainReply } = await import('../src/bot/explain.js');
    for (const query of ['weights', 'data', 'example-org', HOSTILE]) {
      const prose = outsideCodeSpans(explainReply(report, query, LINK_BASE).body);
      expect(prose).not.toMatch(/<img|<!--|\]\(\s*javascript:/i);
      expect(prose).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
    }
  });
});

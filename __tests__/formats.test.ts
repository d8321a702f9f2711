// SARIF 2.1.0 and CycloneDX 1.6 output for every example and scenario fixture, validated
// against the schemas the packages ship: @microsoft/jest-sarif's SARIF schema, and the
// CycloneDX library's own strict 1.6 validator.

import { beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { renderSarif, renderSarifLog, fingerprintOf, FINGERPRINT_KEY } from '../src/render/sarif.js';
import { renderCycloneDx } from '../src/render/cyclonedx.js';
import { RULES, ruleHelpUri } from '../src/judge/rules.js';
import { withPrefix } from '../src/report/with-prefix.js';
import type { Report } from '../src/types/report.js';
import { fixtureReports } from './helpers/fixture-reports.js';
import { makeReport } from './helpers/report-factory.js';
import { REPORT_SCHEMA, assertReportSchema } from './helpers/report-schema.js';
import { cyclonedxErrors } from './helpers/format-validators.js';

let reports: [string, Report][] = [];
beforeAll(() => {
  reports = fixtureReports();
});

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 for every example and scenario', () => {
    expect(reports.length).toBeGreaterThan(30);
    for (const [name, report] of reports) {
      const log = JSON.parse(renderSarif(report));
      expect([name, log]).toEqual([name, expect.anything()]);
      expect(log).toBeValidSarifLog();
    }
    // The validator bites: a result with no message is not SARIF.
    const broken = renderSarifLog(
      makeReport({ findings: [{ rule: 'obligation', severity: 'notice', message: 'x' }] }),
    );
    delete (broken.runs[0]?.results?.[0] as { message?: unknown }).message;
    expect(broken).not.toBeValidSarifLog();
  });

  it('has one rule per finding rule, each with help and a link to its section of docs/rules.md', () => {
    const log = renderSarifLog(makeReport());
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      expect(r.help?.markdown).toContain(ruleHelpUri(r.id));
      expect(r.shortDescription?.text.length).toBeLessThanOrEqual(1024);
    }
    const docs = fs.readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    for (const r of RULES)
      expect(docs).toContain(
        `## ${r.id}\n\n**${r.title}.** Usual severity: ${r.severity}.\n\n${r.description}\n\n**What to do:** ${r.fix}\n`,
      );
  });

  it('places every finding, even one with no file, and keeps its fingerprint when lines move', () => {
    const report = makeReport({
      layers: { weights: { status: 'restricted', evidence: [{ file: 'app/model.py', line: 7 }] } },
      findings: [
        {
          rule: 'mislabelled-open-source',
          severity: 'error',
          file: 'README.md',
          line: 3,
          layer: 'weights',
          message: 'README.md:3 says "open", but no.',
        },
        { rule: 'obligation', severity: 'notice', layer: 'weights', message: 'Llama: a cap.' },
      ],
    });
    const results = renderSarifLog(withPrefix(report, 'sub dir/')).runs[0]?.results ?? [];
    expect(
      results.map((r) => [
        r.level,
        r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
        r.locations?.[0]?.physicalLocation?.region?.startLine,
      ]),
    ).toEqual([
      ['error', 'sub%20dir/README.md', 3],
      ['note', 'sub%20dir/app/model.py', 7],
    ]);
    const moved = { ...report.findings[0]!, line: 9, message: 'README.md:9 says "open", but no.' };
    expect(fingerprintOf(moved, 'README.md')).toBe(fingerprintOf(report.findings[0]!, 'README.md'));
    expect(results[0]?.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('CycloneDX', () => {
  it('is valid CycloneDX 1.6 under the strict validator for every example and scenario', async () => {
    for (const [name, report] of reports) {
      const error = await cyclonedxErrors(renderCycloneDx(report));
      expect([name, error]).toEqual([name, null]);
    }
    // The validator bites: an AI licence written as an SPDX id is refused.
    const bom = JSON.parse(renderCycloneDx(reports[0]![1]));
    bom.metadata.component.licenses = [{ license: { id: 'llama3.1' } }];
    expect(await cyclonedxErrors(JSON.stringify(bom))).not.toBeNull();
  });

  it('lists models with licence and role, datasets as data, APIs as services, and the layers as properties', () => {
    const find = (n: string): Report => (reports.find(([name]) => name === n) as [string, Report])[1];
    const bom = JSON.parse(renderCycloneDx(find('writing-assistant')));
    const props = (x: { properties?: { name: string; value: string }[] }): Record<string, string> =>
      Object.fromEntries((x.properties ?? []).map((p) => [p.name, p.value]));
    const root = bom.metadata.component;
    expect(props(root)).toMatchObject({
      'ai-openness:verdict': 'open-weights',
      'ai-openness:layer:data': 'closed',
      'ai-openness:mislabelled': 'true',
    });
    const mistral = bom.components.find(
      (c: { name: string }) => c.name === 'mistralai/Mistral-7B-Instruct-v0.3',
    );
    expect(mistral).toMatchObject({
      type: 'machine-learning-model',
      purl: 'pkg:huggingface/mistralai/Mistral-7B-Instruct-v0.3',
      licenses: [{ license: { id: 'Apache-2.0' } }],
    });
    expect(props(mistral)).toMatchObject({ 'ai-openness:role': 'runtime', 'ai-openness:graded': 'true' });
    expect(bom.services.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['openai', 'anthropic']),
    );
    expect(
      bom.dependencies.find((d: { ref: string }) => d.ref === 'project').dependsOn.length,
    ).toBeGreaterThan(3);
  });

  it('gives a model card its modelCard (task, datasets by reference) and its base models as pedigree ancestors', async () => {
    const report = makeReport({
      verdict: 'restricted',
      subject: { kind: 'fine-tune', name: 'Acme Tuned', reasons: [] },
      components: [
        {
          type: 'model-card',
          name: 'README.md',
          licence: 'llama3.1',
          status: 'restricted',
          role: 'own',
          graded: true,
          locations: [{ file: 'README.md', line: 1 }],
          card: {
            task: 'text-generation',
            datasets: ['acme/chats'],
            baseModels: ['meta-llama/Llama-3.1-8B'],
            baseModelRelation: 'finetune',
            gated: false,
            sections: ['Bias, Risks, and Limitations'],
          },
        },
        {
          type: 'dataset',
          name: 'acme/chats',
          licence: 'CC-BY-4.0',
          status: 'open',
          role: 'own',
          graded: true,
          locations: [{ file: 'README.md', line: 5 }],
        },
        {
          type: 'model',
          name: 'meta-llama/Llama-3.1-8B',
          licence: 'LicenseRef-llama3.1',
          status: 'restricted',
          role: 'base',
          graded: true,
          locations: [{ file: 'README.md', line: 4 }],
        },
      ],
    });
    const text = renderCycloneDx(report);
    expect(await cyclonedxErrors(text)).toBeNull();
    const bom = JSON.parse(text);
    expect(bom.metadata.component).toMatchObject({ type: 'machine-learning-model', name: 'Acme Tuned' });
    const card = bom.components.find((c: { properties?: { name: string; value: string }[] }) =>
      c.properties?.some((p) => p.name === 'ai-openness:card'),
    );
    const data = bom.components.find((c: { name: string }) => c.name === 'acme/chats');
    expect(data).toMatchObject({
      type: 'data',
      data: [{ type: 'dataset', name: 'acme/chats' }],
      licenses: [{ license: { id: 'CC-BY-4.0' } }],
    });
    expect(card.modelCard.modelParameters).toEqual({
      task: 'text-generation',
      datasets: [{ ref: data['bom-ref'] }],
    });
    expect(card.modelCard.considerations.technicalLimitations[0]).toMatch(/Bias, Risks, and Limitations/);
    expect(card.pedigree.ancestors[0]).toMatchObject({
      type: 'machine-learning-model',
      name: 'meta-llama/Llama-3.1-8B',
      purl: 'pkg:huggingface/meta-llama/Llama-3.1-8B',
    });
    expect(card.pedigree.ancestors[0].licenses[0].license.name).toMatch(/Llama 3\.1/);
    expect(card.pedigree.notes).toBe('base_model_relation: finetune');
    // An AI licence SPDX lacks is a named licence, never an invalid SPDX id.
    expect(card.licenses[0].license).toMatchObject({ name: expect.stringMatching(/Llama 3\.1/) });
    expect(card.licenses[0].license.id).toBeUndefined();
  });
});

describe('docs/report.schema.json', () => {
  it('names exactly the finding rules there are', () => {
    const finding = (
      REPORT_SCHEMA.definitions as Record<string, { properties: { rule: { enum: string[] } } }>
    ).finding;
    expect(finding?.properties.rule.enum).toEqual(RULES.map((r) => r.id));
  });

  it('rejects a report that breaks it', () => {
    const good = JSON.parse(JSON.stringify(reports[0]?.[1]));
    expect(() => assertReportSchema(good)).not.toThrow();
    expect(() => assertReportSchema({ ...good, verdict: 'mostly-open' })).toThrow(/verdict/);
    expect(() =>
      assertReportSchema({ ...good, layers: { ...good.layers, code: { status: 'open' } } }),
    ).toThrow(/licences/);
  });
});

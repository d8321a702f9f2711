// Small builders for Report objects so publishing tests state only what they care about.

import type { ClaimKind, Location, ScanWarning } from '../../src/types/evidence.js';
import type {
  Claim,
  Component,
  ComponentType,
  Finding,
  LayerName,
  LayerReport,
  LayerStatus,
  Report,
  Verdict,
} from '../../src/types/report.js';
import { SCHEMA_VERSION } from '../../src/types/report.js';
import type { ReportChanges } from '../../src/report/compare.js';

export interface ReportOverrides {
  verdict?: Verdict;
  /** Per layer: a status, or a partial layer report merged over the default. */
  layers?: Partial<Record<LayerName, LayerStatus | Partial<LayerReport>>>;
  findings?: Finding[];
  claims?: Claim[];
  components?: Component[];
  warnings?: ScanWarning[];
  osaid?: Report['osaid'];
  mof?: Report['mof'];
  subject?: Report['subject'];
}

export function layer(status: LayerStatus, extra: Partial<LayerReport> = {}): LayerReport {
  return { status, licences: [], reasons: [], evidence: [], ...extra };
}

export function makeReport(o: ReportOverrides = {}): Report {
  const layerOf = (name: LayerName): LayerReport => {
    const given = o.layers?.[name];
    if (given === undefined) return layer('open', { licences: ['MIT'], reasons: [`${name} is MIT`] });
    return typeof given === 'string' ? layer(given) : layer(given.status ?? 'open', given);
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ai-openness-check', version: '0.0.0-test' },
    verdict: o.verdict ?? 'open-source-ai',
    subject: o.subject ?? { kind: 'application', name: 'test-app', reasons: [] },
    layers: {
      code: layerOf('code'),
      architecture: layerOf('architecture'),
      data: layerOf('data'),
      weights: layerOf('weights'),
    },
    osaid: o.osaid ?? { result: 'pass', reasons: [] },
    mof: o.mof ?? { class: 'I', missing: [] },
    components: o.components ?? [],
    claims: o.claims ?? [],
    findings: o.findings ?? [],
    warnings: o.warnings ?? [],
    stats: { filesSeen: 1, filesRead: 1, bytesRead: 1, durationMs: 1, threads: 1 },
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return { rule: 'some-rule', severity: 'warning', message: 'something to look at', ...overrides };
}

/** An error-level "open source AI" claim the licences do not support, at file:line. */
export function mislabel(file: string, line: number, overrides: Partial<Finding> = {}): Finding {
  return finding({
    rule: 'mislabelled-open-source',
    severity: 'error',
    message: `${file}:${line} says it is open source AI, but the weights are restricted.`,
    layer: 'weights',
    file,
    line,
    ...overrides,
  });
}

export function claim(file: string, line: number, text: string, kind: ClaimKind = 'open-source-ai'): Claim {
  return { file, line, text, kind, supported: false };
}

export function component(
  type: ComponentType,
  name: string,
  overrides: Partial<Component> & { at?: Location[] } = {},
): Component {
  const { at, ...rest } = overrides;
  return {
    type,
    name,
    licence: null,
    status: 'open',
    locations: at ?? [{ file: 'app.py', line: 1 }],
    ...rest,
  };
}

/** A base/head comparison in which nothing changed, with `part` changed. */
export function changesOf(part: Partial<ReportChanges> = {}): ReportChanges {
  return {
    findings: [],
    fixed: [],
    layers: [],
    verdict: null,
    addedComponents: [],
    removedComponents: [],
    ...part,
  };
}

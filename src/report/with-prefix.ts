import { LAYER_NAMES, type LayerName, type LayerReport, type Report } from '../types/report.js';

/** Report paths are relative to the scanned folder; GitHub's are relative to the repository. */
export function withPrefix(report: Report, prefix: string): Report {
  if (!prefix) return report;
  const fix = <T extends { file?: string }>(x: T): T => (x.file ? { ...x, file: `${prefix}${x.file}` } : x);
  return {
    ...report,
    findings: report.findings.map(fix),
    claims: report.claims.map(fix),
    components: report.components.map((c) => ({ ...c, locations: c.locations.map(fix) })),
    warnings: report.warnings.map(fix),
    layers: Object.fromEntries(
      LAYER_NAMES.map((n) => [n, { ...report.layers[n], evidence: report.layers[n].evidence.map(fix) }]),
    ) as Record<LayerName, LayerReport>,
  };
}

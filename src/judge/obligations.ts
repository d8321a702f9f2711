import type { Finding, LayerName, LayerReport } from '../types/report.js';
import type { LicenceFacts } from '../knowledge/licences/catalogue.js';

const NC = /-NC(?:-|$)/;
const ND = /-ND(?:-|$)/;

/** What a restricted licence asks of the people who use the project, in one sentence each. */
export function termsOf(facts: LicenceFacts): string[] {
  const terms: string[] = [];
  const ai = facts.ai;
  if (ai) {
    if (ai.commercialUse === 'prohibited') terms.push('no commercial use (research or non-production only)');
    if (ai.userCap) terms.push(`user cap: ${ai.userCap}`);
    if (ai.revenueCap) terms.push(`revenue cap: ${ai.revenueCap}`);
    if (ai.acceptableUsePolicy.required) {
      terms.push(
        `an acceptable-use policy applies and must be passed on to your users${ai.acceptableUsePolicy.url ? ` (${ai.acceptableUsePolicy.url})` : ''}`,
      );
    }
    if (ai.attribution?.display) terms.push(`attribution: ${ai.attribution.display}`);
    if (ai.attribution?.derivedModelNaming) terms.push(`naming: ${ai.attribution.derivedModelNaming}`);
    for (const r of ai.outputRestrictions ?? []) terms.push(`outputs: ${r}`);
    for (const r of ai.useRestrictions ?? []) terms.push(r);
    if (ai.geographicRestrictions) terms.push(`regions: ${ai.geographicRestrictions}`);
    if (ai.termsCanChange === true) terms.push('the licensor can change the terms after you adopt them');
    else if (ai.termsCanChange === 'implicit') terms.push('the use policy is kept at a URL and may change');
    return terms;
  }
  if (NC.test(facts.id)) terms.push('non-commercial use only');
  if (ND.test(facts.id)) terms.push('no derivatives may be shared');
  return terms;
}

/** One notice per restricted licence in force on any layer, spelling out its terms. */
export function obligationsFor(
  layers: Record<LayerName, LayerReport>,
  lookup: (id: string) => LicenceFacts,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const layer of Object.keys(layers) as LayerName[]) {
    for (const id of layers[layer].licences) {
      if (seen.has(id)) continue;
      seen.add(id);
      const facts = lookup(id);
      if (facts.category !== 'restricted') continue;
      const terms = termsOf(facts);
      if (terms.length === 0) continue;
      findings.push({
        rule: 'obligation',
        severity: 'notice',
        layer,
        message: `${facts.name}: ${terms.join('; ')}.`,
      });
    }
  }
  return findings;
}

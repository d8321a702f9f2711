import type { Component, LayerStatus } from '../types/report.js';
import type { Classification } from '../classify/classify.js';
import { licenceStatus, lookupExpression } from '../knowledge/licences/catalogue.js';
import { findModel } from '../knowledge/lookup-model.js';
import { canonicalModelName } from '../classify/model-facts.js';
import { modelContributions } from '../classify/layers/model-layers.js';

/**
 * A model the grading left out (a weak mention beside stronger evidence): the status the
 * knowledge base gives its weights, rather than "unknown" for a model we know.
 */
function knownWeightsStatus(comp: Component): LayerStatus | undefined {
  if (comp.detail?.startsWith('architecture from')) return undefined;
  const via = comp.detail?.split(' ')[0];
  const entry = findModel({ name: canonicalModelName(comp.name), via });
  if (!entry) return undefined;
  return modelContributions({ name: comp.name, entry, strength: 'weak', baseOf: [], locations: [] }).weights
    .status;
}

/**
 * Gives each component the status the classification found for it: a model its weights
 * status, a dataset its data status, a licence its own category.
 */
export function componentStatuses(components: Component[], c: Classification): Component[] {
  const bySubject = new Map<string, LayerStatus>();
  const note = (layer: 'data' | 'weights' | 'architecture'): void => {
    for (const k of c.contributions[layer]) {
      if (!bySubject.has(k.subject.toLowerCase())) bySubject.set(k.subject.toLowerCase(), k.status);
    }
  };
  note('weights');
  note('data');
  note('architecture'); // modelling code in the repository
  // A known model's contributions name it with its family ("gpt-4o (GPT-4 / ...)"), except
  // when it is reached only through a closed API: then the plain name.
  const modelStatus = new Map(
    c.models.map((m) => [
      m.name.toLowerCase(),
      bySubject.get((m.entry ? `${m.name} (${m.entry.name})` : m.name).toLowerCase()) ??
        bySubject.get(m.name.toLowerCase()),
    ]),
  );
  const weightsLicence = new Map(
    c.models.flatMap((m) =>
      m.entry?.weightsLicence ? [[m.name.toLowerCase(), m.entry.weightsLicence] as const] : [],
    ),
  );
  return components.map((comp) => {
    let status: LayerStatus | undefined;
    switch (comp.type) {
      case 'licence':
      case 'dependency':
        status = comp.licence
          ? licenceStatus(
              lookupExpression(comp.licence).category,
              comp.type === 'licence' ? 'weights' : 'code',
            )
          : 'unknown';
        break;
      case 'model': {
        const key = comp.name.toLowerCase();
        status = modelStatus.get(key) ?? bySubject.get(key) ?? knownWeightsStatus(comp);
        // The weights licence the knowledge base records for the model, when it has one.
        const known = weightsLicence.get(comp.name.toLowerCase());
        if (known && !comp.licence) return { ...comp, licence: known, status: status ?? 'unknown' };
        break;
      }
      case 'api':
        // A hosted API is closed when the classification counted it; an SDK dependency
        // explained by local use alone is not shown as closed.
        status =
          comp.name.endsWith('(local server)') || comp.name.endsWith('(open-weight model)')
            ? 'open'
            : c.closedApis.includes(comp.name)
              ? 'closed'
              : 'unknown';
        break;
      case 'dataset':
      case 'dataset-card':
      case 'model-card':
      case 'weights-file':
        status = bySubject.get(comp.name.toLowerCase());
        if (!status && comp.licence)
          status = licenceStatus(
            lookupExpression(comp.licence).category,
            comp.type === 'dataset-card' ? 'data' : 'weights',
          );
        break;
    }
    return { ...comp, status: status ?? 'unknown' };
  });
}

import type { Component, LayerStatus } from '../types/report.js';
import type { Classification } from '../classify/classify.js';
import { licenceStatus, lookupExpression } from '../knowledge/licences/catalogue.js';
import { modelContributions } from '../classify/layers/model-layers.js';

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
  // A model the grading left out (a test's, an example's, a mention) shows what the knowledge
  // base says of its weights, rather than "unknown" for a model we know.
  const graded = new Set(c.models);
  for (const m of c.allModels) {
    if (graded.has(m) || !m.entry) continue;
    modelStatus.set(m.name.toLowerCase(), modelContributions(m).weights.status);
  }
  const weightsLicence = new Map(
    c.allModels.flatMap((m) =>
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
        status = modelStatus.get(key) ?? bySubject.get(key);
        // The weights licence the knowledge base records for the model, when it has one.
        const known = weightsLicence.get(comp.name.toLowerCase());
        if (known && !comp.licence) return { ...comp, licence: known, status: status ?? 'unknown' };
        break;
      }
      case 'api':
        // A hosted API is closed when the classification counted it; an SDK dependency
        // explained by local use alone is not shown as closed.
        // A provider the grading left out (optional, evaluation, ...) is still a closed API.
        status =
          comp.name.endsWith('(local server)') || comp.name.endsWith('(open-weight model)')
            ? 'open'
            : c.closedApis.includes(comp.name) || (comp.graded === false && c.hostedProviders.has(comp.name))
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

import type {
  ArchitectureEvidence,
  CardEvidence,
  DatasetRefEvidence,
  LicenceEvidence,
  Location,
  WeightsEvidence,
} from '../../types/evidence.js';
import type { Contribution } from '../contribution.js';
import { describeLicence, licenceStatus, lookupExpression } from '../../knowledge/licences/catalogue.js';
import { findDataset } from '../../knowledge/lookup-dataset.js';
import type { DatasetEntry } from '../../knowledge/model-entry.js';
import {
  dirOf,
  layerOfLicenceFile,
  licencesInFolder,
  nearestLicenceEvidence,
  projectLicenceEvidence,
} from '../project-licences.js';
import { groupBy } from '../../util/group-by.js';

// What the repository's own artefacts say: its weights files, model configs and
// modelling code, its cards, and the datasets it names.

const at = (l: Location): string => (l.line > 0 ? `${l.file}:${l.line}` : l.file);

/** The licence that covers a file: the nearest card or licence file, else the project's licence. */
function governingLicence(
  file: string,
  licences: readonly LicenceEvidence[],
): { ids: string[]; text: string; from: string } | null {
  const near = nearestLicenceEvidence(file, licences).filter((e) => e.id);
  const chosen = near.length
    ? near
    : projectLicenceEvidence(licences).filter((e) => e.id && e.source !== 'spdx-header');
  const first = chosen[0];
  if (!first?.id) return null;
  return { ids: [first.id], text: first.id, from: at(first) };
}

function licenceContribution(
  layer: 'code' | 'data' | 'weights',
  subject: string,
  licenceId: string,
  why: string,
  evidence: Location[],
): Contribution {
  const facts = lookupExpression(licenceId);
  return {
    status: licenceStatus(facts.category, layer),
    licences: facts.ids,
    subject,
    reason: `${why} under ${describeLicence(facts)}`,
    evidence,
  };
}

/**
 * A MODEL_LICENSE or LICENSE-MODEL file states the terms of the model's weights, wherever
 * they are published (often on a hub, not in the repository).
 */
export function weightsLicenceFileContributions(licences: readonly LicenceEvidence[]): Contribution[] {
  return licences
    .filter((l) => l.source === 'licence-file' && layerOfLicenceFile(l.file) === 'weights')
    .map((l) => {
      const evidence = [{ file: l.file, line: l.line }];
      if (l.id)
        return licenceContribution('weights', l.file, l.id, `model weights, covered by ${l.file},`, evidence);
      // A model licence we cannot read still says the weights come with terms of their own.
      return {
        status: 'unknown',
        licences: [],
        subject: l.file,
        reason: `model weights under ${l.file}, a licence text that is not recognised`,
        evidence,
      };
    });
}

/** Weights files in the repository (not the LFS rules, which only say what would be weights). */
export function weightsFileContributions(
  weights: readonly WeightsEvidence[],
  licences: readonly LicenceEvidence[],
): Contribution[] {
  const out: Contribution[] = [];
  const byDir = groupBy(
    weights.filter((w) => !w.lfsRule),
    (w) => dirOf(w.file),
  );
  for (const [dir, files] of byDir) {
    const first = files[0];
    if (!first) continue;
    const evidence = files.slice(0, 5).map((f) => ({ file: f.file, line: f.line }));
    const subject = files.length === 1 ? first.file : `${files.length} weights files in ${dir || 'the root'}`;
    const embedded = files.find((f) => f.license);
    if (embedded?.license) {
      out.push(
        licenceContribution(
          'weights',
          subject,
          embedded.license,
          `${embedded.file} declares its weights`,
          evidence,
        ),
      );
      continue;
    }
    const governing = governingLicence(first.file, licences);
    if (governing) {
      out.push(
        licenceContribution(
          'weights',
          subject,
          governing.text,
          `weights in the repository, covered by ${governing.from},`,
          evidence,
        ),
      );
    } else {
      out.push({
        status: 'unknown',
        licences: [],
        subject,
        reason: `${subject}: no licence covers these weights`,
        evidence,
      });
    }
  }
  return out;
}

/** What a card's author says its contents are under: a model card its weights, a dataset card its data. */
function cardContribution(card: CardEvidence, licences: readonly LicenceEvidence[]): Contribution {
  const kind = card.cardType === 'model' ? 'model card' : 'dataset card';
  const declared = cardLicence(card, licences);
  if (declared) {
    const layer = card.cardType === 'model' ? 'weights' : 'data';
    const why =
      card.cardType === 'model' ? `${kind} ${card.file} declares its weights` : `${kind} ${card.file}`;
    return licenceContribution(layer, card.file, declared.id, why, [declared.at]);
  }
  return {
    status: 'unknown',
    licences: [],
    subject: card.file,
    reason: `${kind} ${card.file} states no licence`,
    evidence: [{ file: card.file, line: card.line }],
  };
}

/** The weights licences model cards in the repository declare. */
export function modelCardContributions(
  cards: readonly CardEvidence[],
  licences: readonly LicenceEvidence[],
): Contribution[] {
  return cards.filter((c) => c.cardType === 'model').map((c) => cardContribution(c, licences));
}

/** The licence a card declares, resolving `license: other` through license_name or a licence file beside it. */
export function cardLicence(
  card: CardEvidence,
  licences: readonly LicenceEvidence[],
): { id: string; at: Location } | null {
  const own = licencesInFolder(licences, dirOf(card.file)).find(
    (e) => e.source === 'card' && e.file === card.file && e.id,
  );
  const raw = own?.id ?? card.license;
  const location = own ? { file: own.file, line: own.line } : { file: card.file, line: card.line };
  if (raw && raw !== 'other' && raw !== 'unknown') return { id: raw, at: location };
  if (card.licenseName) return { id: card.licenseName, at: location };
  const beside = nearestLicenceEvidence(card.file, licences).find((e) => e.source === 'licence-file' && e.id);
  if (beside?.id) return { id: beside.id, at: { file: beside.file, line: beside.line } };
  return null;
}

/** Model structure in the repository: configs, params files and modelling code. */
export function architectureContributions(
  items: readonly ArchitectureEvidence[],
  licences: readonly LicenceEvidence[],
): Contribution[] {
  const out: Contribution[] = [];
  for (const a of items) {
    if (a.source === 'lfs-rule') continue;
    const evidence = [{ file: a.file, line: a.line }];
    const subject =
      a.source === 'model-code' ? `modelling code in ${a.file}` : `${a.name} (${a.source} in ${a.file})`;
    // Modelling code is code: a licence file beside it, else the project's licence, covers it.
    // A config belongs with the weights beside it (a card or licence file), else the project's.
    const nearest = nearestLicenceEvidence(a.file, licences).find(
      (e) => e.id && (a.source !== 'model-code' || e.source === 'licence-file'),
    );
    const governing = nearest ?? projectLicenceEvidence(licences).find((e) => e.id);
    if (governing?.id) {
      const layer = a.source === 'model-code' ? 'code' : 'weights';
      out.push(licenceContribution(layer, subject, governing.id, `${subject} published`, evidence));
    } else {
      out.push({
        status: 'unknown',
        licences: [],
        subject,
        reason: `${subject}: no licence covers it`,
        evidence,
      });
    }
  }
  return out;
}

/** Datasets the repository names (cards, load_dataset, ...) and dataset cards it contains. */
export function dataContributions(
  refs: readonly DatasetRefEvidence[],
  cards: readonly CardEvidence[],
  licences: readonly LicenceEvidence[],
  resolved: ReadonlyMap<string, DatasetEntry> = new Map(),
): Contribution[] {
  const out: Contribution[] = [];
  const seen = new Map<string, Contribution>();
  for (const ref of refs) {
    const key = ref.name.toLowerCase();
    const existing = seen.get(key);
    if (existing) {
      if (existing.evidence.length < 5) existing.evidence.push({ file: ref.file, line: ref.line });
      continue;
    }
    const entry = findDataset(ref.name) ?? resolved.get(key);
    const evidence = [{ file: ref.file, line: ref.line }];
    let c: Contribution;
    if (!entry) {
      c = {
        status: 'unknown',
        licences: [],
        subject: ref.name,
        reason: `dataset ${ref.name} is not in the knowledge base`,
        evidence,
      };
    } else {
      const licence = entry.licence ? ` (${entry.licence})` : '';
      const status = entry.openness === 'open' ? 'open' : entry.openness;
      c = {
        status,
        licences: entry.licence ? lookupExpression(entry.licence).ids : [],
        subject: ref.name,
        reason: `dataset ${entry.name}${licence}: ${status === 'open' ? 'open' : entry.notes}`,
        evidence,
      };
    }
    seen.set(key, c);
    out.push(c);
  }
  for (const card of cards) if (card.cardType === 'dataset') out.push(cardContribution(card, licences));
  // A DATA_LICENSE file covers data kept in the repository.
  for (const l of licences) {
    if (l.source !== 'licence-file' || !l.id || layerOfLicenceFile(l.file) !== 'data') continue;
    out.push(
      licenceContribution('data', l.file, l.id, `data in the repository, covered by ${l.file},`, [
        { file: l.file, line: l.line },
      ]),
    );
  }
  return out;
}

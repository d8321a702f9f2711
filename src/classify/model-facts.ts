import type { ApiUseEvidence, CardEvidence, Location, ModelRefEvidence } from '../types/evidence.js';
import type { ModelEntry } from '../knowledge/model-entry.js';
import { findModel, findModelById } from '../knowledge/lookup-model.js';
import { stronger, type RoleAssignment } from '../roles/role.js';

/** A model the project uses, with every place it is referenced and what the knowledge base knows. */
export interface UsedModel {
  name: string;
  entry?: ModelEntry;
  /** Reached through a hosted API (and not an open-weight model or a local server). */
  viaClosedApi?: string;
  /** Files in this repository that declare it their base model: cards (fine-tune, adapter, ...) and PEFT adapter configs. */
  baseOf: string[];
  relation?: string;
  strength: 'strong' | 'weak';
  locations: Location[];
  /** What it is to the project: the strongest role among its references. */
  role?: RoleAssignment;
  /** Set when the facts come from the Hub (the resolve stage), not the knowledge base. */
  hub?: { chain: string[]; declared?: string };
}

/** Models the resolve stage learnt about, by lower-cased Hub id. */
export type ResolvedModels = ReadonlyMap<string, { entry: ModelEntry; chain: string[]; declared?: string }>;

/** Strips prefixes that point at the same Hub model ("https://huggingface.co/", "hf.co/"). */
export function canonicalModelName(name: string): string {
  return name
    .trim()
    .replace(/^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\//i, '')
    .replace(/^hf\.co\//i, '')
    .replace(/\/(?:tree|blob|resolve)\/.*$/, '');
}

/**
 * Groups model references by model, resolves each against the knowledge base, and marks
 * those reached only through a closed API. References from API calls whose client points
 * at a local server, or that name an open-weight model, are not closed.
 */
export function collectModels(
  refs: readonly ModelRefEvidence[],
  apis: readonly ApiUseEvidence[],
  roles?: ReadonlyMap<ModelRefEvidence, RoleAssignment>,
  resolved: ResolvedModels = new Map(),
): UsedModel[] {
  const localFiles = new Set(apis.filter((a) => a.local).map((a) => a.file));
  const openWeightAt = new Set(apis.filter((a) => a.openWeight).map((a) => `${a.file}:${a.line}`));
  // Names repeat across references: each is made canonical once, and its model found once.
  const byName = new Map<string, UsedModel>();
  const modelOf = new Map<string, UsedModel>();
  for (const ref of refs) {
    if (ref.localFile) continue;
    let model = modelOf.get(ref.name);
    const closedProvider =
      ref.via === 'api' &&
      ref.provider &&
      !localFiles.has(ref.file) &&
      !openWeightAt.has(`${ref.file}:${ref.line}`)
        ? ref.provider
        : undefined;
    if (!model) {
      const name = canonicalModelName(ref.name);
      const key = name.toLowerCase();
      model = byName.get(key);
      if (!model) {
        const known =
          (ref.modelId !== undefined ? findModelById(ref.modelId) : undefined) ??
          findModel({ name, via: ref.via, provider: closedProvider ? ref.provider : undefined });
        const fromHub = known ? undefined : resolved.get(key);
        model = {
          name,
          entry: known ?? fromHub?.entry,
          strength: ref.strength,
          baseOf: [],
          locations: [],
          ...(fromHub
            ? { hub: { chain: fromHub.chain, ...(fromHub.declared ? { declared: fromHub.declared } : {}) } }
            : {}),
        };
        byName.set(key, model);
      }
      modelOf.set(ref.name, model);
    }
    if (ref.strength === 'strong') model.strength = 'strong';
    if (closedProvider) model.viaClosedApi = closedProvider;
    if (ref.derivedFrom) {
      if (!model.baseOf.includes(ref.derivedFrom)) model.baseOf.push(ref.derivedFrom);
      model.relation ??= ref.relation;
    }
    model.locations.push({ file: ref.file, line: ref.line });
    const role = roles?.get(ref);
    if (role) model.role = stronger(model.role, role);
  }
  return [...byName.values()];
}

/** Cards in this repository that describe a model (not a dataset). */
export function modelCards(cards: readonly CardEvidence[]): CardEvidence[] {
  return cards.filter((c) => c.cardType === 'model');
}

// What a claim is about. A repository that releases a family of models says "fully open"
// of one of them, in a sentence that names it or under a heading that does ("## SmolLM3").
// Such a claim is checked against that model's own published facts and the project's code,
// not against every other part the repository grades (a vision encoder one script loads).
// A claim that names none of the project's own models is checked against the whole project.

import type { ClaimEvidence } from '../types/evidence.js';
import type { LayerName, LayerReport, Verdict } from '../types/report.js';
import type { Classification } from '../classify/classify.js';
import type { UsedModel } from '../classify/model-facts.js';
import type { ModelEntry } from '../knowledge/model-entry.js';
import { combineLayer } from '../classify/contribution.js';
import { modelContributions } from '../classify/layers/model-layers.js';
import { verdictOf } from '../classify/verdict.js';
import { proseModel } from '../extract/references/prose-models.js';
import { isOwn } from '../roles/role.js';

export interface ClaimScope {
  /** The model family the claim names, as the knowledge base calls it. */
  name: string;
  models: UsedModel[];
  layers: Record<LayerName, LayerReport>;
  verdict: Verdict;
}

/** A heading or subject is short; words past this many are not looked at. */
const MAX_WORDS = 12;

/** The knowledge-base entries a short text names, word by word ("[NEW] SmolLM3 (Language Model)"). */
function entriesNamedIn(text: string): Set<ModelEntry> {
  const found = new Set<ModelEntry>();
  const starts = [...text.matchAll(/[\p{L}\p{N}]+/gu)].slice(0, MAX_WORDS);
  for (const word of starts) {
    const entry = proseModel(text.slice(word.index));
    if (entry) found.add(entry);
  }
  return found;
}

/** The project's own models, known to the knowledge base, that the claim's subject or section names. */
function namedOwnModels(claim: ClaimEvidence, own: readonly UsedModel[]): UsedModel[] {
  const texts = [claim.about, ...[...(claim.headings ?? [])].reverse()];
  for (const text of texts) {
    if (!text) continue;
    const entries = entriesNamedIn(text);
    const named = own.filter((m) => m.entry && entries.has(m.entry));
    if (named.length > 0) return named;
  }
  return [];
}

/** The project's own models that the knowledge base knows: what a claim may be scoped to. */
const ownKnown = (c: Classification): UsedModel[] =>
  c.models.filter((m) => isOwn(m.role) && m.entry && !m.viaClosedApi);

/** True when a sentence's named subject ("Gemma 2 is ...") is one of the project's own models. */
export function namesOwnModel(subject: string, c: Classification): boolean {
  const entries = entriesNamedIn(subject);
  return entries.size > 0 && ownKnown(c).some((m) => entries.has(m.entry!));
}

/** The layers a claim is judged against when it is about one of the project's own models. */
export function claimScope(claim: ClaimEvidence, c: Classification): ClaimScope | undefined {
  const own = ownKnown(c);
  if (own.length === 0) return undefined;
  const named = namedOwnModels(claim, own);
  if (named.length === 0) return undefined;
  const parts = named.map(modelContributions);
  const layers: Record<LayerName, LayerReport> = {
    code: c.layers.code,
    architecture: combineLayer(parts.map((p) => p.architecture)),
    data: combineLayer(parts.map((p) => p.data)),
    weights: combineLayer(parts.map((p) => p.weights)),
  };
  const names = [...new Set(named.map((m) => m.entry!.name))];
  return { name: names.join(', '), models: named, layers, verdict: verdictOf(layers) };
}

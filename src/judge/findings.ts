import path from 'node:path';
import type { CardEvidence, ClaimEvidence, LicenceEvidence } from '../types/evidence.js';
import type { Claim, Finding, LayerName, LayerReport, Verdict } from '../types/report.js';
import { LAYER_NAMES } from '../types/report.js';
import type { Classification, EvidenceByKind } from '../classify/classify.js';
import type { UsedModel } from '../classify/model-facts.js';
import { cardLicence } from '../classify/layers/repository-layers.js';
import { dirOf } from '../classify/project-licences.js';
import { groupBy } from '../util/group-by.js';
import { lookupExpression, lookupLicence } from '../knowledge/licences/catalogue.js';
import { claimScope } from './claim-scope.js';
import { honestWording } from './honest-wording.js';
import { obligationsFor } from './obligations.js';

const LAYER_WORDS: Record<LayerName, string> = {
  code: 'code',
  architecture: 'architecture',
  data: 'training data',
  weights: 'weights',
};

/** The Hub's base_model_relation values as a sentence's subject ("An adapter carries ..."). */
const RELATION_SUBJECT = new Map([
  ['finetune', 'A fine-tune'],
  ['adapter', 'An adapter'],
  ['quantized', 'A quantisation'],
  ['merge', 'A merge'],
]);
// A Map, not an object: the relation is the repository's text ("constructor" must not hit a prototype).
const relationSubject = (relation: string | undefined): string =>
  RELATION_SUBJECT.get(relation ?? 'finetune') ?? 'A model derived from another';

const quote = (s: string, max = 120): string => `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;

/** Whether the verdict supports a claim, and which layers stand in its way. */
export function judgeClaim(
  claim: ClaimEvidence,
  verdict: Verdict,
  layers: Record<LayerName, LayerReport>,
): { supported: boolean; blocking: LayerName[] } {
  const notOpen = (names: readonly LayerName[]): LayerName[] =>
    names.filter((l) => layers[l].status !== 'open' && layers[l].status !== 'absent');
  if (claim.claimKind === 'open-source-ai') {
    return { supported: verdict === 'open-source-ai', blocking: notOpen(LAYER_NAMES) };
  }
  // "open weights" and "open model" promise the weights only; for a dataset project, the data.
  const target: LayerName =
    layers.weights.status === 'absent' && layers.data.status !== 'absent' ? 'data' : 'weights';
  return { supported: layers[target].status === 'open', blocking: notOpen([target]) };
}

function layerSummary(layers: Record<LayerName, LayerReport>, blocking: readonly LayerName[]): string {
  return blocking
    .map((l) => `the ${LAYER_WORDS[l]} layer is ${layers[l].status} (${layers[l].reasons[0] ?? 'no detail'})`)
    .join('; ');
}

function mislabelFindings(
  sorted: ClaimEvidence[],
  verdict: Verdict,
  c: Classification,
): { claims: Claim[]; findings: Finding[] } {
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const projectWording = honestWording(verdict, c);
  for (const claim of sorted) {
    // A claim about one of the project's own models is judged on that model (claim-scope.ts).
    const scope = claimScope(claim, c);
    const layers = scope?.layers ?? c.layers;
    const judged = scope?.verdict ?? verdict;
    const { supported, blocking } = judgeClaim(claim, judged, layers);
    claims.push({
      file: claim.file,
      line: claim.line,
      text: claim.text,
      kind: claim.claimKind,
      supported,
      ...(scope ? { about: scope.name } : {}),
    });
    if (supported || verdict === 'not-ai') continue;
    const definite = blocking.some((l) => layers[l].status === 'closed' || layers[l].status === 'restricted');
    const onlyMarketing =
      claim.claimKind === 'open-model' && blocking.every((l) => layers[l].status === 'restricted');
    const severity = !definite ? 'warning' : onlyMarketing ? 'notice' : 'error';
    const lead = definite ? 'but' : 'but this cannot be confirmed:';
    const of = scope ? ` for ${scope.name},` : '';
    const wording = scope
      ? honestWording(judged, { ...c, layers, models: scope.models, closedApis: [] })
      : projectWording;
    findings.push({
      rule: 'mislabelled-open-source',
      severity,
      file: claim.file,
      line: claim.line,
      layer: blocking[0],
      message: `${claim.file}:${claim.line} says ${quote(claim.text, 100)}, ${lead}${of} ${layerSummary(layers, blocking)}. Honest wording: "${wording}".`,
    });
  }
  return { claims, findings };
}

/**
 * The base models of a model card: those its own `base_model:` names, and those a PEFT
 * adapter_config.json in the card's folder names (an adapter's card often omits its base).
 */
function basesOfCard(
  card: CardEvidence,
  models: readonly UsedModel[],
  declaredBy: ReadonlyMap<string, UsedModel[]>,
): UsedModel[] {
  const own = declaredBy.get(card.file) ?? [];
  const adapter = declaredBy.get(path.posix.join(dirOf(card.file), 'adapter_config.json'));
  if (!adapter) return own;
  const wanted = new Set([...own, ...adapter]);
  return models.filter((m) => wanted.has(m));
}

/** Models by each file that declares them a base model. */
function modelsByDeclaringFile(models: readonly UsedModel[]): Map<string, UsedModel[]> {
  const declared = models.flatMap((model) => model.baseOf.map((file) => ({ file, model })));
  const byFile = groupBy(declared, (d) => d.file);
  return new Map([...byFile].map(([file, list]) => [file, list.map((d) => d.model)]));
}

/** A fine-tune, adapter, quantisation or merge carries its base model's terms; a card that declares a more open licence conflicts. */
function conflictFindings(e: EvidenceByKind, c: Classification): Finding[] {
  const findings: Finding[] = [];
  const declaredBy = modelsByDeclaringFile(c.models);
  for (const card of e.cards) {
    if (card.cardType !== 'model') continue;
    const bases = basesOfCard(card, c.models, declaredBy);
    if (bases.length === 0) continue;
    const declared = cardLicence(card, e.licences);
    if (!declared) continue;
    const own = lookupExpression(declared.id);
    if (own.category === 'restricted' || own.category === 'unknown') continue;
    for (const base of bases) {
      const baseLicence = base.entry?.weightsLicence;
      if (!baseLicence) continue;
      const facts = lookupExpression(baseLicence);
      if (facts.category !== 'restricted') continue;
      const name = facts.parts[0]?.name ?? baseLicence;
      findings.push({
        rule: 'licence-conflict',
        severity: 'warning',
        layer: 'weights',
        file: declared.at.file,
        line: declared.at.line,
        message: `${card.file} declares ${own.expression}, but its base model ${base.name} is under the ${name}. ${relationSubject(base.relation)} carries the terms of its base model, so these weights are restricted, not ${own.expression}.`,
      });
    }
  }
  // A model looked up on the Hub whose own card claims more than its base chain allows.
  for (const m of c.models) {
    const declared = m.hub?.declared;
    const inherited = m.entry?.weightsLicence;
    if (!declared || !inherited || !m.hub || m.hub.chain.length < 2) continue;
    const own = lookupExpression(declared);
    const base = lookupExpression(inherited);
    if (own.category === 'restricted' || own.category === 'unknown' || base.category !== 'restricted')
      continue;
    const at = m.locations[0];
    findings.push({
      rule: 'licence-conflict',
      severity: 'warning',
      layer: 'weights',
      ...(at ? { file: at.file, line: at.line } : {}),
      message: `${m.name} says ${own.expression} on the Hugging Face Hub, but its base chain ${m.hub.chain.join(' → ')} leads to the ${base.parts[0]?.name ?? inherited}. A derivative carries the terms of its base model, so these weights are restricted, not ${own.expression}.`,
    });
  }
  // The project's own licence stated two ways that disagree (LICENSE says MIT, package.json says Apache-2.0).
  const rootFiles = e.licences.filter((l) => l.source === 'licence-file' && dirOf(l.file) === '' && l.id);
  const rootManifests = e.licences.filter((l) => l.source === 'manifest' && dirOf(l.file) === '' && l.id);
  for (const m of rootManifests) {
    const manifestIds = lookupExpression(m.id ?? '').ids;
    const agrees = rootFiles.some((f) =>
      lookupExpression(f.id ?? '').ids.some((id) => manifestIds.includes(id)),
    );
    const other = rootFiles[0];
    if (agrees || !other) continue;
    findings.push({
      rule: 'licence-conflict',
      severity: 'warning',
      layer: 'code',
      file: m.file,
      line: m.line,
      message: `${m.file} says ${m.id}, but ${other.file} is ${other.id}. Make them agree.`,
    });
  }
  return findings;
}

const isPermissive = (id: string): boolean => {
  const facts = lookupExpression(id);
  return facts.category === 'open-code' || facts.category === 'open-data';
};

/** A permissive licence named in a card or manifest, with no licence text for it anywhere in the repository. */
function withoutTextFindings(e: EvidenceByKind): Finding[] {
  const texts = new Set(
    e.licences
      .filter((l) => l.source === 'licence-file' && l.id)
      .flatMap((l) => lookupExpression(l.id ?? '').ids),
  );
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const l of e.licences) {
    if ((l.source !== 'card' && l.source !== 'manifest') || !l.id || !isPermissive(l.id)) continue;
    const ids = lookupExpression(l.id).ids;
    if (ids.some((id) => texts.has(id))) continue;
    const key = ids.join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    findings.push({
      rule: 'permissive-without-text',
      severity: 'warning',
      file: l.file,
      line: l.line,
      layer: l.source === 'card' ? 'weights' : 'code',
      message: `${l.file} names ${ids.join(' / ')}, but no licence file in the repository contains that licence. A licence tag without its text is weak evidence; add a LICENSE file.`,
    });
  }
  return findings;
}

function unknownLicenceFindings(e: EvidenceByKind): Finding[] {
  const findings: Finding[] = [];
  const report = (l: LicenceEvidence, what: string): void => {
    findings.push({
      rule: 'unknown-licence',
      severity: 'warning',
      file: l.file,
      line: l.line,
      message: what,
    });
  };
  for (const l of e.licences) {
    if (l.id === null) {
      if (l.source === 'licence-file')
        report(
          l,
          `${l.file} is not a licence we recognise (${l.detail}); its terms need a person to read them.`,
        );
      continue;
    }
    const facts = lookupExpression(l.id);
    const unknownPart = facts.parts.find((p) => !p.known);
    if (unknownPart)
      report(
        l,
        `${l.file} names the licence ${quote(unknownPart.id, 80)}, which is not in the knowledge base.`,
      );
  }
  for (const card of e.cards) {
    if (card.license !== 'other' && card.license !== 'unknown') continue;
    if (cardLicence(card, e.licences)) continue;
    findings.push({
      rule: 'unknown-licence',
      severity: 'warning',
      file: card.file,
      line: card.line,
      message: `${card.file} says license: ${card.license} with no licence name or licence file beside it.`,
    });
  }
  return findings;
}

const DEPENDENCY_ROLE_WORDS = { 'ai-library': 'AI library', 'closed-api-sdk': 'AI provider SDK' } as const;

/**
 * An AI dependency (a model library, a runtime, a provider SDK) under a licence that is not
 * open: its terms bind whoever runs the project. The code layer stays the project's own code.
 */
function dependencyLicenceFindings(e: EvidenceByKind): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const d of e.dependencies) {
    if (d.role === 'other' || !d.licence || reported.has(d.name.toLowerCase())) continue;
    const facts = lookupExpression(d.licence);
    if (facts.category !== 'restricted') continue;
    reported.add(d.name.toLowerCase());
    const names = facts.parts.filter((p) => p.category === 'restricted').map((p) => p.name);
    const from = d.licenceSource ? ` (licence from ${d.licenceSource.url})` : '';
    findings.push({
      rule: 'dependency-licence',
      severity: 'warning',
      file: d.file,
      line: d.line,
      message: `${d.file}:${d.line} brings in the ${DEPENDENCY_ROLE_WORDS[d.role]} ${d.name} under ${names.join(', ') || facts.expression}${from}, which is not an open licence: its terms bind everyone who runs this project.`,
    });
  }
  return findings;
}

/** Every finding for a classified repository, and the claims marked supported or not. */
export function judge(
  e: EvidenceByKind,
  claims: ClaimEvidence[],
  verdict: Verdict,
  c: Classification,
): { claims: Claim[]; findings: Finding[] } {
  const mislabels = mislabelFindings(claims, verdict, c);
  const findings = [
    ...mislabels.findings,
    ...conflictFindings(e, c),
    ...withoutTextFindings(e),
    ...unknownLicenceFindings(e),
    ...dependencyLicenceFindings(e),
    ...obligationsFor(c.layers, lookupLicence),
  ];
  return { claims: mislabels.claims, findings };
}

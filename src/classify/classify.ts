import type {
  ApiUseEvidence,
  ArchitectureEvidence,
  CardEvidence,
  DatasetRefEvidence,
  Evidence,
  LicenceEvidence,
  Location,
  ModelRefEvidence,
  ProjectEvidence,
  DependencyEvidence,
  WeightsEvidence,
} from '../types/evidence.js';
import type { LayerName, LayerReport, Role } from '../types/report.js';
import type { DatasetEntry } from '../knowledge/model-entry.js';
import { assignRoles, type Roles } from '../roles/assign-roles.js';
import { combineLayer, type Contribution } from './contribution.js';
import { groupBy } from '../util/group-by.js';
import { isTestOrCiPath } from '../extract/test-paths.js';
import { placeRole } from '../roles/place-role.js';
import { isVendoredPath } from '../report/vendored-paths.js';
import { isOwn, type RoleAssignment } from '../roles/role.js';
import { collectModels, type ResolvedModels, type UsedModel } from './model-facts.js';
import { codeContributions } from './layers/code-layer.js';
import { modelContributions } from './layers/model-layers.js';
import { ownModelContributions } from './layers/own-model-layers.js';
import {
  architectureContributions,
  dataContributions,
  modelCardContributions,
  weightsFileContributions,
  weightsLicenceFileContributions,
} from './layers/repository-layers.js';

/** Evidence sorted by kind, so each step takes what it needs. */
export interface EvidenceByKind {
  licences: LicenceEvidence[];
  models: ModelRefEvidence[];
  datasets: DatasetRefEvidence[];
  apis: ApiUseEvidence[];
  cards: CardEvidence[];
  weights: WeightsEvidence[];
  architectures: ArchitectureEvidence[];
  projects: ProjectEvidence[];
  dependencies: DependencyEvidence[];
}

export function sortEvidence(evidence: readonly Evidence[]): EvidenceByKind {
  const out: EvidenceByKind = {
    licences: [],
    models: [],
    datasets: [],
    apis: [],
    cards: [],
    weights: [],
    architectures: [],
    projects: [],
    dependencies: [],
  };
  for (const e of evidence) {
    if (e.kind === 'licence') out.licences.push(e);
    else if (e.kind === 'model') out.models.push(e);
    else if (e.kind === 'dataset') out.datasets.push(e);
    else if (e.kind === 'api') out.apis.push(e);
    else if (e.kind === 'card') out.cards.push(e);
    else if (e.kind === 'weights') out.weights.push(e);
    else if (e.kind === 'architecture') out.architectures.push(e);
    else if (e.kind === 'project') out.projects.push(e);
    else if (e.kind === 'dependency') out.dependencies.push(e);
  }
  return out;
}

export interface Classification {
  layers: Record<LayerName, LayerReport>;
  contributions: Record<LayerName, Contribution[]>;
  /** The models that grade the layers (own, base, runtime). */
  models: UsedModel[];
  /** Every model referenced, graded or not, each with its role. */
  allModels: UsedModel[];
  /** Hosted APIs whose models closed a layer (not local servers, not open-weight models). */
  closedApis: string[];
  /** What every model, dataset and API reference is to the project. */
  roles: Roles;
  /** Providers whose hosted API is called somewhere (not only installed, not only against a local server). */
  hostedProviders: Set<string>;
}

export interface ClassifyOptions {
  /** owner/name of the repository, when known. */
  repository?: string;
  /** Roles graded besides own, base and runtime. */
  extraGraded?: readonly Role[];
  /** Models the resolve stage looked up (the Hub), for those the knowledge base does not know. */
  resolvedModels?: ResolvedModels;
  /** Datasets the resolve stage looked up (the Hub), by lower-cased id. */
  resolvedDatasets?: ReadonlyMap<string, DatasetEntry>;
}

/**
 * Providers used through a closed API client where no model is named in the same file:
 * the model is the provider's, so it is closed on every AI layer.
 */
function anonymousClosedApis(
  apis: readonly ApiUseEvidence[],
  refs: readonly ModelRefEvidence[],
  usedLocally: ReadonlySet<string>,
): Map<string, ApiUseEvidence[]> {
  const named = new Set(refs.filter((r) => r.via === 'api').map((r) => r.file));
  const byProvider = groupBy(
    apis.filter((a) => !a.local && !a.openWeight && !named.has(a.file)),
    (a) => a.provider,
  );
  // A dependency or key alone is not use when the code names an open-weight model elsewhere,
  // or calls that provider's SDK only against a local or self-hosted server. A dependency
  // alone (an evaluation harness's requirements.txt) is not use when the project names the
  // models it does use.
  for (const [provider, uses] of byProvider) {
    const keyOrDependency = uses.every((u) => u.signal === 'dependency' || u.signal === 'env-key');
    const explained =
      usedLocally.has(provider) || refs.some((r) => r.via === 'api' && r.provider === provider);
    const dependencyOnly = uses.every((u) => u.signal === 'dependency') && refs.length > 0;
    if ((explained && keyOrDependency) || dependencyOnly) byProvider.delete(provider);
  }
  return byProvider;
}

function closedApiContributions(provider: string, uses: readonly ApiUseEvidence[]): Contribution[] {
  const subject = `${provider} API`;
  const evidence = uses.slice(0, 5).map((u) => ({ file: u.file, line: u.line }));
  const why = `uses the ${provider} hosted API`;
  return [
    {
      status: 'closed',
      licences: [],
      subject,
      evidence,
      reason: `${why}: the model's architecture is not published`,
    },
    {
      status: 'closed',
      licences: [],
      subject,
      evidence,
      reason: `${why}: its training data is not published`,
    },
    { status: 'closed', licences: [], subject, evidence, reason: `${why}: its weights are not released` },
  ];
}

/** Modelling code and configs that are the project's: not a test fixture's, not vendored code's. */
export function ownArchitectures(items: readonly ArchitectureEvidence[]): ArchitectureEvidence[] {
  return items.filter((a) => !isTestOrCiPath(a.file) && !isVendoredPath(a.file));
}

/** What in the repository shows that it releases a model of its own, if anything does, and where. */
function releaseArtefact(
  sorted: EvidenceByKind,
  weightsLicences: readonly Contribution[],
): { what: string; at: Location } | undefined {
  const card = sorted.cards.find((c) => c.cardType === 'model');
  if (card) return { what: `the model card ${card.file}`, at: card };
  const weights = sorted.weights.find((w) => !w.lfsRule);
  if (weights) return { what: `the weights file ${weights.file}`, at: weights };
  const licence = weightsLicences[0];
  if (licence?.evidence[0])
    return { what: `the weights licence ${licence.subject}`, at: licence.evidence[0] };
  // Two or more checkpoint links in one file of the project's own code: a download URL table.
  const urlFiles = groupBy(
    sorted.projects.filter(
      (p) => p.signal === 'weights-url' && !placeRole(p.file) && !isVendoredPath(p.file),
    ),
    (p) => p.file,
  );
  for (const [file, urls] of urlFiles)
    if (urls.length >= 2 && urls[0]) return { what: `the checkpoint URL table in ${file}`, at: urls[0] };
  const file = sorted.projects.find((p) => p.signal === 'model-card' || p.signal === 'download-script');
  if (file)
    return {
      what: file.signal === 'model-card' ? `the model card ${file.file}` : `the download script ${file.file}`,
      at: file,
    };
  return undefined;
}

/** Evidence plus knowledge to a status per layer, each with reasons that cite where they come from. */
export function classify(sorted: EvidenceByKind, options: ClassifyOptions = {}): Classification {
  const weightsLicences = weightsLicenceFileContributions(sorted.licences);
  const artefact = releaseArtefact(sorted, weightsLicences);
  const modelCode = ownArchitectures(sorted.architectures).find((a) => a.source === 'model-code');
  const roles = assignRoles({
    models: sorted.models,
    apis: sorted.apis,
    datasets: sorted.datasets,
    projects: sorted.projects,
    ...(artefact ? { releaseArtefact: artefact.what } : {}),
    ...(modelCode ? { ownModelCode: modelCode.file } : {}),
    ...(options.repository ? { repository: options.repository } : {}),
    ...(options.extraGraded ? { extraGraded: options.extraGraded } : {}),
  });
  const isGraded = (r: RoleAssignment | undefined): boolean => r !== undefined && roles.graded.has(r.role);
  // Only the parts that make up the project grade it: what it makes, derives from and runs.
  const gradedRefs = sorted.models.filter((r) => isGraded(roles.ofModel.get(r)));
  const allModels = collectModels(sorted.models, sorted.apis, roles.ofModel, options.resolvedModels);
  const models = allModels.filter((m) => isGraded(m.role));
  const datasets = sorted.datasets.filter((d) => isGraded(roles.ofDataset.get(d)));
  const countedApis = sorted.apis.filter((a) => isGraded(roles.ofApi.get(a)));
  const contributions: Record<LayerName, Contribution[]> = {
    code: codeContributions(sorted.licences),
    architecture: architectureContributions(ownArchitectures(sorted.architectures), sorted.licences),
    data: dataContributions(datasets, sorted.cards, sorted.licences, options.resolvedDatasets),
    weights: [
      ...weightsFileContributions(sorted.weights, sorted.licences),
      ...weightsLicences,
      ...modelCardContributions(sorted.cards, sorted.licences),
    ],
  };
  // The project's own models the knowledge base does not know take what the repository
  // itself says of each layer (own-model-layers.ts).
  const ownUnknown = models.filter((m) => isOwn(m.role) && !m.entry && !m.viaClosedApi);
  // A release (a download script, a URL table, a model card) whose models are named nowhere
  // still publishes weights: the ones it fetches or describes.
  if (artefact && !models.some((m) => isOwn(m.role)) && contributions.weights.length === 0)
    ownUnknown.push({
      name: `the weights of ${artefact.what}`,
      strength: 'strong',
      baseOf: [],
      locations: [{ file: artefact.at.file, line: artefact.at.line }],
    });
  const statement = sorted.projects.find((p) => p.signal === 'weights-licence');
  const own = ownModelContributions(ownUnknown, contributions, statement);
  for (const layer of ['architecture', 'data', 'weights'] as const) {
    const c = own[layer];
    if (c) contributions[layer].push(c);
  }
  for (const model of models) {
    if (ownUnknown.includes(model)) continue;
    const c = modelContributions(model);
    // The project's own models are defined by its own modelling code when it has some: that
    // code's licence is their architecture's, whatever the family's reference code says.
    if (!(modelCode && isOwn(model.role))) contributions.architecture.push(c.architecture);
    contributions.data.push(c.data);
    contributions.weights.push(c.weights);
  }
  // A model named in a file makes that file's API use about the model; only graded names
  // can take that role. Local use anywhere, tests included, explains an SDK dependency.
  const usedLocally = new Set(sorted.apis.filter((a) => a.local).map((a) => a.provider));
  const anonymous = anonymousClosedApis(countedApis, gradedRefs, usedLocally);
  for (const [provider, uses] of anonymous) {
    const [architecture, data, weights] = closedApiContributions(provider, uses);
    if (architecture && data && weights) {
      contributions.architecture.push(architecture);
      contributions.data.push(data);
      contributions.weights.push(weights);
    }
  }
  // A model trained here lists its data on its card; one that lists none leaves the data layer open to question.
  const cardsWithoutData = sorted.cards.filter(
    (c) => c.cardType === 'model' && c.datasets.length === 0 && c.baseModels.length === 0,
  );
  for (const card of cardsWithoutData) {
    contributions.data.push({
      status: 'unknown',
      licences: [],
      subject: card.file,
      reason: `model card ${card.file} names no training datasets`,
      evidence: [{ file: card.file, line: card.line }],
    });
  }
  // Weights were trained on something. Every model and card above speaks for its data, so
  // weights with no data contribution at all are the repository's own (weights files, a
  // weights licence file) and nothing names their data: unknown, not absent, or weights and a
  // permissive licence alone would pass as open source AI.
  const ownWeights = contributions.weights[0];
  if (contributions.data.length === 0 && ownWeights) {
    contributions.data.push({
      status: 'unknown',
      licences: [],
      subject: ownWeights.subject,
      reason: `the training data of the weights here (${ownWeights.subject}) is named nowhere in the repository: no dataset card, no datasets: on a model card, no dataset loaded in code`,
      evidence: ownWeights.evidence,
    });
  }

  const layers = {
    code: combineLayer(contributions.code),
    architecture: combineLayer(contributions.architecture),
    data: combineLayer(contributions.data),
    weights: combineLayer(contributions.weights),
  };
  // The providers that made a layer closed: their models, or their API with no model named.
  const closedApis = [
    ...new Set([...models.flatMap((m) => (m.viaClosedApi ? [m.viaClosedApi] : [])), ...anonymous.keys()]),
  ];
  const hostedProviders = new Set(
    sorted.apis
      .filter((a) => !a.local && !a.openWeight && a.signal !== 'dependency' && a.signal !== 'env-key')
      .map((a) => a.provider),
  );
  return { layers, contributions, models, allModels, closedApis, roles, hostedProviders };
}

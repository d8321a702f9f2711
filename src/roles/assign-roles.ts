import type {
  ApiUseEvidence,
  DatasetRefEvidence,
  Location,
  ModelRefEvidence,
  ProjectEvidence,
} from '../types/evidence.js';
import type { Role } from '../types/report.js';
import { canonicalModelName } from '../classify/model-facts.js';
import { findModel, findModelById } from '../knowledge/lookup-model.js';
import { groupBy } from '../util/group-by.js';
import {
  functionRole,
  inDataFolder,
  inFineTuningFolder,
  isDownloadScript,
  isMarkdown,
  placeRole,
} from './place-role.js';
import { recipeExamples } from './recipes.js';
import { scopeRole } from './dependency-role.js';
import { publishedPackage, type PublishedPackage } from './published-package.js';
import type { ApiProvider } from '../knowledge/api-providers.js';
import { normaliseName, projectIdentity, projectMatch, type ProjectIdentity } from './project-identity.js';
import { GRADED_ROLES, isOwn, stronger, type RoleAssignment } from './role.js';

// Every reference to a model, dataset or hosted API gets a role: what it is to the project.
// The signals are the ones a reviewer uses: where the reference sits (tests, evaluation,
// examples, prose), how it is written (a default value, one of several choices listed
// together, a card's base model), and whether it belongs to the project itself.

export interface RoleInputs {
  models: readonly ModelRefEvidence[];
  apis: readonly ApiUseEvidence[];
  datasets: readonly DatasetRefEvidence[];
  projects: readonly ProjectEvidence[];
  /** Why the repository is taken to release a model of its own (a card, weights, a weights licence), if it is. */
  releaseArtefact?: string;
  /** A file of modelling code in the repository, if it has any: the project implements models itself. */
  ownModelCode?: string;
  /** owner/name of the repository, when the caller knows it (the Action's GITHUB_REPOSITORY). */
  repository?: string;
  /** Roles that grade the layers besides own, base and runtime (the policy's `grade-roles`). */
  extraGraded?: readonly Role[];
}

export interface Roles {
  identity: ProjectIdentity;
  /** The AI SDK or library the project publishes, if any: read once, for the roles and the subject. */
  published: PublishedPackage | null;
  graded: ReadonlySet<Role>;
  ofModel: Map<ModelRefEvidence, RoleAssignment>;
  ofApi: Map<ApiUseEvidence, RoleAssignment>;
  ofDataset: Map<DatasetRefEvidence, RoleAssignment>;
}

/** Lines either side within which names listed together are one list of choices. */
const LIST_SPAN = 4;
/** Distinct names within the span that make a list of choices (a registry, a --model menu). */
const LIST_SIZE = 3;

const at = (l: Location): string => `${l.file}:${l.line}`;

/**
 * Evidence comes file by file: calls `each` with every run of items from one file that
 * holds at least `min` items, without hashing every path. A file seen again later (another
 * extractor's items) starts a run of its own, which only makes a list of choices harder to
 * find, never easier.
 */
function eachRunOfOneFile<T extends Location>(
  items: readonly T[],
  min: number,
  each: (run: T[]) => void,
): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && items[i]?.file === items[start]?.file) continue;
    if (i - start >= min) each(items.slice(start, i));
    start = i;
  }
}

/**
 * References listed together in code: runs in one file, each within a few lines of the
 * last, that hold several distinct names (a registry, a --model menu, a table of supported
 * models).
 */
function listedTogether<T extends Location>(refs: readonly T[], nameOf: (r: T) => string): Set<T> {
  const inList = new Set<T>();
  eachRunOfOneFile(refs, LIST_SIZE, (group) => {
    const sorted = group.sort((a, b) => a.line - b.line);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      const gap = i < sorted.length ? (sorted[i]?.line ?? 0) - (sorted[i - 1]?.line ?? 0) : Infinity;
      if (gap <= LIST_SPAN) continue;
      const run = sorted.slice(start, i);
      if (new Set(run.map((r) => nameOf(r).toLowerCase())).size >= LIST_SIZE)
        for (const r of run) inList.add(r);
      start = i;
    }
  });
  return inList;
}

/**
 * Providers each called from a file of its own in one folder (providers/openai.ts,
 * providers/anthropic.ts, ...): a registry the user picks from.
 */
function providerRegistries(apis: readonly ApiUseEvidence[]): Set<ApiUseEvidence> {
  const out = new Set<ApiUseEvidence>();
  const calls = apis.filter((a) => a.signal !== 'dependency' && a.signal !== 'env-key' && !a.local);
  // Per folder, the files that call one provider only, and the providers they call.
  const byFolder = new Map<string, { providers: Set<string>; uses: ApiUseEvidence[][] }>();
  eachRunOfOneFile(calls, 1, (uses) => {
    const provider = uses[0]?.provider;
    if (provider === undefined || uses.some((u) => u.provider !== provider)) return;
    const file = uses[0]?.file ?? '';
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    let group = byFolder.get(folder);
    if (!group) byFolder.set(folder, (group = { providers: new Set(), uses: [] }));
    group.providers.add(provider);
    group.uses.push(uses);
  });
  for (const { providers, uses } of byFolder.values())
    if (providers.size >= LIST_SIZE) for (const file of uses) for (const u of file) out.add(u);
  return out;
}

/** The role that the project's identity gives an id: its own, or what its examples are about. */
function identityRole(id: string, identity: ProjectIdentity): RoleAssignment | null {
  const match = projectMatch(id, identity);
  if (!match) return null;
  if (identity.examplesFirst)
    return match.by === 'name'
      ? {
          role: 'runtime',
          reason: `what the project's examples are about: ${match.reason}`,
          aboutExamples: true,
        }
      : null;
  // An id named after the project is its own; one that only sits under the project's
  // organisation is its own when the repository releases models (a fine-tuning codebase
  // names its company's models as choices).
  if (match.by === 'name') return { role: 'own', reason: match.reason };
  return identity.releases ? { role: 'own', reason: match.reason, byOrganisation: true } : null;
}

/**
 * The project's own model that its code loads (in the main path, or as a demo's default) is
 * the one it runs: runtime. Named anywhere else (prose, a download table) it stays its own.
 */
function ownUse(
  mine: RoleAssignment,
  ref: { file: string; line: number; defaultValue?: true; cited?: true },
  place: RoleAssignment | null,
  prose: boolean,
  offered: boolean,
): RoleAssignment {
  // Named in prose or cited in a comment, the project's model is named, not run.
  if (mine.role !== 'own' || prose || ref.cited || isMarkdown(ref.file) || (place && !ref.defaultValue))
    return mine;
  // One of several the code offers (a registry, a --model menu) is offered, not run.
  if (offered && !ref.defaultValue) return mine;
  // A download script fetches the project's weights for the user: a release channel.
  if (isDownloadScript(ref.file)) return mine;
  return {
    role: 'runtime',
    own: true,
    ...(mine.byOrganisation ? { byOrganisation: true as const } : {}),
    reason: `the project's own model (${mine.reason}), which its code runs${ref.defaultValue ? ' by default' : ''} at ${at(ref)}`,
  };
}

/**
 * Models linked in the list or table that a release sentence introduces ("We have released
 * two DBRX models:" and a table of Hub links) are the project's own, whatever organisation
 * hosts them.
 */
function releasedInLists(
  refs: readonly ModelRefEvidence[],
  projects: readonly ProjectEvidence[],
): Map<string, RoleAssignment> {
  const out = new Map<string, RoleAssignment>();
  const lists = projects.filter((p) => p.signal === 'release-list');
  if (lists.length === 0) return out;
  for (const r of refs) {
    if (r.via !== 'hf-url') continue;
    const list = lists.find((l) => l.file === r.file && r.line > l.line && r.line <= (l.until ?? l.line));
    if (list)
      out.set(canonicalModelName(r.name).toLowerCase(), {
        role: 'own',
        reason: `released by the sentence at ${at(list)}`,
      });
  }
  return out;
}

/** What the project's identity makes of a name, asked once per distinct name. */
type IdentityOf = (name: string) => RoleAssignment | null;
const NO_IDENTITY: IdentityOf = () => null;

function referenceRole(
  ref: {
    file: string;
    line: number;
    name: string;
    defaultValue?: true;
    purpose?: string;
    choice?: true;
    cited?: true;
    defaultOf?: string;
  },
  identityOf: IdentityOf,
  inList: ReadonlySet<object>,
  prose: boolean,
): RoleAssignment {
  const place = placeRole(ref.file);
  const mine = identityOf(ref.name);
  // Tests, evaluation and data generation use models whoever made them; examples show the
  // project's own models as much as anyone's, and a cookbook's every recipe shows the model
  // it is about (runtime by identity), whatever the recipe does with it.
  if (place && place.role !== 'example' && (mine?.role !== 'runtime' || place.role === 'test')) return place;
  // What the prose says a model was used for (a baseline, a data generator, a walk-through's
  // example) outweighs its sitting under the project's organisation, which publishes much.
  // An example that loads a model its organisation publishes shows that model in use; only a
  // name that is the project's own makes it the project's own there.
  if (place && mine?.byOrganisation && !prose) return place;
  if (mine && !(mine.byOrganisation && prose && ref.purpose))
    return ownUse(mine, ref, place, prose, inList.has(ref) || ref.choice === true);
  if (ref.cited) return { role: 'mention', reason: `named in a code comment at ${at(ref)}` };
  const ofFunction = ref.defaultOf ? functionRole(ref.defaultOf) : undefined;
  if (ofFunction)
    return {
      role: ofFunction,
      reason: `the default of ${ref.defaultOf}() at ${at(ref)}, a function for ${ofFunction}`,
    };
  if (!prose && ref.purpose === 'data-generation')
    return { role: 'data-generation', reason: `${ref.file} imports a library for making training data` };
  if (prose && ref.purpose === 'example')
    return { role: 'example', reason: `what the walk-through at ${at(ref)} uses` };
  if (prose && ref.choice)
    return { role: 'optional', reason: `one of the models the list at ${at(ref)} says are supported` };
  if (prose && ref.purpose === 'evaluation')
    return { role: 'evaluation', reason: `named in a section about evaluation at ${at(ref)}` };
  // Prose names a model wherever it is (README or docs): a mention. Code shows its use.
  if (prose && isMarkdown(ref.file)) return { role: 'mention', reason: `named in prose at ${at(ref)}` };
  if (place) return place;
  if (isMarkdown(ref.file))
    return prose
      ? { role: 'mention', reason: `named in prose at ${at(ref)}` }
      : { role: 'example', reason: `in a documentation code block at ${at(ref)}` };
  if (ref.defaultValue) return { role: 'runtime', reason: `the default at ${at(ref)}` };
  if (inList.has(ref) || ref.choice)
    return { role: 'optional', reason: `one of several listed together at ${at(ref)}` };
  return { role: 'runtime', reason: `used in the project's code at ${at(ref)}` };
}

/**
 * Data-making code runs models that write or filter data; the datasets it names are what
 * it reads and prepares (a corpus to tokenise, seed tasks): data a user may build training
 * data from, an example of its use, not a generator of data.
 */
function datasetOfDataCode(d: DatasetRefEvidence, role: RoleAssignment): RoleAssignment {
  if (role.role !== 'data-generation') return role;
  return { role: 'example', reason: `data that the data-making code at ${at(d)} prepares for training` };
}

function modelRole(
  ref: ModelRefEvidence,
  identityOf: IdentityOf,
  inList: ReadonlySet<object>,
): RoleAssignment {
  if (ref.derivedFrom) return { role: 'base', reason: `base model of ${ref.derivedFrom}` };
  // What a training run publishes is made by it: the project's own model, or someone's output.
  if (ref.published)
    return (
      identityOf(ref.name) ?? {
        role: 'mention',
        reason: `the model the training config at ${at(ref)} publishes`,
      }
    );
  // A recipe that publishes the project's own model starts from its base, wherever it sits.
  if (ref.trainsInto && identityOf(ref.trainsInto)?.role === 'own')
    return { role: 'base', reason: `what ${at(ref)} trains into the project's own ${ref.trainsInto}` };
  if (ref.via === 'config')
    return { role: 'base', reason: `the weights' config.json at ${at(ref)} was saved from it` };
  if (ref.tokenizerOnly && !placeRole(ref.file))
    return {
      role: 'mention',
      reason: `only its tokenizer or config is loaded (${at(ref)}): none of its weights`,
    };
  if (ref.via === 'modelfile') return { role: 'runtime', reason: `what the Modelfile at ${at(ref)} runs` };
  const prose = inProse(ref);
  // A model asked of a hosted API is its vendor's, whatever the project is named (an SDK
  // named after the vendor, a release repository that also calls its maker's hosted API).
  const role = referenceRole(ref, ref.via === 'api' ? NO_IDENTITY : identityOf, inList, prose);
  if (!prose && role.role === 'runtime' && !role.own && !isMarkdown(ref.file) && inDataFolder(ref.file))
    return { role: 'data-generation', reason: `run by the data-processing code at ${at(ref)}` };
  return role;
}

function apiRole(
  api: ApiUseEvidence,
  registries: ReadonlySet<ApiUseEvidence>,
  providersInList: ReadonlySet<ApiUseEvidence>,
  modelsInList: ReadonlySet<string>,
  ownModelCode: string | undefined,
  sdk: ApiProvider | undefined,
): RoleAssignment | null {
  if (api.signal === 'dependency') return placeRole(api.file) ?? scopeRole(api.scope, api);
  const place = placeRole(api.file);
  if (place) return place;
  if (api.weak) return { role: 'example', reason: `in a documentation code block at ${at(api)}` };
  if (api.defaultValue) return { role: 'runtime', reason: `the default at ${at(api)}` };
  // An SDK is its own API's client: any other API it can reach is a choice its users make.
  if (sdk && api.provider !== sdk.id)
    return { role: 'optional', reason: `another API that this ${sdk.name} SDK can also reach (${at(api)})` };
  if (ownModelCode)
    return {
      role: 'optional',
      reason: `a hosted alternative (${at(api)}) to the models the project implements itself (${ownModelCode})`,
    };
  if (
    registries.has(api) ||
    providersInList.has(api) ||
    (api.model !== undefined && modelsInList.has(`${api.file}:${api.line}:${api.model.toLowerCase()}`))
  )
    return { role: 'optional', reason: `one of several providers offered side by side (${at(api)})` };
  return { role: 'runtime', reason: `called from the project's code at ${at(api)}` };
}

/**
 * A model the prose says made the training data ("we used X to generate the instruction
 * data") is a data generator wherever the code calls it, unless it is the project's own
 * or its base.
 */
function markDataGeneration(
  refs: readonly ModelRefEvidence[],
  ofModel: Map<ModelRefEvidence, RoleAssignment>,
): void {
  const statements = refs.filter((r) => r.purpose === 'data-generation');
  if (statements.length === 0) return;
  // A statement names a model by its knowledge-base entry, or (a link) by its Hub id.
  const sameModel = (st: ModelRefEvidence, r: ModelRefEvidence, id: string | undefined): boolean =>
    st.modelId !== undefined
      ? st.modelId === id
      : canonicalModelName(st.name).toLowerCase() === canonicalModelName(r.name).toLowerCase();
  for (const r of refs) {
    const current = ofModel.get(r);
    if (!current || (isOwn(current) && !current.byOrganisation) || current.role === 'base') continue;
    const id =
      r.modelId ?? findModel({ name: canonicalModelName(r.name), via: r.via, provider: r.provider })?.id;
    const statement = statements.find((st) => sameModel(st, r, id) && speaksFor(st.file, r.file));
    if (statement)
      ofModel.set(r, { role: 'data-generation', reason: `${at(statement)} says it made the training data` });
  }
}

/**
 * A cookbook is about its family's models, but one that a single recipe alone names (a
 * domain variant in one notebook, a community fine-tune) is that recipe's example, as a
 * model only one of a folder of recipe configs names is.
 */
function oneRecipeExamples(
  refs: readonly ModelRefEvidence[],
  ofModel: Map<ModelRefEvidence, RoleAssignment>,
): void {
  const about = refs.filter((r) => ofModel.get(r)?.aboutExamples);
  for (const [, named] of groupBy(about, (r) => canonicalModelName(r.name).toLowerCase())) {
    const uses = named.filter((r) => !inProse(r));
    const file = uses[0]?.file;
    if (file === undefined || uses.some((u) => u.file !== file)) continue;
    for (const r of named)
      ofModel.set(
        r,
        inProse(r)
          ? { role: 'mention', reason: `named in prose at ${at(r)}; only the recipe ${file} uses it` }
          : { role: 'example', reason: `only the recipe ${file} uses it` },
      );
  }
}

/** What code uses a model for, when that settles what it is here: it makes data, or it judges. */
const PURPOSE_ROLES: ReadonlySet<Role> = new Set(['data-generation', 'evaluation']);

/**
 * A model that is the project's own only because its Hub organisation publishes it, and that
 * the code uses for one purpose that does not grade (a captioner under tools/caption/, a
 * judge), is that: the organisation publishes much, the code says what this one is for.
 */
function purposeOverOrganisation(
  refs: readonly ModelRefEvidence[],
  ofModel: Map<ModelRefEvidence, RoleAssignment>,
): void {
  const byOrg = refs.filter((r) => ofModel.get(r)?.byOrganisation);
  if (byOrg.length === 0) return;
  const names = new Set(byOrg.map((r) => canonicalModelName(r.name).toLowerCase()));
  const purposeOf = new Map<string, RoleAssignment | null>();
  for (const r of refs) {
    const role = ofModel.get(r);
    if (!role || r.via === 'prose' || inProse(r) || role.byOrganisation) continue;
    const name = canonicalModelName(r.name).toLowerCase();
    if (!names.has(name)) continue;
    const known = purposeOf.get(name);
    // A model used for two purposes, or also run for real, keeps what its organisation says.
    if (!PURPOSE_ROLES.has(role.role) || (known && known.role !== role.role)) purposeOf.set(name, null);
    else if (known === undefined) purposeOf.set(name, role);
  }
  for (const r of byOrg) {
    const purpose = purposeOf.get(canonicalModelName(r.name).toLowerCase());
    if (purpose) ofModel.set(r, purpose);
  }
}

/**
 * A model one of the project's training recipes trains is no judge or baseline: an evaluation
 * config that names it evaluates the model the recipe makes from it. So where it sits in an
 * evaluation folder, it is the recipes' example there too.
 */
function recipeModelsEvaluated(
  refs: readonly ModelRefEvidence[],
  ofModel: Map<ModelRefEvidence, RoleAssignment>,
): void {
  const recipes = new Map<string, RoleAssignment>();
  for (const r of refs) {
    const role = ofModel.get(r);
    if (role?.recipe) recipes.set(canonicalModelName(r.name).toLowerCase(), role);
  }
  if (recipes.size === 0) return;
  for (const r of refs) {
    const role = ofModel.get(r);
    const recipe = recipes.get(canonicalModelName(r.name).toLowerCase());
    if (!recipe || role?.role !== 'evaluation' || inProse(r) || placeRole(r.file)?.role !== 'evaluation')
      continue;
    ofModel.set(r, {
      role: 'example',
      reason: `evaluated at ${at(r)} as the model of a training recipe (${recipe.reason})`,
    });
  }
}

/** Uses whose role prose naming the same model takes. */
const LIFTED_ROLES: ReadonlySet<Role> = new Set([
  'own',
  'base',
  'runtime',
  'optional',
  'data-generation',
  'evaluation',
]);

/**
 * Prose that names a model the code uses ("built on Llama 3.1" beside a load of
 * meta-llama/Llama-3.1-8B) names that model: it takes the role the use has.
 */
function sameModelAsUsed(
  refs: readonly ModelRefEvidence[],
  ofModel: Map<ModelRefEvidence, RoleAssignment>,
): void {
  const prose = refs.filter((r) => r.via === 'prose' && r.modelId && ofModel.get(r)?.role === 'mention');
  if (prose.length === 0) return;
  const used = new Map<string, { ref: ModelRefEvidence; role: RoleAssignment }>();
  const usedNames = new Map<string, string[]>();
  for (const r of refs) {
    const role = ofModel.get(r);
    // A family named in prose is not the checkpoint an architecture file lists as supported.
    // Nor is prose about a model the one a test or an example happens to load.
    if (r.via === 'prose' || !role || role.supportedOnly || !LIFTED_ROLES.has(role.role)) continue;
    const id = findModel({ name: canonicalModelName(r.name), via: r.via, provider: r.provider })?.id;
    if (!id) continue;
    const known = used.get(id);
    if (!known || stronger(known.role, role) === role) used.set(id, { ref: r, role });
    usedNames.set(id, [
      ...(usedNames.get(id) ?? []),
      normaliseName(r.name.slice(r.name.lastIndexOf('/') + 1)),
    ]);
  }
  for (const r of prose) {
    const same = r.modelId ? used.get(r.modelId) : undefined;
    if (!same || !r.modelId) continue;
    // The family named ("built on Llama 3.1") is the model used; a size or variant written
    // out ("Qwen3 235B") is that one only when the code uses it.
    const family = findModelById(r.modelId)?.name === r.name;
    if (family || (usedNames.get(r.modelId) ?? []).some((n) => n.includes(normaliseName(r.name))))
      ofModel.set(r, { role: same.role.role, reason: `the model used at ${at(same.ref)}` });
  }
}

/** Named in prose: a name prose uses, or a link in prose (one in a code block or in code is used there). */
function inProse(ref: { via: string; inProse?: true }): boolean {
  return ref.via === 'prose' || (ref.via === 'hf-url' && ref.inProse === true);
}

/** Whether some reference is a Hub id under `owner` ("owner/name", any case). */
function namesUnder(refs: readonly ModelRefEvidence[], owner: string): boolean {
  const lower = owner.toLowerCase();
  const n = owner.length;
  return refs.some(
    (r) => r.name.length > n && r.name.charCodeAt(n) === SLASH && r.name.slice(0, n).toLowerCase() === lower,
  );
}
const SLASH = 47;

/** A README speaks for its folder and everything below it; any other document for itself. */
function speaksFor(document: string, file: string): boolean {
  if (document === file) return true;
  const slash = document.lastIndexOf('/');
  if (!/^readme(?:\.\w+)?$/i.test(document.slice(slash + 1))) return false;
  return slash < 0 || file.startsWith(document.slice(0, slash + 1));
}

function someGraded(roles: Iterable<RoleAssignment>, graded: ReadonlySet<Role>): boolean {
  for (const r of roles) if (graded.has(r.role)) return true;
  return false;
}

/** Roles for every model, dataset and API reference. */
export function assignRoles(input: RoleInputs): Roles {
  const identity = projectIdentity(
    input.projects,
    input.releaseArtefact ? { artefact: input.releaseArtefact } : {},
    input.repository,
    (owner) => namesUnder(input.models, owner),
  );
  const graded = new Set<Role>([...GRADED_ROLES, ...(input.extraGraded ?? [])]);
  // Names in comments (a commented-out alternative) are not choices the code offers.
  const inList = listedTogether(
    input.models.filter((m) => !isMarkdown(m.file) && !m.cited),
    (m) => m.name,
  );
  // An API call names its model on the same line as the model reference the call gave.
  const apiModelsInList = new Set<string>();
  for (const m of inList)
    if (m.via === 'api') apiModelsInList.add(`${m.file}:${m.line}:${m.name.toLowerCase()}`);
  const providersInList = listedTogether(
    input.apis.filter((a) => a.signal !== 'dependency' && a.signal !== 'env-key'),
    (a) => a.provider,
  );
  const registries = providerRegistries(input.apis);
  const published = publishedPackage(input.projects);
  const sdk = published?.provider;

  const ofModel = new Map<ModelRefEvidence, RoleAssignment>();
  const released = releasedInLists(input.models, input.projects);
  const byName = new Map<string, RoleAssignment | null>();
  const identityOf: IdentityOf = (name) => {
    let known = byName.get(name);
    if (known === undefined) {
      const id = canonicalModelName(name);
      known = identityRole(id, identity) ?? released.get(id.toLowerCase()) ?? null;
      byName.set(name, known);
    }
    return known;
  };
  for (const m of input.models) ofModel.set(m, modelRole(m, identityOf, inList));
  const recipeRefs = [...input.models, ...input.datasets];
  recipeExamples(input.models, ofModel, identityOf, recipeRefs);
  recipeModelsEvaluated(input.models, ofModel);
  markDataGeneration(input.models, ofModel);
  purposeOverOrganisation(input.models, ofModel);
  if (identity.examplesFirst) oneRecipeExamples(input.models, ofModel);
  sameModelAsUsed(input.models, ofModel);
  const ofDataset = new Map<DatasetRefEvidence, RoleAssignment>();
  for (const d of input.datasets) {
    ofDataset.set(
      d,
      d.via === 'card'
        ? { role: 'own', reason: `training data named by the card ${d.file}` }
        : d.purpose === 'training' && identity.releases && !placeRole(d.file)
          ? { role: 'own', reason: `the training data of the project's models, by the sentence at ${at(d)}` }
          : datasetOfDataCode(d, referenceRole(d, identityOf, inList, inProse(d))),
    );
  }
  // A dataset only some recipe configs for different models name is one recipe's data.
  recipeExamples(
    input.datasets,
    ofDataset,
    identityOf,
    recipeRefs,
    input.models.filter((m) => !m.tokenizerOnly),
  );
  // Data the code loads is what the project's models are trained on. A project that has
  // no model of its own and runs none (training code, a data tool) ships no model trained
  // on it: the data is one the user may train on.
  const runsModels =
    input.releaseArtefact !== undefined ||
    someGraded(ofModel.values(), graded) ||
    input.apis.some(
      (a) => !a.local && a.signal !== 'dependency' && a.signal !== 'env-key' && !placeRole(a.file),
    );
  if (!runsModels) {
    for (const [d, r] of ofDataset) {
      if (r.role === 'runtime')
        ofDataset.set(d, {
          role: 'optional',
          reason: `data the code can train on (${at(d)}); the project ships no model trained on it`,
        });
    }
  } else if (identity.releases) {
    // A release's fine-tuning scripts are for its users: the data they load is data a user
    // may fine-tune on, not what the released models were trained on.
    for (const [d, r] of ofDataset) {
      if (r.role === 'runtime' && inFineTuningFolder(d.file))
        ofDataset.set(d, {
          role: 'optional',
          reason: `data the fine-tuning code can train on (${at(d)}), not the released models' training data`,
        });
    }
  }
  const ofApi = new Map<ApiUseEvidence, RoleAssignment>();
  // A call whose models all have one role that does not grade (an evaluation judge, a data
  // generator) has that role too: the client is there for them.
  const namedInFile = new Map<string, RoleAssignment>();
  for (const [key, refs] of groupBy(
    input.models.filter((m) => m.via === 'api'),
    (m) => `${m.file}\u0000${m.provider ?? ''}`,
  )) {
    const role = strongestRole(refs, ofModel);
    if (role && !graded.has(role.role) && role.role !== 'optional') namedInFile.set(key, role);
  }
  const byProvider = new Map<string, RoleAssignment>();
  for (const a of input.apis) {
    const ofNamed =
      namedInFile.size && a.signal !== 'dependency'
        ? namedInFile.get(`${a.file}\u0000${a.provider}`)
        : undefined;
    const role = ofNamed ?? apiRole(a, registries, providersInList, apiModelsInList, input.ownModelCode, sdk);
    if (!role) continue;
    ofApi.set(a, role);
    byProvider.set(a.provider, stronger(byProvider.get(a.provider), role));
  }
  // An SDK that is only installed: what the project runs when nothing else shows what it
  // runs, one choice among others when the code does name what it runs.
  const somethingGraded =
    someGraded(ofModel.values(), graded) ||
    someGraded(ofApi.values(), graded) ||
    input.releaseArtefact !== undefined;
  for (const a of input.apis) {
    if (ofApi.has(a)) continue;
    const known = byProvider.get(a.provider);
    ofApi.set(
      a,
      known ??
        (somethingGraded
          ? { role: 'optional', reason: `installed as a dependency (${at(a)}); no code here calls it` }
          : {
              role: 'runtime',
              reason: `installed as a dependency (${at(a)}), and nothing else shows what the project runs`,
            }),
    );
  }
  return { identity, published, graded, ofModel, ofApi, ofDataset };
}

/** The strongest role among several references' roles. */
export function strongestRole(
  refs: Iterable<object>,
  roles: ReadonlyMap<object, RoleAssignment>,
): RoleAssignment | undefined {
  let best: RoleAssignment | undefined;
  for (const r of refs) {
    const role = roles.get(r);
    if (role) best = stronger(best, role);
  }
  return best;
}

import type { Evidence, FactSource } from '../types/evidence.js';
import type { CardFacts, Component, ComponentType } from '../types/report.js';
import { roleRank, stronger, type RoleAssignment } from '../roles/role.js';

interface Draft {
  type: ComponentType;
  name: string;
  licence: string | null;
  detail?: string;
  confidence?: number;
  card?: CardFacts;
  source?: FactSource;
}

/** The component an evidence item describes, or null for evidence that is not a component (claims). */
function draftOf(e: Evidence): Draft | null {
  switch (e.kind) {
    case 'licence':
      return {
        type: 'licence',
        name: e.id ?? 'unidentified licence',
        licence: e.id,
        detail: `${e.source}, ${e.method}: ${e.detail}`,
        confidence: e.confidence,
      };
    case 'model':
      return {
        type: 'model',
        name: e.name,
        licence: null,
        detail: e.provider ? `${e.via} (${e.provider})` : e.via,
      };
    case 'dataset':
      return { type: 'dataset', name: e.name, licence: null, detail: e.via };
    case 'api': {
      // A local server or an open-weight model behind an API client is not a closed API.
      const kind = e.local ? 'local server' : e.openWeight ? 'open-weight model' : null;
      return {
        type: 'api',
        name: kind ? `${e.provider} (${kind})` : e.provider,
        licence: null,
        detail: e.local
          ? 'client pointed at a local or self-hosted server'
          : e.openWeight
            ? 'open-weight model through an API client'
            : 'hosted API',
      };
    }
    case 'card':
      return {
        type: e.cardType === 'model' ? 'model-card' : 'dataset-card',
        name: e.file,
        licence: e.license ?? null,
        card: {
          ...(e.pipelineTag ? { task: e.pipelineTag } : {}),
          datasets: e.datasets,
          baseModels: e.baseModels,
          ...(e.baseModelRelation ? { baseModelRelation: e.baseModelRelation } : {}),
          ...(e.licenseName ? { licenceName: e.licenseName } : {}),
          ...(e.licenseLink ? { licenceLink: e.licenseLink } : {}),
          ...(e.libraryName ? { library: e.libraryName } : {}),
          gated: e.gated,
          sections: e.sections.filter((s) => !e.emptySections.includes(s)),
        },
      };
    case 'weights':
      // An LFS rule says what would be weights, not that any are here.
      if (e.lfsRule) return null;
      return {
        type: 'weights-file',
        name: e.file,
        licence: e.license ?? null,
        detail: e.lfs ? `${e.format}, Git LFS pointer` : e.format,
      };
    case 'architecture':
      return {
        type: 'model',
        name: e.source === 'model-code' ? `modelling code in ${e.file}` : e.name,
        licence: null,
        detail: `architecture from ${e.source}`,
      };
    case 'dependency':
      return {
        type: 'dependency',
        name: e.name,
        licence: e.licence ?? null,
        detail: `${e.ecosystem}, ${e.role}`,
        ...(e.licenceSource ? { source: e.licenceSource } : {}),
      };
    case 'claim':
    case 'project':
      return null;
  }
}

/**
 * Groups evidence into report components: one per (type, name, licence), with every
 * location where it was seen, in the order first seen (parts with a role, strongest first).
 */
export function buildComponents(
  evidence: readonly Evidence[],
  roleOf: (e: Evidence) => RoleAssignment | undefined = () => undefined,
  graded: ReadonlySet<string> = new Set(),
): Component[] {
  // Per component, the lines already listed in the file its evidence comes from now.
  // Evidence arrives file by file, so comparing line numbers within the current file is
  // enough; a file met again later (`revisit`) is looked up in the locations kept.
  // Keyed by name, then type and licence among the few of one name: no key string is built
  // for each of hundreds of thousands of items.
  type Entry = { component: Component; file: string; lines: number[]; role?: RoleAssignment };
  const byName = new Map<string, Entry[]>();
  const entries: Entry[] = [];
  const left = new Set<string>();
  let current = '';
  let revisit = false;
  for (const e of evidence) {
    const draft = draftOf(e);
    if (!draft) continue;
    if (e.file !== current) {
      if (current) left.add(current);
      current = e.file;
      revisit = left.has(current);
    }
    let named = byName.get(draft.name);
    if (!named) byName.set(draft.name, (named = []));
    const existing = named.find(
      (x) => x.component.type === draft.type && x.component.licence === draft.licence,
    );
    const role = roleOf(e);
    if (!existing) {
      const component: Component = {
        ...draft,
        status: 'unknown',
        locations: [{ file: e.file, line: e.line }],
      };
      const entry: Entry = { component, file: e.file, lines: [e.line], ...(role ? { role } : {}) };
      named.push(entry);
      entries.push(entry);
      continue;
    }
    if (role) existing.role = stronger(existing.role, role);
    if (existing.file !== e.file) {
      existing.file = e.file;
      existing.lines = revisit
        ? existing.component.locations.filter((l) => l.file === e.file).map((l) => l.line)
        : [];
    }
    if (!existing.lines.includes(e.line)) {
      existing.lines.push(e.line);
      existing.component.locations.push({ file: e.file, line: e.line });
    }
  }
  const components = sameIgnoringCase(entries).map(({ component, role }) =>
    role
      ? {
          ...component,
          role: role.role,
          roleReason: role.reason,
          // A dependency's licence is its own finding; the code layer is the project's code.
          graded: component.type !== 'dependency' && graded.has(role.role),
          ...(role.own && role.role !== 'own' ? { own: true as const } : {}),
        }
      : component,
  );
  return byRole(components);
}

/** Types whose names are Hub ids or model names: the Hub compares them ignoring case. */
const CASELESS = new Set<ComponentType>(['model', 'dataset']);

/**
 * Merges parts whose names differ only in case ("EleutherAI/gpt-neo-125M" and "-125m" are one
 * Hub repository): the first spelling seen, every location, the strongest role.
 */
function sameIgnoringCase<T extends { component: Component; role?: RoleAssignment }>(entries: T[]): T[] {
  const first = new Map<string, T>();
  const out: T[] = [];
  for (const entry of entries) {
    const c = entry.component;
    if (!CASELESS.has(c.type)) {
      out.push(entry);
      continue;
    }
    const key = `${c.type}\u0000${c.name.toLowerCase()}\u0000${c.licence ?? ''}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, entry);
      out.push(entry);
      continue;
    }
    const seen = new Set(kept.component.locations.map((l) => `${l.file}\u0000${l.line}`));
    for (const l of c.locations) if (!seen.has(`${l.file}\u0000${l.line}`)) kept.component.locations.push(l);
    if (entry.role) kept.role = stronger(kept.role, entry.role);
  }
  return out;
}

/**
 * The parts that have a role, strongest first in the places they hold (what grades the
 * layers before what is only mentioned); every other component keeps its place.
 */
function byRole(components: Component[]): Component[] {
  const slots: number[] = [];
  components.forEach((c, i) => {
    if (c.role) slots.push(i);
  });
  const ranked = slots
    .map((i) => components[i] as Component)
    .sort((a, b) => roleRank(a.role) - roleRank(b.role));
  slots.forEach((slot, i) => {
    components[slot] = ranked[i] as Component;
  });
  return components;
}

import type { ProjectEvidence } from '../types/evidence.js';

// Who the project is: its names (README title, package name, the GitHub repository its
// README links to as its own), the Hugging Face organisations its README header links to,
// and whether it releases a model. A model named after the project, or published under its
// organisation by a project that releases models, is the project's own.

export interface ProjectIdentity {
  /** The name to show: the README title, else the package name, else the repository. */
  name: string;
  /** Each name as lower-case words, without generic words ("models", "official", "the"). */
  names: string[][];
  /** Hugging Face organisations (lower-case, letters and digits only) the project calls its own. */
  orgs: Set<string>;
  /** Whether the project's Hub organisation is known: the README links it, or the repository names models under its GitHub owner. */
  hubOrgLinked: boolean;
  /** The repository releases a model: a release sentence, a model card, weights or a weights licence. */
  releases: boolean;
  /** Why `releases` holds, for the subject's reasons. */
  releaseReason?: string;
  /** The project calls itself a collection of examples (a cookbook, recipes, tutorials). */
  examplesFirst: boolean;
}

/** Words that say what kind of thing a project is, not which one. */
const GENERIC_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'welcome',
  'official',
  'deprecated',
  'model',
  'models',
  'llm',
  'llms',
  'series',
  'family',
  'release',
  'releases',
  'repo',
  'repository',
  'py',
  'python',
  'project',
]);
/** Words by which a project calls itself a set of examples. */
const EXAMPLE_WORDS = new Set([
  'cookbook',
  'cookbooks',
  'recipes',
  'examples',
  'tutorials',
  'notebooks',
  'demos',
  'samples',
  'guides',
  'workshop',
  'course',
]);

export const normaliseName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
export const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The names a title holds: "IF by DeepFloyd Lab" is "IF"; "CogVideo & CogVideoX" is two. */
function titleNames(title: string): string[] {
  const head = title.split(/\s+(?:by|at|from|-|–|—|:|\|)\s+|:\s/i)[0] ?? title;
  return head
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:&|\+|\/|,|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function projectIdentity(
  evidence: readonly ProjectEvidence[],
  release: { artefact?: string },
  explicitRepo?: string,
  publishesOnHub: (owner: string) => boolean = () => true,
): ProjectIdentity {
  const raw: string[] = [];
  const orgs = new Set<string>();
  let hubOrgLinked = false;
  let display: string | undefined;
  let examplesFirst = false;
  const repo = explicitRepo ?? evidence.find((e) => e.signal === 'github-repo')?.value;
  for (const e of evidence) {
    if (e.signal === 'title') {
      display ??= e.value;
      raw.push(...titleNames(e.value));
    } else if (e.signal === 'package-name') {
      display ??= e.value;
      raw.push(e.value);
    } else if (e.signal === 'hub-org') {
      orgs.add(normaliseName(e.value));
      hubOrgLinked = true;
    }
  }
  if (repo) {
    const [owner, name] = repo.split('/');
    if (owner) {
      orgs.add(normaliseName(owner));
      // The GitHub owner is the Hub organisation too when the repository names models under it.
      if (publishesOnHub(owner)) hubOrgLinked = true;
    }
    if (name) raw.push(name);
    display ??= repo;
  }
  const names: string[][] = [];
  for (const n of raw) {
    const words = wordsOf(n);
    if (words.some((w) => EXAMPLE_WORDS.has(w))) examplesFirst = true;
    const kept = words.filter((w) => !GENERIC_WORDS.has(w) && !EXAMPLE_WORDS.has(w));
    if (kept.length && !names.some((k) => k.join(' ') === kept.join(' '))) names.push(kept);
  }
  const sentence = evidence.find((e) => e.signal === 'release-sentence');
  const releaseReason = release.artefact
    ? release.artefact
    : sentence
      ? `${sentence.file}:${sentence.line} announces a release ("${sentence.value.slice(0, 80)}")`
      : undefined;
  return {
    name: display ?? 'this repository',
    names,
    orgs,
    hubOrgLinked,
    releases: releaseReason !== undefined,
    ...(releaseReason ? { releaseReason } : {}),
    examplesFirst,
  };
}

/** True when the words of `name` hold the project name's words in a row (the last may be a prefix). */
function holdsWords(model: readonly string[], project: readonly string[]): boolean {
  for (let i = 0; i + project.length <= model.length; i++) {
    let ok = true;
    for (let j = 0; j < project.length && ok; j++) {
      const m = model[i + j] ?? '';
      const p = project[j] ?? '';
      ok = j === project.length - 1 && p.length >= 3 ? m.startsWith(p) : m === p;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * The project name a text holds, if any: all of the name's words in a row (the last may be a
 * prefix), or the name run together inside it ("llama3" in "Meta-Llama-3-8B"); with
 * `shortForm`, also a text that is the name's start ("SupportLlama" for "SupportLlama 8B").
 * Joined names must be long enough not to match by chance: 5 letters in a model id, 3 in a
 * sentence's subject.
 */
function projectNameIn(text: string, identity: ProjectIdentity, shortForm: boolean): string[] | undefined {
  const words = wordsOf(text);
  const joined = normaliseName(text);
  const minJoined = shortForm ? 3 : 5;
  return identity.names.find((project) => {
    const projectJoined = project.join('');
    return (
      holdsWords(words, project) ||
      (projectJoined.length >= minJoined && joined.includes(projectJoined)) ||
      (shortForm && joined.length >= 4 && projectJoined.startsWith(joined))
    );
  });
}

/**
 * How an id belongs to the project, or null: its name holds the project's name, or it sits
 * under the project's Hub organisation. The caller decides what that makes it (the
 * project's own model, or the model a cookbook is about).
 */
export function projectMatch(
  id: string,
  identity: ProjectIdentity,
): { by: 'org' | 'name'; reason: string } | null {
  // A Hub id has no spaces: the slash in "CLIP ViT-B/32" is part of a name.
  const slash = /\s/.test(id) ? -1 : id.indexOf('/');
  const org = slash > 0 ? normaliseName(id.slice(0, slash)) : '';
  const ours = org !== '' && identity.orgs.has(org);
  // Someone else's upload of the project's model (a community quantisation) is theirs, when
  // the project's Hub organisation is known. A GitHub owner under which no model is named
  // is no evidence of it: many publish under another name (haotian-liu on GitHub, liuhaotian
  // on the Hub).
  if (!ours && org && identity.hubOrgLinked) return null;
  const project = projectNameIn(slash > 0 ? id.slice(slash + 1) : id, identity, false);
  if (project) return { by: 'name', reason: `named after the project (${project.join(' ')})` };
  if (ours)
    return { by: 'org', reason: `published under the project's own Hub organisation ${id.slice(0, slash)}` };
  return null;
}

/**
 * Whether a sentence's named subject ("Baichuan 2", "The Yi series models") is the project.
 * With no name known for the project, nothing can be ruled out: true.
 */
export function namesProject(subject: string, identity: ProjectIdentity): boolean {
  return identity.names.length === 0 || projectNameIn(subject, identity, true) !== undefined;
}

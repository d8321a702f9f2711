import type { Role } from '../types/report.js';

/** A role and the reason that gave it, as the report shows it. */
export interface RoleAssignment {
  role: Role;
  reason: string;
  /** Made by the project, whatever the role says it does (its own model that its code runs). */
  own?: true;
  /** Own only because it sits under the project's Hub organisation, which publishes other work too. */
  byOrganisation?: true;
  /** Runtime because an examples-first project (a cookbook) is about it, not because its code runs it. */
  aboutExamples?: true;
  /** Only named as one a definition supports (an architecture's checkpoint list): not a use. */
  supportedOnly?: true;
  /** The model of one of the project's training recipes (recipes.ts). */
  recipe?: true;
}

/** The project's own part: role `own`, or its own model in another role (what its code runs). */
export function isOwn(r: { role?: Role; own?: true } | undefined): boolean {
  return r?.role === 'own' || r?.own === true;
}

/**
 * Strongest first: a part seen in several places takes the strongest role among them (a
 * model loaded by the app and also named in a test is the app's runtime model; the project's
 * own model that its code runs is its runtime model, the others of its family its own).
 */
export const ROLE_ORDER: readonly Role[] = [
  'runtime',
  'own',
  'base',
  'optional',
  'data-generation',
  'evaluation',
  'example',
  'test',
  'mention',
];
const RANK = new Map(ROLE_ORDER.map((r, i) => [r, i]));

/** A role's place in ROLE_ORDER (0 is strongest); no role ranks last. */
export function roleRank(role: Role | undefined): number {
  return (role && RANK.get(role)) ?? ROLE_ORDER.length;
}

/** The stronger of two assignments (the first on a tie, so the earliest place explains it). */
export function stronger(a: RoleAssignment | undefined, b: RoleAssignment): RoleAssignment {
  if (!a) return b;
  return (RANK.get(b.role) ?? 99) < (RANK.get(a.role) ?? 99) ? b : a;
}

/** Roles that grade the layers by default: what the project makes, derives from, or runs. */
export const GRADED_ROLES: readonly Role[] = ['own', 'base', 'runtime'];

/** Words a person reads for each role in the report ("evaluation", "mentioned only"). */
export const ROLE_LABEL: Record<Role, string> = {
  own: 'own',
  base: 'base',
  runtime: 'runtime',
  optional: 'optional',
  evaluation: 'evaluation',
  'data-generation': 'data generation',
  example: 'examples',
  test: 'tests',
  mention: 'mentioned only',
};

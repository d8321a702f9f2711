import type { Role } from '../types/report.js';

/** A role and the reason that gave it, as the report shows it. */
export interface RoleAssignment {
  role: Role;
  reason: string;
}

/**
 * Strongest first: a part seen in several places takes the strongest role among them (a
 * model loaded by the app and also named in a test is the app's runtime model).
 */
export const ROLE_ORDER: readonly Role[] = [
  'own',
  'base',
  'runtime',
  'optional',
  'data-generation',
  'evaluation',
  'example',
  'test',
  'mention',
];
const RANK = new Map(ROLE_ORDER.map((r, i) => [r, i]));

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

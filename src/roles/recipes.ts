import type { Location } from '../types/evidence.js';
import type { RoleAssignment } from './role.js';

// A folder of several configuration files (training recipes, launcher configs) offers one
// recipe per file: a model that only some of them name is the model of one example recipe,
// not what the project runs. A model that every one of them names (the text encoder each
// recipe loads) is what the recipes all run, and keeps its role. Datasets are re-roled the
// same way only where the configs are recipes for different models: the stage configs of one
// training run each name their own data, and all of it is that model's training data.

const CONFIG_FILE = /\.(?:ya?ml|json|toml)$/;
const isConfigFile = (file: string): boolean => CONFIG_FILE.test(file);
/** A checkpoint as recipes name it: "google/t5-v1_1-xxl" and a local "t5-v1_1-xxl" folder are one. */
const checkpointName = (name: string): string => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
/** The folder a file sits in, with its trailing slash ("" at the root). */
const folderOf = (file: string): string => file.slice(0, file.lastIndexOf('/') + 1);
/** For each folder, the values `valueOf` gives the config files in it. */
function perFolder<T extends Location>(
  items: readonly T[],
  valueOf: (t: T) => string,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of items) {
    if (!isConfigFile(t.file)) continue;
    const folder = folderOf(t.file);
    let values = out.get(folder);
    if (!values) out.set(folder, (values = new Set()));
    values.add(valueOf(t));
  }
  return out;
}
/** Files with references that make a folder a set of recipes. */
const MIN_RECIPES = 3;

/**
 * Re-roles references in recipe folders: runtime parts that not every recipe names become
 * examples, and the project's own models there stay its own (`ownRole`). A folder's recipes
 * are its config files that name any model or dataset (`recipes`, the references of both).
 */
export function recipeExamples<T extends Location & { name: string }>(
  refs: readonly T[],
  roles: Map<T, RoleAssignment>,
  ownRole: (name: string) => RoleAssignment | null,
  recipes: readonly Location[] = refs,
  /** When given, only folders whose configs name two or more of these models count: recipes for different models, not the stages of one training run. */
  alternativesAmong?: readonly (Location & { name: string })[],
): void {
  const modelsIn = perFolder(alternativesAmong ?? [], (m) => checkpointName(m.name));
  const filesOf = perFolder(recipes, (r) => r.file);
  const byFolder = new Map<string, { files: Set<string>; named: Map<string, Set<string>>; refs: T[] }>();
  for (const r of refs) {
    if (!isConfigFile(r.file)) continue;
    const folder = folderOf(r.file);
    let group = byFolder.get(folder);
    if (!group)
      byFolder.set(folder, (group = { files: filesOf.get(folder) ?? new Set(), named: new Map(), refs: [] }));
    group.files.add(r.file);
    const name = checkpointName(r.name);
    let files = group.named.get(name);
    if (!files) group.named.set(name, (files = new Set()));
    files.add(r.file);
    group.refs.push(r);
  }
  for (const [folder, group] of byFolder) {
    if (group.files.size < MIN_RECIPES) continue;
    if (alternativesAmong && (modelsIn.get(folder)?.size ?? 0) < 2) continue;
    for (const r of group.refs) {
      const role = roles.get(r);
      if (role?.role !== 'runtime') continue;
      const namedBy = group.named.get(checkpointName(r.name))?.size ?? 0;
      if (namedBy === group.files.size) continue;
      roles.set(
        r,
        (role.own ? ownRole(r.name) : null) ?? {
          role: 'example',
          reason: `named by ${namedBy} of the ${group.files.size} recipe configs in ${folder || './'} (${r.file}:${r.line})`,
          recipe: true,
        },
      );
    }
  }
}

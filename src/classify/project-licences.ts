import type { LicenceEvidence } from '../types/evidence.js';
import { groupBy } from '../util/group-by.js';

/** Directory of a repository path ("" for the root). */
export function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i === -1 ? '' : file.slice(0, i);
}

/** REUSE keeps licence texts in LICENSES/ at the root; they govern the whole project. */
function isRootLicenceFile(e: LicenceEvidence): boolean {
  const dir = dirOf(e.file);
  return (dir === '' || dir === 'LICENSES') && layerOfLicenceFile(e.file) === 'code';
}

// DATA_LICENSE, MODEL_LICENSE, WEIGHTS_LICENSE ... name the layer they cover, and so do
// LICENSE-MODEL, LICENSE_DATA (DeepSeek writes LICENSE-CODE and LICENSE-MODEL), with one word
// between allowed (Stanford Alpaca's WEIGHT_DIFF_LICENSE).
const NAMED_FOR_LAYER =
  /^(?:(data(?:set)?|model|weights?)(?:[-_. ][a-z]{1,10})?[-_. ]?licen[cs]e|licen[cs]e[-_. ](data(?:set)?|model|weights?)\b)/i;

/** The layer a licence file speaks for, by its name: most cover code; some say data or weights. */
export function layerOfLicenceFile(file: string): 'code' | 'data' | 'weights' {
  const m = NAMED_FOR_LAYER.exec(file.slice(file.lastIndexOf('/') + 1));
  if (!m) return 'code';
  return (m[1] ?? m[2] ?? '').toLowerCase().startsWith('data') ? 'data' : 'weights';
}

/**
 * The licence evidence that speaks for the project's own code: licence files and
 * manifests at the root, and SPDX headers anywhere. Licence files deeper down belong to
 * the folder they sit in (a model folder's LICENSE covers that model), and card licences
 * cover weights, so neither is here unless the root card is all there is.
 */
export function projectLicenceEvidence(licences: readonly LicenceEvidence[]): LicenceEvidence[] {
  // A manifest that points at a licence file says what that file says: the file speaks for itself.
  const licenceFiles = new Set(licences.filter((e) => e.source === 'licence-file').map((e) => e.file));
  const own = licences.filter((e) => {
    if (e.pointsTo !== undefined && licenceFiles.has(e.pointsTo)) return false;
    if (e.source === 'spdx-header') return true;
    if (e.source === 'licence-file') return isRootLicenceFile(e);
    if (e.source === 'manifest') return dirOf(e.file) === '';
    return false;
  });
  if (own.length) return own;
  // A Hugging Face repository's root card licence covers the whole repository.
  return licences.filter((e) => e.source === 'card' && dirOf(e.file) === '');
}

/**
 * The licence evidence nearest to a file: a licence file or card in the same folder or
 * the closest parent folder (the root counts). Used for weights and configs.
 */
export function nearestLicenceEvidence(
  file: string,
  licences: readonly LicenceEvidence[],
): LicenceEvidence[] {
  const byDir = folderLicences(licences);
  let dir = dirOf(file);
  for (;;) {
    const here = byDir.get(dir);
    if (here) return [...here];
    if (dir === '') return [];
    dir = dirOf(dir);
  }
}

// Licence files and cards by folder, in evidence order, built once per evidence list: a
// large repository asks for the nearest licence of thousands of files.
const folderIndex = new WeakMap<readonly LicenceEvidence[], Map<string, LicenceEvidence[]>>();

/** The licence files and cards in one folder (not its parents), in evidence order. */
export function licencesInFolder(
  licences: readonly LicenceEvidence[],
  dir: string,
): readonly LicenceEvidence[] {
  return folderLicences(licences).get(dir) ?? [];
}

function folderLicences(licences: readonly LicenceEvidence[]): Map<string, LicenceEvidence[]> {
  let byDir = folderIndex.get(licences);
  if (!byDir) {
    const filesAndCards = licences.filter((e) => e.source === 'licence-file' || e.source === 'card');
    byDir = groupBy(filesAndCards, (e) => dirOf(e.file));
    folderIndex.set(licences, byDir);
  }
  return byDir;
}

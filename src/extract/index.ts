import type { Extractor } from '../types/extractor.js';
import { referenceExtractor } from './references/reference-extractor.js';
import { proseModelExtractor } from './references/prose-models.js';
import { licenceFileExtractor } from './licence/licence-file-extractor.js';
import { spdxHeaderExtractor } from './licence/spdx-header-extractor.js';
import { manifestExtractor } from './manifests/manifest-extractor.js';
import { artefactExtractor } from './artefacts/artefact-extractor.js';
import { cardExtractor } from './cards/card-extractor.js';
import { claimsExtractor } from './claims/claims-extractor.js';
import { projectExtractor } from './project/project-extractor.js';

/** Every extractor the scan runs, in order. Adding one is adding a line here. */
export const defaultExtractors: readonly Extractor[] = [
  referenceExtractor,
  proseModelExtractor,
  licenceFileExtractor,
  spdxHeaderExtractor,
  manifestExtractor,
  artefactExtractor,
  cardExtractor,
  claimsExtractor,
  projectExtractor,
];

import type { Extractor } from '../types/extractor.js';
import { licenceFileExtractor } from './licence/licence-file-extractor.js';

/** Every extractor the scan runs, in order. Adding one is adding a line here. */
export const defaultExtractors: readonly Extractor[] = [licenceFileExtractor];

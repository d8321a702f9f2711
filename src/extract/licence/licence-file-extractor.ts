import type { Extractor } from '../../types/extractor.js';

// Placeholder until the licence matcher lands (same session); recognises nothing yet.
export const licenceFileExtractor: Extractor = {
  name: 'licence-file',
  wants: () => null,
  extract: () => undefined,
};

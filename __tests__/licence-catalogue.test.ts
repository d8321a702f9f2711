import { describe, expect, it } from '@jest/globals';
import spdxIds from 'spdx-license-list';
import {
  licenceStatus,
  lookupExpression,
  lookupLicence,
  normaliseLicenceId,
} from '../src/knowledge/licences/catalogue.js';
import { HUB_LICENCE_IDS } from '../src/knowledge/licences/hub-licence-ids.js';
import { MODELS } from '../src/knowledge/models.js';
import { DATASETS } from '../src/knowledge/datasets.js';
import { AI_LICENCES } from '../src/knowledge/licences/ai-licences.js';

describe('licence catalogue', () => {
  it.each([
    ['apache-2.0', 'Apache-2.0'],
    ['Apache 2.0', 'Apache-2.0'],
    ['MIT License', 'MIT'],
    ['llama3.1', 'LicenseRef-llama3.1'],
    ['Llama 3.1 Community License Agreement', 'LicenseRef-llama3.1'],
    ['gemma', 'LicenseRef-gemma'],
    ['openrail++', 'LicenseRef-openrail-plusplus'],
    ['cc-by-nc-4.0', 'CC-BY-NC-4.0'],
    ['odc-by', 'ODC-By-1.0'],
    ['https://www.apache.org/licenses/LICENSE-2.0', 'Apache-2.0'],
    ['https://creativecommons.org/licenses/by-sa/4.0/', 'CC-BY-SA-4.0'],
    ['other', 'NOASSERTION'],
  ])('normalises %j to %s', (raw, id) => {
    expect(normaliseLicenceId(raw)).toBe(id);
  });

  it('finds SPDX names whether or not an alias of ours has them, and takes no object key for a name', () => {
    expect(normaliseLicenceId('Mozilla Public License 2.0')).toBe('MPL-2.0');
    expect(normaliseLicenceId('GNU General Public License v3.0 only')).toBe('GPL-3.0-only');
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(normaliseLicenceId(key)).toBeNull();
  });

  it('maps every Hub licence id to something it knows', () => {
    expect(Object.keys(HUB_LICENCE_IDS)).toHaveLength(83);
    for (const hub of Object.keys(HUB_LICENCE_IDS)) expect(lookupLicence(hub).known).toBe(true);
  });

  it('categorises SPDX licences: OSI code, open data, and restricted variants', () => {
    expect(lookupLicence('MIT').category).toBe('open-code');
    expect(lookupLicence('CC-BY-4.0').category).toBe('open-data');
    expect(lookupLicence('CDLA-Permissive-2.0').category).toBe('open-data');
    expect(lookupLicence('CC-BY-NC-SA-4.0').category).toBe('restricted');
    expect(lookupLicence('BUSL-1.1').category).toBe('restricted');
    expect(lookupLicence('WTFPL').category).toBe('unknown');
    expect(lookupLicence('LicenseRef-llama3.1').ai?.userCap).toMatch(/700/);
    expect(lookupLicence('no such licence').known).toBe(false);
  });

  it('takes the most open branch of OR and the least open part of AND', () => {
    expect(lookupExpression('MIT OR LicenseRef-llama3.1').category).toBe('open-code');
    expect(lookupExpression('MIT AND LicenseRef-llama3.1').category).toBe('restricted');
    expect(lookupExpression('(MIT OR GPL-3.0-only) AND CC-BY-4.0').category).toBe('open-data');
    expect(lookupExpression('Apache-2.0 WITH LLVM-exception').ids).toEqual(['Apache-2.0']);
    expect(lookupExpression('MIT OR Apache-2.0').expression).toBe('MIT OR Apache-2.0');
  });

  it('grades code more strictly than data and weights', () => {
    expect(licenceStatus('open-data', 'code')).toBe('unknown');
    expect(licenceStatus('open-data', 'weights')).toBe('open');
    expect(licenceStatus('restricted', 'data')).toBe('restricted');
  });

  it('knows every licence the model and dataset entries name', () => {
    const unknown = [
      ...MODELS.flatMap((m) => [m.weightsLicence, m.codeLicence]),
      ...DATASETS.map((d) => d.licence),
    ]
      .filter((l): l is string => l !== null)
      .filter((l) => lookupExpression(l).parts.some((p) => !p.known));
    expect(unknown).toEqual([]);
  });

  it('has an SPDX list to work from', () => {
    expect(Object.keys(spdxIds).length).toBeGreaterThan(500);
  });
});

describe('AI licence entries', () => {
  it.each(AI_LICENCES.map((e) => [e.id, e] as const))(
    '%s has sources, a valid category and terms',
    (_id, entry) => {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const url of entry.sources) expect(url).toMatch(/^https:\/\/\S+$/);
      expect(['open', 'permissive-custom', 'restricted', 'non-commercial']).toContain(entry.category);
      expect(['allowed', 'restricted', 'prohibited']).toContain(entry.commercialUse);
      expect(entry.id === 'AML' || entry.id.startsWith('LicenseRef-')).toBe(true);
      expect(entry.markers.length + (entry.familyMarkers?.length ?? 0)).toBeGreaterThan(0);
      expect(lookupLicence(entry.id).known).toBe(true);
    },
  );

  it('gives every id one entry', () => {
    const ids = AI_LICENCES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

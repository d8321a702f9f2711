import { describe, expect, test } from '@jest/globals';
import { identifyLicenceText } from '../src/extract/licence/identify.js';
import { sameTextIds, spdxCorpus } from '../src/extract/licence/spdx-corpus.js';
import { SPDX, licenceFileFor } from './helpers/spdx-fill.js';

// Every OSI-approved or Creative Commons licence in spdx-license-list, filled in and
// re-wrapped as a project would commit it, must be identified as itself (or as an id
// SPDX gives the very same text, such as GPL-2.0-only / GPL-2.0-or-later).
const IDS = Object.keys(SPDX)
  .filter((id) => SPDX[id]?.osiApproved === true || id.startsWith('CC-'))
  .sort();

/** Drops every third word, keeping the line structure. */
function dropEveryThirdWord(text: string): string {
  let n = 0;
  return text.replace(/\S+/g, (word) => (++n % 3 === 0 ? '' : word));
}

describe('the SPDX corpus', () => {
  test('loads once, quickly, with same-text groups', () => {
    const started = Date.now();
    const corpus = spdxCorpus();
    const warmUp = Date.now() - started;
    expect(corpus.licences.length).toBeGreaterThan(600);
    expect(spdxCorpus()).toBe(corpus);
    // Well under a second on a workstation; generous here for shared CI cores.
    expect(warmUp).toBeLessThan(5000);
    expect(sameTextIds('GPL-2.0-only')).toEqual(
      expect.arrayContaining(['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-2.0']),
    );
    expect(sameTextIds('GPL-2.0-only')[0]).toBe('GPL-2.0-only'); // current id before the deprecated alias
    expect(sameTextIds('GPL-2.0')[0]).toBe('GPL-2.0-only');
    // CC-BY-1.0 and CC-BY-SA-1.0 differ only in their titles: not the same text.
    expect(sameTextIds('CC-BY-1.0')).not.toContain('CC-BY-SA-1.0');
    expect(sameTextIds('MIT')).toEqual(['MIT']);
  });

  test(`identifies each of the ${IDS.length} OSI / CC licences, filled in and re-wrapped as Markdown`, () => {
    expect(IDS.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    const methods = { exact: 0, dice: 0, phrase: 0, reference: 0 };
    const started = Date.now();
    for (const id of IDS) {
      const match = identifyLicenceText(licenceFileFor(id));
      if (match?.id == null || !sameTextIds(match.id).includes(id))
        wrong.push(`${id} -> ${match?.id ?? 'null'}`);
      else methods[match.method]++;
    }
    const perLicence = (Date.now() - started) / IDS.length;
    console.log(
      `SPDX corpus: ${IDS.length - wrong.length}/${IDS.length} identified (exact ${methods.exact}, dice ${methods.dice}, phrase ${methods.phrase}); ${perLicence.toFixed(1)} ms each`,
    );
    expect(wrong).toEqual([]);
    // Each is read as the text it is, never as a notice naming a licence.
    expect(methods.reference).toBe(0);
    expect(perLicence).toBeLessThan(50);
  });

  test('a text with a third of its words removed is never taken for a different licence', () => {
    const confused: string[] = [];
    let asItself = 0;
    let unidentified = 0;
    for (const id of IDS) {
      const match = identifyLicenceText(dropEveryThirdWord(licenceFileFor(id)));
      if (match?.id == null) unidentified++;
      else if (sameTextIds(match.id).includes(id)) asItself++;
      else confused.push(`${id} -> ${match.id}`);
    }
    console.log(
      `Damaged texts: ${asItself} still identified as themselves, ${unidentified} unidentified, ${confused.length} confused`,
    );
    expect(confused).toEqual([]);
  });
});

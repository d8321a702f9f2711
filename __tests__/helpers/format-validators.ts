// The validators of the output formats, from the packages that ship the schemas: SARIF 2.1.0
// from @microsoft/jest-sarif, CycloneDX 1.6 from the CycloneDX library's strict validator.

import { expect } from '@jest/globals';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation';
import { Version } from '@cyclonedx/cyclonedx-library/Spec';

expect.extend({ toBeValidSarifLog });
declare module 'expect' {
  interface Matchers<R> {
    toBeValidSarifLog(): R;
  }
}

const cyclonedx = new JsonStrictValidator(Version.v1dot6);

/** null when the text is a valid CycloneDX 1.6 document, else what is wrong. */
export function cyclonedxErrors(text: string): Promise<unknown> {
  return cyclonedx.validate(text);
}

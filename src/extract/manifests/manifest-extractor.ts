import type { Extractor } from '../../types/extractor.js';
import { cargoTomlParser } from './cargo-toml.js';
import { condaEnvironmentParser } from './conda-environment.js';
import { goModParser } from './go-mod.js';
import { gradleParser, mavenPomParser } from './maven-gradle.js';
import type { ManifestParser } from './manifest-parser.js';
import { packageJsonParser } from './package-json.js';
import { packageLockParser } from './package-lock.js';
import { pipfileParser } from './pipfile.js';
import { pyprojectParser } from './pyproject-toml.js';
import { requirementsTxtParser } from './requirements-txt.js';
import { setupCfgParser } from './setup-cfg.js';

/** Every manifest format, each matched by file name only. */
export const MANIFEST_PARSERS: readonly ManifestParser[] = [
  packageJsonParser,
  packageLockParser,
  requirementsTxtParser,
  pyprojectParser,
  setupCfgParser,
  pipfileParser,
  condaEnvironmentParser,
  goModParser,
  cargoTomlParser,
  mavenPomParser,
  gradleParser,
];

/** Dependencies (with their AI role) and the project's own licence from package manifests. */
export const manifestExtractor: Extractor = {
  name: 'manifests',
  wants: (file) => (MANIFEST_PARSERS.some((p) => p.matches(file)) ? 'text' : null),
  extract(file, sink) {
    // Too large, binary or unreadable: the reader has already warned.
    if (file.text === undefined) return;
    const parser = MANIFEST_PARSERS.find((p) => p.matches(file.info));
    parser?.parse(file.text, file.info.path, sink);
  },
};

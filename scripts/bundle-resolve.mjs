// How both bundlers (scripts/bundle.mjs, scripts/bench.mjs) resolve packages.
export const resolveOptions = {
  // The package's index.js only re-exports spdx.json; as CommonJS it would have each of its
  // 700 entries copied into an ES module namespace on every start.
  alias: { 'spdx-license-list': 'spdx-license-list/spdx.json' },
  // The CycloneDX library's optional plug-ins (XML output, validation, purl objects): it asks
  // for them in a try and goes without; we use none of them at run time.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019', 'packageurl-js'],
};

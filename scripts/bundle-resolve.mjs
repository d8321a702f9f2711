// How both bundlers (scripts/bundle.mjs, scripts/bench.mjs) resolve and load modules.
import fs from 'node:fs';

// The knowledge base's data files become one JSON.parse of a string each: V8 reads JSON
// faster than the same data written as a JavaScript object literal, and these run at start.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]knowledge[\\/]data[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(fs.readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

export const resolveOptions = {
  plugins: [jsonAsParse],
  // The package's index.js only re-exports spdx.json; as CommonJS it would have each of its
  // 700 entries copied into an ES module namespace on every start.
  alias: { 'spdx-license-list': 'spdx-license-list/spdx.json' },
  // The CycloneDX library's optional plug-ins (XML output, validation, purl objects): it asks
  // for them in a try and goes without; we use none of them at run time.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019', 'packageurl-js'],
};

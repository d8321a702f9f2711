#!/usr/bin/env node
const __launcherUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/launch/compiled-bundle.ts
var import_node_buffer = require("node:buffer");
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_module = require("node:module");
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var import_node_vm = __toESM(require("node:vm"), 1);

// src/util/cache-dir.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function cacheDir(env = process.env) {
  const chosen = env.AI_OPENNESS_CACHE_DIR;
  if (chosen) return import_node_path.default.resolve(chosen);
  const base = env.XDG_CACHE_HOME || import_node_path.default.join(import_node_os.default.homedir(), ".cache");
  return import_node_path.default.join(base, "ai-openness-check");
}

// src/launch/compiled-bundle.ts
function runCompiledBundle(url, env = process.env, argv = process.argv.slice(2)) {
  const file = (0, import_node_url.fileURLToPath)(url);
  const bytes = import_node_fs.default.readFileSync(file);
  const source = bytes.toString((0, import_node_buffer.isAscii)(bytes) ? "latin1" : "utf8");
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE ? null : cacheFileFor(file, env, commandOf(argv));
  const cachedData = cacheFile === null ? void 0 : readIfThere(cacheFile);
  const script = new import_node_vm.default.Script(source, { filename: file, ...cachedData ? { cachedData } : {} });
  if (cacheFile !== null) {
    const fresh = cachedData === void 0 || script.cachedDataRejected === true;
    const uses = fresh ? 0 : readUses(cacheFile);
    if (uses <= LAST_REWRITE) writeAtomically(usesFile(cacheFile), () => Buffer.from(String(uses + 1)));
    if (fresh || REWRITE_AFTER.has(uses))
      process.once("exit", () => writeAtomically(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module2 = { exports: {} };
  run.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path2.default.dirname(file), url.href);
}
var REWRITE_AFTER = /* @__PURE__ */ new Set([1, 2, 4, 8]);
var LAST_REWRITE = Math.max(...REWRITE_AFTER);
var usesFile = (cacheFile) => `${cacheFile}.uses`;
function readUses(cacheFile) {
  const n = Number.parseInt(readIfThere(usesFile(cacheFile))?.toString("latin1") ?? "", 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}
function commandOf(argv) {
  const word = argv.find((a) => !a.startsWith("-")) ?? (argv.length > 0 ? "option" : "none");
  return /^[a-z][a-z-]{0,19}$/.test(word) ? word : "other";
}
function cacheFileFor(file, env, command) {
  try {
    const stat = import_node_fs.default.statSync(file);
    const name = `${import_node_path2.default.basename(file)}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}-${command}.bin`;
    return import_node_path2.default.join(cacheDir(env), "compiled", name);
  } catch {
    return null;
  }
}
function readIfThere(file) {
  try {
    return import_node_fs.default.readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeAtomically(file, data) {
  try {
    import_node_fs.default.mkdirSync(import_node_path2.default.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    import_node_fs.default.writeFileSync(temp, data());
    import_node_fs.default.renameSync(temp, file);
  } catch {
  }
}

// src/launch/cli.ts
runCompiledBundle(new URL("./cli-main.cjs", __launcherUrl));

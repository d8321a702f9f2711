#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/launch/compiled-bundle.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

// src/util/cache-dir.ts
import os from "node:os";
import path from "node:path";
function cacheDir(env = process.env) {
  const chosen = env.AI_OPENNESS_CACHE_DIR;
  if (chosen) return path.resolve(chosen);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "ai-openness-check");
}

// src/launch/compiled-bundle.ts
function runCompiledBundle(url, env = process.env) {
  const file = fileURLToPath(url);
  const source = fs.readFileSync(file, "utf8");
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE ? null : cacheFileFor(file, env);
  const cachedData = cacheFile === null ? void 0 : readIfThere(cacheFile);
  const script = new vm.Script(source, { filename: file, ...cachedData ? { cachedData } : {} });
  if (cacheFile !== null && (cachedData === void 0 || script.cachedDataRejected === true)) {
    process.once("exit", () => writeAtomically(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, path2.dirname(file), url.href);
}
function cacheFileFor(file, env) {
  try {
    const stat = fs.statSync(file);
    const name = `${path2.basename(file)}-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}.bin`;
    return path2.join(cacheDir(env), "compiled", name);
  } catch {
    return null;
  }
}
function readIfThere(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeAtomically(file, data) {
  try {
    fs.mkdirSync(path2.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, data());
    fs.renameSync(temp, file);
  } catch {
  }
}

// src/launch/cli.ts
runCompiledBundle(new URL("./cli-main.cjs", import.meta.url));

#!/usr/bin/env node
// The CLI's entry point: a few lines that run the CLI bundle (dist/cli-main.cjs) with
// compiled code from the cache (compiled-bundle.ts).
import { runCompiledBundle } from './compiled-bundle.js';

runCompiledBundle(new URL('./cli-main.cjs', import.meta.url));

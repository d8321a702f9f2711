// Jest setup: the tool's cache folder (compiled code, later the resolver's answers) points
// into the temporary folder, so neither the tests nor the CLIs they start write to ~/.cache.
import os from 'node:os';
import path from 'node:path';

process.env.AI_OPENNESS_CACHE_DIR ??= path.join(os.tmpdir(), 'ai-openness-test-cache');

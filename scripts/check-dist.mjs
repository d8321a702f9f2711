// Fails when the committed dist/ is not what the sources build to.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-openness-dist-'));
try {
  execFileSync(process.execPath, ['scripts/bundle.mjs', fresh], { stdio: 'inherit' });
  const list = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
  const committed = list('dist');
  const built = list(fresh);
  const problems = [];
  for (const name of new Set([...committed, ...built])) {
    const a = path.join('dist', name);
    const b = path.join(fresh, name);
    if (!fs.existsSync(a)) problems.push(`dist/${name} is missing`);
    else if (!fs.existsSync(b)) problems.push(`dist/${name} is not built from the sources any more`);
    else if (!fs.readFileSync(a).equals(fs.readFileSync(b)))
      problems.push(`dist/${name} differs from a fresh build`);
  }
  if (problems.length) {
    console.error(`${problems.join('\n')}\nRun "npm run bundle" and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches the sources.');
} finally {
  fs.rmSync(fresh, { recursive: true, force: true });
}

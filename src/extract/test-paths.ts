// Test suites and CI pipelines load models to test the code (tiny-random-gpt2, a 15M-parameter
// llama in CI): what they reference is weaker evidence of the system the project builds.

const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'testing', 'spec', 'specs', 'e2e', 'fixtures']);
const TEST_FILE = /^(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?)$/;

/** True for files in a test folder, test files by their name, and CI workflows. */
export function isTestOrCiPath(file: string): boolean {
  if (file.startsWith('.github/workflows/')) return true;
  const parts = file.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (TEST_FILE.test(name)) return true;
  for (let i = 0; i < parts.length - 1; i++) if (TEST_DIRS.has((parts[i] ?? '').toLowerCase())) return true;
  return false;
}

// Test suites and CI pipelines load models to test the code (tiny-random-gpt2, a 15M-parameter
// llama in CI): what they reference is weaker evidence of the system the project builds.

/** A folder on the path named for tests (one regex over the path: this runs for every hit). */
const TEST_DIR = /(?:^|\/)(?:test|tests|__tests__|testing|spec|specs|e2e|fixtures)\//i;
const TEST_FILE =
  /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?)$/;

/** True for files in a test folder, test files by their name, and CI workflows. */
export function isTestOrCiPath(file: string): boolean {
  return file.startsWith('.github/workflows/') || TEST_DIR.test(file) || TEST_FILE.test(file);
}

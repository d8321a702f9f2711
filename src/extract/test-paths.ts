// Test suites and CI pipelines load models to test the code (tiny-random-gpt2, a 15M-parameter
// llama in CI): what they reference is weaker evidence of the system the project builds.

const TEST_FOLDER_NAMES = ['test', 'tests', '__tests__', 'testing', 'spec', 'specs', 'e2e', 'fixtures'];
/** A folder on the path named for tests (one regex over the path: this runs for every hit). */
const TEST_DIR = new RegExp(`(?:^|/)(?:${TEST_FOLDER_NAMES.join('|')})/`, 'i');
const TEST_FOLDER = new RegExp(`^(?:${TEST_FOLDER_NAMES.join('|')})$`, 'i');
const TEST_FILE =
  /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?)$/;

/** True for files in a test folder, test files by their name, and CI workflows. */
export function isTestOrCiPath(file: string): boolean {
  return file.startsWith('.github/workflows/') || TEST_DIR.test(file) || TEST_FILE.test(file);
}

/** True for one folder's name that is a test folder ("tests", "__tests__"). */
export function isTestFolderName(name: string): boolean {
  return TEST_FOLDER.test(name);
}

/** True for a file name (without its folder) that names a test file ("test_app.py", "a.spec.ts"). */
export function isTestFileName(name: string): boolean {
  return TEST_FILE.test(name);
}

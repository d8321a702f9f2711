// ts-jest in ESM mode: sources import siblings as "./x.js"; the mapper points those at the .ts files.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/helpers/isolated-cache.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/examples/'],
  collectCoverageFrom: ['src/**/*.ts'],
};

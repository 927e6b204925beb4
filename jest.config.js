// force timezone to UTC to allow tests to work regardless of local timezone
process.env.TZ = 'UTC';

const base = require('./.config/jest.config');
const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');

// Vega 6 and Vega-Lite 6 ship as ES modules only, with their d3-* and vega-* dependencies.
const esModules = [...grafanaESModules, 'vega', 'vega-[a-z-]+', 'd3-[a-z-]+', 'internmap', 'delaunator', 'robust-predicates', 'json-stringify-pretty-compact'];
const transformIgnorePatterns = [nodeModulesToTransform(esModules)];

// Like the scaffold's transform, plus .mjs files (d3-* and vega-* ship them).
const swc = Object.values(base.transform)[0];
const transform = { '^.+\\.(m?js|tsx?|jsx)$': swc };

const shared = {
  transform,
  moduleNameMapper: base.moduleNameMapper,
  transformIgnorePatterns,
  modulePaths: base.modulePaths,
};

module.exports = {
  randomize: true,
  resetMocks: true,
  projects: [
    {
      ...base,
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jest-environment-jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}', '<rootDir>/sandbox/host/**/*.test.{ts,tsx}'],
    },
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/sandbox/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/e2e/', '<rootDir>/sandbox/host/'],
    },
    {
      ...shared,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts',
    },
  ],
};

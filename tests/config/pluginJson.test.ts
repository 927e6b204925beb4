import fs from 'node:fs';
import path from 'node:path';

// Rules of Grafana's documented plugin.json schema (docs/sources/developers/plugins/plugin.schema.json),
// checked on what Grafana actually loads: dist/plugin.json after the build.
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource|secretsmanager|transformer)$/;

const TOP_LEVEL = new Set([
  '$schema', 'id', 'type', 'name', 'info', 'dependencies', 'alerting', 'annotations', 'autoEnabled', 'backend',
  'buildMode', 'builtIn', 'category', 'enterpriseFeatures', 'executable', 'hideFromList', 'includes', 'logs',
  'metrics', 'mixed', 'preload', 'queryOptions', 'routes', 'skipDataQuery', 'state', 'streaming', 'tracing',
  'iam', 'roles', 'languages', 'extensions', 'tables', 'module', 'baseUrl', 'signature', 'signatureType',
  'signatureOrg', 'pascalName', 'aliasIDs', 'buildMode', 'dataProxy',
]);
const INFO = new Set(['author', 'build', 'description', 'keywords', 'links', 'logos', 'screenshots', 'updated', 'version']);
const DEPENDENCIES = new Set(['grafanaDependency', 'grafanaVersion', 'plugins', 'extensions']);

function readDistPluginJson() {
  const file = path.join(DIST, 'plugin.json');
  if (!fs.existsSync(file)) {
    throw new Error('dist/plugin.json is missing: run `npm run build` first');
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

describe('dist/plugin.json', () => {
  const json = readDistPluginJson();
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('has the required top-level properties and no others', () => {
    for (const key of ['type', 'name', 'id', 'info', 'dependencies']) {
      expect(json).toHaveProperty(key);
    }
    expect(Object.keys(json).filter((key) => !TOP_LEVEL.has(key))).toEqual([]);
  });

  it('is the Segment Matrix panel with an id the schema accepts', () => {
    expect(json.id).toBe('seglens-segmentmatrix-panel');
    expect(json.id).toMatch(ID_PATTERN);
    expect(json.type).toBe('panel');
    expect(json.name).toBe('Segment Matrix');
  });

  it('has info with logos, version from package.json, build date and keywords', () => {
    expect(Object.keys(json.info).filter((key) => !INFO.has(key))).toEqual([]);
    expect(json.info.version).toBe(pkg.version);
    expect(json.info.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(json.info.keywords)).toBe(true);
    expect(json.info.keywords.length).toBeGreaterThanOrEqual(1);
    expect(typeof json.info.description).toBe('string');
    expect(json.info.logos).toEqual({ small: expect.any(String), large: expect.any(String) });
  });

  it('names logos (and screenshots) that exist in dist/', () => {
    const files = [json.info.logos.small, json.info.logos.large, ...(json.info.screenshots ?? []).map((s: { path: string }) => s.path)];
    for (const file of files) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });

  it('declares the oldest supported Grafana as a semver range', () => {
    expect(Object.keys(json.dependencies).filter((key) => !DEPENDENCIES.has(key))).toEqual([]);
    expect(json.dependencies.grafanaDependency).toMatch(/^>=\d+\.\d+\.\d+$/);
    const [major, minor] = json.dependencies.grafanaDependency.slice(2).split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(1203);
  });

  it('ships module.js, its source map, README, CHANGELOG and LICENSE', () => {
    for (const file of ['module.js', 'module.js.map', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on our machines: the compose file is checked by parsing it.
const ROOT = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yaml'), 'utf8'));
const PLUGIN_ID = 'seglens-segmentmatrix-panel';

function volume(service: { volumes: string[] }, target: string) {
  return service.volumes.map((v) => v.split(':')).find(([, t]) => t === target);
}

describe('docker-compose.yaml', () => {
  const { grafana, warehouse } = compose.services;

  it('pins the Grafana image to the version the plugin is built against', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(grafana.image).toBe(`grafana/grafana:${pkg.dependencies['@grafana/data']}`);
  });

  it('mounts dist/ as the plugin and provisioning/ as Grafana provisioning', () => {
    const plugin = volume(grafana, `/var/lib/grafana/plugins/${PLUGIN_ID}`);
    expect(plugin?.[0]).toBe('./dist');
    expect(volume(grafana, '/etc/grafana/provisioning')?.[0]).toBe('./provisioning');
    expect(fs.existsSync(path.join(ROOT, 'provisioning'))).toBe(true);
  });

  it('allows the unsigned plugin by its id', () => {
    expect(grafana.environment.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS).toBe(PLUGIN_ID);
  });

  it('runs Postgres 15 seeded from provisioning/warehouse with a health check Grafana waits for', () => {
    expect(warehouse.image).toMatch(/^postgres:15(\.|-|$)/);
    expect(volume(warehouse, '/docker-entrypoint-initdb.d')?.[0]).toBe('./provisioning/warehouse');
    expect(warehouse.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(grafana.depends_on.warehouse.condition).toBe('service_healthy');
    expect(grafana.healthcheck.test.join(' ')).toContain('/api/health');
  });

  it('gives the provisioned data source every variable it reads', () => {
    const datasource = fs.readFileSync(path.join(ROOT, 'provisioning/datasources/warehouse.yaml'), 'utf8');
    const used = [...datasource.matchAll(/\$(\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) {
      expect(grafana.environment).toHaveProperty(name);
    }
    expect(datasource).toContain('type: grafana-postgresql-datasource');
    expect(datasource).toMatch(/uid: \S+/);
  });

  it('binds published ports to loopback only', () => {
    for (const service of [grafana, warehouse]) {
      for (const port of service.ports) {
        expect(port).toMatch(/^127\.0\.0\.1:/);
      }
    }
  });
});

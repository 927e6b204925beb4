import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_OPTIONS } from '../../src/constants';
import { FIELD_ROLES } from '../../src/model/defaults';

// The provisioned dashboards, checked as Grafana would load them (no Grafana server runs here).
const ROOT = path.resolve(__dirname, '../..');
const DASHBOARDS = path.join(ROOT, 'provisioning/dashboards');
const PLUGIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/plugin.json'), 'utf8'));
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** Panel types of Grafana 12.3 core (public/app/plugins/panel) that the dashboards may use, plus this plugin. */
const CORE_PANELS = [
  'table',
  'timeseries',
  'text',
  'stat',
  'gauge',
  'bargauge',
  'barchart',
  'piechart',
  'xychart',
  'row',
  'dashlist',
  'news',
];
const PANEL_TYPES = new Set([PLUGIN.id, ...CORE_PANELS]);
/** Macros of Grafana's Postgres data source (and of the sandbox's engine). */
const MACROS = new Set([
  '__time',
  '__timeEpoch',
  '__timeFilter',
  '__timeFrom',
  '__timeTo',
  '__timeGroup',
  '__timeGroupAlias',
  '__unixEpochFilter',
  '__unixEpochNanoFilter',
  '__unixEpochNanoFrom',
  '__unixEpochNanoTo',
  '__unixEpochGroup',
  '__unixEpochGroupAlias',
  '__unixEpochFrom',
  '__unixEpochTo',
]);
const BUILT_INS = new Set([
  '__from',
  '__to',
  '__interval',
  '__interval_ms',
  '__range',
  '__range_s',
  '__range_ms',
  '__rate_interval',
  '__dashboard',
  '__user',
  '__org',
  '__name',
  '__timezone',
]);
const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::\w+)?\]\]|\$\{(\w+)(?:\.[^:^}]+)?(?::([^}]+))?\}/g;

type Json = Record<string, any>;

const files = fs
  .readdirSync(DASHBOARDS)
  .filter((f) => f.endsWith('.json'))
  .sort();
const dashboards: Array<[string, Json]> = files.map((f) => [
  f,
  JSON.parse(fs.readFileSync(path.join(DASHBOARDS, f), 'utf8')),
]);

const datasources: Array<{ uid: string; type: string }> = fs
  .readdirSync(path.join(ROOT, 'provisioning/datasources'))
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => parse(fs.readFileSync(path.join(ROOT, 'provisioning/datasources', f), 'utf8')).datasources ?? []);

function allPanels(dashboard: Json): Json[] {
  return dashboard.panels.flatMap((p: Json) => [p, ...(p.panels ?? [])]);
}

/** Every text of a dashboard where Grafana interpolates variables, with where it is. */
function templatedTexts(dashboard: Json): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const panel of allPanels(dashboard)) {
    texts.push(
      [`panel ${panel.id} title`, panel.title ?? ''],
      [`panel ${panel.id} description`, panel.description ?? '']
    );
    (panel.targets ?? []).forEach((t: Json) => texts.push([`panel ${panel.id} query ${t.refId}`, t.rawSql ?? '']));
    if (typeof panel.options?.content === 'string') {
      texts.push([`panel ${panel.id} text`, panel.options.content]);
    }
    if (panel.options?.period) {
      texts.push([`panel ${panel.id} period`, `${panel.options.period.baseline} ${panel.options.period.current}`]);
    }
  }
  for (const v of dashboard.templating?.list ?? []) {
    texts.push([`variable ${v.name}`, typeof v.query === 'string' ? v.query : (v.query?.rawSql ?? '')]);
  }
  return texts;
}

function variablesIn(text: string): Array<{ name: string; format?: string; at: number }> {
  return [...text.matchAll(VARIABLE)].map((m) => ({ name: m[1] ?? m[2] ?? m[3], format: m[4], at: m.index! }));
}

/** Whether position `at` of the SQL is inside a '…' string literal or a "…" quoted identifier. */
function quoteContext(sql: string, at: number): 'literal' | 'identifier' | 'none' {
  let quote: string | null = null;
  for (let i = 0; i < at; i++) {
    if (quote === null && (sql[i] === "'" || sql[i] === '"')) {
      quote = sql[i];
    } else if (sql[i] === quote) {
      quote = null;
    }
  }
  return quote === "'" ? 'literal' : quote === '"' ? 'identifier' : 'none';
}

function overlaps(a: Json, b: Json): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('provisioned dashboards', () => {
  it('include the QBR and the analyst dashboards, with fixed, unique uids and titles', () => {
    const byUid = new Map(dashboards.map(([, d]) => [d.uid, d.title]));
    expect(byUid.get('segment-qbr')).toBe('Segment effectiveness — QBR');
    expect(byUid.get('segment-trajectories')).toBe('Segment trajectories — analyst');
    for (const [file, d] of dashboards) {
      expect([file, d.uid]).toEqual([file, expect.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/)]);
      expect(d.id ?? null).toBeNull();
    }
    expect(byUid.size).toBe(dashboards.length);
    expect(new Set(dashboards.map(([, d]) => d.title)).size).toBe(dashboards.length);
  });

  it('are found by the dashboard provider where docker-compose mounts provisioning/', () => {
    const providers = parse(fs.readFileSync(path.join(DASHBOARDS, 'dashboards.yaml'), 'utf8')).providers;
    expect(providers.map((p: Json) => p.options.path)).toEqual(['/etc/grafana/provisioning/dashboards']);
  });

  describe.each(dashboards)('%s', (_file, dashboard) => {
    const panels = allPanels(dashboard);
    const variables: Json[] = dashboard.templating?.list ?? [];

    it('is a Grafana 12.3 dashboard (schema 41–42) with a readable time range', () => {
      expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(41);
      expect(dashboard.schemaVersion).toBeLessThanOrEqual(42);
      expect(Number.isFinite(Date.parse(dashboard.time.from)) || dashboard.time.from.startsWith('now')).toBe(true);
      expect(Number.isFinite(Date.parse(dashboard.time.to)) || dashboard.time.to.startsWith('now')).toBe(true);
    });

    it('has panels of types that exist, with unique ids and the saved shape Grafana writes', () => {
      const ids = panels.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const panel of panels) {
        expect([panel.id, panel.type, PANEL_TYPES.has(panel.type)]).toEqual([panel.id, panel.type, true]);
        expect(Number.isInteger(panel.id) && panel.id > 0).toBe(true);
        expect(typeof panel.pluginVersion).toBe('string');
        if (panel.type !== 'row' && panel.type !== 'text') {
          expect(panel.fieldConfig).toEqual({ defaults: expect.any(Object), overrides: expect.any(Array) });
        }
      }
    });

    it('lays panels out on the 24-column grid without overlaps', () => {
      for (const { id, gridPos: g } of panels) {
        expect([id, [g.x, g.y, g.w, g.h].every(Number.isInteger)]).toEqual([id, true]);
        expect([id, g.x >= 0 && g.y >= 0 && g.w >= 1 && g.h >= 1 && g.x + g.w <= 24]).toEqual([id, true]);
      }
      for (let i = 0; i < panels.length; i++) {
        for (let j = i + 1; j < panels.length; j++) {
          expect([panels[i].id, panels[j].id, overlaps(panels[i].gridPos, panels[j].gridPos)]).toEqual([
            panels[i].id,
            panels[j].id,
            false,
          ]);
        }
      }
    });

    it('points every panel, query and variable at a provisioned data source of the right type', () => {
      const refs = [
        ...panels.flatMap((p) => [p.datasource, ...(p.targets ?? []).map((t: Json) => t.datasource)]),
        ...variables.map((v) => v.datasource),
      ].filter(Boolean);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(datasources).toContainEqual(expect.objectContaining({ uid: ref.uid, type: ref.type }));
      }
    });

    it('saves SQL as the code editor does: raw SQL, table or time-series format, unique refIds', () => {
      for (const panel of panels.filter((p) => p.targets)) {
        const refIds = panel.targets.map((t: Json) => t.refId);
        expect(new Set(refIds).size).toBe(refIds.length);
        for (const target of panel.targets) {
          expect(target).toMatchObject({ editorMode: 'code', rawQuery: true, rawSql: expect.stringMatching(/\S/) });
          expect(panel.type === 'timeseries' ? ['table', 'time_series'] : ['table']).toContain(target.format);
        }
      }
    });

    it('defines every variable it uses (before any query variable that uses it) and only uses known macros', () => {
      const names = variables.map((v) => v.name);
      expect(new Set(names).size).toBe(names.length);
      for (const [where, text] of templatedTexts(dashboard)) {
        for (const { name } of variablesIn(text)) {
          const known = names.includes(name) || BUILT_INS.has(name) || MACROS.has(name);
          expect([where, name, known]).toEqual([where, name, true]);
        }
      }
      variables.forEach((v, i) => {
        for (const { name } of variablesIn(typeof v.query === 'string' ? v.query : '')) {
          expect([v.name, name, names.indexOf(name) < i]).toEqual([v.name, name, true]);
        }
      });
    });

    it("quotes single-value variables in SQL as Grafana's SQL data sources need ('$var' or ${var:sqlstring})", () => {
      // Grafana doubles single quotes in a single value but does not add them; a value typed by the user
      // (textbox) belongs in a string literal, a quarter from a query variable may also name a column.
      const single = new Map(variables.filter((v) => !v.multi && !v.includeAll).map((v) => [v.name, v.type]));
      for (const panel of panels) {
        for (const target of panel.targets ?? []) {
          for (const { name, format, at } of variablesIn(target.rawSql)) {
            if (single.has(name) && format !== 'sqlstring') {
              const context = quoteContext(target.rawSql, at);
              const ok = context === 'literal' || (context === 'identifier' && single.get(name) === 'query');
              expect([panel.id, name, context, ok]).toEqual([panel.id, name, context, true]);
            }
          }
        }
      }
    });

    it('gives Segment Matrix panels options the plugin knows, mapping fields of their own queries', () => {
      const optionKeys = Object.keys(DEFAULT_OPTIONS);
      for (const panel of panels.filter((p) => p.type === PLUGIN.id)) {
        expect(panel.pluginVersion).toBe(VERSION);
        expect(Object.keys(panel.options).filter((k) => !optionKeys.includes(k))).toEqual([]);
        // option groups (display, period, composite…) hold only keys the plugin has; role maps are free
        for (const [group, defaults] of Object.entries(DEFAULT_OPTIONS)) {
          if (
            defaults &&
            typeof defaults === 'object' &&
            !Array.isArray(defaults) &&
            Object.keys(defaults).length > 0
          ) {
            const unknown = Object.keys(panel.options[group] ?? {}).filter((k) => !(k in defaults));
            expect([panel.id, group, unknown]).toEqual([panel.id, group, []]);
          }
        }
        expect(
          Object.keys(panel.options.fields).filter((k) => !(FIELD_ROLES as readonly string[]).includes(k))
        ).toEqual([]);
        const refIds = panel.targets.map((t: Json) => t.refId);
        for (const key of ['dataRefId', 'profilesRefId']) {
          if (panel.options[key]) {
            expect(refIds).toContain(panel.options[key]);
          }
        }
        const sql = panel.targets.map((t: Json) => t.rawSql).join('\n');
        for (const field of Object.values<string>(panel.options.fields).filter(Boolean)) {
          const column =
            panel.options.format === 'wide' && !/^(segment|priority|previous_segment|parent)$/.test(field)
              ? `current_${field}`
              : field;
          expect([panel.id, field, new RegExp(`\\b${column}\\b`).test(sql)]).toEqual([panel.id, field, true]);
        }
      }
    });
  });

  it('the QBR has the matrices the review needs, a sub-segment view of the clicked $segment, and Grafana tables and series', () => {
    const qbr = dashboards.find(([, d]) => d.uid === 'segment-qbr')![1];
    const matrices = qbr.panels.filter((p: Json) => p.type === PLUGIN.id);
    expect(matrices.map((p: Json) => p.options.preset)).toEqual(
      expect.arrayContaining(['needs-vs-value', 'share-vs-growth'])
    );
    expect(matrices.some((p: Json) => p.options.composite.enabled)).toBe(true);
    const children = matrices.find((p: Json) => p.options.hierarchy === 'children');
    expect(children.targets[0].rawSql).toMatch(/subsegment_quarter_metrics[\s\S]*parent = '\$\{segment\}'/);
    const main = matrices.find(
      (p: Json) =>
        p.options.preset === 'needs-vs-value' && !p.options.composite.enabled && p.options.hierarchy === 'segments'
    );
    expect(main.options.profilesRefId).toBe('B');
    expect(main.targets[1].rawSql).toContain('segment_profiles');
    expect(qbr.panels.map((p: Json) => p.type)).toEqual(expect.arrayContaining(['table', 'timeseries']));
    const variables = Object.fromEntries(qbr.templating.list.map((v: Json) => [v.name, v]));
    expect(variables.baseline).toMatchObject({ type: 'query', current: { value: '2024-Q1' } });
    expect(variables.current).toMatchObject({ type: 'query', current: { value: '2025-Q4' } });
    expect(['textbox', 'custom']).toContain(variables.segment.type);
  });
});

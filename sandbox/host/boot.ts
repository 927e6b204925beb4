// @grafana/runtime reads window.grafanaBootData when its `config` module is evaluated,
// so this file must be imported before anything that imports @grafana/runtime.
declare const __GRAFANA_VERSION__: string;

/** The @grafana/* version this host bundles (set at build time). */
export const GRAFANA_VERSION = __GRAFANA_VERSION__;

const w = window as unknown as { grafanaBootData: unknown };
w.grafanaBootData = {
  settings: {
    buildInfo: { version: GRAFANA_VERSION, commit: 'sandbox', env: 'production', edition: 'Open Source' },
    featureToggles: {},
    datasources: {},
    panels: {},
    appSubUrl: '',
    bootData: {},
  },
  user: { id: 1, login: 'sandbox', name: 'Sandbox', orgId: 1, orgRole: 'Admin', timezone: 'utc', theme: 'dark' },
  navTree: [],
  themePaths: {},
};

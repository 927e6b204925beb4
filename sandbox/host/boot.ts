// @grafana/runtime reads window.grafanaBootData when its `config` module is evaluated,
// so this file must be imported before anything that imports @grafana/runtime.
const w = window as unknown as { grafanaBootData: unknown };
w.grafanaBootData = {
  settings: {
    buildInfo: { version: '12.3.3', commit: 'sandbox', env: 'production', edition: 'Open Source' },
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
export {};

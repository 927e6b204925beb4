import type { PanelPlugin, PanelPluginMeta } from '@grafana/data';
import { SHARED_MODULES } from './sharedModules';

interface SystemJS {
  set(id: string, module: unknown): void;
  addImportMap(map: { imports: Record<string, string> }): void;
  import(id: string): Promise<Record<string, unknown>>;
}

let registered = false;

function registerSharedModules(system: SystemJS) {
  if (registered) {
    return;
  }
  const imports: Record<string, string> = {};
  for (const [name, namespace] of Object.entries(SHARED_MODULES)) {
    const id = `package:${name}`;
    system.set(id, namespace);
    imports[name] = id;
  }
  system.addImportMap({ imports });
  registered = true;
}

/** Loads a built panel plugin the way Grafana does: SystemJS, AMD module, shared packages provided by the host. */
export async function loadPanelPlugin(pluginId: string): Promise<PanelPlugin> {
  const system = (window as unknown as { System?: SystemJS }).System;
  if (!system) {
    throw new Error('SystemJS is not loaded');
  }
  registerSharedModules(system);
  const baseUrl = `public/plugins/${pluginId}`;
  const metaResponse = await fetch(`/${baseUrl}/plugin.json`);
  if (!metaResponse.ok) {
    throw new Error(`cannot load /${baseUrl}/plugin.json (HTTP ${metaResponse.status}): is the plugin built (npm run build)?`);
  }
  const meta = (await metaResponse.json()) as PanelPluginMeta;
  const module = await system.import(`/${baseUrl}/module.js`);
  const plugin = module.plugin as PanelPlugin | undefined;
  if (!plugin || !plugin.panel) {
    throw new Error(`${baseUrl}/module.js has no "plugin" export with a panel`);
  }
  // Grafana attaches the plugin.json metadata to the imported plugin.
  plugin.meta = { ...meta, module: `${baseUrl}/module.js`, baseUrl };
  return plugin;
}

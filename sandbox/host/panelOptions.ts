import { mergeWith } from 'lodash';
import type { FieldConfigSource, PanelPlugin } from '@grafana/data';

export interface SavedPanel {
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  pluginVersion?: string;
  title?: string;
}

// Grafana merges saved options over the plugin defaults; arrays are replaced, not merged.
function replaceArrays(_target: unknown, source: unknown) {
  return Array.isArray(source) ? source : undefined;
}

export function optionsWithDefaults(plugin: PanelPlugin, saved: Record<string, unknown> = {}) {
  return mergeWith({}, plugin.defaults, saved, replaceArrays) as Record<string, unknown>;
}

export function fieldConfigWithDefaults(plugin: PanelPlugin, saved?: FieldConfigSource): FieldConfigSource {
  const defaults = plugin.fieldConfigDefaults;
  return {
    defaults: mergeWith({}, defaults.defaults, saved?.defaults ?? {}, replaceArrays),
    overrides: saved?.overrides ?? [],
  };
}

/** Runs the plugin's migration handler when the saved panel is from another plugin version, as Grafana does. */
export async function migrateSavedPanel(plugin: PanelPlugin, saved: SavedPanel, version: string): Promise<SavedPanel> {
  if (!plugin.onPanelMigration || saved.pluginVersion === version) {
    return saved;
  }
  const panel = { ...saved, options: saved.options ?? {}, fieldConfig: saved.fieldConfig ?? { defaults: {}, overrides: [] } };
  const options = await plugin.onPanelMigration(panel as never);
  return { ...saved, options: options as Record<string, unknown>, pluginVersion: version };
}

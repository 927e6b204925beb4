import fs from 'node:fs';
import path from 'node:path';

/** A dashboard file of provisioning/dashboards, as Grafana's file provider reads it. */
export interface ProvisionedDashboard {
  uid: string;
  title: string;
  /** File name inside provisioning/dashboards. */
  file: string;
  tags: string[];
  dashboard: Record<string, unknown>;
}

export function dashboardsFolder(root: string): string {
  return path.join(root, 'provisioning', 'dashboards');
}

/** Every *.json dashboard of provisioning/dashboards, read fresh (edits show without a restart), by file name. */
export function listProvisionedDashboards(root: string): ProvisionedDashboard[] {
  const folder = dashboardsFolder(root);
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      let dashboard: Record<string, unknown>;
      try {
        dashboard = JSON.parse(text);
      } catch (e) {
        throw new Error(`provisioning/dashboards/${file} is not valid JSON: ${(e as Error).message}`);
      }
      return {
        uid: String(dashboard.uid ?? path.basename(file, '.json')),
        title: String(dashboard.title ?? file),
        file,
        tags: Array.isArray(dashboard.tags) ? dashboard.tags.map(String) : [],
        dashboard,
      };
    });
}

/** A provisioned dashboard by uid, or by file name (with or without `.json`). */
export function findProvisionedDashboard(root: string, uidOrFile: string): ProvisionedDashboard | undefined {
  const all = listProvisionedDashboards(root);
  return (
    all.find((d) => d.uid === uidOrFile) ??
    all.find((d) => d.file === uidOrFile || d.file === `${uidOrFile}.json` || d.file === path.basename(uidOrFile))
  );
}

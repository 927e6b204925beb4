import type http from 'node:http';
import { findProvisionedDashboard, listProvisionedDashboards } from './dashboards';
import { parseDsQueryRequest, runDsQuery, WAREHOUSE_DATASOURCE } from './dsQuery';
import { HttpError, MAX_BODY_BYTES, readJsonBody } from './httpBody';
import type { WarehouseHolder } from './warehouseHolder';

export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface ApiContext {
  root: string;
  warehouse: WarehouseHolder;
  maxBodyBytes?: number;
}

const json = (status: number, body: unknown): ApiResponse => ({ status, body });

/**
 * The sandbox's slice of Grafana's HTTP API, under the same paths:
 *   GET  /api/search                   provisioned dashboards (uid, title, tags)
 *   GET  /api/dashboards/uid/<uid>      one dashboard: {dashboard, meta} (also by file name)
 *   GET  /api/datasources/uid/<uid>     the warehouse data source
 *   POST /api/ds/query                  run panel queries on the warehouse (see dsQuery.ts)
 * Returns null for any other path.
 */
export async function handleApi(req: http.IncomingMessage, url: URL, context: ApiContext): Promise<ApiResponse | null> {
  const { pathname } = url;
  try {
    if (pathname === '/api/ds/query') {
      if (req.method !== 'POST') {
        return json(405, { message: 'use POST for /api/ds/query' });
      }
      const request = parseDsQueryRequest(await readJsonBody(req, context.maxBodyBytes ?? MAX_BODY_BYTES));
      const response = await runDsQuery(() => context.warehouse.get(), request);
      return json(response.status, response.body);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return pathname.startsWith('/api/')
        ? json(405, { message: `method ${req.method} not allowed on ${pathname}` })
        : null;
    }
    if (pathname === '/api/search') {
      return json(
        200,
        listProvisionedDashboards(context.root).map((d) => ({
          uid: d.uid,
          title: d.title,
          tags: d.tags,
          type: 'dash-db',
          url: `/?dashboard=${d.uid}`,
        }))
      );
    }
    const dashboardMatch = /^\/api\/dashboards\/uid\/([^/]+)$/.exec(pathname);
    if (dashboardMatch) {
      const key = decodeURIComponent(dashboardMatch[1]);
      const found = findProvisionedDashboard(context.root, key);
      if (!found) {
        return json(404, { message: `dashboard "${key}" not found in provisioning/dashboards` });
      }
      return json(200, {
        dashboard: found.dashboard,
        meta: { provisioned: true, provisionedExternalId: found.file, slug: found.uid },
      });
    }
    const dsMatch = /^\/api\/datasources\/uid\/([^/]+)$/.exec(pathname);
    if (dsMatch) {
      return decodeURIComponent(dsMatch[1]) === WAREHOUSE_DATASOURCE.uid
        ? json(200, {
            ...WAREHOUSE_DATASOURCE,
            name: 'Segment warehouse',
            access: 'proxy',
            warehouse: context.warehouse.describe(),
          })
        : json(404, { message: 'data source not found' });
    }
    return null;
  } catch (e) {
    if (e instanceof HttpError) {
      return json(e.status, { message: e.message });
    }
    return json(500, { message: e instanceof Error ? e.message : String(e) });
  }
}

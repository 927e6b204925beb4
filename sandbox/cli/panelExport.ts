import type { Download, Locator } from 'playwright-core';

/** Export kinds of the panel's export menu (see src/components/ExportMenu). */
export type PanelExportKind = 'png' | 'slide' | 'svg' | 'csv';

const testId = (id: string) => `[data-testid="${id}"]`;
// The same ids as TEST_IDS in src/constants.ts (the sandbox never imports src/).
export const EXPORT_BUTTON = testId('data-testid segment-matrix export');
export const exportItemSelector = (kind: PanelExportKind) => testId(`data-testid segment-matrix export ${kind}`);
export const EXPORT_ERROR = testId('data-testid segment-matrix export-error');

/**
 * Runs one export as a user does — hover the panel, open the export menu, choose the item — and returns
 * the browser download it starts.
 */
export async function exportFromPanel(panel: Locator, kind: PanelExportKind, timeoutMs = 30000): Promise<Download> {
  const page = panel.page();
  const button = panel.locator(EXPORT_BUTTON);
  if ((await button.count()) === 0) {
    throw new Error('the panel has no export menu (it shows a message instead of the chart)');
  }
  await panel.hover();
  await button.click();
  const item = page.locator(exportItemSelector(kind));
  const failed = panel
    .locator(EXPORT_ERROR)
    .waitFor({ timeout: timeoutMs })
    .then(async () => Promise.reject(new Error(await panel.locator(EXPORT_ERROR).innerText())));
  const [download] = await Promise.all([Promise.race([page.waitForEvent('download', { timeout: timeoutMs }), failed]), item.click()]);
  failed.catch(() => undefined);
  return download;
}

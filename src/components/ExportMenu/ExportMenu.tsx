import React, { useState } from 'react';
import type { IconName } from '@grafana/data';
import { Dropdown, Menu, ToolbarButton, useStyles2, useTheme2 } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { composeImage, type ImageSource, type ImageTexts } from '../../export/compose';
import { shiftTableCsv } from '../../export/csv';
import { csvBlob, downloadBlob, svgBlob } from '../../export/download';
import { exportFileName, periodRange, type ExportKind } from '../../export/fileName';
import type { MatrixModel } from '../../model/types';
import { verdictColour } from '../EffectivenessStrip/EffectivenessStrip.styles';
import { indicatorTexts, VERDICT_WORDS } from '../EffectivenessStrip/wording';
import type { Formatters } from '../format/formatters';
import { getStyles } from './ExportMenu.styles';

/** The part of the Vega view the export needs (PNG through a canvas, SVG from Vega's SVG renderer). */
export interface ExportView extends ImageSource {
  toSVG(scale?: number): Promise<string>;
}

export interface ExportMenuProps {
  /** Panel title, burned into the images and used for the file names. */
  title: string;
  model: MatrixModel;
  formatters: Formatters;
  /** The chart's current Vega view (null while it is being created); read when an item is chosen. */
  getView: () => ExportView | null;
}

export const EXPORT_ITEMS: Array<{ kind: ExportKind; label: string; icon: IconName }> = [
  { kind: 'png', label: 'PNG (2×)', icon: 'camera' },
  { kind: 'slide', label: 'PNG slide 16:9', icon: 'gf-landscape' },
  { kind: 'svg', label: 'SVG', icon: 'document-info' },
  { kind: 'csv', label: 'CSV (shift table)', icon: 'table' },
];

/** Toolbar button with the export menu: PNG (2×, with title, periods and strip), slide, SVG and the table as CSV. */
function ExportMenuInner({ title, model, formatters, getView }: ExportMenuProps) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: ExportKind) => {
    const name = exportFileName(kind, title, model.baselinePeriod, model.currentPeriod);
    if (kind === 'csv') {
      downloadBlob(csvBlob(shiftTableCsv(model, formatters)), name);
      return;
    }
    const view = getView();
    if (!view) {
      throw new Error('the chart is not drawn yet');
    }
    if (kind === 'svg') {
      downloadBlob(svgBlob(await view.toSVG()), name);
      return;
    }
    const texts: ImageTexts = {
      title: title.trim() || 'Segment matrix',
      period: periodRange(model.baselinePeriod, model.currentPeriod),
      cards: indicatorTexts(model, formatters).map((t) => ({
        headline: t.headline,
        verdict: VERDICT_WORDS[t.verdict],
        verdictColour: verdictColour(theme, t.verdict),
        detail: t.detail,
      })),
    };
    const colours = {
      background: theme.colors.background.primary,
      text: theme.colors.text.primary,
      secondary: theme.colors.text.secondary,
      fontFamily: theme.typography.fontFamily,
    };
    downloadBlob(await composeImage(kind, view, texts, colours), name);
  };

  const onExport = (kind: ExportKind) => {
    setBusy(true);
    setError(null);
    run(kind)
      .catch((e: Error) => setError(`Export failed: ${e.message}`))
      .finally(() => setBusy(false));
  };

  const menu = (
    <Menu>
      {EXPORT_ITEMS.map((item) => (
        <Menu.Item
          key={item.kind}
          label={item.label}
          icon={item.icon}
          onClick={() => onExport(item.kind)}
          testId={TEST_IDS.exportItem(item.kind)}
        />
      ))}
    </Menu>
  );

  return (
    <div className={styles.root} data-busy={busy} data-error={error !== null}>
      <Dropdown overlay={menu} placement="bottom-start">
        <ToolbarButton
          icon="download-alt"
          disabled={busy}
          variant="canvas"
          tooltip="Export"
          aria-label="Export"
          data-testid={TEST_IDS.exportButton}
        />
      </Dropdown>
      {error && (
        <span className={styles.error} role="alert" data-testid={TEST_IDS.exportError}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Memoised: the panel re-renders on every pointer move and resize, the menu only when its props change. */
export const ExportMenu = React.memo(ExportMenuInner);

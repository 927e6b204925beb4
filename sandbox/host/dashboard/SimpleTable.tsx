import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { DataFrame, FieldConfigSource, GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { displayColumns } from './fieldDisplay';

const MAX_ROWS = 200;

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ overflow: 'auto', height: '100%', fontSize: theme.typography.bodySmall.fontSize }),
  table: css({ borderCollapse: 'collapse', width: '100%' }),
  th: css({
    position: 'sticky',
    top: 0,
    background: theme.colors.background.secondary,
    color: theme.colors.text.secondary,
    fontWeight: theme.typography.fontWeightMedium,
    textAlign: 'left',
    padding: theme.spacing(0.5, 1),
    borderBottom: `1px solid ${theme.colors.border.medium}`,
    whiteSpace: 'nowrap',
  }),
  td: css({
    padding: theme.spacing(0.25, 1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    whiteSpace: 'nowrap',
  }),
  numeric: css({ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  more: css({
    captionSide: 'bottom',
    textAlign: 'left',
    color: theme.colors.text.secondary,
    padding: theme.spacing(0.5, 1),
  }),
});

interface Props {
  frames: DataFrame[];
  fieldConfig?: FieldConfigSource;
  /** Grafana's panel type this table stands in for (table, timeseries…). */
  panelType: string;
}

/** Grafana's own table and time-series panels, drawn by the sandbox as plain tables with Grafana's value formatting. */
export function SimpleTable({ frames, fieldConfig, panelType }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const tables = useMemo(
    () => frames.map((frame) => ({ frame, columns: displayColumns(frame, fieldConfig, theme) })),
    [frames, fieldConfig, theme]
  );

  return (
    <div className={styles.wrapper} data-testid="sandbox simple-table" data-panel-type={panelType}>
      {tables.map(({ frame, columns }, index) => (
        <table key={index} className={styles.table}>
          <thead>
            <tr>
              {columns.map((column, c) => (
                <th key={c} className={column.numeric ? `${styles.th} ${styles.numeric}` : styles.th}>
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: Math.min(frame.length, MAX_ROWS) }, (_, row) => (
              <tr key={row}>
                {columns.map((column, c) => (
                  <td key={c} className={column.numeric ? `${styles.td} ${styles.numeric}` : styles.td}>
                    {column.format(frame.fields[c].values[row])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {frame.length > MAX_ROWS && (
            <caption className={styles.more}>
              {MAX_ROWS} of {frame.length} rows
            </caption>
          )}
        </table>
      ))}
    </div>
  );
}

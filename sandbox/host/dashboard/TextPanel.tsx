import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { renderTextPanelMarkdown, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

const getStyles = (theme: GrafanaTheme2) => ({
  text: css({
    height: '100%',
    overflow: 'auto',
    color: theme.colors.text.primary,
    p: { margin: 0 },
    strong: { color: theme.colors.text.maxContrast },
  }),
});

interface Props {
  /** The panel's content with the dashboard variables already interpolated. */
  content: string;
  mode: 'markdown' | 'text' | string;
}

/** Grafana's text panel: markdown (sanitised, as Grafana does) or plain text. */
export function TextPanel({ content, mode }: Props) {
  const styles = useStyles2(getStyles);
  const html = useMemo(() => (mode === 'text' ? null : renderTextPanelMarkdown(content, {})), [content, mode]);
  if (html === null) {
    return <div className={styles.text}>{content}</div>;
  }
  // Sanitised by renderTextPanelMarkdown (Grafana's sanitizeTextPanelContent).
  return <div className={styles.text} data-testid="sandbox text-panel" dangerouslySetInnerHTML={{ __html: html }} />;
}

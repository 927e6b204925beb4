import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { EffectivenessStrip } from './EffectivenessStrip';

describe('EffectivenessStrip', () => {
  const model = conventionalModel();
  const formatters = buildFormatters(model, [conventionalFrame()], {}, createTheme());

  it('shows the three indicators, each with its sentence and its verdict in words', () => {
    render(<EffectivenessStrip model={model} formatters={formatters} height={52} />);
    const strip = screen.getByTestId(TEST_IDS.strip);
    expect(within(strip).getAllByRole('listitem')).toHaveLength(3);
    for (const key of ['growth', 'resources', 'satisfaction'] as const) {
      const card = screen.getByTestId(TEST_IDS.indicator(key));
      const verdict = model.indicators.verdicts[key];
      expect(card).toHaveAttribute('data-verdict', verdict);
      expect(card.textContent).toContain(
        { 'on-track': 'On track', 'off-track': 'Off track', flat: 'Flat', 'no-data': 'No data' }[verdict]
      );
    }
    expect(screen.getByTestId(TEST_IDS.indicator('resources')).textContent).toMatch(/^Budget share to priorities/);
    expect(screen.getByTestId(TEST_IDS.indicator('satisfaction')).textContent).toMatch(
      /^Satisfaction in priority segments/
    );
  });

  it('as icons: no words, each verdict an image named by its sentence and verdict, with the details in a tooltip', () => {
    render(<EffectivenessStrip model={model} formatters={formatters} height={28} mode="icons" />);
    const strip = screen.getByTestId(TEST_IDS.strip);
    expect(strip).toHaveAttribute('data-mode', 'icons');
    expect(strip.textContent).toBe('');
    expect(within(strip).getAllByRole('listitem')).toHaveLength(3);
    for (const key of ['growth', 'resources', 'satisfaction'] as const) {
      const card = screen.getByTestId(TEST_IDS.indicator(key));
      const word = { 'on-track': 'On track', 'off-track': 'Off track', flat: 'Flat', 'no-data': 'No data' }[
        model.indicators.verdicts[key]
      ];
      const img = within(card).getByRole('img');
      expect(img.getAttribute('aria-label')).toMatch(new RegExp(`^\\w.*\\. ${word}$`));
      expect(card.getAttribute('title')).toContain(img.getAttribute('aria-label')!.replace(`. ${word}`, ''));
      expect(card.getAttribute('title')).toMatch(new RegExp(`${word}\\.$`));
      expect(card).toHaveAttribute('data-verdict', model.indicators.verdicts[key]);
    }
    expect(screen.getByRole('img', { name: /^Growth: Priority segments grew/ })).toBeInTheDocument();
  });

  it('is full by default', () => {
    render(<EffectivenessStrip model={model} formatters={formatters} height={52} />);
    expect(screen.getByTestId(TEST_IDS.strip)).toHaveAttribute('data-mode', 'full');
  });
});

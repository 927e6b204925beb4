/**
 * Names of the spec's value signals. Everything that depends on the data (domains, legend values, titles)
 * is a signal or a dataset, never a literal in the structure: a new model with the same structure (a play
 * step, a query refresh) updates the running view instead of rebuilding it (see ./structure.ts).
 */
export const SIGNALS = {
  xDomain: 'x_domain',
  yDomain: 'y_domain',
  xTitle: 'x_title',
  yTitle: 'y_title',
  /** Estimated width of the widest y tick label (px): the y title goes left of it. */
  yLabelRoom: 'y_label_room',
  /** Ordinal axes: the category names, drawn at positions 0…n−1. */
  xCategories: 'x_categories',
  yCategories: 'y_categories',
  sizeDomain: 'size_domain',
  /** Symbol size (px²) of the largest bubble. */
  sizeMaxArea: 'size_max_area',
  /** Where the colour legend starts after the size legend: px below it (beside the plot) or right of it (below). */
  colourLegendOffset: 'colour_legend_offset',
  colourDomain: 'colour_domain',
  colourRange: 'colour_range',
  /** How many segments get a label at this plot size (largest first). */
  labelBudget: 'label_budget',
  /** Colour group under the pointer in the legend (categorical colours). */
  hoverGroup: 'hover_group',
  /** The last clicked legend entry: toggles its group in `hidden_groups`. */
  legendToggle: 'legend_toggle',
} as const;

/** Dataset of the colour groups switched off in the legend. */
export const HIDDEN_GROUPS = 'hidden_groups';

/** Names of the legends' marks when the colour groups' entries switch them off and on (datum.group). */
export const LEGEND_MARKS = {
  symbols: 'legend_symbols',
  labels: 'legend_texts',
} as const;

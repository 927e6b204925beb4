/**
 * Layer names of the built plugin's Vega marks (src/spec LAYERS): Vega gives each mark group the class
 * `<name>_marks`. Browser tests run in Node and look at the DOM only, so they name them here.
 */
export const LAYERS = {
  cuts: 'cuts',
  arrows: 'arrows',
  ghosts: 'ghosts',
  bubbles: 'bubbles',
  labels: 'labels',
} as const;

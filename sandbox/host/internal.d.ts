declare module 'grafana-runtime-internal/PanelDataErrorView' {
  import type { PanelDataErrorViewType } from '@grafana/runtime';
  export function setPanelDataErrorView(renderer: PanelDataErrorViewType): void;
}

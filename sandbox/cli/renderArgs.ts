export interface RenderArgs {
  /** Single-panel mode: a frame file. */
  frames?: string;
  options?: string;
  /** Dashboard mode: a dashboard file, or the uid / file name of a provisioned dashboard. */
  dashboard?: string;
  /** Dashboard mode: the id of the panel to render. */
  panel?: number;
  /** Dashboard variables (`--var name=value`, repeatable; a name given twice is multi-valued). */
  vars?: Record<string, string[]>;
  /** Dashboard time range (epoch ms, ISO date or `now-2y`); default: the dashboard's. */
  from?: string;
  to?: string;
  width: number;
  height: number;
  theme: 'light' | 'dark';
  title?: string;
  png?: string;
  svg?: string;
  /** The panel's own 16:9 slide export (1920×1080 PNG with title, periods and strip). */
  slide?: string;
  summary?: string;
}

export const RENDER_USAGE = [
  'usage: npm run render -- --frames F.json [--options O.json] [--title T] [common options]',
  '       npm run render -- --dashboard <file | uid> --panel <id> [--var name=value …] [--from T --to T] [common options]',
  'common options: [--width 1200 --height 800] [--theme light|dark] [--png out.png] [--svg out.svg] [--slide out.png] [--summary out.json]',
].join('\n');

const VALUE_FLAGS = [
  'frames',
  'options',
  'dashboard',
  'panel',
  'var',
  'from',
  'to',
  'width',
  'height',
  'theme',
  'title',
  'png',
  'svg',
  'slide',
  'summary',
] as const;
type Flag = (typeof VALUE_FLAGS)[number];

function parseVar(text: string): [string, string] {
  const match = /^([A-Za-z_]\w*)=(.*)$/s.exec(text);
  if (!match) {
    throw new Error(
      `--var must be name=value (a variable name is letters, digits and _), got "${text}"\n${RENDER_USAGE}`
    );
  }
  return [match[1], match[2]];
}

export function parseRenderArgs(argv: string[]): RenderArgs {
  const values: Partial<Record<Flag, string>> = {};
  let vars: Record<string, string[]> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [arg, undefined];
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) {
      throw new Error(`unknown argument ${arg}\n${RENDER_USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) {
      throw new Error(`--${flag} needs a value\n${RENDER_USAGE}`);
    }
    if (flag === 'var') {
      const [name, v] = parseVar(value);
      vars = { ...vars, [name]: [...(vars?.[name] ?? []), v] };
    } else {
      values[flag as Flag] = value;
    }
  }
  if (values.frames && values.dashboard) {
    throw new Error(`give --frames or --dashboard, not both\n${RENDER_USAGE}`);
  }
  if (!values.frames && !values.dashboard) {
    throw new Error(`--frames is required (or --dashboard with --panel)\n${RENDER_USAGE}`);
  }
  const dashboardOnly = (['panel', 'from', 'to'] as const).filter((f) => values[f] !== undefined);
  if (values.frames && (dashboardOnly.length > 0 || vars)) {
    throw new Error(
      `${[...dashboardOnly.map((f) => `--${f}`), ...(vars ? ['--var'] : [])].join(', ')} only go with --dashboard\n${RENDER_USAGE}`
    );
  }
  let panel: number | undefined;
  if (values.dashboard) {
    panel = Number(values.panel);
    if (values.panel === undefined || !Number.isInteger(panel) || panel < 0) {
      throw new Error(`--dashboard needs --panel <id> (the panel's numeric id in the dashboard JSON)\n${RENDER_USAGE}`);
    }
    if (values.options) {
      throw new Error('--options does not go with --dashboard: the panel uses its own saved options');
    }
  }
  const size = (name: 'width' | 'height', fallback: number) => {
    const n = values[name] === undefined ? fallback : Number(values[name]);
    if (!Number.isInteger(n) || n < 100 || n > 8000) {
      throw new Error(`--${name} must be a whole number of pixels between 100 and 8000`);
    }
    return n;
  };
  const theme = values.theme ?? 'dark';
  if (theme !== 'light' && theme !== 'dark') {
    throw new Error('--theme must be light or dark');
  }
  if (!values.png && !values.svg && !values.slide && !values.summary) {
    throw new Error(`nothing to write: give --png, --svg, --slide or --summary\n${RENDER_USAGE}`);
  }
  return {
    frames: values.frames,
    options: values.options,
    ...(values.dashboard ? { dashboard: values.dashboard, panel, vars, from: values.from, to: values.to } : {}),
    width: size('width', 1200),
    height: size('height', 800),
    theme,
    title: values.title,
    png: values.png,
    svg: values.svg,
    slide: values.slide,
    summary: values.summary,
  };
}

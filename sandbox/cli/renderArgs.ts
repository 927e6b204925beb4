export interface RenderArgs {
  frames: string;
  options?: string;
  width: number;
  height: number;
  theme: 'light' | 'dark';
  title?: string;
  png?: string;
  svg?: string;
  summary?: string;
}

export const RENDER_USAGE =
  'usage: npm run render -- --frames F.json [--options O.json] [--width 1200 --height 800] [--theme light|dark] [--title T] [--png out.png] [--svg out.svg] [--summary out.json]';

const VALUE_FLAGS = ['frames', 'options', 'width', 'height', 'theme', 'title', 'png', 'svg', 'summary'] as const;

export function parseRenderArgs(argv: string[]): RenderArgs {
  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
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
    values[flag as (typeof VALUE_FLAGS)[number]] = value;
  }
  if (!values.frames) {
    throw new Error(`--frames is required\n${RENDER_USAGE}`);
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
  if (!values.png && !values.svg && !values.summary) {
    throw new Error(`nothing to write: give --png, --svg or --summary\n${RENDER_USAGE}`);
  }
  return {
    frames: values.frames,
    options: values.options,
    width: size('width', 1200),
    height: size('height', 800),
    theme,
    title: values.title,
    png: values.png,
    svg: values.svg,
    summary: values.summary,
  };
}

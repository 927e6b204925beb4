import { ascending, DisallowedObjectProperties, isString } from 'vega-util';

/**
 * Vega's expression evaluator for `ast: true` runtimes, with the semantics of `vega-interpreter` but each
 * AST compiled once into nested closures. vega-interpreter walks the AST on every evaluation and builds a
 * function object with six event closures per call: at 10,000 segments that was a quarter of the first
 * render and most of its garbage. Closures are built from the AST only — no generated source, no `eval`
 * or `new Function` — so a strict Content-Security-Policy still works.
 */

/**
 * What one evaluation sees: signal values (`$name`), the datum, the event, the scene item, and the
 * functions of the view context evaluating it (`data()`, `scale()`… read their datasets and scales there).
 */
interface Scope {
  readonly params: Record<string, unknown> | undefined;
  readonly datum: unknown;
  readonly event: VegaEvent | undefined;
  readonly item: unknown;
  readonly fn: Functions;
}

type VegaEvent = { vega: Record<string, (...args: unknown[]) => unknown>; item?: { datum?: unknown } };
type Evaluator = (scope: Scope) => any;
type Functions = Record<string, unknown>;

interface AstNode {
  type: string;
  [key: string]: any;
}

const CONSTANTS: Record<string, number> = {
  NaN: NaN,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  PI: Math.PI,
  SQRT1_2: Math.SQRT1_2,
  SQRT2: Math.SQRT2,
  MIN_VALUE: Number.MIN_VALUE,
  MAX_VALUE: Number.MAX_VALUE,
};

const callMethod = (method: string, args: ArrayLike<unknown>, cast?: (x: unknown) => unknown) => {
  const target = (cast ? cast(args[0]) : args[0]) as Record<string, (...a: unknown[]) => unknown>;
  return target[method].apply(target, Array.prototype.slice.call(args, 1));
};

const datetime = (yearOrText: unknown, m = 0, d = 1, H = 0, M = 0, S = 0, ms = 0) =>
  isString(yearOrText) ? new Date(yearOrText) : new Date(yearOrText as number, m, d, H, M, S, ms);

/** The functions vega-interpreter provides itself (Vega's own come from the runtime context). */
const BUILTINS: Functions = {
  isNaN: Number.isNaN,
  isFinite: Number.isFinite,
  abs: Math.abs,
  acos: Math.acos,
  asin: Math.asin,
  atan: Math.atan,
  atan2: Math.atan2,
  ceil: Math.ceil,
  cos: Math.cos,
  exp: Math.exp,
  floor: Math.floor,
  hypot: Math.hypot,
  log: Math.log,
  max: Math.max,
  min: Math.min,
  pow: Math.pow,
  random: Math.random,
  round: Math.round,
  sin: Math.sin,
  sqrt: Math.sqrt,
  tan: Math.tan,
  clamp: (a: number, b: number, c: number) => Math.max(b, Math.min(c, a)),
  now: Date.now,
  utc: Date.UTC,
  datetime,
  date: (d: number) => new Date(d).getDate(),
  day: (d: number) => new Date(d).getDay(),
  year: (d: number) => new Date(d).getFullYear(),
  month: (d: number) => new Date(d).getMonth(),
  hours: (d: number) => new Date(d).getHours(),
  minutes: (d: number) => new Date(d).getMinutes(),
  seconds: (d: number) => new Date(d).getSeconds(),
  milliseconds: (d: number) => new Date(d).getMilliseconds(),
  time: (d: number) => new Date(d).getTime(),
  timezoneoffset: (d: number) => new Date(d).getTimezoneOffset(),
  utcdate: (d: number) => new Date(d).getUTCDate(),
  utcday: (d: number) => new Date(d).getUTCDay(),
  utcyear: (d: number) => new Date(d).getUTCFullYear(),
  utcmonth: (d: number) => new Date(d).getUTCMonth(),
  utchours: (d: number) => new Date(d).getUTCHours(),
  utcminutes: (d: number) => new Date(d).getUTCMinutes(),
  utcseconds: (d: number) => new Date(d).getUTCSeconds(),
  utcmilliseconds: (d: number) => new Date(d).getUTCMilliseconds(),
  length: (x: { length: number }) => x.length,
  join: function (...args: unknown[]) {
    return callMethod('join', args);
  },
  indexof: function (...args: unknown[]) {
    return callMethod('indexOf', args);
  },
  lastindexof: function (...args: unknown[]) {
    return callMethod('lastIndexOf', args);
  },
  slice: function (...args: unknown[]) {
    return callMethod('slice', args);
  },
  reverse: (x: unknown[]) => x.slice().reverse(),
  sort: (x: Array<string | number | Date>) => x.slice().sort(ascending),
  parseFloat,
  parseInt,
  upper: (x: unknown) => String(x).toUpperCase(),
  lower: (x: unknown) => String(x).toLowerCase(),
  substring: function (...args: unknown[]) {
    return callMethod('substring', args, String);
  },
  split: function (...args: unknown[]) {
    return callMethod('split', args, String);
  },
  replace: function (...args: unknown[]) {
    return callMethod('replace', args, String);
  },
  trim: (x: unknown) => String(x).trim(),
  btoa: (x: string) => btoa(x),
  atob: (x: string) => atob(x),
  encodeURIComponent: (x: string) => encodeURIComponent(x),
  regexp: RegExp,
  test: (r: string | RegExp, t: string) => RegExp(r).test(t),
};

/** Functions that take their answer from the event's view context (vega-interpreter routes them the same way). */
const EVENT_FUNCTIONS = new Set(['view', 'item', 'group', 'xy', 'x', 'y']);

// Values an expression may never reach (compared by identity, never called).
// eslint-disable-next-line no-eval
const DISALLOWED_VALUES = new Set<unknown>([Function, eval, setTimeout, setInterval]);
if (typeof setImmediate === 'function') {
  DISALLOWED_VALUES.add(setImmediate);
}

const BINARY: Record<string, (l: Evaluator, r: Evaluator) => Evaluator> = {
  '*': (l, r) => (s) => l(s) * r(s),
  '+': (l, r) => (s) => l(s) + r(s),
  '-': (l, r) => (s) => l(s) - r(s),
  '/': (l, r) => (s) => l(s) / r(s),
  '%': (l, r) => (s) => l(s) % r(s),
  '>': (l, r) => (s) => l(s) > r(s),
  '<': (l, r) => (s) => l(s) < r(s),
  '<=': (l, r) => (s) => l(s) <= r(s),
  '>=': (l, r) => (s) => l(s) >= r(s),
  // eslint-disable-next-line eqeqeq
  '==': (l, r) => (s) => l(s) == r(s),
  // eslint-disable-next-line eqeqeq
  '!=': (l, r) => (s) => l(s) != r(s),
  '===': (l, r) => (s) => l(s) === r(s),
  '!==': (l, r) => (s) => l(s) !== r(s),
  '&': (l, r) => (s) => l(s) & r(s),
  '|': (l, r) => (s) => l(s) | r(s),
  '^': (l, r) => (s) => l(s) ^ r(s),
  '<<': (l, r) => (s) => l(s) << r(s),
  '>>': (l, r) => (s) => l(s) >> r(s),
  '>>>': (l, r) => (s) => l(s) >>> r(s),
};

const UNARY: Record<string, (a: Evaluator) => Evaluator> = {
  '+': (a) => (s) => +a(s),
  '-': (a) => (s) => -a(s),
  '~': (a) => (s) => ~a(s),
  '!': (a) => (s) => !a(s),
};

const failing =
  (message: string): Evaluator =>
  () => {
    throw new TypeError(message);
  };

/** A property or object key as vega-interpreter reads it: an identifier's name or a literal's value. */
const staticKey = (node: AstNode): unknown => (node.type === 'Identifier' ? node.name : node.value);

function identifier(name: string): Evaluator {
  switch (name) {
    case 'datum':
      return (s) => s.datum;
    case 'event':
      return (s) => s.event;
    case 'item':
      return (s) => s.item;
  }
  // Like vega-interpreter, a falsy constant (NaN) falls through to the signals.
  const constant = CONSTANTS[name];
  if (constant) {
    return () => constant;
  }
  const key = `$${name}`;
  return (s) => s.params![key];
}

function guarded(value: unknown, name: unknown): unknown {
  // Every datum field read passes here: the typeof test keeps the set lookup off numbers and strings.
  if (typeof value === 'function' && DISALLOWED_VALUES.has(value)) {
    console.error(`Prevented interpretation of member "${String(name)}" which could lead to insecure code execution`);
    return undefined;
  }
  return value;
}

function member(node: AstNode): Evaluator {
  // `datum.x` and `datum["x"]` (every field an encoder reads) get a closure of their own.
  const property: AstNode = node.property;
  const fixed = !node.computed || property.type === 'Literal';
  if (fixed && node.object.type === 'Identifier' && node.object.name === 'datum') {
    const name = staticKey(property) as string;
    return (s) => guarded((s.datum as Record<string, unknown>)[name], name);
  }
  const object = compileNode(node.object);
  if (fixed) {
    const name = staticKey(property) as string;
    return (s) => guarded(object(s)[name], name);
  }
  const keyOf = compileNode(property);
  return (s) => {
    const target = object(s);
    const key = keyOf(s);
    return guarded(target[key], key);
  };
}

function call(node: AstNode): Evaluator {
  // Encoders call internal functions by a leading underscore (`_scale`): the public function is the same.
  const name: string = node.callee.name.startsWith('_') ? node.callee.name.slice(1) : node.callee.name;
  const args = (node.arguments as AstNode[]).map((a) => compileNode(a));
  if (name === 'if') {
    const [test, then, otherwise] = args;
    return (s) => (test(s) ? then(s) : otherwise(s));
  }
  if (EVENT_FUNCTIONS.has(name)) {
    return (s) => s.event!.vega[name](...args.map((a) => a(s)));
  }
  // Called with the evaluating context as `this`, as Vega's generated code does.
  const target = (s: Scope) => (s.fn[name] ?? BUILTINS[name]) as (...a: unknown[]) => unknown;
  if (args.length === 1) {
    const [only] = args;
    return (s) => target(s).call(s.fn, only(s));
  }
  if (args.length === 2) {
    const [first, second] = args;
    return (s) => target(s).call(s.fn, first(s), second(s));
  }
  return (s) =>
    target(s).apply(
      s.fn,
      args.map((a) => a(s))
    );
}

function object(node: AstNode): Evaluator {
  const properties = (node.properties as AstNode[]).map((p) => ({
    key: staticKey(p.key) as string,
    value: compileNode(p.value),
  }));
  return (s) => {
    const out: Record<string, unknown> = {};
    for (const { key, value } of properties) {
      const v = value(s);
      if (DisallowedObjectProperties.has(key)) {
        console.error(`Prevented interpretation of property "${key}" which could lead to insecure code execution`);
      } else if (DISALLOWED_VALUES.has(v)) {
        console.error(`Prevented interpretation of method "${key}" which could lead to insecure code execution`);
      } else {
        out[key] = v;
      }
    }
    return out;
  };
}

function literal(node: AstNode): Evaluator {
  const value = node.value;
  // Global and sticky regexps carry lastIndex across calls: a fresh one per evaluation.
  if (node.regex && value && (value.global || value.sticky)) {
    const { pattern, flags } = node.regex;
    return () => new RegExp(pattern, flags);
  }
  return () => value;
}

function compileNode(node: AstNode): Evaluator {
  switch (node.type) {
    case 'Literal':
      return literal(node);
    case 'Identifier':
      // Vega's internal operator reference is an Identifier with a value instead of a name (code `_.$value`).
      return identifier(node.name ?? node.value);
    case 'MemberExpression':
      return member(node);
    case 'CallExpression':
      return call(node);
    case 'ArrayExpression': {
      const elements = (node.elements as AstNode[]).map((e) => compileNode(e));
      return (s) => elements.map((e) => e(s));
    }
    case 'BinaryExpression': {
      const op = BINARY[node.operator];
      return op
        ? op(compileNode(node.left), compileNode(node.right))
        : failing(`unknown operator ${node.operator}`);
    }
    case 'UnaryExpression': {
      const op = UNARY[node.operator];
      return op ? op(compileNode(node.argument)) : failing(`unknown operator ${node.operator}`);
    }
    case 'ConditionalExpression': {
      const test = compileNode(node.test);
      const then = compileNode(node.consequent);
      const otherwise = compileNode(node.alternate);
      return (s) => (test(s) ? then(s) : otherwise(s));
    }
    case 'LogicalExpression': {
      const left = compileNode(node.left);
      const right = compileNode(node.right);
      return node.operator === '&&' ? (s) => left(s) && right(s) : (s) => left(s) || right(s);
    }
    case 'ObjectExpression':
      return object(node);
    default:
      return failing(`unsupported expression node ${node.type}`);
  }
}

// Compiled trees by AST: the closures hold no view state (the scope brings it), so the views built from
// one shared runtime (VegaView/compile.ts) compile each expression once between them.
const compiledTrees = new WeakMap<AstNode, Evaluator>();
let treesCompiled = 0;

function compiled(ast: AstNode): Evaluator {
  let evaluate = compiledTrees.get(ast);
  if (!evaluate) {
    evaluate = compileNode(ast);
    compiledTrees.set(ast, evaluate);
    treesCompiled++;
  }
  return evaluate;
}

/** How many expression trees have been compiled so far (for tests). */
export const compiledTreeCount = () => treesCompiled;

/** Position and extent along one axis from its second coordinate or centre, as Vega's encoders do. */
function adjustAxis(item: any, channels: Record<string, unknown>, swap: boolean, axis: 'x' | 'y') {
  const [end, centre, extent] = axis === 'x' ? ['x2', 'xc', 'width'] : ['y2', 'yc', 'height'];
  if (channels[end]) {
    if (channels[axis]) {
      if (swap && item[axis] > item[end]) {
        [item[axis], item[end]] = [item[end], item[axis]];
      }
      item[extent] = item[end] - item[axis];
    } else {
      item[axis] = item[end] - (item[extent] || 0);
    }
  }
  if (channels[centre]) {
    item[axis] = item[centre] - (item[extent] || 0) / 2;
  }
}

/** Positions from x2/y2/xc/yc after the channels (rects and groups swap reversed ends). */
function adjustSpatial(item: any, channels: Record<string, unknown>, swap: boolean) {
  adjustAxis(item, channels, swap, 'x');
  adjustAxis(item, channels, swap, 'y');
}

interface Context {
  functions: Functions;
}
interface Expr {
  ast: AstNode;
}
interface Encode {
  marktype: string;
  channels: Record<string, Expr>;
}

/** Drop-in for vega-interpreter's `expressionInterpreter` (the View's `expr` option). */
export const expressionCompiler = {
  operator(ctx: Context, expr: Expr) {
    const evaluate = compiled(expr.ast);
    const fn = ctx.functions;
    return (params: Scope['params']) => evaluate({ params, datum: undefined, event: undefined, item: undefined, fn });
  },
  parameter(ctx: Context, expr: Expr) {
    const evaluate = compiled(expr.ast);
    const fn = ctx.functions;
    return (datum: unknown, params: Scope['params']) => evaluate({ params, datum, event: undefined, item: undefined, fn });
  },
  event(ctx: Context, expr: Expr) {
    const evaluate = compiled(expr.ast);
    const fn = ctx.functions;
    return (event: VegaEvent) => evaluate({ params: undefined, datum: undefined, event, item: undefined, fn });
  },
  handler(ctx: Context, expr: Expr) {
    const evaluate = compiled(expr.ast);
    const fn = ctx.functions;
    return (params: Scope['params'], event: VegaEvent) =>
      evaluate({ params, datum: event.item && event.item.datum, event, item: undefined, fn });
  },
  encode(ctx: Context, encode: Encode) {
    const { marktype, channels } = encode;
    const swap = marktype === 'group' || marktype === 'image' || marktype === 'rect';
    const names = Object.keys(channels);
    const evaluators = names.map((name) => compiled(channels[name].ast));
    const fn = ctx.functions;
    return (item: any, params: Scope['params']) => {
      const scope: Scope = { params, datum: item.datum, event: undefined, item, fn };
      let modified = 0;
      for (let i = 0; i < names.length; i++) {
        const value = evaluators[i](scope);
        if (item[names[i]] !== value) {
          item[names[i]] = value;
          modified = 1;
        }
      }
      if (marktype !== 'rule') {
        adjustSpatial(item, channels, swap);
      }
      return modified;
    };
  },
};

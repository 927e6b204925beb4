// vega-runtime keeps a code-generating fallback (`Function(...)`) for specs parsed without `ast: true`.
// The panel always parses with `ast: true` and evaluates expressions with vega-interpreter, so that
// fallback is dead code; this loader replaces its `Function(` calls with a function that throws, so the
// bundle holds no code-from-strings at all and a strict Content-Security-Policy never sees one.
const STUB =
  "function cspSafeNoCodegen(){throw new Error('Segment Matrix runs Vega without code generation (strict CSP): parse specs with {ast: true}.')}\n";

module.exports = function cspSafeVegaRuntime(source) {
  const replaced = source.replace(/(^|[^.\w$])Function\(/g, '$1cspSafeNoCodegen(');
  return replaced === source ? source : STUB + replaced;
};

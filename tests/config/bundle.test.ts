import fs from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';

// The built bundle must run under a strict Content-Security-Policy (no 'unsafe-eval'): no code from strings.
const MODULE = path.resolve(__dirname, '../../dist/module.js');

interface Found {
  what: string;
  at: number;
}

/** Every call of eval, Function or a string-taking timer in the code, found on its syntax tree. */
function codeFromStrings(code: string): Found[] {
  const found: Found[] = [];
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
  const callee = (node: Node & { callee?: Node & { name?: string; property?: { name?: string }; object?: { name?: string } } }) => {
    const c = node.callee!;
    if (c.type === 'Identifier') {
      return c.name;
    }
    if (c.type === 'MemberExpression' && ['window', 'globalThis', 'self'].includes(c.object?.name ?? '')) {
      return c.property?.name;
    }
    return undefined;
  };
  simple(ast, {
    CallExpression(node) {
      const name = callee(node as never);
      const args = (node as unknown as { arguments: Node[] }).arguments;
      if (name === 'eval' || name === 'Function') {
        found.push({ what: `${name}(…)`, at: node.start });
      }
      if ((name === 'setTimeout' || name === 'setInterval') && args[0] && (args[0].type === 'Literal' || args[0].type === 'TemplateLiteral')) {
        found.push({ what: `${name}("…")`, at: node.start });
      }
    },
    NewExpression(node) {
      if (callee(node as never) === 'Function') {
        found.push({ what: 'new Function(…)', at: node.start });
      }
    },
  });
  return found;
}

describe('dist/module.js', () => {
  const code = fs.readFileSync(MODULE, 'utf8');

  it('is an AMD module for Grafana with a source map', () => {
    expect(code).toMatch(/define\(\[/);
    expect(code).toContain('sourceMappingURL=module.js.map');
  });

  it('takes React and the @grafana packages from Grafana (externals), not from its own bundle', () => {
    const deps = JSON.parse(code.match(/define\((\[[^\]]*\])/)![1]);
    expect(deps).toEqual(expect.arrayContaining(['react', '@grafana/data', '@grafana/ui', '@grafana/runtime']));
    expect(code).not.toMatch(/ReactCurrentDispatcher:|__SECRET_INTERNALS_DO_NOT_USE/);
  });

  it('never builds code from strings: no eval, Function or string timers anywhere in the bundle', () => {
    const found = codeFromStrings(code).map((f) => `${f.what} at ${f.at}: ${code.slice(Math.max(0, f.at - 60), f.at + 60)}`);
    expect(found).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    expect(codeFromStrings('eval("1"); new Function("a", "return a"); Function("x"); window.eval("2"); setTimeout("x()", 1); o.eval(1); function f(){ return { eval(a){ return a; } }; }').map((f) => f.what)).toEqual([
      'eval(…)',
      'new Function(…)',
      'Function(…)',
      'eval(…)',
      'setTimeout("…")',
    ]);
  });
});

/** Reading a Vega spec built by src/spec in tests, and running it headless (no renderer). */
import { parse, View, type Spec } from 'vega';
import { expressionCompiler } from '../components/VegaView/expressionCompiler';
import { registerExpressions } from '../spec/runtime/register';

export type AnyMark = {
  name?: string;
  type: string;
  from?: { data?: string };
  encode?: Record<string, Record<string, unknown>>;
  marks?: AnyMark[];
  [k: string]: unknown;
};
type Named = { name: string; [k: string]: unknown };

const marksIn = (marks: AnyMark[] = []): AnyMark[] => marks.flatMap((m) => [m, ...marksIn(m.marks)]);

/** Every mark, group children included, in drawing order. */
export const allMarks = (spec: Spec) => marksIn((spec as { marks?: AnyMark[] }).marks);
export const markNames = (spec: Spec) => allMarks(spec).map((m) => m.name);
export const markOf = (spec: Spec, name: string) => {
  const found = allMarks(spec).find((m) => m.name === name);
  if (!found) {
    throw new Error(`no mark ${name}`);
  }
  return found;
};
export const dataOf = (spec: Spec, name: string) => ((spec.data ?? []) as Named[]).find((d) => d.name === name);
export const valuesOf = <T = Record<string, unknown>>(spec: Spec, name: string) =>
  (dataOf(spec, name)?.values ?? []) as T[];
export const signalOf = (spec: Spec, name: string) => ((spec.signals ?? []) as Named[]).find((s) => s.name === name);
export const signalValue = (spec: Spec, name: string) => signalOf(spec, name)?.value;
export const scaleOf = (spec: Spec, name: string) => ((spec.scales ?? []) as Named[]).find((s) => s.name === name);

/**
 * The label transform rasterises the marks labels avoid on a canvas, which jsdom does not have: headless
 * runs place labels against each other only.
 */
function withoutAvoidedMarks(spec: Spec): Spec {
  const strip = (marks: AnyMark[] = []): AnyMark[] =>
    marks.map((m) => ({
      ...m,
      ...(m.marks ? { marks: strip(m.marks) } : {}),
      ...(Array.isArray(m.transform)
        ? {
            transform: (m.transform as Array<Record<string, unknown>>).map((t) =>
              t.type === 'label' ? { ...t, avoidMarks: [] } : t
            ),
          }
        : {}),
    }));
  return { ...spec, marks: strip((spec as { marks?: AnyMark[] }).marks) } as Spec;
}

/**
 * The spec in a headless view (the panel's expression compiler unless another evaluator is given, no
 * renderer), run at width × height. Finalize it after use.
 */
export async function runHeadless(
  spec: Spec,
  width = 400,
  height = 300,
  expr: object = expressionCompiler
): Promise<View> {
  // A copy: Vega tags the rows it is given, the spec under test stays as built.
  registerExpressions();
  const copy = JSON.parse(JSON.stringify(withoutAvoidedMarks(spec))) as Spec;
  const view = new View(parse(copy, undefined, { ast: true }), { expr, renderer: 'none' });
  await view.width(width).height(height).runAsync();
  return view;
}

type SceneNode = {
  name?: string;
  marktype?: string;
  items?: Array<{ items?: SceneNode[]; datum?: Record<string, unknown>; [k: string]: unknown }>;
};

/** Scene items of a named mark in a run view (group marks searched recursively). */
export function sceneItems(view: View, name: string): Array<{ datum?: Record<string, unknown>; [k: string]: unknown }> {
  const out: Array<{ datum?: Record<string, unknown>; [k: string]: unknown }> = [];
  const visit = (node: SceneNode | undefined) => {
    if (!node?.items) {
      return;
    }
    if (node.name === name) {
      out.push(...node.items);
    }
    for (const item of node.items) {
      item.items?.forEach(visit);
    }
  };
  visit((view.scenegraph() as unknown as { root: SceneNode }).root);
  return out;
}

/** Every scene item of a run view with its role (axis-label, legend-symbol, …) or mark name. */
export function sceneWalk(view: View): Array<{ role?: string; name?: string; item: Record<string, unknown> }> {
  const out: Array<{ role?: string; name?: string; item: Record<string, unknown> }> = [];
  const visit = (node: (SceneNode & { role?: string }) | undefined) => {
    for (const item of node?.items ?? []) {
      out.push({ role: node!.role, name: node!.name, item });
      (item.items as SceneNode[] | undefined)?.forEach(visit);
    }
  };
  visit((view.scenegraph() as unknown as { root: SceneNode }).root);
  return out;
}

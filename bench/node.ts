/**
 * The project's TypeScript pieces that the orchestration (bench/run.mjs) uses in Node, bundled by it
 * into bench/.build/node.mjs (packages external): the sandbox server and the Chromium finder.
 */
export { startSandboxServer } from '../sandbox/server/app';
export { CHROMIUM_ARGS, findChromium } from '../sandbox/cli/chromium';
export { makeScene, longFrame } from './scene';

export default async function globalTeardown() {
  await globalThis.__SANDBOX_SERVER__?.close();
}

/**
 * Imports a module afresh with one host global (Office, CustomFunctions) set to a stand-in, or absent,
 * as Office.js would leave it; the global is removed again after each test.
 */
export async function importWithGlobal<M>(name: "Office" | "CustomFunctions", value: unknown, importer: () => Promise<M>): Promise<M> {
  const scope = globalThis as Record<string, unknown>;
  if (value === undefined) delete scope[name];
  else scope[name] = value;
  let loaded: M | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await importer();
  });
  if (loaded === undefined) throw new Error("module did not load");
  return loaded;
}

export function clearGlobal(name: "Office" | "CustomFunctions"): void {
  delete (globalThis as Record<string, unknown>)[name];
}

type CommandsModule = typeof import("../../src/commands/commands");

async function load(office: unknown): Promise<CommandsModule> {
  const global = globalThis as { Office?: unknown };
  if (office) global.Office = office;
  else delete global.Office;
  let loaded: CommandsModule | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await import("../../src/commands/commands");
  });
  if (!loaded) throw new Error("module did not load");
  return loaded;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("ribbon commands", () => {
  it("registers refreshRecommendation, the FunctionName in manifest.xml", async () => {
    const associate = jest.fn();
    const { refreshRecommendation } = await load({ actions: { associate } });
    expect(associate).toHaveBeenCalledWith("refreshRecommendation", refreshRecommendation);
  });

  it("loads outside Office", async () => {
    await expect(load(undefined)).resolves.toBeDefined();
  });

  it("completes the event so Office accepts the next click", async () => {
    const { refreshRecommendation } = await load(undefined);
    const completed = jest.fn();
    refreshRecommendation({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

import { clearGlobal, importWithGlobal } from "../helpers/with-global";

const load = (office: unknown) => importWithGlobal("Office", office, () => import("../../src/commands/commands"));

afterEach(() => clearGlobal("Office"));

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

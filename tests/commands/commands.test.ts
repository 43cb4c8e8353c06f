import { clearGlobal, importWithGlobal } from "../helpers/with-global";
import type { CommandHost } from "../../src/commands/commands";
import type { RefreshResult } from "../../src/workbook/refresh";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";

const load = (office: unknown) => importWithGlobal("Office", office, () => import("../../src/commands/commands"));

afterEach(() => clearGlobal("Office"));

const ok: RefreshResult = { ok: true, reportSheet: "PivotScore Report", notes: [], settings: DEFAULT_SETTINGS };

function host(result: RefreshResult | Error) {
  const messages: string[] = [];
  const h: CommandHost = {
    refresh: () => (result instanceof Error ? Promise.reject(result) : Promise.resolve(result)),
    showMessage: (title, message) => {
      messages.push(`${title}: ${message}`);
      return Promise.resolve();
    },
  };
  return { h, messages };
}

describe("ribbon commands", () => {
  it("registers refreshRecommendation, the FunctionName in manifest.xml", async () => {
    const associate = jest.fn();
    await load({ actions: { associate } });
    expect(associate).toHaveBeenCalledWith("refreshRecommendation", expect.any(Function));
  });

  it("loads outside Office", async () => {
    await expect(load(undefined)).resolves.toBeDefined();
  });

  it("refreshes, says nothing when the report says it all, and completes the event", async () => {
    const { refreshRecommendation } = await load(undefined);
    const completed = jest.fn();
    const { h, messages } = host(ok);
    await refreshRecommendation({ completed } as unknown as Office.AddinCommands.Event, h);
    expect(messages).toEqual([]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("shows why when the options cannot be ranked, and where the report went when the name was taken", async () => {
    const { refreshRecommendation } = await load(undefined);
    const { h, messages } = host({ ...ok, ok: false, reportSheet: "PivotScore Report (2)", renamedFrom: "PivotScore Report", notes: [{ issue: { code: "options-table-missing", table: "Opportunities" }, message: "No table of options was found." }] });
    await refreshRecommendation({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, h);
    expect(messages).toEqual(['PivotScore: PivotScore could not rank the options. The report sheet lists why:\nThe report went to "PivotScore Report (2)" because "PivotScore Report" is not a PivotScore report.\n- No table of options was found.']);
  });

  it("never swallows an error from Excel: the analyst sees it and the event still completes", async () => {
    const { refreshRecommendation } = await load(undefined);
    const completed = jest.fn();
    const { h, messages } = host(new Error("The workbook is protected."));
    await refreshRecommendation({ completed } as unknown as Office.AddinCommands.Event, h);
    expect(messages).toEqual(["PivotScore could not refresh: Excel refused a step of the refresh: The workbook is protected."]);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

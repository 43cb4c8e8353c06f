/**
 * @jest-environment jsdom
 */
/**
 * The analyst's table is read once per workbook change: loading the pane reads the options, Criteria and
 * Scenarios tables once each, so does a refresh, and nothing the analyst then does in the pane (a weight moved, a scenario
 * shown, a tab opened) reads a table again. The readers are wrapped in counters; everything else is real.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Workbench } from "../../src/taskpane/Workbench";
import { samplePane } from "../helpers/pane-data";
import { refresh } from "../../src/workbook/refresh";

const reads = { cells: 0, criteria: 0, scenarios: 0 };

jest.mock("../../src/core/read", () => {
  const actual = jest.requireActual<typeof import("../../src/core/read")>("../../src/core/read");
  return {
    ...actual,
    readCells: (...args: Parameters<typeof actual.readCells>) => {
      reads.cells++;
      return actual.readCells(...args);
    },
  };
});
jest.mock("../../src/core/tables", () => {
  const actual = jest.requireActual<typeof import("../../src/core/tables")>("../../src/core/tables");
  return {
    ...actual,
    readCriteriaTable: (...args: Parameters<typeof actual.readCriteriaTable>) => {
      reads.criteria++;
      return actual.readCriteriaTable(...args);
    },
    readScenariosTable: (...args: Parameters<typeof actual.readScenariosTable>) => {
      reads.scenarios++;
      return actual.readScenariosTable(...args);
    },
  };
});

const reset = () => Object.assign(reads, { cells: 0, criteria: 0, scenarios: 0 });
const ranking = () =>
  within(screen.getByRole("list", { name: "Ranking" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");

describe("reading the workbook", () => {
  it("reads each of the sample's three tables once when the pane loads", async () => {
    reset();
    await samplePane();
    expect(reads).toEqual({ cells: 1, criteria: 1, scenarios: 1 });
  });

  it("reads each table once for a refresh, with the pane's weights and a scenario applied", async () => {
    const { workbook } = await samplePane();
    await workbook.saveSettings({ paneWeights: JSON.stringify({ "Market Size": 2, "Our Fit": 1 }) });
    reset();
    const result = await refresh(workbook, { now: new Date(0), newToken: () => "t", settings: { draws: 200 } });
    expect(result.ok).toBe(true);
    expect(reads).toEqual({ cells: 1, criteria: 1, scenarios: 1 });
    reset();
    await refresh(workbook, { now: new Date(0), newToken: () => "t", settings: { draws: 200, scenario: "Risk-averse bootstrap" } });
    expect(reads).toEqual({ cells: 1, criteria: 1, scenarios: 1 });
  });

  it("reads no table again when a weight moves, a scenario is shown or the analyses run", async () => {
    const { data } = await samplePane();
    reset();
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench data={data} analysisOptions={{ where: "page" }} />
      </FluentProvider>,
    );
    await screen.findByRole("region", { name: "Recommendation" }, { timeout: 10_000 }).catch(() => undefined);
    const before = ranking();
    act(() => {
      fireEvent.change(screen.getByLabelText("Venture Scale weight value"), { target: { value: "100" } });
    });
    // The ranking moved (Venture Scale alone ranks the five "Yes" options first)...
    expect(ranking()).not.toEqual(before);
    fireEvent.click(screen.getByRole("tab", { name: /Sensitivity/ }));
    await screen.findByRole("region", { name: "Weight stability" }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("tab", { name: /Scenarios/ }));
    // ...and no table was read for it.
    expect(reads).toEqual({ cells: 0, criteria: 0, scenarios: 0 });
  }, 30_000);
});

/**
 * @jest-environment jsdom
 */
/** The first screen: what it says, which actions it offers, and that it reads the workbook through its host. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { App, shortNamesMessage } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";
import { workbookActions } from "../../src/workbook/pane";
import { sampleBook } from "../helpers/pane-data";

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

const idle: PaneHost = { inOffice: true, load: () => new Promise(() => undefined), save: () => Promise.resolve(), refresh: () => Promise.resolve("done") };

function memoryHost(): { host: PaneHost; saves: unknown[] } {
  const workbook = sampleBook();
  const actions = workbookActions((use) => use(workbook), () => "t");
  const saves: unknown[] = [];
  return { saves, host: { inOffice: false, load: actions.load, refresh: actions.refresh, save: (c) => (saves.push(c), actions.save(c)) } };
}

describe("task pane first screen", () => {
  it("names the add-in and says what it does", () => {
    const html = renderToStaticMarkup(<App theme="light" host={idle} />);
    expect(html).toContain("<h1");
    expect(text(html)).toContain("Scores and ranks strategic options");
    expect(text(html)).toContain("Reading the workbook");
  });

  it("offers Insert sample and the short names only where the host can run them", () => {
    const install = () => Promise.resolve({ supported: true, installed: [], skipped: [] });
    const full = renderToStaticMarkup(<App theme="dark" host={{ ...idle, installShortNames: install, insertSample: () => Promise.resolve("ok") }} />);
    expect(full).toMatch(/<button[^>]*>Install short names/);
    expect(full).toMatch(/<button[^>]*>Insert sample<\/button>/);
    const bare = renderToStaticMarkup(<App theme="dark" host={idle} />);
    expect(bare).toMatch(/<button[^>]*>Refresh recommendation<\/button>/);
    expect(bare).not.toMatch(/Insert sample|Install short names/);
  });

  it("words the install's outcome", () => {
    expect(shortNamesMessage({ supported: true, installed: ["PIVOTSCORE", "PIVOTRANK"], skipped: ["PIVOTPARSE"] })).toBe(
      "Installed PIVOTSCORE, PIVOTRANK: write =PIVOTSCORE(...) as well as =PIVOT.SCORE(...). Left alone, because the workbook already uses these names: PIVOTPARSE.",
    );
    expect(shortNamesMessage({ supported: false, installed: [], skipped: [] })).toContain("no LAMBDA");
  });

  it("says when the page is open outside Excel", () => {
    expect(text(renderToStaticMarkup(<App theme="light" host={{ ...idle, inOffice: false }} />))).toContain("open outside Excel");
    expect(text(renderToStaticMarkup(<App theme="light" host={idle} />))).not.toContain("open outside Excel");
  });

  it("says why when the workbook cannot be read", async () => {
    render(<App theme="light" host={{ ...idle, load: () => Promise.reject(new Error("no workbook here")) }} />);
    expect((await screen.findByRole("alert")).textContent).toBe("The workbook could not be read: no workbook here");
  });

  it("loads the workbook's ranking, and Refresh writes the report and reads the workbook again", async () => {
    const { host } = memoryHost();
    let loads = 0;
    render(<App theme="light" host={{ ...host, load: () => (loads++, host.load()) }} />);
    expect(await screen.findByRole("list", { name: "Ranking" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Refresh recommendation" }));
    expect((await within(screen.getByRole("group", { name: "Actions" })).findByRole("status")).textContent).toBe('The report is on "PivotScore Report": "ML Infra" comes first.');
    await waitFor(() => expect(loads).toBe(2));
  });

  it("saves a weight moved just before Refresh first: the report uses it and the reloaded pane shows it", async () => {
    const workbook = sampleBook();
    const actions = workbookActions((use) => use(workbook), () => "t");
    render(<App theme="light" host={{ inOffice: false, ...actions }} />);
    expect(await screen.findByRole("list", { name: "Ranking" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Market Size weight value"), { target: { value: "80" } });
    // At once, well inside the save's 600 ms delay.
    fireEvent.click(screen.getByRole("button", { name: "Refresh recommendation" }));
    await within(screen.getByRole("group", { name: "Actions" })).findByRole("status");
    const report = (workbook.sheet("PivotScore Report")?.cells ?? []).flat().map(String);
    expect(report).toContain("The weights set in the task pane were used; the Criteria table still holds its own (Reset weights in the task pane to go back to them).");
    // The pane was read again from the workbook and shows the weights it keeps there.
    expect(await screen.findByText("Market Size: 80.0%")).toBeTruthy();
    expect(JSON.parse((await workbook.read()).settings["paneWeights"] ?? "{}")["Market Size"]).toBeCloseTo(0.8, 12);
  });

  it("reopens the tab that was open after a refresh", async () => {
    const { host } = memoryHost();
    render(<App theme="light" host={host} />);
    fireEvent.click(await screen.findByRole("tab", { name: /Scenarios/ }));
    fireEvent.click(screen.getByRole("button", { name: "Refresh recommendation" }));
    await within(screen.getByRole("group", { name: "Actions" })).findByRole("status");
    expect(await screen.findByRole("table", { name: "Ranks by scenario" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: /Scenarios/ }).getAttribute("aria-selected")).toBe("true");
  });

  it("switches the method: stored in the workbook's settings (the report uses it too) and shown after the reload", async () => {
    const workbook = sampleBook();
    const actions = workbookActions((use) => use(workbook), () => "t");
    render(<App theme="light" host={{ inOffice: false, ...actions }} />);
    fireEvent.click(await screen.findByRole("combobox", { name: "Method" }));
    fireEvent.click(screen.getByRole("option", { name: "TOPSIS" }));
    await waitFor(async () => expect((await workbook.read()).settings["method"]).toBe("topsis"));
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Method" }) as HTMLButtonElement).textContent).toBe("TOPSIS"));
  });
});

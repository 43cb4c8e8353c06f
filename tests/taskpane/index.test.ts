/**
 * @jest-environment jsdom
 */
/**
 * The task pane's start-up inside Excel (src/taskpane/index.tsx) with Office stubbed: the theme follows
 * Office's (and changes when Office raises OfficeThemeChanged), and the host is the Excel one.
 */
import type { AppProps } from "../../src/taskpane/App";

const mounted: AppProps[] = [];
jest.mock("../../src/taskpane/mount", () => ({ mount: (_container: HTMLElement, props: AppProps) => mounted.push(props) }));

function stubOffice(dark: boolean) {
  const handlers: (() => void)[] = [];
  const theme = { isDarkTheme: dark };
  Object.assign(globalThis, {
    Office: {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { officeTheme: theme, document: { addHandlerAsync: (_type: string, handler: () => void) => handlers.push(handler) } },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    },
    Excel: { run: () => Promise.reject(new Error("no Excel in tests")) },
  });
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
  return { handlers, theme };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)["Office"];
  delete (globalThis as Record<string, unknown>)["Excel"];
  mounted.length = 0;
  document.getElementById("root")?.remove();
});

async function start(): Promise<void> {
  const root = document.createElement("div");
  root.id = "root";
  document.body.append(root);
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
  for (let i = 0; i < 20 && mounted.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("the task pane in Excel", () => {
  it("follows Office's dark theme, and its change to light while the pane is open", async () => {
    const office = stubOffice(true);
    await start();
    expect(mounted.map((p) => p.theme)).toEqual(["dark"]);
    expect(mounted[0]?.host.inOffice).toBe(true);
    expect(typeof mounted[0]?.host.select).toBe("function");
    expect(office.handlers).toHaveLength(1);
    office.theme.isDarkTheme = false;
    office.handlers[0]?.();
    expect(mounted.map((p) => p.theme)).toEqual(["dark", "light"]);
  });

  it("passes a failure to reach the workbook on to the pane (which shows it), not swallowed", async () => {
    stubOffice(false);
    await start();
    await expect(mounted[0]?.host.load()).rejects.toThrow("no Excel in tests");
  });
});

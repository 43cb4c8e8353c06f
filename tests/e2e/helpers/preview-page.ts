/**
 * A page object for the preview (src/preview): the task pane beside a grid of the in-memory sample
 * workbook. Everything is found by role and accessible name, as a user (or a screen reader) finds it,
 * never by CSS class, so restyling the pane does not break the tests.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

export interface RankedOption {
  readonly rank: number;
  readonly name: string;
  readonly score: number;
}

/** A focused element as the accessibility tree names it, e.g. { role: "slider", name: "Our Fit weight" }. */
export interface FocusedElement {
  readonly role: string;
  readonly name: string;
}

export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../docs/images");

export class PreviewPage {
  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  /** Opens preview.html (with a query such as "?workbook=messy") and waits until the ranking shows (the weights load lazily). */
  async open(query = ""): Promise<void> {
    await this.page.goto(`${this.origin}/preview.html${query}`);
    await this.ranking().waitFor({ state: "visible", timeout: 30_000 });
  }

  ranking(): Locator {
    return this.page.getByRole("list", { name: "Ranking", exact: true });
  }

  /** The ranking as shown: "1. ML Infra" and its score on each item. */
  async rankingItems(): Promise<RankedOption[]> {
    const texts = await this.ranking().getByRole("listitem").allInnerTexts();
    return texts.map((text) => {
      const match = /^\s*(\d+)\.\s+(.+?)\s+(-?\d+(?:\.\d+)?)\s*$/s.exec(text);
      if (!match) throw new Error(`unexpected ranking item: ${JSON.stringify(text)}`);
      return { rank: Number(match[1]), name: (match[2] ?? "").trim(), score: Number(match[3]) };
    });
  }

  weightSlider(criterion: string): Locator {
    return this.page.getByRole("slider", { name: `${criterion} weight`, exact: true });
  }

  weightInput(criterion: string): Locator {
    return this.page.getByRole("spinbutton", { name: `${criterion} weight value`, exact: true });
  }

  /** Types a raw weight into the criterion's number box. */
  async setWeight(criterion: string, value: number): Promise<void> {
    await this.weightInput(criterion).fill(String(value));
  }

  /** Opens one of the pane's tabs (Ranking, Data, Scenarios, Sensitivity, Simulation). */
  async openTab(name: string): Promise<void> {
    const tab = this.page.getByRole("tab", { name: new RegExp(`^${name}`) }).first();
    await tab.click();
    await this.page.getByRole("tabpanel").waitFor();
  }

  /** The grid cell shown selected (an input issue's cell after a click), as "C5", or null. */
  async selectedCell(): Promise<{ cell: string; text: string } | null> {
    const selected = this.page.locator("td[data-selected]");
    if ((await selected.count()) === 0) return null;
    return { cell: (await selected.getAttribute("data-cell")) ?? "", text: (await selected.innerText()).trim() };
  }

  refreshButton(): Locator {
    return this.page.getByRole("button", { name: "Refresh recommendation", exact: true });
  }

  /** Presses Refresh recommendation and returns the sentence it reports (its role="status" line). */
  async clickRefresh(): Promise<string> {
    const button = this.refreshButton();
    await button.click();
    const status = this.page.getByRole("group", { name: "Actions", exact: true }).getByRole("status").filter({ hasText: /\S/ }).first();
    await status.waitFor({ state: "visible", timeout: 60_000 });
    await button.and(this.page.locator(":enabled")).waitFor({ timeout: 60_000 });
    return (await status.innerText()).trim();
  }

  /** The workbook grid's sheet tabs, by name. */
  async sheetNames(): Promise<string[]> {
    return this.page.getByRole("region", { name: "Workbook" }).getByRole("tab").allInnerTexts();
  }

  async openSheet(name: string): Promise<void> {
    await this.page.getByRole("region", { name: "Workbook" }).getByRole("tab", { name, exact: true }).click();
    await this.page.getByRole("table", { name: `Sheet ${name}`, exact: true }).waitFor();
  }

  /** The shown sheet's cells as text, row by row (without the row numbers and column letters). */
  async gridText(): Promise<string[][]> {
    const table = this.page.getByRole("region", { name: "Workbook" }).getByRole("table");
    return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("td"), (cell) => cell.textContent ?? "")));
  }

  /** The focused element's role and accessible name, from the accessibility tree; null when the focus is not in the page. */
  async focused(): Promise<FocusedElement | null> {
    const focus = this.page.locator(":focus");
    if ((await focus.count()) === 0) return null;
    const snapshot = await focus.ariaSnapshot({ timeout: 5_000 });
    // A name with quotes or a colon makes the line a quoted YAML scalar: - 'button "Go to A1: \"TBD\""'.
    const match = /^- '?([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.split("\n")[0] ?? "");
    return { role: match?.[1] ?? "", name: match?.[2] ?? "" };
  }

  /**
   * Presses Tab from the top of the page until the focus leaves the page (or `max` presses) and lists what
   * receives the focus, in order.
   */
  async tabOrder(max = 100): Promise<FocusedElement[]> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const order: FocusedElement[] = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press("Tab");
      const focused = await this.focused();
      if (!focused) break;
      order.push(focused);
    }
    return order;
  }

  /** Reads until the value passes the check (the UI updates asynchronously); throws after `timeout` ms with the last value. */
  async until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`still not as expected after ${timeout} ms: ${JSON.stringify(value)}`);
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * Writes docs/images/<name>.png when PIVOTSCORE_SCREENSHOTS=1 (the README embeds these files);
   * otherwise does nothing, so ordinary test runs leave the repository untouched.
   */
  async screenshot(name: string): Promise<string | null> {
    if (process.env["PIVOTSCORE_SCREENSHOTS"] !== "1") return null;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, animations: "disabled", caret: "hide", fullPage: true });
    return file;
  }
}

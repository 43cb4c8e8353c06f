/** Rendering and reading helpers shared by the chart tests. */
import { render } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { prepareAnalysis, readDecision, ProblemSchema, type ProblemInput } from "../../../src/core/index";

export function renderIn(ui: ReactElement, theme: "light" | "dark" = "light") {
  return render(<FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>{ui}</FluentProvider>);
}

/** What an SVG text shows on screen: its own text nodes, without the tooltip <title>. */
export function shown(element: Element): string {
  return [...element.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? "")
    .join("");
}

export const attr = (element: Element | undefined | null, name: string): number => Number(element?.getAttribute(name));

/** A numeric problem with no normalisation, so a score is exactly sum_j w_j x_ij (weights normalised). */
export function prepared(rows: [string, ...number[]][], weights: number[], extra: Partial<ProblemInput> = {}) {
  const ready = prepareAnalysis(
    readDecision(ProblemSchema.parse({
      method: { name: "wsm", normalization: "none" },
      criteria: weights.map((weight, j) => ({ name: `C${j + 1}`, direction: "benefit", scale: "number", weight })),
      options: rows.map(([name, ...values]) => ({ name, values })),
      ...extra,
    })),
  );
  if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
  return ready.prepared;
}

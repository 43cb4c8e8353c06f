/**
 * @jest-environment jsdom
 */
/** The live weights panel in a browser-like DOM (Testing Library): typing a weight re-ranks at once. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ProblemSchema, scoringModel, solveProblem, weightSensitivity } from "../../src/core/index";
import { Workbench } from "../../src/taskpane/Workbench";

const problem = ProblemSchema.parse(JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")));

function ranking(): string[] {
  return within(screen.getByRole("list", { name: "Ranking" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent?.replace(/\d\.\d{3}$/, "").trim() ?? "");
}

describe("the weights panel", () => {
  it("shows each criterion's share and the ranking: ML Infra first with the sample's weights", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench problem={problem} />
      </FluentProvider>,
    );
    expect(screen.getByText("Market Size: 25.0%")).toBeTruthy();
    expect(ranking()[0]).toBe("1. ML Infra");
  });

  it("starts from the weights the problem uses, whatever its weighting (equal weights: 6 x 16.7%)", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench problem={{ ...problem, weights: { method: "equal" } }} />
      </FluentProvider>,
    );
    expect(screen.getByText("Market Size: 16.7%")).toBeTruthy();
    expect(screen.getByText("Venture Scale: 16.7%")).toBeTruthy();
  });

  it("re-ranks as weights are typed: Venture Scale alone puts the five Yes options first, Maybe 6th, No 7th", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench problem={problem} />
      </FluentProvider>,
    );
    for (const name of ["Market Size", "Our Fit", "Technical Risk", "Business Risk", "Time to Market"]) {
      fireEvent.change(screen.getByLabelText(`${name} weight value`), { target: { value: "0" } });
    }
    expect(screen.getByText("Venture Scale: 100.0%")).toBeTruthy();
    // Yes/Maybe/No score 1/0.5/0, min-max normalised: 1, 0.5, 0.
    const rows = ranking();
    expect(rows.slice(0, 5).every((r) => r.startsWith("1. "))).toBe(true);
    expect(rows[5]).toBe("6. Dev Tools");
    expect(rows[6]).toBe("7. Learned DB");
  });

  it("says why there is no ranking when every weight is zero", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench problem={problem} />
      </FluentProvider>,
    );
    for (const name of ["Market Size", "Our Fit", "Technical Risk", "Business Risk", "Time to Market", "Venture Scale"]) {
      fireEvent.change(screen.getByLabelText(`${name} weight value`), { target: { value: "0" } });
    }
    expect(screen.getByRole("alert").textContent).toMatch(/weight/i);
  });

  it("shows how far each weight may move, and the nearest change of the top choice, as the engine computes them", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench problem={problem} />
      </FluentProvider>,
    );
    const solved = solveProblem(problem);
    if (!solved.ok) throw new Error("sample unsolvable");
    const intervals = weightSensitivity(scoringModel(solved), { spider: false, pairs: "top" }).intervals;
    const section = screen.getByRole("region", { name: "Weight stability" });
    for (const i of intervals) {
      expect(within(section).getByRole("img", { name: new RegExp(`^${i.criterion}: the top choice holds from ${(100 * i.top.low).toFixed(1)}% to ${(100 * i.top.high).toFixed(1)}%`) })).toBeTruthy();
    }
    const nearest = intervals.flatMap((i) => [i.top.lowBound, i.top.highBound].filter((b) => b !== undefined).map((b) => ({ i, b: b as NonNullable<typeof b> }))).sort((p, q) => Math.abs(p.b.weight - p.i.weight) - Math.abs(q.b.weight - q.i.weight))[0];
    expect(section.textContent).toContain(`if ${nearest?.i.criterion} goes from ${(100 * (nearest?.i.weight ?? 0)).toFixed(1)}% to ${(100 * (nearest?.b.weight ?? 0)).toFixed(1)}%: ${nearest?.b.challenger} then draws level`);
  });
});

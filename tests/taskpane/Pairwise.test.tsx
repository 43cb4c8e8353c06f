/**
 * @jest-environment jsdom
 */
/**
 * The AHP pairwise editor against published examples (tests/fixtures/published/ahp.json, the fixture
 * tests/core/weights uses): Saaty (1990), EJOR 48(1), 9-26, house-buying criteria (8 criteria, CR 0.169)
 * and Saaty (2008), Int. J. Services Sciences 1(1), 83-98, drinks consumption (7 items, CR 0.022).
 * Every judgement is set through the sliders; the priorities and CR shown must equal the published
 * values at their published precision (three decimals).
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PairwiseEditor, describeJudgement, judgementAt, positionOf } from "../../src/taskpane/Pairwise";
import { loadPublished } from "../helpers/published";

interface AhpExample {
  id: string;
  source: string;
  criteria: string[];
  pairwise: number[][];
  weights: number[];
  cr: number;
}

const examples: AhpExample[] = loadPublished("ahp.json").flatMap((e) => {
  const input = e.input as { criteria: string[]; pairwise: number[][] };
  const weights = e.expected["weights"] as number[] | null;
  const cr = e.expected["cr"] as number | null;
  return weights && cr !== null ? [{ id: e.id, source: e.source, criteria: input.criteria, pairwise: input.pairwise, weights, cr }] : [];
});

function show(criteria: string[], onApply: (weights: number[], matrix: number[][]) => void = () => undefined, initial?: number[][]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PairwiseEditor criteria={criteria} onApply={onApply} {...(initial ? { initial } : {})} />
    </FluentProvider>,
  );
}

/**
 * Moves the slider of pair (first, second) to the judgement a_ij. Found by its label (role queries
 * compute every accessible name on the page, seconds for the 28 pairs of eight criteria).
 */
function judge(first: string, second: string, judgement: number): void {
  fireEvent.change(screen.getByLabelText(`${first} vs ${second}`), { target: { value: String(positionOf(judgement)) } });
}

function shownPriorities(): string[] {
  return within(screen.getByRole("list", { name: "Priorities" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}

const shownCr = (): string => /Consistency ratio \(CR\): ([\d.]+)/.exec(document.body.textContent ?? "")?.[1] ?? "";

// Fluent's MessageBar watches its width with ResizeObserver, which jsdom lacks (every Office host has it).
beforeAll(() => {
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
});

describe("the AHP pairwise editor", () => {
  it("uses published examples with a priority vector and CR (the house and drinks examples)", () => {
    expect(examples.map((e) => e.id)).toEqual(["saaty-1990-house", "saaty-2008-drinks"]);
  });

  it.each(examples.map((e) => [e.id, e] as const))("reproduces %s when its judgements are set through the sliders", (_id, example) => {
    show(example.criteria);
    const { criteria, pairwise } = example;
    for (let i = 0; i < criteria.length; i++) {
      for (let j = i + 1; j < criteria.length; j++) {
        const a = pairwise[i]?.[j] ?? 1;
        // Every judgement of these examples is on Saaty's scale, so the slider holds it exactly.
        expect(judgementAt(positionOf(a))).toBeCloseTo(a, 12);
        judge(criteria[i] ?? "", criteria[j] ?? "", a);
      }
    }
    // Published to three decimals: shown as percentages with one decimal.
    expect(shownPriorities()).toEqual(criteria.map((c, k) => `${c}: ${(100 * (example.weights[k] ?? 0)).toFixed(1)}%`));
    expect(shownCr()).toBe(example.cr.toFixed(3));
    const warning = screen.queryByText("Inconsistent judgements");
    if (example.cr > 0.1) expect(warning).toBeTruthy();
    else expect(warning).toBeNull();
  });

  it("names the least consistent pair in the house example: neighborhood vs general condition", () => {
    const house = examples.find((e) => e.id === "saaty-1990-house");
    if (!house) throw new Error("fixture missing");
    // The pair maximising |ln(a_ij w_j / w_i)| computed here from the PUBLISHED weights.
    const w = house.weights;
    let worst = { i: 0, j: 0, error: -1 };
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j < w.length; j++) {
        const error = Math.abs(Math.log(((house.pairwise[i]?.[j] ?? 1) * (w[j] ?? 1)) / (w[i] ?? 1)));
        if (error > worst.error) worst = { i, j, error };
      }
    }
    expect([house.criteria[worst.i], house.criteria[worst.j]]).toEqual(["neighborhood", "general condition"]);
    show(house.criteria, undefined, house.pairwise);
    expect(shownCr()).toBe("0.169");
    const bar = screen.getByText("Inconsistent judgements").parentElement;
    expect(bar?.textContent).toContain(
      'The least consistent is neighborhood vs general condition: you said "neighborhood strongly to very strongly more important than general condition (6)", the other judgements imply about "neighborhood and general condition equally important (1)".',
    );
  });

  it("shows CR 0.000 and no warning for a consistent matrix, and hands over weights summing to 1", () => {
    const onApply = jest.fn();
    show(["Market size", "Our fit", "Speed"], onApply);
    // Weights 4 : 2 : 1 are consistent with a12 = 2, a13 = 4, a23 = 2.
    judge("Market size", "Our fit", 2);
    judge("Market size", "Speed", 4);
    judge("Our fit", "Speed", 2);
    expect(shownPriorities()).toEqual(["Market size: 57.1%", "Our fit: 28.6%", "Speed: 14.3%"]);
    expect(shownCr()).toBe("0.000");
    expect(screen.queryByText("Inconsistent judgements")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Use these weights" }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [weights, matrix] = onApply.mock.calls[0] as [number[], number[][]];
    expect(weights.reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
    weights.forEach((x, k) => expect(x).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][k] ?? NaN, 9));
    expect(matrix).toEqual([
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ]);
  });

  it("warns, naming the pair, when the judgements contradict each other", () => {
    show(["A", "B", "C"]);
    // A > B and B > C strongly, yet C > A strongly: a cycle.
    judge("A", "B", 5);
    judge("B", "C", 5);
    judge("A", "C", 1 / 5);
    expect(Number(shownCr())).toBeGreaterThan(0.1);
    const bar = screen.getByText("Inconsistent judgements").parentElement;
    expect(bar?.textContent).toMatch(/The least consistent is [ABC] vs [ABC]/);
  });

  it("gives CR 0 for two criteria, whatever the judgement", () => {
    show(["Market size", "Our fit"]);
    judge("Market size", "Our fit", 1 / 9);
    expect(shownPriorities()).toEqual(["Market size: 10.0%", "Our fit: 90.0%"]);
    expect(shownCr()).toBe("0.000");
    expect(screen.queryByText("Inconsistent judgements")).toBeNull();
  });

  it("labels every slider and words its value both ways on Saaty's scale", () => {
    show(["Market size", "Our fit"]);
    const slider = screen.getByRole("slider", { name: "Market size vs Our fit" });
    expect(slider.getAttribute("aria-valuetext")).toBe("Market size and Our fit equally important (1)");
    fireEvent.change(slider, { target: { value: "-4" } });
    expect(slider.getAttribute("aria-valuetext")).toBe("Market size strongly more important than Our fit (5)");
    fireEvent.change(slider, { target: { value: "8" } });
    expect(slider.getAttribute("aria-valuetext")).toBe("Our fit extremely more important than Market size (9)");
  });

  it("starts from a given matrix, rounding judgements to the scale", () => {
    show(["A", "B", "C"], undefined, [
      [1, 3, 0.2],
      [1 / 3, 1, 2.4],
      [5, 1 / 2.4, 1],
    ]);
    expect(screen.getByRole("slider", { name: "A vs B" }).getAttribute("aria-valuetext")).toBe("A moderately more important than B (3)");
    expect(screen.getByRole("slider", { name: "A vs C" }).getAttribute("aria-valuetext")).toBe("C strongly more important than A (5)");
    expect(screen.getByRole("slider", { name: "B vs C" }).getAttribute("aria-valuetext")).toBe("B equally to moderately more important than C (2)");
  });
});

describe("the slider scale", () => {
  it("maps positions -8..8 to 9..1/9 and back", () => {
    for (let position = -8; position <= 8; position++) expect(positionOf(judgementAt(position))).toBe(position);
    expect(judgementAt(-8)).toBe(9);
    expect(judgementAt(0)).toBe(1);
    expect(judgementAt(8)).toBeCloseTo(1 / 9, 15);
    expect(describeJudgement("A", "B", 1 / 3)).toBe("B moderately more important than A (3)");
  });
});

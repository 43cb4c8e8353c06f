/**
 * The pane's analyses off the page's thread: the worker path (a fake Worker running the real handler,
 * spawn-worker.double.ts) and the page path give the engine's own analysis; while one request runs,
 * only the latest of the newer ones is sent; a worker that cannot load hands over to the page.
 */
import { analyzeDecision, ProblemSchema, type Decision } from "../../../src/core/index";
import { createAnalyzer, SUPERSEDED } from "../../../src/taskpane/simulation/analyzer";
import { analysisAnswer } from "../../../src/taskpane/simulation/simulation.worker";
import { double, type FakeWorker } from "./spawn-worker.double";
import { sample, sampleProblem } from "./problems";

const withWeights = (decision: Decision, marketSize: number): Decision => ({
  ...decision,
  cells: { ...decision.cells, criteria: decision.cells.criteria.map((c) => (c.name === "Market Size" ? { ...c, weight: marketSize } : c)) },
});

function recommended(answer: unknown): string | undefined {
  return answer && typeof answer === "object" && "ok" in answer && answer.ok ? (answer as unknown as { recommendation: { primary: { option: string } } }).recommendation.primary.option : undefined;
}

function marketShare(answer: unknown): number | undefined {
  return answer && typeof answer === "object" && "ok" in answer && answer.ok ? (answer as unknown as { solution: { weights: number[] } }).solution.weights[0] : undefined;
}

describe("the analyzer", () => {
  beforeEach(() => {
    Object.assign(globalThis, { Worker: class {} });
    double.behaviour = "works";
    double.spawned.length = 0;
  });
  afterEach(() => delete (globalThis as { Worker?: unknown }).Worker);

  it("answers with the engine's analysis (no simulation), through the worker", async () => {
    const analyzer = createAnalyzer();
    const answer = await analyzer.analyze(sample);
    expect(double.spawned).toHaveLength(1);
    expect(JSON.stringify(answer)).toBe(JSON.stringify(analyzeDecision(sample, { simulate: false })));
    analyzer.dispose();
  });

  it("sends only the latest of the requests made while one runs; the others resolve as superseded", async () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(withWeights(sample, 0.25));
    const second = analyzer.analyze(withWeights(sample, 0.5));
    const third = analyzer.analyze(withWeights(sample, 0.9));
    expect(await second).toBe(SUPERSEDED);
    // Each answer is for its own weights: Market Size 0.25 of 1.00, then 0.9 of 1.65 = 54.5%.
    expect(marketShare(await first)).toBeCloseTo(0.25, 12);
    expect(marketShare(await third)).toBeCloseTo(0.9 / 1.65, 12);
    const sent = (double.spawned[0] as FakeWorker).received.map((m) => m.kind);
    expect(sent).toEqual(["analyze", "analyze"]);
    analyzer.dispose();
  });

  it("runs on the page when the worker's script cannot load, the request in flight included", async () => {
    double.behaviour = "fails-to-load";
    const analyzer = createAnalyzer();
    expect(recommended(await analyzer.analyze(sample))).toBe("ML Infra");
    analyzer.dispose();
  });

  it("runs on the page where there is no Worker, and where spawning one throws", async () => {
    delete (globalThis as { Worker?: unknown }).Worker;
    const page = createAnalyzer();
    expect(recommended(await page.analyze(sample))).toBe("ML Infra");
    Object.assign(globalThis, { Worker: class {} });
    double.behaviour = "spawn-throws";
    const blocked = createAnalyzer();
    expect(recommended(await blocked.analyze(sample))).toBe("ML Infra");
    page.dispose();
    blocked.dispose();
  });

  it("after dispose, pending and new requests resolve as superseded", async () => {
    const analyzer = createAnalyzer({ where: "page" });
    const pending = analyzer.analyze(sample);
    analyzer.dispose();
    expect(await pending).toBe(SUPERSEDED);
    expect(await analyzer.analyze(sample)).toBe(SUPERSEDED);
  });

  it("an analysis that throws comes back as null with the message, not as a crash", () => {
    // A decision whose cells getter throws: the engine never sees such data from the workbook.
    const broken = { ...sample, get cells(): never { throw new Error("no table here"); } } as unknown as Decision;
    const answer = analysisAnswer(7, broken);
    expect(answer).toEqual({ kind: "analysis", id: 7, result: null, message: "no table here" });
  });
});

it("the sample decision used here is the bundled one", () => {
  expect(ProblemSchema.safeParse(sampleProblem).success).toBe(true);
  expect(sample.cells.options.map((o) => o.name)).toEqual(sampleProblem.table?.rows.map((r) => r[0]));
});

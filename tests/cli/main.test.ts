/** The CLI end to end through main(): the bundled sample, published examples, and bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { expectClose, loadPublished } from "../helpers/published";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "pivotscore-cli-"));
const writeJson = (name: string, value: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe("pivotscore report", () => {
  it("ranks the bundled sample with ML Infra first and Edge Computing second, as the seed's analysis recommends", async () => {
    const { code, out } = await run(["report"]);
    expect(code).toBe(0);
    const rows = out.split("\n").filter((line) => /^\s+\d+\s{2}/.test(line));
    expect(rows[0]).toMatch(/^\s+1\s+ML Infra\b/);
    expect(rows[1]).toMatch(/^\s+2\s+Edge Computing\b/);
    expect(out).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
  });

  it("refuses a criteria weighting for a workbook, whose --weights is the simulation's weight mode", async () => {
    const refused = await run(["report", "--weights", "entropy"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('for a workbook, --weights says how the weights vary in the simulation (uniform, fixed or a band such as ±20%), not "entropy"');
    const band = await run(["report", "--weights", "+/-20%", "--draws", "500"]);
    expect(band.code).toBe(0);
  });

  it("prints the robustness of the sample's ranking: stability intervals, tornado, acceptability and scenarios", async () => {
    const { code, out } = await run(["report", "--draws", "2000", "--seed", "5"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Criteria and weight stability/);
    expect(out).toMatch(/^Our Fit\s.*\s20\.0%\s+0\.0% - 37\.1%/m);
    expect(out).toMatch(/Tornado: ML Infra's score/);
    expect(out).toMatch(/Monte Carlo \(SMAA-2\): 2,000 draws, seed 5/);
    expect(out).toMatch(/Winners by scenario: Analyst's weights: ML Infra; Risk-averse bootstrap: Learned DB; Venture scale: ML Infra\./);
    expect(out).toMatch(/"Learned DB" is left out because it fails "Venture Scale = Yes"/);
  });
});

describe("pivotscore analyze", () => {
  it("prints every analysis of a problem as JSON, deterministic for a seed", async () => {
    const first = await run(["analyze", "examples/pivot-analysis.json", "--draws", "1500", "--seed", "42"]);
    expect(first.code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document walked by the test
    const json = JSON.parse(first.out) as Record<string, any>;
    expect(json.ok).toBe(true);
    expect(json.ranking.slice(0, 2)).toEqual(["ML Infra", "Edge Computing"]);
    expect(json.sensitivity.intervals).toHaveLength(6);
    expect(json.sensitivity.exact).toBe(true);
    expect(json.uncertainty.inputs.length).toBeGreaterThan(0);
    expect(json.uncertainty.tornado.bars[0]).toHaveProperty("swing");
    expect(json.simulation.draws).toBe(1500);
    expect(json.simulation.acceptability).toHaveLength(7);
    expect(json.scenarios.scenarios.map((s: { winners: string[] }) => s.winners)).toEqual([["ML Infra"], ["Learned DB"], ["ML Infra"]]);
    expect(json.recommendation.primary.option).toBe("ML Infra");
    expect(json.issues.every((i: { message: string }) => typeof i.message === "string")).toBe(true);
    const again = await run(["analyze", "examples/pivot-analysis.json", "--draws", "1500", "--seed", "42"]);
    expect(again.out).toBe(first.out);
  });

  it("refuses WPM on the sample, whose No = 0 cannot be raised to a weight, naming the cell's option", async () => {
    const { code, out } = await run(["analyze", "examples/pivot-analysis.json", "--method", "wpm"]);
    expect(code).toBe(1);
    expect(out).toContain('WPM needs positive values; \\"Learned DB\\" has 0 on \\"Venture Scale\\".');
  });

  it.each(["topsis", "vikor", "promethee2", "copras", "moora"])("analyzes the sample with %s", async (method) => {
    const { code, out } = await run(["analyze", "examples/pivot-analysis.json", "--method", method, "--draws", "300"]);
    expect(code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document walked by the test
    const json = JSON.parse(out) as Record<string, any>;
    expect(json.sensitivity.intervals).toHaveLength(6);
    expect(json.sensitivity.exact).toBe(method === "promethee2" || method === "moora");
    expect(json.recommendation.primary.option).toBe(json.ranking[0]);
    expect(out).not.toMatch(/NaN|null,\s*"standardError"/);
  });

  it("takes a seed beyond 32 bits as a text seed", async () => {
    const { code, out } = await run(["analyze", "examples/pivot-analysis.json", "--draws", "200", "--seed", "12345678901234567890"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).simulation.seed).toBe("12345678901234567890");
  });

  it("refuses a bad --draws and names an unusable range", async () => {
    expect((await run(["analyze", "examples/pivot-analysis.json", "--draws", "many"])).code).toBe(2);
    const file = writeJson("bad-range.json", {
      table: { header: ["Option", "Market"], rows: [["A", "$5B"], ["B", "$7B"]] },
      ranges: [{ option: "A", criterion: "Market", low: "soon", high: "$9B" }],
    });
    const { code, out } = await run(["analyze", file]);
    expect(code).toBe(1);
    expect(out).toContain('The low value \\"soon\\" of the range for \\"A\\" on \\"Market\\" cannot be read');
  });
});

describe("pivotscore solve reproduces a published example for every method", () => {
  const cases: [string, string, unknown, (json: { options: { score: number }[]; details: Record<string, unknown> }) => number[]][] = [
    ["wsm.json", "triantaphyllou-2000-wsm", { name: "wsm", normalization: "none" }, (j) => j.options.map((o) => o.score)],
    ["topsis.json", "tzeng-huang-2011-topsis", "topsis", (j) => j.options.map((o) => o.score)],
    ["vikor.json", "opricovic-tzeng-2004-vikor", "vikor", (j) => j.details["Q"] as number[]],
    ["promethee.json", "zhao-2013-promethee2-usual", "promethee2", (j) => j.options.map((o) => o.score)],
    ["copras.json", "uysal-inan-2022-copras", "copras", (j) => j.details["utility"] as number[]],
    ["moora.json", "siregar-2021-moora", "moora", (j) => j.options.map((o) => o.score)],
  ];
  it.each(cases)("%s %s", async (file, id, method, scores) => {
    const example = loadPublished(file).find((e) => e.id === id);
    if (!example) throw new Error(`missing fixture ${id}`);
    const problem = {
      method,
      criteria: example.criteria.map((c) => ({ name: c.name, direction: c.direction, weight: c.weight, scale: "number", valueFunction: "linear" })),
      options: example.alternatives.map((name, i) => ({ name, values: example.matrix[i] })),
    };
    const { code, out } = await run(["solve", writeJson(`${id}.json`, problem)]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { options: { score: number }[]; details: Record<string, unknown> };
    expectClose(scores(json), example.expected.scores ?? [], example.tolerance, id);
  });

  it("wpm: the published pairwise ratios", async () => {
    const example = loadPublished("wpm.json")[0];
    if (!example) throw new Error("missing fixture");
    const problem = { method: "wpm", criteria: example.criteria.map((c) => ({ ...c, scale: "number", valueFunction: "linear" })), options: example.alternatives.map((name, i) => ({ name, values: example.matrix[i] })) };
    const { out } = await run(["solve", writeJson("wpm.json", problem)]);
    const scores = (JSON.parse(out) as { options: { score: number }[] }).options.map((o) => o.score);
    expectClose([(scores[0] ?? 0) / (scores[1] ?? 1)], [1.007], example.tolerance, "P(A1/A2)");
  });
});

describe("pivotscore weights", () => {
  it("derives AHP weights and the consistency ratio from a pairwise matrix (Saaty 1990 house example)", async () => {
    const example = loadPublished("ahp.json").find((e) => e.id === "saaty-1990-house");
    const input = example?.input as { pairwiseExact: unknown[][] };
    const { code, out } = await run(["weights", writeJson("ahp.json", { method: "ahp", pairwise: input.pairwiseExact })]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { weights: number[]; cr: number; consistent: boolean };
    expectClose(json.weights, example?.expected["weights"] as number[], example?.tolerance ?? 0, "w");
    expect(json.consistent).toBe(false);
  });
  it("synthesises a two-level AHP hierarchy (Saaty 1990 house example: global priorities .396, .341, .263)", async () => {
    const example = loadPublished("ahp.json").find((e) => e.id === "saaty-1990-house");
    const input = example?.input as { criteria: string[]; pairwiseExact: unknown[][]; alternativesPairwiseExact: Record<string, unknown[][]> };
    const alternatives = input.criteria.map((c) => input.alternativesPairwiseExact[c]);
    const { code, out } = await run(["weights", writeJson("ahp2.json", { method: "ahp", pairwise: input.pairwiseExact, alternatives })]);
    expect(code).toBe(0);
    expectClose((JSON.parse(out) as { global: number[] }).global, example?.expected["globalPriorities"] as number[], example?.tolerance ?? 0, "global");
  });
  it("derives rank-order centroid weights from an importance order", async () => {
    const { out } = await run(["weights", writeJson("roc.json", { method: "roc", order: ["Fit", "Risk", "Market"] })]);
    expectClose((JSON.parse(out) as { weights: number[] }).weights, [11 / 18, 5 / 18, 2 / 18], 1e-12, "ROC n=3");
  });
  it("derives entropy weights from the sample problem's data", async () => {
    const { code, out } = await run(["weights", "examples/pivot-analysis.json", "--weights", "entropy"]);
    expect(code).toBe(0);
    const weights = (JSON.parse(out) as { weights: number[] }).weights;
    expect(weights.reduce((t, w) => t + w, 0)).toBeCloseTo(1, 12);
  });
});

describe("bad input", () => {
  it("names the invalid field of a problem", async () => {
    const { code, err } = await run(["solve", writeJson("bad.json", { method: "topsis", options: [{ name: "A", values: { x: 1 } }], weights: { method: "ahp" } })]);
    expect(code).toBe(2);
    expect(err).toContain("weights.pairwise");
  });
  it("reports a missing file and invalid JSON without a stack trace", async () => {
    expect((await run(["solve", path.join(dir, "nope.json")])).err).toContain("no such file");
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const result = await run(["solve", file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("is not valid JSON");
  });
  it("prints the issues, naming the cell, when a problem cannot be solved", async () => {
    const { code, out } = await run(["solve", writeJson("zero.json", { table: { header: ["Name", "Fit"], rows: [["A", "TBD"], ["B", "n/a"]] }, criteria: [{ name: "Fit", scale: "percent" }] })]);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { ok: boolean; issues: { code: string; message: string }[] };
    expect(json.ok).toBe(false);
    expect(json.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["placeholder", "criterion-without-values", "no-criteria"]));
    expect(json.issues.find((i) => i.code === "placeholder")?.message).toBe('row 1, column 2 (A, Fit): "TBD" is a placeholder, not a value yet.');
  });
  it("rejects an unknown command with usage", async () => {
    const { code, err } = await run(["frobnicate"]);
    expect(code).toBe(2);
    expect(err).toContain("Usage: pivotscore");
  });
});

describe("pivotscore report on a workbook", () => {
  it("refuses to write over its input: the report always goes to a copy", async () => {
    const file = path.join(dir, "mine.xlsx");
    writeFileSync(file, readFileSync(path.join(__dirname, "../../examples/pivot-analysis.xlsx")));
    const { code, err } = await run(["report", file, "-o", file]);
    expect(code).toBe(2);
    expect(err).toContain("-o must name a new file");
  });
});

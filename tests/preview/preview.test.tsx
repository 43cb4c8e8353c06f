/** The preview's in-memory sample workbook refreshes like the real one, and its grid shows the sheets. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { Grid } from "../../src/preview/Grid";
import { sampleWorkbook, type SampleProblem } from "../../src/preview/sample-workbook";
import { refresh } from "../../src/workbook/refresh";

const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as SampleProblem;

describe("the preview", () => {
  it("holds the sample's three tables and settings, and a refresh writes the same recommendation as the CLI", async () => {
    const workbook = sampleWorkbook(sample);
    expect(workbook.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(["Opportunities", "Criteria", "Scenarios"]);
    const result = await refresh(workbook, { now: new Date("2026-11-25T10:00:00Z"), newToken: () => "p", settings: { draws: 500 } });
    expect(result.ok).toBe(true);
    expect(result.analysis?.recommendation.primary.option).toBe("ML Infra");
    expect(result.analysis?.recommendation.scenarioWinners.map((s) => s.winners[0])).toEqual(["ML Infra", "Learned DB", "ML Infra"]);
    expect(workbook.sheet("PivotScore Report")?.cells.flat()).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
  });

  it("shows the visible sheets as tabs and the cells of the first", () => {
    const html = renderToStaticMarkup(<Grid sheets={sampleWorkbook(sample).sheets} />);
    expect(html).toContain("Opportunities");
    expect(html).not.toContain("PivotScore Settings");
    expect(html).toContain("ML Infra");
    expect(html).toContain("$50B");
  });
});

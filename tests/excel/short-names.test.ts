/** The short-name installer against office-addin-mock's Excel object model. */
import { mockContext } from "../helpers/office-mock";
import { installShortNames, PROBE_NAME, shortNames, SHORT_NAME_MARK } from "../../src/excel/short-names";

interface NameItem {
  name: string;
  formula: string;
  comment: string;
  value?: string;
}

/** A workbook whose names collection records what the installer does; `lambda` says whether LAMBDA evaluates. */
function workbookWith(items: NameItem[], lambda = true) {
  const log: string[] = [];
  const current = [...items];
  const data = {
    workbook: {
      names: {
        items: current.map((item) => ({ ...item, delete: () => log.push(`delete ${item.name}`) })),
        add: (name: string, formula: string, comment: string) => {
          log.push(`add ${name}`);
          current.push({ name, formula, comment });
        },
        getItem: (name: string) => ({
          value: name === PROBE_NAME ? (lambda ? true : "#NAME?") : "#CALC!",
          load: () => undefined,
          delete: () => log.push(`delete ${name}`),
        }),
      },
    },
  };
  const { context, syncs } = mockContext(data);
  return { context, log, syncs };
}

describe("short names", () => {
  it("wraps each PIVOT function in a LAMBDA that passes omitted arguments on as blanks", () => {
    const score = shortNames().find((n) => n.name === "PIVOTSCORE");
    expect(score?.formula).toBe('=LAMBDA(table,[criteria],[option],[method],[scenarios],[scenario],PIVOT.SCORE(table,IF(ISOMITTED(criteria),"",criteria),IF(ISOMITTED(option),"",option),IF(ISOMITTED(method),"",method),IF(ISOMITTED(scenarios),"",scenarios),IF(ISOMITTED(scenario),"",scenario)))');
    expect(shortNames().map((n) => n.name)).toEqual(["PIVOTSCORE", "PIVOTRANK", "PIVOTRECOMMEND", "PIVOTCONTRIB", "PIVOTSENSITIVITY", "PIVOTSIMULATE", "PIVOTWEIGHTS", "PIVOTPARSE"]);
  });

  it("checks LAMBDA with a probe name, removes it, and installs every name, in three round trips", async () => {
    const { context, log, syncs } = workbookWith([]);
    const result = await installShortNames(context);
    expect(result).toEqual({ supported: true, installed: shortNames().map((n) => n.name), skipped: [] });
    expect(log).toEqual([`add ${PROBE_NAME}`, `delete ${PROBE_NAME}`, ...shortNames().map((n) => `add ${n.name}`)]);
    expect(syncs()).toBe(3);
  });

  it("never replaces a name the analyst defined, and updates its own outdated ones", async () => {
    const { context, log } = workbookWith([
      { name: "PivotScore", formula: "=Sheet1!$A$1", comment: "my own" },
      { name: "PIVOTRANK", formula: "=LAMBDA(t,PIVOT.RANK(t))", comment: `${SHORT_NAME_MARK} PIVOT.RANK` },
      { name: "PIVOTPARSE", formula: shortNames().find((n) => n.name === "PIVOTPARSE")?.formula ?? "", comment: `${SHORT_NAME_MARK} PIVOT.PARSE` },
    ]);
    const result = await installShortNames(context);
    expect(result.skipped).toEqual(["PIVOTSCORE"]);
    expect(log).not.toContain("add PIVOTSCORE");
    expect(log).toEqual(expect.arrayContaining(["delete PIVOTRANK", "add PIVOTRANK"]));
    expect(log).not.toContain("add PIVOTPARSE");
    expect(result.installed).toContain("PIVOTPARSE");
  });

  it("installs nothing and changes nothing of its own where Excel has no LAMBDA", async () => {
    const outdated = { name: "PIVOTRANK", formula: "=LAMBDA(t,PIVOT.RANK(t))", comment: `${SHORT_NAME_MARK} PIVOT.RANK` };
    const { context, log } = workbookWith([outdated], false);
    const result = await installShortNames(context);
    expect(result).toEqual({ supported: false, installed: [], skipped: [] });
    expect(log).toEqual([`add ${PROBE_NAME}`, `delete ${PROBE_NAME}`]);
  });
});

/**
 * Accessibility checks with axe-core in the page. axe is loaded as a same-origin script (the test server
 * serves node_modules/axe-core/axe.min.js at AXE_URL_PATH), not as an inline script, which the page's
 * Content Security Policy would block and report.
 */
import type { AxeResults, ImpactValue, NodeResult, Result } from "axe-core";
import type { Page } from "playwright-core";

export const AXE_URL_PATH = "/__e2e__/axe.min.js";
export const AXE_FILE = require.resolve("axe-core/axe.min.js");

/** An offending element, with the aria-label of its nearest labelled ancestor (or itself), to tell where it is. */
export type ViolationNode = NodeResult & { readonly within: string | null };
export type Violation = Omit<Result, "nodes"> & { readonly nodes: ViolationNode[] };

/** A violation that is known and accepted for now, with the reason; matched per element. */
export interface KnownViolation {
  readonly rule: string;
  matches(node: ViolationNode): boolean;
  readonly why: string;
}

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
  {
    rule: "aria-hidden-focus",
    matches: (node) => node.html.includes("data-tabster-dummy"),
    why: "Fluent UI's focus manager (tabster) puts aria-hidden focusable sentinels around arrow-key groups (the tab list) and moves the focus on as soon as one receives it: a known false positive (microsoft/tabster#288, microsoft/fluentui#25133).",
  },
];

const SEVERE: readonly ImpactValue[] = ["serious", "critical"];

/** axe's violations on the page as it is now (loads axe once per page). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ url: AXE_URL_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      ...v,
      nodes: v.nodes.map((n) => {
        const selector = n.target[0];
        const element = typeof selector === "string" ? document.querySelector(selector) : null;
        return { ...n, within: element?.closest("[aria-label]")?.getAttribute("aria-label") ?? null };
      }),
    }));
  });
}

/**
 * The serious and critical violations, split into those that fail the test and the known ones
 * (KNOWN_VIOLATIONS met, with how many elements each).
 */
export function triage(violations: readonly Violation[]): { failing: Violation[]; known: Map<KnownViolation, number> } {
  const failing: Violation[] = [];
  const known = new Map<KnownViolation, number>();
  for (const violation of violations) {
    if (violation.impact == null || !SEVERE.includes(violation.impact)) continue;
    const nodes = violation.nodes.filter((node) => {
      const entry = KNOWN_VIOLATIONS.find((k) => k.rule === violation.id && k.matches(node));
      if (entry) known.set(entry, (known.get(entry) ?? 0) + 1);
      return !entry;
    });
    if (nodes.length > 0) failing.push({ ...violation, nodes });
  }
  return { failing, known };
}

/** The known violations met, one line each: "rule (n elements): why". */
export function formatKnown(...known: ReadonlyMap<KnownViolation, number>[]): string {
  return KNOWN_VIOLATIONS.flatMap((entry) => {
    const count = known.reduce((n, map) => n + (map.get(entry) ?? 0), 0);
    return count > 0 ? [`${entry.rule} (${count} element${count === 1 ? "" : "s"}): ${entry.why}`] : [];
  }).join("\n");
}

/** Violations as readable lines: impact, rule, what it asks, and each offending element with axe's advice. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      [
        `[${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    at ${n.target.join(" ")}${n.within ? ` in "${n.within}"` : ""}: ${(n.failureSummary ?? "").replace(/\s*\n\s*/g, "; ")}\n       ${n.html}`),
      ].join("\n"),
    )
    .join("\n");
}

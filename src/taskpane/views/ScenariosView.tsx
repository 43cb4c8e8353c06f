/**
 * Scenarios: pick the one the weights and ranking show, make a new one from the weights on screen,
 * duplicate any, rename, describe or delete the ones made here (the Scenarios table's rows stay the
 * analyst's: they are edited in the table), and every option's rank in every scenario side by side.
 */
import { Body1, Button, Caption1, Field, Input, Radio, RadioGroup, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Scenario, ScenarioComparison, SolveResult } from "../../core/index";
import type { PaneState } from "../../workbook/pane";
import { addScenario, CURRENT, nameKey, removeScenario, sameName, updateScenario, weightsRecord } from "../model";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto" },
  // Columns as wide as their content (Fluent's table shares the width equally), scrolled when too wide.
  table: { tableLayout: "auto", width: "auto", minWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  winner: { fontWeight: tokens.fontWeightSemibold },
});

export interface ScenariosViewProps {
  readonly scenarios: readonly Scenario[];
  readonly pane: PaneState;
  readonly selected: string;
  readonly criteria: readonly string[];
  /** The weights on screen (shares), for "New scenario". */
  readonly weights: readonly number[];
  /** Every option under the current weights (the "Now" column). */
  readonly now: SolveResult | undefined;
  readonly comparison: ScenarioComparison | null | undefined;
  /** True for a scenario made in the pane (editable here); the Scenarios table's rows are the analyst's. */
  readonly made: (name: string) => boolean;
  readonly onSelect: (name: string) => void;
  readonly onPane: (state: PaneState) => void;
}

export function ScenariosView({ scenarios, pane, selected, criteria, weights, now, comparison, made, onSelect, onPane }: ScenariosViewProps) {
  const styles = useStyles();
  const current = scenarios.find((s) => sameName(s.name, selected));
  const editable = current !== undefined && made(current.name);
  // The name being typed (null: not renaming); kept while it is empty or taken, with a message.
  const [renaming, setRenaming] = useState<string | null>(null);
  const taken = scenarios.map((s) => s.name);

  const create = () => {
    const made = addScenario(pane, taken, "New scenario", weightsRecord(criteria, weights));
    onPane(made.state);
    onSelect(made.name);
  };
  const duplicate = () => {
    if (!current) return;
    const made = addScenario(pane, taken, `${current.name} copy`, weightsRecord(criteria, weights), current);
    onPane(made.state);
    onSelect(made.name);
  };
  const remove = () => {
    if (!current || !editable) return;
    onPane(removeScenario(pane, current.name));
    onSelect(CURRENT);
  };
  const problem = (name: string): string => {
    const wanted = name.trim();
    if (wanted === "") return "A scenario needs a name.";
    if (current && !sameName(wanted, current.name) && taken.some((t) => sameName(t, wanted))) return `There is already a scenario called "${wanted}".`;
    return "";
  };
  const rename = () => {
    if (!current || !editable || renaming === null) return;
    if (problem(renaming)) return;
    onPane(updateScenario(pane, current.name, { name: renaming.trim() }));
    onSelect(renaming.trim());
    setRenaming(null);
  };
  const nameProblem = renaming === null ? "" : problem(renaming);

  return (
    <>
      <Subtitle2 as="h2" block>
        Scenario shown
      </Subtitle2>
      <RadioGroup aria-label="Scenario shown" value={current ? current.name : CURRENT} onChange={(_e, d) => onSelect(d.value)}>
        <Radio value={CURRENT} label="Current weights (no scenario)" />
        {scenarios.map((s) => (
          <Radio key={s.name} value={s.name} label={made(s.name) ? `${s.name} (made here)` : s.name} />
        ))}
      </RadioGroup>
      <div className={styles.buttons}>
        <Button size="small" onClick={create}>
          New scenario from these weights
        </Button>
        <Button size="small" disabledFocusable={!current} onClick={duplicate}>
          Duplicate
        </Button>
        <Button size="small" disabledFocusable={!editable} onClick={remove} title={editable ? undefined : "Only scenarios made here can be deleted; the Scenarios table's rows are edited in the table."}>
          Delete
        </Button>
      </div>
      {current && editable ? (
        <>
          <Field label="Name" hint="Press Enter to rename." {...(nameProblem ? { validationState: "error" as const, validationMessage: nameProblem } : {})}>
            <Input
              value={renaming ?? current.name}
              onChange={(_e, d) => setRenaming(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") rename();
                if (e.key === "Escape") setRenaming(null);
              }}
              onBlur={() => (nameProblem ? undefined : rename())}
            />
          </Field>
          <Field label="Description">
            <Textarea value={current.description ?? ""} onChange={(_e, d) => onPane(updateScenario(pane, current.name, { description: d.value }))} />
          </Field>
          <Caption1 as="p" className={styles.muted}>
            Move the weights on the Ranking tab to change this scenario; it is kept in the workbook.
          </Caption1>
        </>
      ) : current ? (
        <Caption1 as="p" className={styles.muted}>
          {current.description ? `${current.description} ` : ""}This scenario is a row of the Scenarios table: change it there, or Duplicate it to change it here.
        </Caption1>
      ) : null}
      <Subtitle2 as="h2" block>
        Ranks side by side
      </Subtitle2>
      <SideBySide now={now} comparison={comparison} />
    </>
  );
}

function SideBySide({ now, comparison }: { now: SolveResult | undefined; comparison: ScenarioComparison | null | undefined }) {
  const styles = useStyles();
  if (!now || !now.ok) return <Body1 as="p">The options cannot be ranked with the current weights.</Body1>;
  if (!comparison || comparison.scenarios.length === 0) return <Body1 as="p">No scenarios yet: make one from the weights on screen, or add a Scenarios table.</Body1>;
  const rows = [...now.options].sort((a, b) => a.rank - b.rank || a.row - b.row);
  const standing = new Map(comparison.options.map((o) => [nameKey(o.name), o]));
  return (
    <div className={styles.scroll} tabIndex={0} role="group" aria-label="Ranks by scenario, scrollable">
      <Table size="extra-small" aria-label="Ranks by scenario" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Option</TableHeaderCell>
            <TableHeaderCell>Now</TableHeaderCell>
            {comparison.scenarios.map((s) => (
              <TableHeaderCell key={s.name}>{s.name}</TableHeaderCell>
            ))}
            <TableHeaderCell>Worst regret</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((o) => {
            const s = standing.get(nameKey(o.name));
            return (
              <TableRow key={o.row}>
                <TableCell className={styles.nowrap}>{o.name}</TableCell>
                <TableCell className={o.rank === 1 ? styles.winner : undefined}>{o.rank}</TableCell>
                {comparison.scenarios.map((sc, k) => {
                  const st = s?.standings[k];
                  const out = comparison.scenarios[k]?.excluded.find((e) => sameName(e.option, o.name));
                  return (
                    <TableCell key={sc.name} className={st?.rank === 1 ? styles.winner : undefined} title={out ? `Left out: ${out.constraint}` : undefined}>
                      {st?.rank ?? (out ? "out" : "-")}
                    </TableCell>
                  );
                })}
                <TableCell>{s?.maxRegret === null || s?.maxRegret === undefined ? "-" : s.maxRegret.toFixed(2)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {comparison.minimaxRegret.length > 0 ? (
        <Body1 as="p">
          Least regret across the scenarios: {comparison.minimaxRegret.join(" and ")} (the option whose worst shortfall from each scenario&apos;s best is smallest).
        </Body1>
      ) : null}
    </div>
  );
}

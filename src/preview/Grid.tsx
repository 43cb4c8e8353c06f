import { Button, Field, Input, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { columnName, parseRange } from "../workbook/a1";
import type { MemorySheet } from "../workbook/memory";

const useStyles = makeStyles({
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", whiteSpace: "nowrap", maxWidth: "40em", overflow: "hidden", textOverflow: "ellipsis" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflow: "auto", maxHeight: "70vh" },
  editor: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", backgroundColor: tokens.colorBrandBackground2 },
});

export interface GridProps {
  readonly sheets: readonly MemorySheet[];
  /** A cell to show selected (its sheet comes to the front), as Excel's Range.select() would. */
  readonly selection?: { readonly sheet: string; readonly cell: string };
  /** Types a value into a cell of the shown sheet, as an analyst would in Excel; returns why not, or "". */
  readonly onEdit?: (sheet: string, cell: string, value: string) => string;
}

/** A small form that types a value into a cell ("C5", "$40B"): the preview's stand-in for typing in Excel. */
function CellEditor({ sheet, onEdit }: { sheet: string; onEdit: (sheet: string, cell: string, value: string) => string }) {
  const styles = useStyles();
  const [cell, setCell] = useState("");
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const why = onEdit(sheet, cell.trim(), value);
    setProblem(why);
    if (!why) setValue("");
  };
  return (
    <form className={styles.editor} onSubmit={submit} aria-label={`Type into a cell of ${sheet}`}>
      <Field label="Cell" {...(problem ? { validationState: "error" as const, validationMessage: problem } : {})}>
        <Input value={cell} placeholder="C5" onChange={(_e, d) => setCell(d.value)} />
      </Field>
      <Field label="Value">
        <Input value={value} placeholder="$40B" onChange={(_e, d) => setValue(d.value)} />
      </Field>
      <Button type="submit">Set cell</Button>
    </form>
  );
}

/** A plain read-only grid of a workbook's visible sheets, one tab per sheet: what Excel would show. */
export function Grid({ sheets, selection, onEdit }: GridProps) {
  const styles = useStyles();
  const visible = sheets.filter((s) => !s.hidden);
  const [selected, setSelected] = useState(visible[0]?.name ?? "");
  useEffect(() => {
    if (selection) setSelected(selection.sheet);
  }, [selection]);
  const sheet = visible.find((s) => s.name === selected) ?? visible[0];
  const at = selection && sheet && selection.sheet === sheet.name ? parseRange(selection.cell)?.from : undefined;
  const target = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    target.current?.scrollIntoView?.({ block: "nearest" });
  }, [at?.row, at?.column]);
  const width = Math.max(1, ...(sheet?.cells.map((r) => r.length) ?? [1]));
  return (
    <section aria-label="Workbook">
      <TabList selectedValue={sheet?.name ?? ""} onTabSelect={(_e, d) => setSelected(String(d.value))}>
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {onEdit && sheet ? <CellEditor sheet={sheet.name} onEdit={onEdit} /> : null}
      {/* Focusable so keyboard users can scroll a wide sheet (axe: scrollable-region-focusable). */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label={`Cells of ${sheet?.name ?? "the sheet"}`}>
        <table className={styles.grid} aria-label={`Sheet ${sheet?.name ?? ""}`}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: width }, (_, j) => (
                <th key={j} className={`${styles.cell} ${styles.head}`} scope="col">
                  {columnName(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(sheet?.cells ?? []).map((row, i) => (
              <tr key={i}>
                <th className={`${styles.cell} ${styles.head}`} scope="row">
                  {i + 1}
                </th>
                {Array.from({ length: width }, (_, j) => {
                  const chosen = at?.row === i && at.column === j;
                  return (
                    <td key={j} className={chosen ? `${styles.cell} ${styles.selected}` : styles.cell} data-selected={chosen || undefined} ref={chosen ? target : undefined} data-cell={`${columnName(j)}${i + 1}`}>
                      {format(row[j])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function format(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}

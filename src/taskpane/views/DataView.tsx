/**
 * What PivotScore found in the workbook: the tables (with a picker when several could hold the options),
 * the criteria with the scale and direction each was read with, and every problem as a list; a problem
 * about one cell is a button that selects that cell.
 */
import { Body1, Button, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneData } from "../../workbook/pane";
import { Choice } from "../Choice";
import type { CellLink } from "../host";
import type { View } from "../model";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  link: { minWidth: 0, padding: 0, height: "auto", textAlign: "left", justifyContent: "flex-start" },
});

const ROLE: Record<string, string> = { options: "options", criteria: "criteria definitions", scenarios: "scenarios", other: "not used" };

export interface DataViewProps {
  readonly data: PaneData;
  readonly view: View | undefined;
  readonly onSelect?: (link: CellLink) => void;
  /** Uses another table as the options (stored in the workbook). */
  readonly onOptionsTable?: (name: string) => void;
}

export function DataView({ data, view, onSelect, onOptionsTable }: DataViewProps) {
  const styles = useStyles();
  const candidates = data.tables.filter((t) => t.role === "options" || t.role === "other");
  const current = data.tables.find((t) => t.role === "options");
  return (
    <>
      <Subtitle2 as="h2" block>
        Tables
      </Subtitle2>
      {data.tables.length === 0 ? (
        <Body1 as="p">The workbook has no Excel tables. Select your options (one row each, with a header row) and use Insert &gt; Table, or press Insert sample.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Tables found">
          {data.tables.map((t) => (
            <li key={`${t.sheet}!${t.name}`}>
              <Body1>
                {t.name}
              </Body1>{" "}
              <Caption1 className={styles.muted}>
                ({t.sheet}!{t.address}, {t.rows} {t.rows === 1 ? "row" : "rows"}): {ROLE[t.role]}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 1 && onOptionsTable ? (
        <Choice label="Table of options" value={current?.name ?? ""} choices={candidates.map((t) => ({ value: t.name, label: t.name }))} onChoose={onOptionsTable} />
      ) : null}
      {view ? (
        <>
          <Subtitle2 as="h2" block>
            Criteria
          </Subtitle2>
          <Table size="extra-small" aria-label="Criteria as read">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Criterion</TableHeaderCell>
                <TableHeaderCell>Scale</TableHeaderCell>
                <TableHeaderCell>Better</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.read.criteria.map((c) => (
                <TableRow key={c.name}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>
                    {c.scale.kind === "ordinal" ? `levels (${(c.scale.levels ?? ["Low", "Medium", "High"]).map((l) => (typeof l === "string" ? l : l.label)).join(", ")})` : c.scale.kind}
                    {c.inferred.includes("scale") ? <Caption1 className={styles.muted}> (detected)</Caption1> : null}
                  </TableCell>
                  <TableCell>
                    {c.direction === "benefit" ? "higher" : "lower"}
                    {c.inferred.includes("direction") ? <Caption1 className={styles.muted}> (guessed)</Caption1> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1 as="p" className={styles.muted}>
            {view.read.options.length} options read. Detected and guessed settings can be fixed in a Criteria table (see Insert sample for its layout).
          </Caption1>
        </>
      ) : null}
      <Subtitle2 as="h2" block>
        Issues
      </Subtitle2>
      {data.notes.length === 0 ? (
        <Body1 as="p">Every cell was read.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Issues">
          {data.notes.map((note, k) => (
            <li key={k}>
              {note.link && onSelect ? (
                <Button appearance="transparent" className={styles.link} onClick={() => onSelect(note.link as CellLink)} aria-label={`Go to ${note.link.sheet}!${note.link.cell}: ${note.message}`}>
                  {note.message}
                </Button>
              ) : (
                <Body1>{note.message}</Body1>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

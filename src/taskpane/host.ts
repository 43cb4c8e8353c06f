/**
 * What the task pane needs from its host, as data and callbacks: the Excel host (index.tsx, Office.js
 * through src/excel) and the browser preview (an in-memory workbook) both provide it. Components call
 * these and never Excel itself.
 */
import type { PaneChanges, PaneData, ShortNamesResult } from "../workbook/pane";

export interface CellLink {
  readonly sheet: string;
  readonly cell: string;
}

export interface PaneHost {
  /** True when the page runs inside an Office application rather than a plain browser tab. */
  readonly inOffice: boolean;
  /** Reads the workbook's tables, the input issues and the pane's stored state. */
  load(): Promise<PaneData>;
  /** Stores the pane's choices in the workbook (refresh uses the same ones). */
  save(changes: PaneChanges): Promise<void>;
  /** The ribbon's "Refresh recommendation": writes the report sheet and says what happened, in a sentence. */
  refresh(): Promise<string>;
  /** Selects a cell in the workbook (an input issue's). */
  select?(link: CellLink): Promise<void>;
  /** Adds the bundled sample's tables on new sheets and says where. */
  insertSample?(): Promise<string>;
  /** Installs the =PIVOTSCORE-style LAMBDA names in the workbook. */
  installShortNames?(): Promise<ShortNamesResult>;
}

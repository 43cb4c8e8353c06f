/**
 * Round-trips an .xlsx file through a real spreadsheet application, LibreOffice Calc (headless), so
 * integration tests can check that a workbook our code wrote survives one.
 *
 * openInLibreOffice() has LibreOffice load the file, recalculate every formula (cached results are not
 * trusted) and save it again as .xlsx; it then reads LibreOffice's file with exceljs and returns what
 * LibreOffice kept. libreOfficeCsv() returns a sheet as LibreOffice displays it (number formats applied).
 *
 * LibreOffice is not a dependency: CI installs it (.ci/run). Guard suites with
 * `(sofficePath() ? describe : describe.skip)`. Each call starts its own soffice with its own profile
 * and temporary directory (about 1 s a call), so parallel jest workers and concurrent calls are safe.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

export type LibreOfficeValue = string | number | boolean | null;

export interface LibreOfficeSheet {
  name: string;
  /** LibreOffice has no "veryHidden": it saves such sheets as "hidden". */
  state: "visible" | "hidden" | "veryHidden";
  /**
   * Values from A1 to the last row and column holding a value (every row equally long, empty cells null):
   * rows[r][c] is the cell in row r + 1, column c + 1. Rich text and hyperlink cells give their text,
   * formulas their result as LibreOffice calculated it, dates ISO strings, errors their code ("#DIV/0!"),
   * cells covered by a merge null.
   */
  rows: LibreOfficeValue[][];
  /** A1 address -> formula (without "=") of every cell LibreOffice saved as a formula. */
  formulas: Record<string, string>;
  /**
   * A1 address -> hyperlink target, as exceljs reads it: the relationship target only (exceljs ignores
   * the `location` attribute, so links stored as a location alone are missing here).
   */
  hyperlinks: Record<string, string>;
  /** A1 address -> number format of every cell with a value and a format other than General. */
  numFmts: Record<string, string>;
  /** Excel tables: name, range and table style (null when the file names none). */
  tables: { name: string; ref: string; style: string | null }[];
}

export interface LibreOfficeWorkbook {
  /** Every sheet in tab order, hidden ones included. */
  sheets: LibreOfficeSheet[];
  /** Defined names that refer to ranges (exceljs drops names holding formulas or constants). */
  definedNames: { name: string; ranges: string[] }[];
  /** The .xlsx LibreOffice wrote, for checks beyond the above (styles, conditional formats). */
  file: Buffer;
}

const TIMEOUT_MS = 120_000;

/** The LibreOffice executable: $SOFFICE_PATH, soffice/libreoffice on PATH, or a usual install path; null when absent. */
export function sofficePath(): string | null {
  const candidates: string[] = [];
  const fromEnv = process.env["SOFFICE_PATH"];
  if (fromEnv) candidates.push(fromEnv);
  for (const dir of (process.env["PATH"] ?? "").split(path.delimiter)) {
    if (dir) candidates.push(path.join(dir, "soffice"), path.join(dir, "libreoffice"));
  }
  candidates.push(
    "/usr/bin/soffice",
    "/usr/bin/libreoffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  );
  return candidates.find(isExecutableFile) ?? null;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Has LibreOffice load `xlsxPath`, recalculate and save it as .xlsx; returns what the saved file holds. */
export async function openInLibreOffice(xlsxPath: string): Promise<LibreOfficeWorkbook> {
  return withLibreOffice(xlsxPath, "xlsx", async (outFile) => {
    const file = await readFile(outFile);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    return {
      sheets: workbook.worksheets.map(readSheet),
      definedNames: workbook.definedNames.model.map((d) => ({ name: d.name, ranges: [...d.ranges] })),
      file,
    };
  });
}

/**
 * One sheet (0-based index in tab order, hidden sheets count) as LibreOffice displays it, exported as CSV
 * with the en-US locale: formatted text such as "12.5%", "2/29/2024" or "1,234.50 pts", formulas recalculated.
 */
export async function libreOfficeCsv(xlsxPath: string, sheetIndex = 0): Promise<string[][]> {
  if (!Number.isInteger(sheetIndex) || sheetIndex < 0) throw new Error(`libreOfficeCsv: bad sheet index ${sheetIndex}`);
  // Filter options: comma, double quote, UTF-8, from line 1, ..., save cell contents as shown, sheet N (1-based).
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheetIndex + 1}`;
  return withLibreOffice(xlsxPath, filter, async (outFile) => parseCsv(await readFile(outFile, "utf8")));
}

/** Runs one soffice --convert-to on a copy of the file in a fresh directory with a fresh profile. */
async function withLibreOffice<T>(xlsxPath: string, convertTo: string, read: (outFile: string) => Promise<T>): Promise<T> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const work = await mkdtemp(path.join(os.tmpdir(), "pivotscore-lo-"));
  try {
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    const profile = path.join(work, "profile");
    await Promise.all([mkdir(inDir), mkdir(outDir), mkdir(path.join(profile, "user"), { recursive: true })]);
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    // A copy keeps LibreOffice's lock files out of the caller's directory.
    const input = path.join(inDir, path.basename(xlsxPath));
    await copyFile(xlsxPath, input);
    // LibreOffice would open an empty or text file as a new sheet and "convert" it without complaint.
    const head = (await readFile(input)).subarray(0, 4);
    if (!head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new Error(`${xlsxPath} is not an .xlsx file (no zip header)`);
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", convertTo, "--outdir", outDir, input];
    const run = await runProcess(soffice, args, work);
    const produced = (await readdir(outDir)).filter((f) => !f.startsWith("."));
    const outFile = produced[0];
    if (run.timedOut || run.code !== 0 || produced.length !== 1 || outFile === undefined) {
      const why = run.timedOut ? `timed out after ${TIMEOUT_MS / 1000} s` : run.code !== 0 ? `exited with ${run.code ?? run.signal}` : `wrote ${produced.length === 0 ? "no file" : produced.join(", ")}`;
      throw new Error(`LibreOffice could not convert ${xlsxPath} to ${convertTo.split(":")[0]}: ${why}\n$ ${soffice} ${args.join(" ")}\nstdout: ${run.stdout.trim()}\nstderr: ${run.stderr.trim()}`);
    }
    return await read(path.join(outDir, outFile));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// Recalculate formulas on load (never trust cached results) and a fixed locale for displayed text.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** soffice is a script that starts soffice.bin: run it in its own process group and kill the group on time-out. */
function runProcess(command: string, args: string[], cwd: string): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start LibreOffice (${command}): ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr });
    });
  });
}

function readSheet(sheet: ExcelJS.Worksheet): LibreOfficeSheet {
  const values = new Map<number, Map<number, LibreOfficeValue>>();
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, string> = {};
  const numFmts: Record<string, string> = {};
  let height = 0;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = normalise(cell.value);
      if (cell.formula) formulas[cell.address] = cell.formula;
      if (cell.hyperlink) hyperlinks[cell.address] = cell.hyperlink;
      if (value === null) return;
      if (cell.numFmt && cell.numFmt !== "General") numFmts[cell.address] = cell.numFmt;
      let cells = values.get(r);
      if (!cells) values.set(r, (cells = new Map()));
      cells.set(c, value);
      height = Math.max(height, r);
      width = Math.max(width, c);
    });
  });
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => values.get(r + 1)?.get(c + 1) ?? null));
  const tables = sheet.getTables().map((entry) => {
    const model = (entry as unknown as { table: { name: string; tableRef?: string; ref?: string; style?: { theme?: string } | null } }).table;
    return { name: model.name, ref: model.tableRef ?? model.ref ?? "", style: model.style?.theme ?? null };
  });
  return { name: sheet.name, state: sheet.state, rows, formulas, hyperlinks, numFmts, tables };
}

/** A cell value as one plain value (see LibreOfficeSheet.rows). */
function normalise(value: unknown): LibreOfficeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v["richText"])) return (v["richText"] as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
  if ("hyperlink" in v) return normalise(v["text"]);
  if ("formula" in v || "sharedFormula" in v) return normalise(v["result"]);
  if (typeof v["error"] === "string") return v["error"];
  return JSON.stringify(value);
}

/** RFC 4180 CSV (as LibreOffice writes it) to rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

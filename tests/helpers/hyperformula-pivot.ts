/**
 * The PIVOT.* functions inside HyperFormula, a real formula engine (tests only: HyperFormula is GPL-3.0 or
 * commercial, so it is a devDependency and never bundled). The plugin passes ranges and values to the same
 * implementations Excel's custom functions call (src/functions/pivot.ts), as Excel would: 2-D arrays of
 * numbers, strings, booleans, "" for blanks and error values.
 *
 * HyperFormula sizes a spilled result when it parses the formula, before any value is known, so each
 * function declares its size from its arguments' range dimensions (for the bundled sample: every column
 * but the names is a criterion). A result is padded or cut to that size; `sizeMismatches` counts the
 * times that was needed, so a test can insist on none.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import * as pivot from "../../src/functions/pivot";

export const sizeMismatches: string[] = [];

type Value = unknown;

function toExcel(value: Value): unknown {
  if (value === EmptyValue || value === undefined || value === null) return "";
  if (value instanceof CellError) return { code: `#${value.type === ErrorType.NA ? "N/A" : value.type}` };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val;
  return value;
}

function arg(value: Value): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcel));
  return value === undefined ? null : toExcel(value);
}

const ERRORS: Record<pivot.ErrorCode, ErrorType> = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#NUM!": ErrorType.NUM };
const fromOutput = (v: pivot.Scalar | pivot.FunctionError): unknown => (pivot.isFunctionError(v) ? new CellError(ERRORS[v.error], v.message) : v);

class PivotPlugin extends FunctionPlugin {
  private call(name: string, ast: ProcedureAst, state: InterpreterState, body: (...args: unknown[]) => pivot.Output, size: (ast: ProcedureAst, state: InterpreterState) => ArraySize): unknown {
    return this.runFunction(ast.args, state, this.metadata(name), (...values: Value[]): never => {
      const out = body(...values.map(arg));
      if (pivot.isFunctionError(out) || !Array.isArray(out)) return fromOutput(out) as never;
      const expected = size(ast, state);
      if (out.length !== expected.height || (out[0]?.length ?? 0) !== expected.width) sizeMismatches.push(`${name}: ${out.length}x${out[0]?.length ?? 0}, sized ${expected.height}x${expected.width}`);
      const rows = Array.from({ length: expected.height }, (_, i) => Array.from({ length: expected.width }, (__, j) => (out[i]?.[j] === undefined ? "" : fromOutput(out[i]?.[j] as pivot.Scalar))));
      return SimpleRangeValue.onlyValues(rows as never) as never;
    });
  }

  private dims(ast: ProcedureAst, state: InterpreterState, index: number): { width: number; height: number } {
    const a = ast.args[index];
    if (!a) return { width: 0, height: 0 };
    const size = this.arraySizeForAst(a, state);
    return { width: size.width, height: size.height };
  }

  private present(ast: ProcedureAst, index: number): boolean {
    const a = ast.args[index] as { type?: string } | undefined;
    return a !== undefined && a.type !== "EMPTY";
  }

  private literal(ast: ProcedureAst, index: number): unknown {
    const a = ast.args[index] as { type?: string; value?: unknown } | undefined;
    return a && (a.type === "NUMBER" || a.type === "STRING") ? a.value : undefined;
  }

  perRowSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    return this.present(ast, 2) ? new ArraySize(1, 1) : new ArraySize(1, Math.max(1, this.dims(ast, state, 0).height - 1));
  }
  recommendSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    void state;
    const count = this.literal(ast, 2);
    return new ArraySize(1, typeof count === "number" ? count : 1);
  }
  contribSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const { width, height } = this.dims(ast, state, 0);
    return new ArraySize(width + 1, height);
  }
  sensitivitySize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    return new ArraySize(9, this.dims(ast, state, 0).width);
  }
  simulateSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const { height } = this.dims(ast, state, 0);
    return new ArraySize(height, height);
  }
  weightsSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const { width, height } = this.dims(ast, state, 0);
    const method = String(this.literal(ast, 1) ?? "ahp").toLowerCase();
    if (method === "ahp") return new ArraySize(2, height + 2);
    if (method === "roc" || method === "rank-sum") return new ArraySize(2, width * height + 1);
    return new ArraySize(2, width);
  }

  score(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.SCORE", ast, state, (...a) => wrap(pivot.score(a[0], a[1], a[2], a[3], a[4], a[5])), (x, s) => this.perRowSize(x, s));
  }
  rank(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.RANK", ast, state, (...a) => wrap(pivot.rankOf(a[0], a[1], a[2], a[3], a[4], a[5])), (x, s) => this.perRowSize(x, s));
  }
  recommend(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.RECOMMEND", ast, state, (...a) => wrap(pivot.recommend(a[0], a[1], a[2], a[3], a[4], a[5])), (x, s) => this.recommendSize(x, s));
  }
  contrib(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.CONTRIB", ast, state, (...a) => pivot.contrib(a[0], a[1], a[2], a[3], a[4]), (x, s) => this.contribSize(x, s));
  }
  sensitivity(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.SENSITIVITY", ast, state, (...a) => pivot.sensitivity(a[0], a[1], a[2], a[3], a[4]), (x, s) => this.sensitivitySize(x, s));
  }
  simulate(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.SIMULATE", ast, state, (...a) => pivot.simulate(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]), (x, s) => this.simulateSize(x, s));
  }
  parse(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args, state, this.metadata("PIVOT.PARSE"), (...values: Value[]): never => fromOutput(pivot.parse(arg(values[0]), arg(values[1])) as pivot.Scalar | pivot.FunctionError) as never);
  }
  weights(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.call("PIVOT.WEIGHTS", ast, state, (...a) => pivot.weights(a[0], a[1], a[2]), (x, s) => this.weightsSize(x, s));
  }
}

/** A single value as a 1 x 1 matrix, as the Excel wrappers do. */
const wrap = (out: pivot.Output): pivot.Output => (Array.isArray(out) || pivot.isFunctionError(out) ? out : [[out]]);

const range = { argumentType: FunctionArgumentType.RANGE };
const optionalRange = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };
const optionalAny = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const common = { vectorizationForbidden: true };

PivotPlugin.implementedFunctions = {
  "PIVOT.SCORE": { method: "score", sizeOfResultArrayMethod: "perRowSize", parameters: [range, optionalRange, optionalAny, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.RANK": { method: "rank", sizeOfResultArrayMethod: "perRowSize", parameters: [range, optionalRange, optionalAny, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.RECOMMEND": { method: "recommend", sizeOfResultArrayMethod: "recommendSize", parameters: [range, optionalRange, optionalAny, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.CONTRIB": { method: "contrib", sizeOfResultArrayMethod: "contribSize", parameters: [range, optionalRange, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.SENSITIVITY": { method: "sensitivity", sizeOfResultArrayMethod: "sensitivitySize", parameters: [range, optionalRange, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.SIMULATE": { method: "simulate", sizeOfResultArrayMethod: "simulateSize", parameters: [range, optionalRange, optionalAny, optionalAny, optionalAny, optionalAny, optionalRange, optionalAny], ...common },
  "PIVOT.PARSE": { method: "parse", parameters: [{ argumentType: FunctionArgumentType.ANY }, optionalAny] },
  "PIVOT.WEIGHTS": { method: "weights", sizeOfResultArrayMethod: "weightsSize", parameters: [range, optionalAny, optionalRange], ...common },
};

const names = Object.keys(PivotPlugin.implementedFunctions);
let registered = false;

/** A HyperFormula instance over `sheets` with the PIVOT.* functions registered. */
export function workbook(sheets: Record<string, unknown[][]>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(PivotPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
    registered = true;
  }
  // smartRounding off: values come back with all their digits, as Excel's cells hold them.
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: "gpl-v3", smartRounding: false });
}

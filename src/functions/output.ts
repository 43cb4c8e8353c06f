/**
 * What a PIVOT.* implementation returns, apart from the implementations themselves: functions.ts needs
 * these at start-up, while the engine behind pivot.ts loads on the first call.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!";
/** An Excel error with a message; the wrapper turns it into CustomFunctions.Error. */
export interface FunctionError {
  readonly error: ErrorCode;
  readonly message: string;
}
export type Scalar = number | string | boolean;
export type Output = Scalar | FunctionError | (Scalar | FunctionError)[][];

export const isFunctionError = (x: unknown): x is FunctionError => typeof x === "object" && x !== null && "error" in x && "message" in x;

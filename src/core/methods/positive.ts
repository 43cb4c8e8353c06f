import type { MethodIssue } from "../issues";
import type { MethodInput } from "./types";

/** The first non-positive value in the matrix, as the issue a ratio-based method reports. */
export function firstNonPositive(input: MethodInput, method: string, onlyColumns?: (j: number) => boolean): MethodIssue | null {
  for (let i = 0; i < input.values.length; i++) {
    const row = input.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const value = row[j] ?? 0;
      // A criterion weighted 0 cannot change the result, so its values need not be positive.
      if (value <= 0 && (input.weights[j] ?? 0) > 0 && (!onlyColumns || onlyColumns(j))) {
        return { code: "method-requires-positive", method, criterion: input.criteria[j] ?? "", option: input.options[i] ?? "", value };
      }
    }
  }
  return null;
}

import type { Issue } from "./issues";

/**
 * What every engine step that can refuse returns: its answer with `ok: true`, or `ok: false` and the
 * issues that say why (as data; front ends word them with formatIssue). Bad input is never thrown.
 */
export type Result<T extends object, E = Issue> = ({ readonly ok: true } & T) | { readonly ok: false; readonly issues: E[] };

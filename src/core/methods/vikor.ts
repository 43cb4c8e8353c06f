import "../zod";
import { z } from "zod";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

export interface VikorSettings {
  /** Weight of the strategy of "the majority of criteria" (group utility); 0.5 by consensus. */
  readonly v: number;
}

export interface VikorDetails {
  readonly best: number[];
  readonly worst: number[];
  /** Group utility S, individual regret R and the compromise index Q (lower is better for all three). */
  readonly S: number[];
  readonly R: number[];
  readonly Q: number[];
  /** DQ = 1 / (m - 1). */
  readonly dq: number;
  /** C1: Q(a2) - Q(a1) >= DQ. */
  readonly acceptableAdvantage: boolean;
  /** C2: the Q-best option is also best by S or by R. */
  readonly acceptableStability: boolean;
  /** Indices of the compromise solution(s), best Q first. */
  readonly compromise: number[];
}

const EPS = 1e-12;

/**
 * VIKOR (Opricovic & Tzeng 2004, "Compromise solution by MCDM methods: A comparative analysis of VIKOR
 * and TOPSIS", EJOR 156(2), section 3). S_i = sum_j w_j (f*_j - f_ij) / (f*_j - f-_j), R_i = max_j of the
 * same terms, Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*). A criterion whose best and
 * worst coincide adds 0; when S- = S* (or R- = R*) that part of Q is 0, a convention the paper leaves open.
 * Compromise: the Q-best option alone if C1 and C2 hold; the two best if only C2 fails; otherwise every
 * option a with Q(a) - Q(a1) < DQ.
 */
export function vikor(input: MethodInput, settings: VikorSettings): MethodResult<VikorDetails> {
  const m = input.options.length;
  const n = input.criteria.length;
  const best: number[] = [];
  const worst: number[] = [];
  for (let j = 0; j < n; j++) {
    const column = input.values.map((row) => row[j] ?? 0);
    const hi = column.reduce((a, b) => Math.max(a, b), -Infinity);
    const lo = column.reduce((a, b) => Math.min(a, b), Infinity);
    const cost = input.directions[j] === "cost";
    best.push(cost ? lo : hi);
    worst.push(cost ? hi : lo);
  }
  const S: number[] = [];
  const R: number[] = [];
  for (const row of input.values) {
    let s = 0;
    let r = 0;
    for (let j = 0; j < n; j++) {
      const span = (best[j] ?? 0) - (worst[j] ?? 0);
      const term = Math.abs(span) > 0 ? ((input.weights[j] ?? 0) * ((best[j] ?? 0) - (row[j] ?? 0))) / span : 0;
      s += term;
      if (term > r) r = term;
    }
    S.push(s);
    R.push(r);
  }
  const sBest = Math.min(...S);
  const sWorst = Math.max(...S);
  const rBest = Math.min(...R);
  const rWorst = Math.max(...R);
  const Q = S.map((s, i) => {
    const groupPart = sWorst - sBest > 0 ? (s - sBest) / (sWorst - sBest) : 0;
    const regretPart = rWorst - rBest > 0 ? ((R[i] ?? 0) - rBest) / (rWorst - rBest) : 0;
    return settings.v * groupPart + (1 - settings.v) * regretPart;
  });

  const order = Q.map((_, i) => i).sort((a, b) => (Q[a] ?? 0) - (Q[b] ?? 0) || a - b);
  const first = order[0] ?? 0;
  const second = order[1];
  const dq = m > 1 ? 1 / (m - 1) : 0;
  const q1 = Q[first] ?? 0;
  const acceptableAdvantage = second === undefined || (Q[second] ?? 0) - q1 >= dq - EPS;
  const acceptableStability = (S[first] ?? 0) <= sBest + EPS || (R[first] ?? 0) <= rBest + EPS;
  let compromise: number[];
  if (!acceptableAdvantage) compromise = order.filter((i) => (Q[i] ?? 0) - q1 < dq - EPS);
  else if (!acceptableStability && second !== undefined) compromise = [first, second];
  else compromise = [first];
  return {
    ok: true,
    scores: Q,
    higherIsBetter: false,
    details: { best, worst, S, R, Q, dq, acceptableAdvantage, acceptableStability, compromise },
    issues: [],
  };
}

/** Q rescales S and R by their spread over the options and R is a maximum: not linear in the weights. */
export const vikorMethod = defineMethod({
  name: "vikor",
  settings: z.object({ v: z.number().min(0).max(1).default(0.5) }),
  run: vikor,
  linear: false,
});

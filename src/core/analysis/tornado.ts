import { rank } from "../rank";
import { argmax, utilitiesAt, type InputModel, type UncertainInput } from "./inputs";

export interface TornadoBar {
  readonly option: string;
  readonly criterion: string;
  readonly low: number;
  readonly high: number;
  /** The top option's score (the method's own) with this input at its low and at its high value. */
  readonly scoreAtLow: number;
  readonly scoreAtHigh: number;
  readonly rankAtLow: number;
  readonly rankAtHigh: number;
  /** |scoreAtHigh - scoreAtLow|; the bars are sorted by it, largest first. */
  readonly swing: number;
  /** The top choice at each end (the first in table order when several tie). */
  readonly winnerAtLow: string;
  readonly winnerAtHigh: string;
}

export interface Tornado {
  /** The option whose score the bars follow: the top choice with every input at its most likely value. */
  readonly option: string;
  readonly score: number;
  readonly bars: readonly TornadoBar[];
  /**
   * Set when there were more than TORNADO_INPUTS uncertain inputs: only those of the options ranked
   * this high or better were swung (each costs two method runs over the whole table).
   */
  readonly limitedToBest?: number;
}

export const TORNADO_INPUTS = 200;

/**
 * One uncertain input at a time from its low to its high value, the others at their most likely values:
 * how much the top choice's score and rank swing (the tornado diagram of SensIt and @RISK).
 */
export function tornado(model: InputModel, inputs: readonly UncertainInput[]): Tornado | null {
  const base = model.natural.map((row, i) => row.map((x, j) => inputs.find((u) => u.option === i && u.criterion === j)?.mode ?? x));
  const utilities = utilitiesAt(model, base);
  if (!utilities) return null;
  const sign = model.higherIsBetter ? 1 : -1;
  const top = argmax(utilities);
  const at = (input: UncertainInput, x: number): { score: number; rank: number; winner: string } | null => {
    const natural = base.map((row) => [...row]);
    (natural[input.option] as number[])[input.criterion] = x;
    const u = utilitiesAt(model, natural);
    if (!u) return null;
    return { score: sign * (u[top] ?? 0) + 0, rank: rank(Array.from(u))[top] ?? 0, winner: model.options[argmax(u)] ?? "" };
  };
  const bars: TornadoBar[] = [];
  let swung = inputs;
  let limitedToBest: number | undefined;
  if (inputs.length > TORNADO_INPUTS) {
    const order = [...utilities.keys()].sort((p, q) => (utilities[q] ?? 0) - (utilities[p] ?? 0));
    const perOption = Math.max(1, model.criteria.length);
    limitedToBest = Math.max(2, Math.floor(TORNADO_INPUTS / perOption));
    const best = new Set(order.slice(0, limitedToBest));
    swung = inputs.filter((u) => best.has(u.option));
  }
  for (const input of swung) {
    if (input.low === input.high) continue;
    const low = at(input, input.low);
    const high = at(input, input.high);
    if (!low || !high) continue;
    bars.push({
      option: model.options[input.option] ?? "",
      criterion: model.criteria[input.criterion]?.name ?? "",
      low: input.low,
      high: input.high,
      scoreAtLow: low.score,
      scoreAtHigh: high.score,
      rankAtLow: low.rank,
      rankAtHigh: high.rank,
      swing: Math.abs(high.score - low.score),
      winnerAtLow: low.winner,
      winnerAtHigh: high.winner,
    });
  }
  bars.sort((a, b) => b.swing - a.swing || Math.max(b.rankAtLow, b.rankAtHigh) - Math.max(a.rankAtLow, a.rankAtHigh));
  return { option: model.options[top] ?? "", score: sign * (utilities[top] ?? 0) + 0, bars, ...(limitedToBest !== undefined ? { limitedToBest } : {}) };
}

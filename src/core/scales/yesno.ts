import { levelKey } from "../cells";
import type { ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

const WORDS = {
  yes: ["yes", "y", "true"],
  maybe: ["maybe", "partial", "partially", "possibly", "perhaps", "somewhat"],
  no: ["no", "n", "false"],
} as const;

type Answer = keyof typeof WORDS;

function answerOf(text: string): Answer | undefined {
  const key = levelKey(text);
  return (Object.keys(WORDS) as Answer[]).find((answer) => (WORDS[answer] as readonly string[]).includes(key));
}

/** Yes / Maybe / No, scored 1 / 0.5 / 0 unless the scale sets other scores. Excel's TRUE/FALSE are yes/no. */
export const yesNoScale: Scale<ScaleSpecOf<"yesno">> = {
  kind: "yesno",
  parse(raw, spec) {
    const scores: Record<Answer, number> = { yes: spec.yes ?? 1, maybe: spec.maybe ?? 0.5, no: spec.no ?? 0 };
    const text = String(raw);
    let answer: Answer | undefined;
    if (typeof raw === "boolean") answer = raw ? "yes" : "no";
    else if (typeof raw === "string") answer = answerOf(raw);
    else if (Object.values(scores).includes(raw)) return { ok: true, value: raw };
    if (answer) return { ok: true, value: scores[answer] };
    return { ok: false, issue: { code: "unknown-level", raw: text, levels: ["Yes", "Maybe", "No"] } };
  },
  recognises(text) {
    return answerOf(text) !== undefined;
  },
};

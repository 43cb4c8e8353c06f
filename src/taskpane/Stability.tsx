/**
 * Weight stability as bars: for each criterion, the range its weight may take (the others rescaled in
 * proportion) before the top choice changes, with the current weight marked; and the nearest weight
 * change that would change the decision, in one sentence. Light SVG, no chart library.
 */
import { Body1, Caption1, Subtitle2, tokens } from "@fluentui/react-components";
import { nearestWeightChange, type WeightSensitivity } from "../core/index";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function Stability({ sensitivity }: { sensitivity: WeightSensitivity }) {
  if (sensitivity.intervals.length === 0) return null;
  const nearest = nearestWeightChange(sensitivity);
  const width = 220;
  return (
    <section aria-label="Weight stability">
      <Subtitle2 as="h2" block>How far each weight may move</Subtitle2>
      {sensitivity.tiedForFirst ? (
        <Body1 as="p">{sensitivity.tiedForFirst.join(" and ")} tie for first: any change that favours one of them decides.</Body1>
      ) : nearest ? (
        <Body1 as="p">
          The top choice changes first if {nearest.criterion} goes from {pct(nearest.from)} to {pct(nearest.to)}: {nearest.challenger} then draws level.
        </Body1>
      ) : (
        <Body1 as="p">No single weight change alone changes the top choice.</Body1>
      )}
      {sensitivity.intervals.map((i) => (
        <div key={i.criterion}>
          <Caption1>
            {i.criterion}: {pct(i.top.low)} to {pct(i.top.high)} (now {pct(i.weight)})
          </Caption1>
          <svg width={width} height={14} role="img" aria-label={`${i.criterion}: the top choice holds from ${pct(i.top.low)} to ${pct(i.top.high)}; the weight is ${pct(i.weight)}`}>
            <rect x={0} y={5} width={width} height={4} fill={tokens.colorNeutralBackground4} />
            <rect x={i.top.low * width} y={3} width={Math.max(1, (i.top.high - i.top.low) * width)} height={8} fill={tokens.colorBrandBackground} />
            <rect x={Math.min(width - 2, i.weight * width - 1)} y={0} width={2} height={14} fill={tokens.colorNeutralForeground1} />
          </svg>
        </div>
      ))}
    </section>
  );
}

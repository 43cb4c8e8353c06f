/**
 * Sensitivity: how far each weight may move before the top choice changes (bars around the current
 * weight, with the nearest decision-changing change in one sentence), which inputs swing the top
 * option's score most (tornado), and each option's score as one weight moves (spider, one criterion at
 * a time; the default is the one that reorders the options most).
 */
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { AnalysisResult } from "../../core/index";
import { formatNatural } from "../../locales/en";
import { defaultSpiderSeries, SpiderChart } from "../charts/Spider";
import { TornadoChart } from "../charts/Tornado";
import { Choice } from "../Choice";
import { Stability } from "../Stability";

export function SensitivityView({ analysis, stale = false, failed = false }: { analysis: AnalysisResult | undefined; stale?: boolean; failed?: boolean }) {
  const [chosen, setChosen] = useState<string>("");
  if (failed) return <Body1 as="p" role="alert">The sensitivity could not be worked out for these weights; try moving a weight again.</Body1>;
  if (!analysis) return <Body1 as="p">Working out the sensitivity...</Body1>;
  if (!analysis.ok) return <Body1 as="p">The options cannot be ranked, so there is nothing to test.</Body1>;
  const spider = analysis.sensitivity.spider;
  const series = spider.find((s) => s.criterion === chosen) ?? defaultSpiderSeries(spider);
  const scaleOf = (criterion: string) => analysis.solution.criteria.find((c) => c.name === criterion)?.scale;
  return (
    <>
      {stale ? (
        <Caption1 as="p" role="status">
          Updating for the new weights...
        </Caption1>
      ) : null}
      <Stability sensitivity={analysis.sensitivity} />
      <Subtitle2 as="h2" block>
        Which inputs matter most
      </Subtitle2>
      <TornadoChart
        tornado={analysis.uncertainty.tornado}
        formatInput={(x, bar) => {
          const scale = scaleOf(bar.criterion);
          return scale ? formatNatural(scale, x) : String(x);
        }}
      />
      <Subtitle2 as="h2" block>
        Scores as one weight moves
      </Subtitle2>
      {spider.length > 1 ? (
        <Choice label="Criterion" value={series?.criterion ?? ""} choices={spider.map((s) => ({ value: s.criterion, label: s.criterion }))} onChoose={setChosen} />
      ) : null}
      <SpiderChart series={series} higherIsBetter={analysis.solution.higherIsBetter} />
    </>
  );
}

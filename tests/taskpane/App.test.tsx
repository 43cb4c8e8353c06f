import { renderToStaticMarkup } from "react-dom/server";
import { App, shortNamesMessage } from "../../src/taskpane/App";

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("task pane first screen", () => {
  it("names the add-in and says what it does", () => {
    const html = renderToStaticMarkup(<App theme="light" inOffice={true} />);
    expect(html).toContain("<h1");
    expect(text(html)).toContain("PivotScore scores and ranks strategic options");
    expect(text(html)).toContain("Move a weight to see the ranking change");
  });

  it("offers the short-names command only where Excel can run it", () => {
    const install = () => Promise.resolve({ supported: true, installed: [], skipped: [] });
    expect(renderToStaticMarkup(<App theme="dark" inOffice={true} onInstallShortNames={install} />)).toMatch(/<button[^>]*>Install short names/);
    expect(renderToStaticMarkup(<App theme="dark" inOffice={false} />)).not.toMatch(/<button\b/);
  });

  it("offers Refresh recommendation and Insert sample where Excel can run them", () => {
    const html = renderToStaticMarkup(<App theme="light" inOffice={true} onRefresh={() => Promise.resolve("done")} onInsertSample={() => Promise.resolve("done")} />);
    expect(html).toMatch(/<button[^>]*>Refresh recommendation<\/button>/);
    expect(html).toMatch(/<button[^>]*>Insert sample<\/button>/);
  });

  it("words the install's outcome", () => {
    expect(shortNamesMessage({ supported: true, installed: ["PIVOTSCORE", "PIVOTRANK"], skipped: ["PIVOTPARSE"] })).toBe(
      "Installed PIVOTSCORE, PIVOTRANK: write =PIVOTSCORE(...) as well as =PIVOT.SCORE(...). Left alone, because the workbook already uses these names: PIVOTPARSE.",
    );
    expect(shortNamesMessage({ supported: false, installed: [], skipped: [] })).toContain("no LAMBDA");
  });

  it("says when the page is open outside Excel", () => {
    expect(text(renderToStaticMarkup(<App theme="light" inOffice={false} />))).toContain("open outside Excel");
    expect(text(renderToStaticMarkup(<App theme="light" inOffice={true} />))).not.toContain("open outside Excel");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { App } from "../../src/taskpane/App";

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("task pane first screen", () => {
  it("names the add-in, says what it does and that the weights and scenarios UI is coming", () => {
    const html = renderToStaticMarkup(<App theme="light" inOffice={true} />);
    expect(html).toContain("<h1");
    expect(text(html)).toContain("PivotScore scores and ranks strategic options");
    expect(text(html)).toContain("weights and scenarios are coming");
  });

  it("has no controls yet", () => {
    const html = renderToStaticMarkup(<App theme="dark" inOffice={true} />);
    expect(html).not.toMatch(/<(button|input|select|textarea)\b/);
  });

  it("says when the page is open outside Excel", () => {
    expect(text(renderToStaticMarkup(<App theme="light" inOffice={false} />))).toContain("open outside Excel");
    expect(text(renderToStaticMarkup(<App theme="light" inOffice={true} />))).not.toContain("open outside Excel");
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkManifest, descendants, parseXml, pngSize, type CheckOptions, type ProblemCode } from "./manifest-checks";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const options: CheckOptions = {
  assetsDir: path.join(root, "assets"),
  commandsSource: readFileSync(path.join(root, "src/commands/commands.ts"), "utf8"),
};
const validator = path.resolve(process.env["OFFICE_SCHEMAS_DIR"] ?? path.resolve(root, "../shared/office-schemas"), "validate");

function codes(xml: string): ProblemCode[] {
  return checkManifest(xml, options).map((problem) => problem.code);
}

/** Replaces exactly one occurrence, so a broken copy differs from the manifest where the test says. */
function replaceOnce(xml: string, search: string, replacement: string): string {
  const index = xml.indexOf(search);
  if (index < 0 || xml.indexOf(search, index + 1) >= 0) throw new Error(`"${search}" must occur exactly once in manifest.xml`);
  return xml.slice(0, index) + replacement + xml.slice(index + search.length);
}

describe("manifest.xml", () => {
  it("passes every check", () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  it("declares the PivotScore add-in with a GUID id and ReadWriteDocument permission", () => {
    const app = parseXml(manifest);
    const text = (name: string) => app.children.find((c) => c.name === name)?.text.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("ProviderName")).toBe("PivotScore");
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("puts Open PivotScore and Refresh recommendation on the Home tab", () => {
    const app = parseXml(manifest);
    const tab = descendants(app, "OfficeTab")[0];
    expect(tab?.attributes["id"]).toBe("TabHome");
    const actions = descendants(tab ?? app, "Action").map((a) => a.attributes["xsi:type"]);
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(descendants(app, "FunctionName").map((f) => f.text.trim())).toEqual(["refreshRecommendation"]);
  });

  (existsSync(validator) ? it : it.skip)("is valid against the Office add-in XSDs (offline validator)", () => {
    const run = spawnSync(validator, ["-q", path.join(root, "manifest.xml")], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("the manifest checker", () => {
  const broken: ReadonlyArray<readonly [string, ProblemCode, (xml: string) => string]> = [
    ["a resid with no resource", "unknown-resid", (xml) => replaceOnce(xml, '<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>')],
    ["a label resid that points at a URL", "wrong-resource-kind", (xml) => replaceOnce(xml, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>')],
    ["a duplicated control id", "duplicate-id", (xml) => replaceOnce(xml, 'id="PivotScore.RefreshButton"', 'id="PivotScore.OpenButton"')],
    ["a duplicated resource id", "duplicate-id", (xml) => replaceOnce(xml, '<bt:String id="Taskpane.Title"', '<bt:String id="Group.Label"')],
    ["an id over 32 characters", "id-too-long", (xml) => replaceOnce(xml, 'id="PivotScore.Group"', 'id="PivotScore.AGroupWhoseIdIsFarTooLong"')],
    ["a short string over 125 characters", "string-too-long", (xml) => replaceOnce(xml, 'DefaultValue="PivotScore is ready"', `DefaultValue="${"x".repeat(126)}"`)],
    ["a long string over 250 characters", "string-too-long", (xml) => replaceOnce(xml, 'DefaultValue="Open the PivotScore task pane', `DefaultValue="${"x".repeat(251)}`)],
    ["a ribbon label too long for the ribbon", "label-too-long", (xml) => replaceOnce(xml, 'DefaultValue="Open PivotScore"', 'DefaultValue="Open the PivotScore task pane now please"')],
    ["an http URL", "not-https", (xml) => replaceOnce(xml, '"https://localhost:3000/functions.json"', '"http://localhost:3000/functions.json"')],
    ["a relative URL", "not-https", (xml) => replaceOnce(xml, '"https://localhost:3000/functions.js"', '"functions.js"')],
    ["an icon file that does not exist", "icon-missing", (xml) => replaceOnce(xml, "assets/icon-80.png", "assets/icon-81.png")],
    ["an icon whose size attribute does not match the file", "icon-size", (xml) => replaceOnce(xml, '"https://localhost:3000/assets/icon-16.png"', '"https://localhost:3000/assets/icon-32.png"')],
    ["a Runtime resid different from the pages'", "runtime", (xml) => replaceOnce(xml, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"')],
    ["a FunctionFile outside the shared runtime", "runtime", (xml) => replaceOnce(xml, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>')],
    ["a short-lived runtime", "runtime", (xml) => replaceOnce(xml, 'lifetime="long"', 'lifetime="short"')],
    ["no SharedRuntime requirement", "requirement-missing", (xml) => replaceOnce(xml, '<Set Name="SharedRuntime" MinVersion="1.1"/>', "")],
    ["a misspelt requirement set", "requirement-missing", (xml) => replaceOnce(xml, '"CustomFunctionsRuntime"', '"CustomFunctionRuntime"')],
    ["another namespace", "namespace", (xml) => replaceOnce(xml, 'DefaultValue="PIVOT"', 'DefaultValue="PIVOTSCORE"')],
    ["a metadata URL webpack does not emit", "functions-url", (xml) => replaceOnce(xml, "/functions.json", "/metadata.json")],
    ["a FunctionName the commands code does not associate", "function-not-associated", (xml) => replaceOnce(xml, "<FunctionName>refreshRecommendation<", "<FunctionName>refreshEverything<")],
  ];

  it.each(broken)("reports %s", (_, code, breakIt) => {
    expect(codes(breakIt(manifest))).toContain(code);
  });

  it("rejects XML that is not well formed", () => {
    expect(() => parseXml("<a><b></a>")).toThrow("</a> closes <b>");
    expect(() => parseXml("<a>")).toThrow("not closed");
    expect(() => parseXml("<a x=1/>")).toThrow("Malformed");
  });

  it("reads PNG dimensions from the IHDR chunk", () => {
    expect(pngSize(readFileSync(path.join(root, "assets/icon-80.png")))).toEqual({ width: 80, height: 80 });
    expect(pngSize(new TextEncoder().encode("GIF89a, not a PNG at all"))).toBeNull();
  });
});

describe("scripts/build-manifest.mjs", () => {
  const script = path.join(root, "scripts/build-manifest.mjs");
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pivotscore-manifest-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function build(xml: string, url: string | undefined, ...flags: string[]) {
    const input = path.join(dir, "in.xml");
    const output = path.join(dir, "out.xml");
    writeFileSync(input, xml);
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env["PIVOTSCORE_URL"];
    if (url !== undefined) env["PIVOTSCORE_URL"] = url;
    const run = spawnSync(process.execPath, [script, ...flags, input, output], { env, encoding: "utf8" });
    return { status: run.status, stderr: run.stderr, output: existsSync(output) ? readFileSync(output, "utf8") : undefined };
  }

  it("replaces every development URL with the hosting URL", () => {
    const { status, output } = build(manifest, "https://contoso.github.io/pivotscore");
    expect(status).toBe(0);
    expect(output).toBeDefined();
    expect(output).not.toContain("localhost");
    expect(output).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://contoso.github.io/pivotscore/taskpane.html"/>');
    expect(output).toContain('<IconUrl DefaultValue="https://contoso.github.io/pivotscore/assets/icon-32.png"/>');
    expect(checkManifest(output ?? "", options)).toEqual([]);
  });

  it("drops trailing slashes from the hosting URL", () => {
    const { output } = build(manifest, "https://contoso.github.io/pivotscore/");
    expect(output).toContain('"https://contoso.github.io/pivotscore/functions.json"');
  });

  it("writes the origin only into AppDomain entries", () => {
    const withDomains = replaceOnce(manifest, "  <Hosts>\n    <Host Name", "  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name");
    const { status, output } = build(withDomains, "https://contoso.github.io/pivotscore");
    expect(status).toBe(0);
    expect(output).toContain("<AppDomain>https://contoso.github.io</AppDomain>");
  });

  it("escapes characters that are special in XML", () => {
    const { output } = build(manifest, "https://contoso.example/o'brien");
    expect(output).toContain('"https://contoso.example/o&apos;brien/taskpane.html"');
  });

  it.each([
    ["http://contoso.github.io/pivotscore", "must use https"],
    ["contoso.github.io/pivotscore", "not a URL"],
    ["https://contoso.github.io/pivotscore?v=2", "without credentials, query or fragment"],
    ["https://localhost:8443", "points at localhost"],
  ])("rejects PIVOTSCORE_URL=%s", (url, message) => {
    const { status, stderr, output } = build(manifest, url);
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(output).toBeUndefined();
  });

  it("keeps the development URLs with a warning when PIVOTSCORE_URL is not set", () => {
    const { status, stderr, output } = build(manifest, undefined);
    expect(status).toBe(0);
    expect(stderr).toContain("warning: PIVOTSCORE_URL is not set");
    expect(output).toBe(manifest);
  });

  it("fails when PIVOTSCORE_URL is not set and --require-url is given", () => {
    const { status, stderr } = build(manifest, undefined, "--require-url");
    expect(status).toBe(1);
    expect(stderr).toContain("PIVOTSCORE_URL is not set");
  });

  it("refuses a manifest with local URLs it does not know how to rewrite", () => {
    const withOther = replaceOnce(manifest, "https://localhost:3000/functions.json", "https://localhost:8080/functions.json");
    const { status, stderr } = build(withOther, "https://contoso.github.io/pivotscore");
    expect(status).toBe(1);
    expect(stderr).toContain("https://localhost:8080/functions.json");
  });
});

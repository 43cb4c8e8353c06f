/**
 * Checks on manifest.xml that the XSD cannot express (see ../shared/office-schemas/README.md, "What it
 * does NOT check"): resids resolve, ids are unique, URLs are https, icons exist at their declared size,
 * and the shared runtime is wired consistently. Returns problems as data so tests can assert on codes.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A small non-validating XML parser: elements, attributes and text; comments and declarations skipped. */
export function parseXml(xml: string): XmlElement {
  const document: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [document];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < xml.length && (match = TOKEN.exec(xml)) !== null) {
    const [, closing, opening, attributeText, selfClosing, text, stray] = match;
    const current = stack[stack.length - 1] as XmlElement;
    if (stray !== undefined) throw new Error(`Malformed XML near offset ${match.index}`);
    if (text !== undefined) {
      current.text += decode(text);
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of (attributeText ?? "").matchAll(ATTRIBUTE)) {
        attributes[name as string] = decode(double ?? single ?? "");
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: "" };
      current.children.push(element);
      if (selfClosing !== "/") stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name ?? "?"}> is not closed`);
  const [root] = document.children;
  if (!root || document.children.length !== 1) throw new Error("Expected exactly one root element");
  return root;
}

/** Element name without its namespace prefix: "bt:Image" -> "Image". */
function local(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (name === undefined || local(child.name) === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => local(c.name) === name);
}

export type ProblemCode =
  | "unknown-resid"
  | "wrong-resource-kind"
  | "duplicate-id"
  | "id-too-long"
  | "string-too-long"
  | "label-too-long"
  | "not-https"
  | "icon-missing"
  | "icon-size"
  | "runtime"
  | "requirement-missing"
  | "namespace"
  | "function-not-associated"
  | "functions-url";

export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource collection each resid-bearing element must point into. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const MAX_ID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
/** Ribbon labels longer than this wrap or get cut off on narrow ribbons. */
const MAX_LABEL = 32;
const REQUIRED_SETS: ReadonlyArray<readonly [string, string]> = [
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.1"],
];
export const NAMESPACE = "PIVOT";

export interface CheckOptions {
  /** Folder the icon URLs' "/assets/<file>" part is looked up in. */
  readonly assetsDir: string;
  /** Source of the ribbon commands, searched for Office.actions.associate("<FunctionName>", ...). */
  readonly commandsSource?: string;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, message: string) => problems.push({ code, message });
  const root = parseXml(xml);
  const resources = descendants(root, "Resources")[0];

  // Resources: id -> (kind, value)
  const resourceKinds = new Map<string, ResourceKind>();
  const resourceValues = new Map<string, string>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const entry of child(resources, kind)?.children ?? []) {
      const id = entry.attributes["id"] ?? "";
      const value = entry.attributes["DefaultValue"] ?? "";
      if (resourceKinds.has(id)) report("duplicate-id", `resource id "${id}" is defined twice`);
      if (id.length > MAX_ID) report("id-too-long", `resource id "${id}" is longer than ${MAX_ID} characters`);
      resourceKinds.set(id, kind);
      resourceValues.set(id, value);
      const texts = [value, ...entry.children.map((o) => o.attributes["Value"] ?? "")];
      const limit = kind === "ShortStrings" ? MAX_SHORT_STRING : kind === "LongStrings" ? MAX_LONG_STRING : 2048;
      for (const text of texts) {
        if (text.length > limit) report("string-too-long", `${kind} "${id}" is ${text.length} characters (limit ${limit})`);
      }
    }
  }

  // Every resid resolves, into the right kind of resource.
  for (const element of descendants(root)) {
    const resid = element.attributes["resid"];
    if (resid === undefined) continue;
    if (resid.length > MAX_ID) report("id-too-long", `resid "${resid}" is longer than ${MAX_ID} characters`);
    const kind = resourceKinds.get(resid);
    const expected = RESID_KIND[local(element.name)];
    if (kind === undefined) report("unknown-resid", `<${element.name} resid="${resid}"> has no resource`);
    else if (expected !== undefined && kind !== expected) {
      report("wrong-resource-kind", `<${element.name} resid="${resid}"> points into ${kind}, expected ${expected}`);
    }
  }

  // Group and control ids: unique, short.
  const controlIds = new Set<string>();
  for (const element of [...descendants(root, "Group"), ...descendants(root, "Control")]) {
    const id = element.attributes["id"] ?? "";
    if (controlIds.has(id)) report("duplicate-id", `<${element.name} id="${id}"> is not unique`);
    if (id.length > MAX_ID) report("id-too-long", `<${element.name} id="${id}"> is longer than ${MAX_ID} characters`);
    controlIds.add(id);
    const labelId = child(element, "Label")?.attributes["resid"];
    const label = labelId === undefined ? undefined : resourceValues.get(labelId);
    if (label !== undefined && (label.length === 0 || label.length > MAX_LABEL)) {
      report("label-too-long", `label "${label}" of ${id} should be 1 to ${MAX_LABEL} characters`);
    }
  }

  // Every URL is https (namespace declarations are names, not URLs).
  for (const element of [root, ...descendants(root)]) {
    const values = Object.entries(element.attributes)
      .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
      .map(([, value]) => value);
    for (const value of [...values, element.text.trim()]) {
      if (/^[a-z][\w+.-]*:\/\//i.test(value) && !value.startsWith("https://")) {
        report("not-https", `<${element.name}> uses ${value}`);
      }
    }
  }
  for (const [id, kind] of resourceKinds) {
    const value = resourceValues.get(id) ?? "";
    if ((kind === "Urls" || kind === "Images") && !value.startsWith("https://")) {
      report("not-https", `${kind} "${id}" is not an absolute https URL: ${value}`);
    }
  }

  // Icons exist in assets/ at the size the manifest declares.
  const checkIcon = (url: string, size: number, where: string) => {
    const marker = url.indexOf("/assets/");
    if (marker < 0) {
      report("icon-missing", `${where}: ${url} is not under /assets/`);
      return;
    }
    const file = path.join(options.assetsDir, decodeURIComponent(url.slice(marker + "/assets/".length)));
    if (!existsSync(file)) {
      report("icon-missing", `${where}: ${file} does not exist`);
      return;
    }
    const actual = pngSize(readFileSync(file));
    if (!actual || actual.width !== size || actual.height !== size) {
      const found = actual ? `${actual.width}x${actual.height}` : "not a PNG";
      report("icon-size", `${where}: ${path.basename(file)} is ${found}, expected ${size}x${size}`);
    }
  };
  for (const image of descendants(root, "Image")) {
    const size = image.attributes["size"];
    const resid = image.attributes["resid"] ?? "";
    const url = resourceValues.get(resid);
    if (size !== undefined && url !== undefined) checkIcon(url, Number(size), `bt:Image size=${size} resid=${resid}`);
  }
  for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const url = child(root, name)?.attributes["DefaultValue"];
    if (url !== undefined) checkIcon(url, size, name);
  }

  // Shared runtime: one long-lived Runtime, and every page that must share it uses its resid.
  const runtimes = descendants(root, "Runtime");
  const runtime = runtimes[0];
  if (runtimes.length !== 1 || !runtime) {
    report("runtime", `expected exactly one <Runtime>, found ${runtimes.length}`);
  } else {
    const resid = runtime.attributes["resid"] ?? "";
    if (runtime.attributes["lifetime"] !== "long") report("runtime", `<Runtime> lifetime is not "long"`);
    const users: Array<[string, string | undefined]> = [
      ["CustomFunctions Page", child(descendants(root, "Page")[0], "SourceLocation")?.attributes["resid"]],
      ["FunctionFile", descendants(root, "FunctionFile")[0]?.attributes["resid"]],
      ...descendants(root, "Action")
        .filter((a) => a.attributes["xsi:type"] === "ShowTaskpane")
        .map((a): [string, string | undefined] => ["ShowTaskpane", child(a, "SourceLocation")?.attributes["resid"]]),
    ];
    for (const [where, used] of users) {
      if (used !== resid) report("runtime", `${where} uses ${used ?? "nothing"}, the Runtime uses ${resid}`);
    }
  }

  // Requirement sets.
  const sets = child(child(root, "Requirements"), "Sets");
  for (const [name, version] of REQUIRED_SETS) {
    const set = sets?.children.find((s) => s.attributes["Name"] === name);
    const min = set?.attributes["MinVersion"] ?? sets?.attributes["DefaultMinVersion"];
    if (!set || min !== version) report("requirement-missing", `requirement set ${name} ${version} is not declared`);
  }

  // Custom functions: namespace and the files webpack emits.
  const extension = descendants(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
  const namespaceId = child(extension, "Namespace")?.attributes["resid"];
  const namespace = namespaceId === undefined ? undefined : resourceValues.get(namespaceId);
  if (namespace !== NAMESPACE) report("namespace", `custom functions namespace is ${namespace ?? "missing"}, expected ${NAMESPACE}`);
  for (const [name, file] of [["Script", "functions.js"], ["Metadata", "functions.json"]] as const) {
    const resid = child(child(extension, name), "SourceLocation")?.attributes["resid"];
    const url = resid === undefined ? undefined : resourceValues.get(resid);
    if (!url?.endsWith(`/${file}`)) report("functions-url", `custom functions ${name} is ${url ?? "missing"}, expected .../${file}`);
  }

  // ExecuteFunction buttons name functions the commands code associates.
  if (options.commandsSource !== undefined) {
    for (const functionName of descendants(root, "FunctionName").map((e) => e.text.trim())) {
      const pattern = new RegExp(String.raw`Office\.actions\.associate\(\s*["']${functionName}["']`);
      if (!pattern.test(options.commandsSource)) {
        report("function-not-associated", `FunctionName ${functionName} is not associated in the commands code`);
      }
    }
  }

  return problems;
}

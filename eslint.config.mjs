// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

const coreMessage = "src/core is the pure engine: it may import only zod and other src/core modules (see ARCHITECTURE.md).";
const workbookMessage = "src/workbook runs in the task pane, the ribbon and the CLI alike: it may import only src/core, src/locales and itself; no Office.js, DOM, Node, React or exceljs (see ARCHITECTURE.md).";
const localesMessage = "src/locales words what the engine returns for every front end: it may import only types from src/core, and itself (see ARCHITECTURE.md).";
const paneMessage = "The task pane reaches Excel only through the PaneHost callbacks that index.tsx builds with lazy import()s of src/excel: no other pane module imports a host's code (see ARCHITECTURE.md).";
const viewMessage = "Views and charts are presentational: data and callbacks in, only types from src/core and src/workbook; the Workbench and model.ts run the engine and the host reads the workbook (see ARCHITECTURE.md).";

const officeGlobals = ["Excel", "Office", "OfficeExtension", "CustomFunctions"];
const domGlobals = ["window", "document", "navigator", "location", "history", "localStorage", "sessionStorage", "indexedDB", "fetch", "XMLHttpRequest", "WebSocket", "Worker", "alert"];
const nodeGlobals = ["process", "require", "module", "exports", "Buffer", "__dirname", "__filename", "global"];
/** no-restricted-globals entries saying why. */
const banned = (names, message) => names.map((name) => ({ name, message: `${message} ${name} belongs to a host.` }));
/** The task pane's import bans, shared by its views (a later config's rule options replace an earlier one's). */
const panePatterns = [{ regex: "^(\\.\\./)+(excel|xlsx|cli|functions|commands)(/|$)", message: paneMessage }];

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      // Cells hold whatever the analyst typed: nothing from them may reach the page as markup.
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "No HTML from data: render text through React." },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: "No HTML from data: set textContent instead." },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document'], CallExpression[callee.property.name='insertAdjacentHTML']", message: "No HTML from data." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!zod$|\\.{1,2}/).*", message: coreMessage },
            { regex: "^\\.\\./\\.\\./", message: coreMessage },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension", "CustomFunctions", "window", "document", "navigator", "localStorage", "fetch", "process", "require", "Buffer", "__dirname", "setTimeout"].map((name) => ({
          name,
          message: `${coreMessage} ${name} belongs to a host.`,
        })),
      ],
    },
  },
  {
    // A file directly in src/core reaches other folders with one "../": only files in its subfolders may use it.
    files: ["src/core/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!zod$|\\.{1,2}/).*", message: coreMessage },
            { regex: "^\\.\\./", message: coreMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      // Only ./x, ../core/... and ../locales/...: no package (React, exceljs, node:fs, fs) and no other folder of src.
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(?!\\./|\\.\\./(core|locales)/)", message: workbookMessage }] }],
      "no-restricted-globals": ["error", ...banned([...officeGlobals, ...domGlobals, ...nodeGlobals], workbookMessage)],
    },
  },
  {
    files: ["src/locales/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./core/", allowTypeImports: true, message: localesMessage },
            { regex: "^(?!\\./|\\.\\./core/)", message: localesMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: panePatterns }],
    },
  },
  {
    // index.tsx is the Excel host: the one pane module that talks to Office.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", ...banned(officeGlobals, paneMessage)],
    },
  },
  {
    files: ["src/taskpane/views/**/*.{ts,tsx}", "src/taskpane/charts/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...panePatterns,
            { regex: "^(\\.\\./)+(core|workbook)(/|$)", allowTypeImports: true, message: viewMessage },
          ],
        },
      ],
    },
  },
  {
    // The two classic hook rules as errors; v7's React Compiler rules are not switched on.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // One place talks to Office.js's batch API, so its contract (one request context per run, synced when
    // the batch settles) is kept, documented and tested once.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-properties": ["error", { object: "Excel", property: "run", message: "Excel.run belongs in src/excel: call its adapters (withExcelWorkbook, selectInExcel, ...)." }],
    },
  },
  {
    files: ["src/cli/**/*.ts", "scripts/**/*.{js,mjs}", "bench/**/*.{js,mjs}", "bin/**/*.js", "*.config.{js,mjs}", "webpack.config.js", ".dependency-cruiser.cjs", "tests/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["bin/**/*.js", "*.config.js", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts", "src/commands/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);

// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const coreMessage = "src/core is the pure engine: it may import only zod and other src/core modules (see ARCHITECTURE.md).";

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

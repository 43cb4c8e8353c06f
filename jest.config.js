/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose other dependencies are
    // ESM-only and break under jest (see ../shared/notes/stack-facts.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // The simulation worker's spawner uses import.meta (for webpack), which does not parse as CommonJS:
    // tests get a double that runs the worker's message handler in-process.
    "^\\./spawn-worker$": "<rootDir>/tests/taskpane/simulation/spawn-worker.double.ts",
  },
};

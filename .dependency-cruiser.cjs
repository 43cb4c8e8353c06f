/**
 * `npm run cycles` (part of `npm run lint`): no import cycle anywhere in src. Type-only imports count
 * (tsPreCompilationDeps): a cycle through types is still two modules that cannot be read, tested or
 * moved one without the other. Dynamic import() counts too. ESLint (eslint.config.mjs) holds the layer
 * rules; this file only looks for cycles.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "An import cycle in src: move what both modules need into one that neither imports back (ARCHITECTURE.md, Allowed imports).",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: "^src/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};

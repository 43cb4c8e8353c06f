// Builds the add-in's one shared-runtime page: dist/taskpane.html loads the custom functions, the ribbon
// commands and the task pane. Also writes dist/functions.json and copies the icons and the manifest.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_SERVER_PORT = 3000;
const FUNCTIONS_FILE = path.resolve(__dirname, "src/functions/functions.ts");

/**
 * Certificates from office-addin-dev-certs when it is installed (it is not a dependency: its CA install
 * needs sudo), else null.
 */
async function devCertificates() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (error) {
    if (error.code === "MODULE_NOT_FOUND") return null;
    throw error;
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs could not provide certificates: ${error.message}`);
    return null;
  }
}

async function devServer() {
  const certificates = await devCertificates();
  if (!certificates) {
    console.warn(
      [
        `Serving over plain http://localhost:${DEV_SERVER_PORT}: fine in a browser, but Excel needs https to sideload.`,
        "For https: npx office-addin-dev-certs install, then restart the dev server.",
      ].join("\n"),
    );
  }
  return {
    port: DEV_SERVER_PORT,
    server: certificates ? { type: "https", options: certificates } : "http",
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    // No eval in development either: the pages' Content-Security-Policy forbids it.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      // custom-functions-metadata-plugin appends an unguarded CustomFunctions.associate() for every
      // @customfunction to the module whose request ends with its input path. functions.ts registers its
      // functions itself, guarded so the page also loads without Office.js; the query keeps the plugin's
      // loader off it (the plugin still writes functions.json).
      functions: `${FUNCTIONS_FILE}?shared-runtime`,
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The message dialog a ribbon command opens (a separate page).
      dialog: "./src/dialog/message.ts",
      // Developer tooling: the task pane against the sample in memory, at /preview.html of `npm start`.
      // Never in a production build.
      ...(production ? {} : { preview: "./src/preview/preview.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // The engine and its message catalogue run no code at import time (they only define functions,
          // constants and schemas), so webpack may drop whatever a bundle does not use.
          include: [path.resolve(__dirname, "src/core"), path.resolve(__dirname, "src/locales")],
          // Except src/core/zod.ts, whose one job is a side effect (zod's jitless setting, imported bare):
          // marked free of side effects, webpack would drop it.
          exclude: path.resolve(__dirname, "src/core/zod.ts"),
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              // tsconfig.json is set up for type-checking only (noEmit, node10 resolution); webpack needs emitted ES modules.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // One module registry for the three entries, so the shared runtime holds one copy of each module.
      runtimeChunk: "single",
      // Chunks keep stable names (taskpane-ui.js, workbench.js, ...; the size gate lists them). One split:
      // the engine (src/core, src/locales, zod) is one shared lazy chunk, engine.js, instead of a copy in
      // each of pivot.js, workbench.js, refresh.js and the Web Worker (which loads it with importScripts).
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          default: false,
          defaultVendors: false,
          engine: { test: /[\\/](src[\\/](core|locales)|node_modules[\\/]zod)[\\/]/, name: "engine", chunks: "async", enforce: true },
        },
      },
    },
    performance: {
      // The lazily loaded task pane UI (React + Fluent UI) is the largest asset by design.
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("taskpane-ui"),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_FILE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/dialog/message.html",
        chunks: ["runtime", "dialog"],
        chunksSortMode: "manual",
      }),
      ...(production
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["runtime", "preview"],
              chunksSortMode: "manual",
            }),
          ]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml", info: { minimized: true } },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

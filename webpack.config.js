// webpack: the task pane (Excel/Word), the ribbon function file and the standalone page.
// `npm run build` → dist/ with manifest URLs rewritten to the production base URL
// (package.json config.prod_base_url, or the KHCT_BASE_URL environment variable).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteBaseUrl } = require("./scripts/manifest-check");
const { productionBaseUrl, enforceBaseUrl } = require("./scripts/base-url");

const DEV_URL = "https://localhost:3000/";
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // A production manifest must point at a real address: loud warning, or a failure with `--env release`.
  if (!dev && !env.quietBaseUrl) enforceBaseUrl(productionBaseUrl(), { release: Boolean(env.release) });
  const html = (name, chunks, title) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/taskpane/${name}.html`, chunks, scriptLoading: "module", title, minify: !dev });
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      page: "./src/page/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true, // dist/ is the upload folder: only what the web server serves (the CLI library: lib/)
      publicPath: "auto",
    },
    // Office on Windows before WebView2 (and some Office 2019 installs) runs the pane in EdgeHTML 18: every emitted
    // chunk, the webpack runtime and node_modules included, must parse as ES2017 (test/foundation/es2017.test.ts).
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "ES2017", sourceMap: dev } } },
        },
        // Dependencies ship ES2018+ (object spread, ?., ??): down-levelled by the same TypeScript, production only
        // (the dev server targets current browsers and stays fast).
        ...(dev
          ? []
          : [
              {
                test: /\.m?js$/,
                include: /node_modules/,
                use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { allowJs: true, module: "esnext", target: "ES2017", sourceMap: false } } },
              },
              // Runs first (rules' loaders run last to first): run-time import() of a URL → parses as ES2017.
              { test: /\.m?js$/, include: /[\\/]node_modules[\\/]pdfjs-dist[\\/]/, use: path.resolve(__dirname, "scripts/es2017-import-loader.js") },
            ]),
      ],
    },
    optimization: {
      splitChunks: { chunks: "all", cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial", priority: 10 } } },
    },
    performance: { hints: false },
    plugins: [
      html("taskpane", ["taskpane"], "Kế hoạch cải tiến CLGD"),
      html("commands", ["commands"], "KHCT"),
      html("page", ["page"], "Kế hoạch cải tiến CLGD — trang độc lập"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/ie.js", to: "ie.js" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // OCR on the page (issue 22), served from the page's own origin and loaded only when a scan is opened:
          // tesseract.js' worker script, its LSTM-only WASM cores (tesseract.js picks relaxed-SIMD / SIMD / plain
          // by what the browser supports) and the Vietnamese trained data of @tesseract.js-data/vie. Copied as shipped
          // (already minified: `minimized` keeps terser off 12 MB of script in a production build).
          { from: require.resolve("tesseract.js/dist/worker.min.js"), to: "ocr/worker.min.js", info: { minimized: true } },
          ...["relaxedsimd-lstm", "simd-lstm", "lstm"].map((v) => ({
            from: path.join(pkgDir("tesseract.js-core"), `tesseract-core-${v}.wasm.js`),
            to: `ocr/core/tesseract-core-${v}.wasm.js`,
            info: { minimized: true },
          })),
          {
            from: path.join(pkgDir("@tesseract.js-data/vie"), "4.0.0_best_int", "vie.traineddata.gz"),
            to: "ocr/lang/vie.traineddata.gz",
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : Buffer.from(rewriteBaseUrl(content.toString("utf8"), DEV_URL, productionBaseUrl()))),
          },
        ],
      }),
    ],
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.productionBaseUrl = productionBaseUrl;

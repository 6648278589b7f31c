/**
 * Builds the add-in into dist/: taskpane.html (React pane), commands.html (ribbon
 * function file), dialog.html (the commands' result dialog), assets/ (icons) and
 * office-js/ (Office.js, copied from node_modules/@microsoft/office-js/dist).
 *
 * Production build for a host (docs/DEPLOY.md):
 *     TDKT_BASE_URL=https://tdkt.example.gov.vn/addin npm run build
 * writes dist/manifest.xml with every URL under that base (scripts/manifest.js; refuses a
 * base that is not https:// or has a query or fragment, in one line), serves the pages'
 * scripts from the base's path, and references Microsoft's CDN office.js. Without
 * TDKT_BASE_URL, dist/manifest.xml is the dev manifest (https://localhost:3000). Both take
 * <Version> from package.json.
 *
 * Office.js: without a base URL, served from our own origin (dev, tests, offline builds; no
 * CDN at build time); with one, Microsoft's CDN (AppSource requires it). TDKT_OFFICE_JS=cdn
 * or =local overrides either default.
 *
 * Heavy libraries (exceljs, docx) must only be reached through dynamic import(): ts-loader
 * is told to keep ES modules (module: esnext) so webpack turns each import() into an async
 * chunk. Production uses devtool "source-map" (no eval).
 *
 * Production builds keep webpack's cache on disk (build/webpack-cache): CI builds twice, the
 * production build and the build for a host, and the second takes the modules, the minified
 * chunks and their source maps from the first. The scripts are the same bytes in both: their
 * public path is found at run time from the script's own URL (output.publicPath 'auto'), and
 * only the pages (their <script src> under the base's path, Office.js), the manifest and the
 * copied files depend on TDKT_BASE_URL.
 *
 * Dev server: https on port 3000 with the Office dev certificates where present
 * (scripts/dev-certs.js: the files office-addin-dev-certs writes; `npm run certs` creates
 * and trusts them); without them it falls back to http and says so (Office needs https:
 * sideloading will then fail).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devServerHttps } = require('./scripts/dev-certs');
const { BaseUrlError, packageVersion, parseBaseUrl, readDevManifest, templateManifest } = require('./scripts/manifest');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const PORT = Number(process.env.TDKT_PORT || 3000);
const HEAVY = /node_modules[\\/](exceljs|docx)[\\/]/;

/**
 * Writes dist/bundle-report.json: every chunk, whether it loads initially, its files and
 * which heavy libraries (exceljs, docx) it holds — scripts/size.js (the bundle budget)
 * fails if a heavy library sits in an initial chunk.
 */
class BundleReportPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BundleReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleReportPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = { entries: {}, chunks: [] };
          for (const [name, ep] of compilation.entrypoints) {
            report.entries[name] = ep.getFiles().filter((f) => f.endsWith('.js'));
          }
          for (const chunk of compilation.chunks) {
            const resources = [];
            for (const m of compilation.chunkGraph.getChunkModules(chunk)) {
              for (const inner of m.modules ? [m, ...m.modules] : [m])
                if (inner.resource) resources.push(inner.resource);
            }
            const heavy = [...new Set(resources.map((r) => (HEAVY.exec(r) || [])[1]).filter(Boolean))];
            report.chunks.push({
              name: chunk.name || null,
              initial: chunk.canBeInitial(),
              files: [...chunk.files].filter((f) => f.endsWith('.js')),
              heavy,
            });
          }
          compilation.emitAsset('bundle-report.json', new sources.RawSource(JSON.stringify(report, null, 2)));
        },
      );
    });
  }
}

/**
 * Marks as already minimized each JavaScript file of a chunk whose modules all come from a
 * published `.min.js` (exceljs's browser build, dist/exceljs.min.js): terser would spend
 * ~12 s of CPU on its 940 KB to save 0.6% of it. Runs before the minimizer
 * (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE); the chunk keeps its source map.
 */
class PreminifiedChunksPlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PreminifiedChunksPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PreminifiedChunksPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const chunk of compilation.chunks) {
            const resources = [];
            for (const m of compilation.chunkGraph.getChunkModules(chunk)) {
              for (const inner of m.modules ? [m, ...m.modules] : [m]) resources.push(inner.resource);
            }
            if (resources.length === 0 || !resources.every((r) => typeof r === 'string' && r.endsWith('.min.js')))
              continue;
            for (const file of chunk.files) {
              if (file.endsWith('.js')) compilation.updateAsset(file, (source) => source, { minimized: true });
            }
          }
        },
      );
    });
  }
}

/** Emits dist/manifest.xml: the dev manifest templated to the base URL and package.json's version. */
class ManifestPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(path.join(__dirname, 'manifest.xml'));
          compilation.fileDependencies.add(path.join(__dirname, 'package.json'));
          const xml = templateManifest(readDevManifest(), { base: this.base });
          compilation.emitAsset('manifest.xml', new sources.RawSource(xml));
        },
      );
    });
  }
}

/** The add-in's version (package.json) for the pane's footer: __TDKT_VERSION__ (src/ui/footer). */
function versionDefine() {
  const { DefinePlugin } = require('webpack');
  return new DefinePlugin({ __TDKT_VERSION__: JSON.stringify(packageVersion()) });
}

/** TDKT_BASE_URL parsed, undefined when not set; a bad one ends the build with one line. */
function baseUrl() {
  const raw = process.env.TDKT_BASE_URL;
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return parseBaseUrl(raw);
  } catch (e) {
    if (!(e instanceof BaseUrlError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
}

/** Office.js files the pages may load at run time (no debug builds, no other hosts). */
function officeJsPatterns() {
  const keep = (rel) => {
    const base = rel.split(/[\\/]/)[0];
    if (rel.endsWith('.debug.js') || rel.endsWith('vsdoc.js') || rel.endsWith('.d.ts')) return false;
    if (/^(office|es6-promise|o15apptofilemappingtable)\.js$/.test(rel)) return true;
    // Office 2016+ clients only (ExcelApi 1.9 rules out the 2013-era "-15" files).
    if (/^(excel|word)-(win32|web|mac|ios|android|winrt)-16\.\d\d(-core)?\.js$/.test(rel)) return true;
    return (
      ['en-us', 'vi-vn', 'telemetry', 'ariatelemetry'].includes(base.toLowerCase()) && rel.includes(path.sep) === true
    );
  };
  return [
    {
      from: OFFICE_JS_DIR,
      to: 'office-js',
      filter: (abs) => keep(path.relative(OFFICE_JS_DIR, abs)),
      // Microsoft's files as published (already minified): terser would take ~50 s of CPU over
      // these 12 MB to save 0.3% of them, and serve bytes Microsoft did not ship.
      info: { minimized: true },
    },
  ];
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const base = baseUrl();
  const publicPath = base ? base.pathname : '/';
  const officeJsChoice = process.env.TDKT_OFFICE_JS || (base ? 'cdn' : 'local');
  const useCdn = officeJsChoice === 'cdn';
  const officeJs = useCdn ? OFFICE_JS_CDN : `${publicPath}office-js/office.js`;
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      templateParameters: { officeJs },
      scriptLoading: 'defer',
      // The pages' own <script src>: under the base's path (the scripts find theirs at run time).
      publicPath,
    });

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
    },
    // Production: on disk, shared by the production build and the build for a host (see the top).
    cache: production
      ? {
          type: 'filesystem',
          name: 'production',
          cacheDirectory: path.resolve(__dirname, 'build', 'webpack-cache'),
          buildDependencies: {
            // A change to any of these starts the cache afresh (ts-loader compiles by tsconfig.json).
            config: [
              __filename,
              require.resolve('./scripts/manifest'),
              require.resolve('./scripts/dev-certs'),
              path.resolve(__dirname, 'tsconfig.json'),
              path.resolve(__dirname, 'package.json'),
            ],
          },
        }
      : undefined,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      // Async chunks load from where the page's script came from: the same bytes for every base.
      publicPath: 'auto',
      // Office's webviews all have globalThis: lets the runtime skip its new Function fallback (CSP without unsafe-eval).
      environment: { globalThis: true },
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands', './src/commands/commands.html', ['commands']),
      page('dialog', './src/commands/dialog.html', ['dialog']),
      new BundleReportPlugin(),
      new PreminifiedChunksPlugin(),
      new ManifestPlugin(base),
      versionDefine(),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }, ...(useCdn ? [] : officeJsPatterns())],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      // Only when serving: a build needs no certificate (webpack-cli sets WEBPACK_SERVE).
      server: process.env.WEBPACK_SERVE ? devServerHttps({ port: PORT }) : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

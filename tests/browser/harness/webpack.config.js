/**
 * Builds the browser-test harness (index.tsx) into build/browser-harness/harness.js with
 * the project's own loaders and resolution (taken from webpack.config.js), so the App,
 * the Excel adapter and the fake compile exactly as the pane does. No eval devtool: the
 * harness runs under the pane's Content-Security-Policy.
 */
const fs = require('fs');
const path = require('path');
const projectConfig = require('../../../webpack.config.js');

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Writes harness.inputs.json beside harness.js: the project's own files the bundle was built
 * from (not node_modules). fresh.js compares their times with the bundle's, so that the
 * browser tests build the harness once per change, not once per test file.
 */
class HarnessInputsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('HarnessInputsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'HarnessInputsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const inputs = [...compilation.fileDependencies]
            .filter(
              (f) => f.startsWith(ROOT + path.sep) && !path.relative(ROOT, f).split(path.sep).includes('node_modules'),
            )
            .filter((f) => fs.existsSync(f) && fs.statSync(f).isFile())
            .map((f) => path.relative(ROOT, f))
            .sort();
          compilation.emitAsset('harness.inputs.json', new sources.RawSource(JSON.stringify(inputs, null, 1)));
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const base = typeof projectConfig === 'function' ? await projectConfig(env, { ...argv, mode }) : projectConfig;
  return {
    mode,
    context: ROOT,
    devtool: false,
    entry: { harness: './tests/browser/harness/index.tsx', 'office-stub': './tests/browser/harness/officeStub.ts' },
    output: {
      path: path.join(ROOT, 'build', 'browser-harness'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].js',
      publicPath: '/',
      clean: true,
      // Written on every build, so that harness.js's time is the build's (fresh.js compares it).
      compareBeforeEmit: false,
    },
    resolve: base.resolve,
    module: base.module,
    // The project's compile-time constants (the add-in version of the pane's footer).
    plugins: [...base.plugins.filter((p) => p.constructor.name === 'DefinePlugin'), new HarnessInputsPlugin()],
    performance: { hints: false },
  };
};

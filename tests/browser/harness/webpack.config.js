/**
 * Builds the browser-test harness (index.tsx) into build/browser-harness/harness.js with
 * the project's own loaders and resolution (taken from webpack.config.js), so the App,
 * the Excel adapter and the fake compile exactly as the pane does. No eval devtool: the
 * harness runs under the pane's Content-Security-Policy.
 */
const path = require('path');
const projectConfig = require('../../../webpack.config.js');

const ROOT = path.resolve(__dirname, '..', '..', '..');

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
    },
    resolve: base.resolve,
    module: base.module,
    // The project's compile-time constants (the add-in version of the pane's footer).
    plugins: base.plugins.filter((p) => p.constructor.name === 'DefinePlugin'),
    performance: { hints: false },
  };
};

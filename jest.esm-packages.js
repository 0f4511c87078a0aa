/**
 * Packages published only as ES modules (ofx-js, the OFX parser): Node 20 runs them through
 * require() in the built API, but Jest's module loader does not, so Jest compiles them to
 * CommonJS with babel-jest. A jest config that loads @lumary-ar/server spreads these in: the
 * transform first (Jest takes the first pattern that matches a file).
 */
const ESM_ONLY = ['ofx-js'];

module.exports = {
  esmTransform: {
    [`[/\\\\]node_modules[/\\\\](${ESM_ONLY.join('|')})[/\\\\].+\\.js$`]: [
      'babel-jest',
      { babelrc: false, configFile: false, plugins: ['@babel/plugin-transform-modules-commonjs'] },
    ],
  },
  esmTransformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};

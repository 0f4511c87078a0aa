const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
// The swagger plugin reads the DTOs (*.dto.ts) and controllers into the OpenAPI document.
// eslint-disable-next-line @nx/enforce-module-boundaries -- build configuration, not code: the plugin's options live with @platform/contract
const { swaggerTransformer } = require('../../libs/platform/contract/swagger-plugin');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      transformers: [swaggerTransformer],
    }),
  ],
};

import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Written by `npm run api:client` from the API's OpenAPI document.
    ignores: ['src/lib/api.generated.ts'],
  },
];

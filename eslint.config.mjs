import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // The platform never knows a package: platform libraries may only use platform
          // libraries; a package may use the platform and itself; apps wire everything.
          depConstraints: [
            // The API client (generated from the composed API's OpenAPI document) is for the web
            // and the packages' web code; it depends on nothing.
            // The platform's web kit (libs/platform/web) is the one platform library that speaks
            // the API's generated types, as the web app does; the server-side platform never does.
            { allSourceTags: ['scope:platform', 'type:lib'], onlyDependOnLibsWithTags: ['scope:platform'] },
            { allSourceTags: ['scope:platform', 'type:web'], onlyDependOnLibsWithTags: ['scope:platform', 'scope:api-client'] },
            { sourceTag: 'scope:platform', notDependOnLibsWithTags: ['scope:lumary-ar', 'scope:app', 'scope:tools'] },
            {
              sourceTag: 'scope:lumary-ar',
              onlyDependOnLibsWithTags: ['scope:platform', 'scope:lumary-ar', 'scope:api-client'],
            },
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:platform', 'scope:lumary-ar', 'scope:api-client'] },
            { sourceTag: 'scope:api-client', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:platform', 'scope:lumary-ar'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    // Override or add rules here
    rules: {},
  },
];

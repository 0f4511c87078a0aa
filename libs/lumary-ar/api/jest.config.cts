const { swaggerJestTransformers } = require('../../platform/contract/swagger-plugin');
const { esmTransform, esmTransformIgnorePatterns } = require('../../../jest.esm-packages.js');

module.exports = {
  displayName: 'lumary-ar-api',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transformIgnorePatterns: esmTransformIgnorePatterns,
  transform: {
    ...esmTransform,
    // The swagger CLI plugin, as in the API's build (libs/platform/contract/swagger-plugin.js).
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', astTransformers: swaggerJestTransformers }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/lumary-ar/api',
  testTimeout: 60_000,
};

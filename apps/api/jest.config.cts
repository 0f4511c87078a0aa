const { swaggerJestTransformers } = require('../../libs/platform/contract/swagger-plugin');
const { esmTransform, esmTransformIgnorePatterns } = require('../../jest.esm-packages.js');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transformIgnorePatterns: esmTransformIgnorePatterns,
  transform: {
    ...esmTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', astTransformers: swaggerJestTransformers }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  testTimeout: 60_000,
};

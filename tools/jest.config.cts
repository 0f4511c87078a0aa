const { esmTransform, esmTransformIgnorePatterns } = require('../jest.esm-packages.js');
module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transformIgnorePatterns: esmTransformIgnorePatterns,
  transform: {
    ...esmTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 60_000,
};

const { esmTransform, esmTransformIgnorePatterns } = require('../../../jest.esm-packages.js');
module.exports = {
  displayName: 'lumary-ar-server',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transformIgnorePatterns: esmTransformIgnorePatterns,
  transform: {
    ...esmTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/lumary-ar/server',
};

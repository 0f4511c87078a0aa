module.exports = {
  displayName: 'platform-storage',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/platform/storage',
  // Integration specs start a database (PGlite in a child process, or a fresh database on
  // DATABASE_URL's server): allow for a slow start on a small machine.
  testTimeout: 60_000,
};

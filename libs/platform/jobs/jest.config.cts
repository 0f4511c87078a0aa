module.exports = {
  displayName: 'platform-jobs',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/platform/jobs',
  // The specs start a database (PGlite in a child process, or a fresh database on DATABASE_URL's server).
  testTimeout: 60_000,
};

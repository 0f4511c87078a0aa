import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // A global option (per-project values are ignored when the projects run together): specs that
  // start a database need more than jest's 5 s on a small machine.
  testTimeout: 60_000,
});

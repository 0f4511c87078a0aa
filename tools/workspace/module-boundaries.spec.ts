import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The platform never knows a package: lint must fail when a platform library imports one. The
 * probes are linted by the real `eslint` command, as if they stood in those libraries.
 */
describe('module boundaries', () => {
  const lint = (filePath: string, code: string) => {
    const run = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
      cwd: join(__dirname, '../..'),
      input: code,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    const messages = result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
    return { status: run.status, messages };
  };

  it('fails the lint when a platform library imports the Lumary AR package', () => {
    // The probe stands in a platform library the package does not itself use: in one it does use
    // (metadata, via the engine) Nx reports the import as a circular dependency instead.
    const { status, messages } = lint(
      'libs/platform/security/src/lib/boundary-probe.ts',
      "import { LUMARY_AR } from '@lumary-ar/server';\nexport const probe = LUMARY_AR;\n",
    );
    expect(messages).toEqual([
      'A project tagged with "scope:platform" and "type:lib" can only depend on libs tagged with "scope:platform"',
    ]);
    expect(status).toBe(1);
  });

  it('keeps the generated API client (the composed API, packages included) out of the platform', () => {
    const { status, messages } = lint(
      'libs/platform/security/src/lib/boundary-probe.ts',
      "import type { Schemas } from '@platform/api-client';\nexport type Probe = Schemas['LoginResponse'];\n",
    );
    expect(messages).toEqual([
      'A project tagged with "scope:platform" and "type:lib" can only depend on libs tagged with "scope:platform"',
    ]);
    expect(status).toBe(1);
  });

  it('lets the web app use the generated API client', () => {
    const { status, messages } = lint(
      'apps/web/src/app/boundary-probe.ts',
      "import type { Schemas } from '@platform/api-client';\nexport type Probe = Schemas['LoginResponse'];\n",
    );
    expect(messages).toEqual([]);
    expect(status).toBe(0);
  });

  it('lets the package use the platform', () => {
    const { status, messages } = lint(
      'libs/lumary-ar/server/src/lib/boundary-probe.ts',
      "import { Registry } from '@platform/metadata';\nexport const probe = Registry;\n",
    );
    expect(messages).toEqual([]);
    expect(status).toBe(0);
  });

  it("keeps the package's web part out of the platform", () => {
    const server = lint(
      'libs/platform/security/src/lib/boundary-probe.ts',
      "import { LUMARY_AR_WEB } from '@lumary-ar/web';\nexport const probe = LUMARY_AR_WEB;\n",
    );
    expect(server.messages).toEqual([
      'A project tagged with "scope:platform" and "type:lib" can only depend on libs tagged with "scope:platform"',
    ]);
    expect(server.status).toBe(1);
    // In the platform's web kit, which the package's web part uses, Nx reports the import as a
    // circular dependency (before the tags): the lint fails all the same.
    const kit = lint(
      'libs/platform/web/src/lib/boundary-probe.ts',
      "import { LUMARY_AR_WEB } from '@lumary-ar/web';\nexport const probe = LUMARY_AR_WEB;\n",
    );
    expect(kit.messages).toHaveLength(1);
    expect(kit.messages[0]).toMatch(/^Circular dependency between "platform-web" and "lumary-ar-web" detected/);
    expect(kit.status).toBe(1);
  });

  it("lets the platform's web kit use the generated API client, and the package's web part use the kit", () => {
    const kit = lint(
      'libs/platform/web/src/lib/boundary-probe.ts',
      "import type { Schemas } from '@platform/api-client';\nexport type Probe = Schemas['LoginResponse'];\n",
    );
    expect(kit.messages).toEqual([]);
    expect(kit.status).toBe(0);
    const pkg = lint(
      'libs/lumary-ar/web/src/lib/boundary-probe.ts',
      "import { ApiError } from '@platform/web';\nexport const probe = ApiError;\n",
    );
    expect(pkg.messages).toEqual([]);
    expect(pkg.status).toBe(0);
  });
});

/**
 * `npm run ops -- <command> [--option value ...]`: the operator's tool for tenants, packages,
 * licences, users and permission sets. Works on DATABASE_URL, or PGlite in DATA_DIR (./data) -
 * stop the app first when it runs on PGlite, which allows one process at a time.
 */
import { RecordEngine } from '@platform/engine';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata } from '@platform/metadata';
import { AuthStore, tenantQuery, type Profile } from '@platform/security';
import { applyPlan, databaseOptionsFromEnv, introspect, openDatabase, planSchema } from '@platform/storage';
import {
  exportCustomisations,
  importCustomisations,
  readOverlayFiles,
  SetupService,
  TenantMetadata,
  TenantService,
  writeOverlayFiles,
} from '@platform/tenancy';

const USAGE = `usage: npm run ops -- <command> [options]

  tenants                                                   list tenants and their packages
  create-tenant   --name "Acme Care" --slug acme [--time-zone Australia/Perth]
                  [--admin-username a@acme.example --admin-email a@acme.example --admin-last-name Smith --admin-password '...' [--admin-first-name Ann]]
                  with its first System Administrator (a temporary password, changed at first sign-in), in the same transaction
  install         --tenant acme --package "Lumary AR" [--version 22.82.0]
  upgrade         --tenant acme --package "Lumary AR" --version 22.83.0
  grant-licence   --tenant acme --package "Lumary AR"
  revoke-licence  --tenant acme --package "Lumary AR"
  create-user     --tenant acme --username a@acme.example --password '...' --last-name Smith --email a@acme.example [--first-name Ann] [--profile "System Administrator"] [--temporary true]
  assign          --tenant acme --username a@acme.example --permission-set lumary__AR_Management
  unassign        --tenant acme --username a@acme.example --permission-set lumary__AR_Management
  export-customisations --tenant acme [--out customisations/acme]     the tenant's Setup work as metadata YAML
  import-customisations --tenant other --from customisations/acme     reproduce it in another tenant (all or none)`;

function parseArgs(argv: string[]): { command?: string; options: Record<string, string> } {
  const [command, ...rest] = argv;
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const key = /^--([a-z-]+)$/.exec(rest[i])?.[1];
    if (!key || rest[i + 1] === undefined) throw new Error(`expected --option value, got '${rest[i]}'`);
    options[key] = rest[++i];
  }
  return { command, options };
}

function need(options: Record<string, string>, ...names: string[]): string[] {
  const missing = names.filter((n) => !options[n]);
  if (missing.length) throw new Error(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  return names.map((n) => options[n]);
}

async function main(): Promise<number> {
  const { command, options } = parseArgs(process.argv.slice(2));
  if (!command || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const { registry, errors } = await loadMetadata(process.env['METADATA_DIR'] ?? 'metadata', { checks: [checkMetadataFormulas] });
  if (errors.length) {
    console.error(formatErrors(errors));
    return 1;
  }
  const database = await openDatabase({ ...databaseOptionsFromEnv(), runMigrations: true });
  try {
    await applyPlan(database.owner, planSchema(registry, await introspect(database.owner)));
    const tenants = new TenantService(database.dataSource, registry);
    const auth = new AuthStore(database.dataSource, new RecordEngine(registry, database.dataSource));
    const userId = async (tenantId: string, username: string) => {
      // sys_credential is under row-level security: its rows show in a transaction of their tenant.
      const [row] = (await tenantQuery(database.dataSource, tenantId, (m) =>
        m.query(`SELECT "user_id" FROM "sys_credential" WHERE "username" = $1 AND "tenant_id" = $2`, [username.toLowerCase(), tenantId]),
      )) as { user_id: string }[];
      if (!row) throw new Error(`no user ${username} in that tenant`);
      return row.user_id;
    };
    switch (command) {
      case 'tenants':
        for (const t of await tenants.tenants()) {
          console.log(
            `${t.slug.padEnd(20)} ${t.name.padEnd(30)} ${t.packages.map((p) => `${p.name} ${p.version}${p.licensed ? '' : ' (unlicensed)'}`).join(', ')}`,
          );
        }
        break;
      case 'create-tenant': {
        const [name, slug] = need(options, 'name', 'slug');
        const withAdmin = Object.keys(options).some((k) => k.startsWith('admin-'));
        const admin = withAdmin ? need(options, 'admin-username', 'admin-email', 'admin-last-name', 'admin-password') : [];
        print(
          await tenants.createTenant(
            name,
            slug,
            options['time-zone'],
            withAdmin
              ? async (m, tenantId) => {
                  const [username, email, lastName, password] = admin;
                  await auth.createUserIn(m, tenantId, {
                    username,
                    email,
                    lastName,
                    password,
                    firstName: options['admin-first-name'],
                    profile: 'System Administrator',
                    mustChangePassword: true,
                  });
                }
              : undefined,
          ),
        );
        break;
      }
      case 'install':
        print(await tenants.install(...(need(options, 'tenant', 'package') as [string, string]), options['version']));
        break;
      case 'upgrade':
        print(await tenants.upgrade(...(need(options, 'tenant', 'package', 'version') as [string, string, string])));
        break;
      case 'grant-licence':
      case 'revoke-licence':
        print(await tenants.setLicence(...(need(options, 'tenant', 'package') as [string, string]), command === 'grant-licence'));
        break;
      case 'create-user': {
        const [slug, username, password, lastName, email] = need(options, 'tenant', 'username', 'password', 'last-name', 'email');
        const tenant = await tenants.tenant(slug);
        const id = await auth.createUser(tenant.id, {
          username,
          password,
          lastName,
          email,
          firstName: options['first-name'],
          profile: options['profile'] as Profile | undefined,
          mustChangePassword: options['temporary'] === 'true',
        });
        console.log(`created user ${username} (${id}) in ${slug}`);
        break;
      }
      case 'assign':
      case 'unassign': {
        const [slug, username, permissionSet] = need(options, 'tenant', 'username', 'permission-set');
        const tenant = await tenants.tenant(slug);
        const id = await userId(tenant.id, username);
        if (command === 'assign') await tenants.assign(tenant.id, id, permissionSet);
        else await tenants.unassign(tenant.id, id, permissionSet);
        console.log(`${username}: ${(await tenants.assignments(tenant.id, id)).join(', ') || 'no permission sets'}`);
        break;
      }
      case 'export-customisations':
      case 'import-customisations': {
        const setup = new SetupService(database.dataSource, database.owner, new TenantMetadata(database.dataSource, registry));
        const [slug] = need(options, 'tenant');
        if (command === 'export-customisations') {
          const out = options['out'] ?? `customisations/${slug}`;
          const files = await exportCustomisations(setup, tenants, slug);
          await writeOverlayFiles(out, files);
          console.log(`wrote ${files.size} file(s) to ${out}`);
        } else {
          const [from] = need(options, 'from');
          const done = await importCustomisations(setup, tenants, slug, await readOverlayFiles(from));
          console.log(`imported ${done.entries} customisation(s) and ${done.permissionSets} permission set(s) into ${slug}`);
        }
        break;
      }
      default:
        console.error(`unknown command '${command}'\n\n${USAGE}`);
        return 1;
    }
    return 0;
  } finally {
    await database.close();
  }
}

function print(tenant: { slug: string; name: string; packages: { name: string; version: string; licensed: boolean }[] }): void {
  console.log(
    `${tenant.name} (${tenant.slug}): ${tenant.packages.map((p) => `${p.name} ${p.version}${p.licensed ? ' licensed' : ' unlicensed'}`).join(', ')}`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const errors = (error as { errors?: { message: string }[] }).errors;
    console.error(`ops: ${errors ? errors.map((e) => e.message).join('; ') : error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TenantService } from '@platform/tenancy';
import { FIXTURE, platformMetadataDir, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * A package's own default sharing (object.yaml `sharingModel`, issue 15): the fixture package
 * here makes Registers Private. A tenant whose admin has set nothing gets it - Setup shows it
 * and a user sees only their own Registers, on every read path - until the admin sets their own,
 * which wins. Another tenant's users see none either way. On PGlite or DATABASE_URL's server.
 */
const REGISTER = 'fixture__Register__c';

let api: RunningApi;
let tenants: TenantService;
let admin: TestUser;
let alice: TestUser;
let bob: TestUser;
let otherAdmin: TestUser;
let dir: string;

const call = (user: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: user.token, body });
const names = async (user: TestUser) => {
  const res = await call(user, 'GET', `/query?q=${encodeURIComponent(`SELECT Name FROM ${REGISTER} ORDER BY Name`)}`);
  expect(res.status).toBe(200);
  expect(res.body.totalSize).toBe(res.body.records.length);
  return (res.body.records as { Name: string }[]).map((r) => r.Name);
};
const model = async (object: string) =>
  ((await call(admin, 'GET', '/setup/sharing')).body.objects as { object: string; sharingModel: string }[]).find((o) => o.object === object)
    ?.sharingModel;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'package-sharing-'));
  cpSync(platformMetadataDir(), dir, { recursive: true });
  const objectFile = join(dir, 'fixture/objects/Register__c/object.yaml');
  writeFileSync(objectFile, `${readFileSync(objectFile, 'utf8')}\nsharingModel: Private\n`);
  ({ api, tenants } = await startTestApi({ metadata: dir }));
  const user = (name: string) =>
    signedInUser(api, tenants, { slug: 'pkgsh', username: `${name}@pkgsh.test`, permissionSets: [FIXTURE.permissionSet] });
  admin = await signedInUser(api, tenants, { slug: 'pkgsh', username: 'admin@pkgsh.test', profile: 'System Administrator' });
  alice = await user('alice');
  bob = await user('bob');
  otherAdmin = await signedInUser(api, tenants, { slug: 'pkgsh2', username: 'admin@pkgsh2.test', profile: 'System Administrator' });
  for (const [owner, name] of [
    [alice, 'Alice site'],
    [bob, 'Bob site'],
  ] as const) {
    const made = await call(owner, 'POST', `/sobjects/${REGISTER}`, { Name: name, RecordTypeId: 'Site' });
    expect(made.status).toBe(201);
  }
}, 180_000);
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

it("applies the package's default while the tenant has set none: Setup shows Private and each user sees their own", async () => {
  expect(await model(REGISTER)).toBe('Private');
  expect(await model('fixture__Order__c')).toBe('ReadWrite');
  expect(await names(alice)).toEqual(['Alice site']);
  expect(await names(bob)).toEqual(['Bob site']);
  expect(await names(admin)).toEqual(['Alice site', 'Bob site']);
  const [bobSite] = (await call(admin, 'GET', `/query?q=${encodeURIComponent(`SELECT Id FROM ${REGISTER} WHERE Name = 'Bob site'`)}`)).body
    .records as { Id: string }[];
  expect((await call(alice, 'GET', `/sobjects/${REGISTER}/${bobSite!.Id}`)).status).toBe(404);
  expect((await call(bob, 'GET', `/sobjects/${REGISTER}/${bobSite!.Id}`)).status).toBe(200);
});

it("lets the tenant's own setting win, and another tenant sees none of either", async () => {
  expect((await call(admin, 'PUT', '/setup/sharing', { objects: { [REGISTER]: 'ReadWrite' } })).status).toBe(200);
  expect(await model(REGISTER)).toBe('ReadWrite');
  expect(await names(alice)).toEqual(['Alice site', 'Bob site']);
  expect(await names(otherAdmin)).toEqual([]);

  expect((await call(admin, 'PUT', '/setup/sharing', { objects: { [REGISTER]: 'Read' } })).status).toBe(200);
  expect(await names(bob)).toEqual(['Alice site', 'Bob site']);
  const [aliceSite] = (await call(bob, 'GET', `/query?q=${encodeURIComponent(`SELECT Id FROM ${REGISTER} WHERE Name = 'Alice site'`)}`))
    .body.records as { Id: string }[];
  const edit = await call(bob, 'PATCH', `/sobjects/${REGISTER}/${aliceSite!.Id}`, { Name: 'Taken' });
  expect(edit.status).toBe(403);
  expect(edit.body[0].errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
});

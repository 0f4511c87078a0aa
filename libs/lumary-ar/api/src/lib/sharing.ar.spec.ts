import { signedInUser, type TestUser } from '@platform/api/testing';
import { arWorld, seedInvoices, type ArWorld } from '../testing/ar-api';

/**
 * The package's raw-SQL endpoints under record sharing: with Contact Private, a finance user gets
 * the debtor summary of the clients they own (or see through their role) and 404 for another
 * finance user's client, exactly as the records API answers; with Invoices Private too, the debtor
 * balances report leaves out the invoices (and so the clients) they cannot see. Row-level security
 * narrows the package's own SQL.
 */
let world: ArWorld;
let other: TestUser;
let mine: Awaited<ReturnType<typeof seedInvoices>>;
let theirs: Awaited<ReturnType<typeof seedInvoices>>;

beforeAll(async () => {
  world = await arWorld();
  const { ctx } = world;
  other = await signedInUser(ctx.api, ctx.tenants, {
    slug: (await ctx.tenants.tenants()).find((t) => t.id === ctx.finance.tenantId)!.slug,
    username: `other-finance-${ctx.finance.tenantId.slice(0, 8)}@ar.test`,
    permissionSets: ['lumary__AR_Management'],
  });
  mine = await seedInvoices(ctx.call, ctx.finance, '2027-01-10');
  theirs = await seedInvoices(ctx.call, other, '2027-02-10');
  const set = await ctx.call(ctx.admin, 'PUT', '/setup/sharing', { objects: { Contact: 'Private', lumary__Invoice__c: 'Private' } });
  expect(set.status).toBe(200);
});
afterAll(() => world?.ctx.api.close());

it('answers the debtor summary of a visible client, and 404 for one the user cannot see', async () => {
  const { call, finance, admin } = world.ctx;
  expect((await call(finance, 'GET', `/lumary/debtors/${mine.client}/summary`)).status).toBe(200);
  expect((await call(other, 'GET', `/lumary/debtors/${theirs.client}/summary`)).status).toBe(200);
  expect((await call(finance, 'GET', `/lumary/debtors/${theirs.client}/summary`)).status).toBe(404);
  expect((await call(other, 'GET', `/lumary/debtors/${mine.client}/summary`)).status).toBe(404);
  expect((await call(finance, 'GET', `/sobjects/Contact/${theirs.client}`)).status).toBe(404);
  expect((await call(admin, 'GET', `/lumary/debtors/${theirs.client}/summary`)).status).toBe(200);
});

it('leaves the clients a user cannot see out of the debtor balances report', async () => {
  const { call, finance, admin } = world.ctx;
  const report = async (user: TestUser) => {
    const res = await call(user, 'GET', '/lumary/reports/debtor-balances?asAt=2027-03-31');
    expect(res.status).toBe(200);
    return res.text;
  };
  const seenByFinance = await report(finance);
  expect(seenByFinance).toContain(mine.client);
  expect(seenByFinance).not.toContain(theirs.client);
  const seenByAdmin = await report(admin);
  expect(seenByAdmin).toContain(mine.client);
  expect(seenByAdmin).toContain(theirs.client);
});

it('answers the debtor summary of a client shared by hand, until the share is removed', async () => {
  const { call, finance } = world.ctx;
  const shared = await call(other, 'POST', `/sobjects/Contact/${theirs.client}/shares`, {
    granteeType: 'User',
    grantee: finance.userId,
    access: 'Read',
  });
  expect(shared.status).toBe(201);
  expect((await call(finance, 'GET', `/lumary/debtors/${theirs.client}/summary`)).status).toBe(200);
  // Shared Read: the client is seen, not editable.
  expect((await call(finance, 'PATCH', `/sobjects/Contact/${theirs.client}`, { Phone: '0400 000 009' })).status).toBe(403);
  // Only its owner (or above, or Modify All) may share it on.
  expect(
    (
      await call(finance, 'POST', `/sobjects/Contact/${theirs.client}/shares`, {
        granteeType: 'User',
        grantee: finance.userId,
        access: 'ReadWrite',
      })
    ).status,
  ).toBe(403);
  expect((await call(other, 'DELETE', `/sobjects/Contact/${theirs.client}/shares/${shared.body.id}`)).status).toBe(204);
  expect((await call(finance, 'GET', `/lumary/debtors/${theirs.client}/summary`)).status).toBe(404);
});

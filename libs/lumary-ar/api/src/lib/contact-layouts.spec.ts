import { arApi, makeDebtors, type TestUser } from '../testing/ar-api';

/**
 * Issue 15, "Layouts by record type": Lumary AR assigns General Contacts its General Contact
 * Layout and Clients its Client Layout (metadata/lumary-ar/package.yaml `layoutAssignments`). An
 * admin editing the core "Contact Layout" in Setup - the natural first edit - changes that layout
 * only: a General Contact's page keeps the AR related lists, and a Client's keeps its own.
 */
let ctx: Awaited<ReturnType<typeof arApi>>;
let admin: TestUser;
const relatedLists = async (id: string) => {
  const page = await ctx.call(ctx.finance, 'GET', `/ui/record/Contact/${id}`);
  expect(page.status).toBe(200);
  return (page.body as { relatedLists: { label: string }[] }).relatedLists.map((r) => r.label);
};

beforeAll(async () => {
  ctx = await arApi();
  admin = ctx.admin;
});

afterAll(() => ctx?.api.close());

it('editing the core Contact Layout leaves General Contacts with the AR related lists, and Clients with theirs', async () => {
  const debtors = await makeDebtors(ctx.call, ctx.finance);
  const client = await debtors.client('Lovelace');
  const nominee = await debtors.nominee('Byron');
  const generalLists = ['Invoices Payable', 'Payments', 'Clients Paid For'];
  expect(await relatedLists(nominee)).toEqual(generalLists);
  const clientLists = await relatedLists(client);
  expect(clientLists).toContain('Invoices');

  const setup = await ctx.call(admin, 'GET', '/setup/objects/Contact');
  const core = (setup.body as { layouts: { apiName: string; sections: unknown[] }[] }).layouts.find((l) => l.apiName === 'Contact_Layout')!;
  const edited = await ctx.call(admin, 'PUT', '/setup/objects/Contact/layouts/Contact_Layout', {
    ...core,
    sections: [{ label: 'Our contacts', columns: 2, fields: ['FirstName', 'LastName', 'Email', 'Phone'] }],
  });
  expect(edited.status).toBe(200);
  expect(edited.body).toMatchObject({ customised: true, packageName: 'Core' });

  expect(await relatedLists(nominee)).toEqual(generalLists);
  expect(await relatedLists(client)).toEqual(clientLists);
  const assignments = (await ctx.call(admin, 'GET', '/setup/objects/Contact')).body as {
    layoutAssignments: { recordType: string; layout: string; customised: boolean }[];
  };
  expect(Object.fromEntries(assignments.layoutAssignments.map((r) => [r.recordType, [r.layout, r.customised]]))).toEqual({
    Client: ['Client_Layout', false],
    General: ['General_Contact_Layout', false],
  });
});

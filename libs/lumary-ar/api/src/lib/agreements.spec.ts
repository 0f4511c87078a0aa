import ExcelJS from 'exceljs';
import { AgreementStatusService } from '@lumary-ar/server';
import { signedInUser } from '@platform/api/testing';
import { arWorld, type ArWorld, type TestUser } from '../testing/ar-api';

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let query: ArWorld['query'];
const ITEM = 'lumary__Support_Item__c';
const AGREEMENT = 'lumary__Service_Agreement__c';
const LINE = 'lumary__Service_Agreement_Line__c';
const SERVICE = 'lumary__Service_Delivered__c';

const HEADER =
  'Support Item Number,Support Item Name,Registration Group Number,Registration Group Name,Support Category Number,Support Category Name,Unit,Quote,Start date,End Date,ACT,NSW,NT,QLD,SA,TAS,VIC,WA,Remote,Very Remote';
/** Three items of the 2026-27 catalogue as published (CSV); prices are the limits per state. */
const CATALOGUE_2026 = [
  HEADER,
  '01_011_0107_1_1,Assistance With Self-Care Activities - Standard - Weekday Daytime,0107,Daily Personal Activities,1,Assistance with Daily Life,H,N,20260701,99991231,$70.23,$70.23,$98.32,$70.23,$70.23,$70.23,$70.23,$70.23,$98.32,$105.35',
  '04_104_0125_6_1,Access Community Social and Rec Activ - Standard - Weekday Daytime,0125,Participation in community,4,Assistance with Social and Community Participation,H,N,20260701,99991231,$70.23,$70.23,$98.32,$70.23,$70.23,$70.23,$70.23,$70.23,$98.32,$105.35',
  '15_056_0128_1_3,Assessment Recommendation Therapy or Training - Occupational Therapy,0128,Therapeutic Supports,15,Improved Daily Living Skills,H,N,20260701,99991231,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,$193.99,$271.59,$291.00',
].join('\n');

const importFile = (body: Record<string, unknown>, user: TestUser = finance) =>
  ctx.call(user, 'POST', '/lumary/support-catalogue/imports', body);
const csv = (text: string, dryRun = false) =>
  importFile({ fileName: 'catalogue.csv', content: Buffer.from(text).toString('base64'), dryRun });
const count = async (object: string, user: TestUser = finance) => (await query(`SELECT Id FROM ${object}`, user)).totalSize as number;

async function create(object: string, body: Record<string, unknown>): Promise<string> {
  const response = await ctx.call(finance, 'POST', `/sobjects/${object}`, body);
  if (response.status !== 201) throw new Error(`${object} failed: ${response.text}`);
  return response.body.id;
}

const serviceBody = (client: string, date: string, quantity: string, extra: Record<string, unknown> = {}) => ({
  lumary__Client__c: client,
  lumary__Service_Date__c: date,
  lumary__Description__c: `Support on ${date}`,
  lumary__Quantity__c: quantity,
  lumary__Funding__c: 'NDIA-managed',
  lumary__GL_Code__c: ledger.therapy,
  lumary__Cost_Centre__c: ledger.parramatta,
  ...extra,
});
const deliver = (client: string, date: string, quantity: string, extra: Record<string, unknown> = {}) =>
  ctx.call(finance, 'POST', `/sobjects/${SERVICE}`, serviceBody(client, date, quantity, extra));
const line = async (id: string) => {
  const l = await get(LINE, id);
  return { budget: l.lumary__Budget__c, used: l.lumary__Used__c, remaining: l.lumary__Remaining__c };
};

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get, query } = await arWorld());
  await create('lumary__AR_Settings__c', { Name: 'AR', lumary__State__c: 'NSW' });
});
afterAll(() => ctx?.api.close());

describe('the support catalogue', () => {
  it('previews a CSV import, imports it, and a second import of the same file changes nothing', async () => {
    const preview = await csv(CATALOGUE_2026, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 3, changed: [], unchanged: 0 });
    expect(preview.body.added.map((a: { number: string }) => a.number)).toEqual(['01_011_0107_1_1', '04_104_0125_6_1', '15_056_0128_1_3']);
    expect(preview.body.added[0]).toMatchObject({ row: 2, unit: 'Hour', gstCode: 'P2', effectiveFrom: '2026-07-01' });
    expect(preview.body.added[0].limits).toMatchObject({ NSW: '70.23', NT: '98.32' });
    expect(await count(ITEM)).toBe(0);

    const imported = await csv(CATALOGUE_2026);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ dryRun: false, rows: 3, unchanged: 0 });
    expect(imported.body.added).toHaveLength(3);
    const items = await query(
      `SELECT lumary__Support_Item_Number__c, Name, lumary__Unit__c, lumary__GST_Code__c, lumary__Effective_From__c, lumary__Price_Limit_NSW__c, lumary__Price_Limit_WA__c FROM ${ITEM} ORDER BY lumary__Support_Item_Number__c`,
    );
    expect(items.records[2]).toMatchObject({
      lumary__Support_Item_Number__c: '15_056_0128_1_3',
      Name: 'Assessment Recommendation Therapy or Training - Occupational Therapy',
      lumary__Unit__c: 'Hour',
      lumary__GST_Code__c: 'P2',
      lumary__Effective_From__c: '2026-07-01',
      lumary__Price_Limit_NSW__c: '193.99',
      lumary__Price_Limit_WA__c: '193.99',
    });

    const again = await csv(CATALOGUE_2026);
    expect(again.body).toMatchObject({ rows: 3, added: [], changed: [], unchanged: 3 });
    expect(await count(ITEM)).toBe(3);
  });

  it('refuses a bad file naming each row and column, and writes nothing of it', async () => {
    const bad = [
      HEADER,
      '01_011_0107_1_1,Self-Care - new version,0107,x,1,x,H,N,20270701,99991231,$71.00,$71.00,$99.00,$71.00,$71.00,$71.00,$71.00,$71.00,$99.00,$106.00',
      '01_002_0107_1_1,Assistance with Self-Care - Night,0107,x,1,x,Fortnight,N,20270701,99991231,$78.00,$78.00,$109.00,$78.00,$78.00,$78.00,$78.00,$78.00,$109.00,$117.00',
      '01_003_0107_1_1,Self-Care - Saturday,0107,x,1,x,H,N,2027-13-45,99991231,$98.00,abc,$137.00,$98.00,$98.00,$98.00,$98.00,$98.00,$137.00,$147.00',
    ].join('\n');
    const refused = await csv(bad);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual([
      { errorCode: 'INVALID_FILE', message: expect.stringMatching(/^Row 3, column "Unit": "FORTNIGHT" is not a unit/), fields: ['Unit'] },
      {
        errorCode: 'INVALID_FILE',
        message: expect.stringMatching(/^Row 4, column "Start date": "2027-13-45" is not a date/),
        fields: ['Start date'],
      },
      { errorCode: 'INVALID_FILE', message: 'Row 4, column "NSW": "abc" is not a price (dollars and cents).', fields: ['NSW'] },
    ]);
    expect(await count(ITEM)).toBe(3);

    const noColumn = await csv(
      'Support Item Number,Support Item Name,Unit,Start date,ACT,NSW,NT,QLD,SA,TAS,VIC\n01_011_0107_1_1,x,H,20270701,1,1,1,1,1,1,1',
    );
    expect(noColumn.status).toBe(400);
    expect(noColumn.body).toEqual([
      { errorCode: 'INVALID_FILE', message: 'Row 1, column "WA": The header row has no "WA" column.', fields: ['WA'] },
    ]);
    expect((await importFile({ fileName: 'catalogue.pdf', content: 'AAAA' })).body[0]).toMatchObject({ fields: ['format'] });
  });

  it('imports an XLSX catalogue: a later version of an item, priced from its Start date on', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Current Support Items');
    sheet.addRow(HEADER.split(','));
    // The published sheet holds dates as dates and prices as numbers.
    sheet.addRow([
      '01_011_0107_1_1',
      'Assistance With Self-Care Activities - Standard - Weekday Daytime',
      '0107',
      'x',
      '1',
      'x',
      'H',
      'N',
      new Date(Date.UTC(2027, 2, 1)),
      new Date(Date.UTC(9999, 11, 31)),
      72.5,
      72.5,
      101.5,
      72.5,
      72.5,
      72.5,
      72.5,
      72.5,
      101.5,
      108.75,
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const first = await importFile({ fileName: 'catalogue.xlsx', content });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ rows: 1, unchanged: 0, changed: [] });
    expect(first.body.added[0]).toMatchObject({
      number: '01_011_0107_1_1',
      effectiveFrom: '2027-03-01',
      unit: 'Hour',
      limits: { NSW: '72.50' },
    });
    expect((await importFile({ fileName: 'catalogue.xlsx', content })).body).toMatchObject({ added: [], changed: [], unchanged: 1 });
    expect(await count(ITEM)).toBe(4);
  });

  it('another tenant sees none of it; a user without AR Management cannot import', async () => {
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Math.random().toString(36).slice(2, 8)}`,
      username: `other-finance@${Math.random().toString(36).slice(2, 8)}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    expect(await count(ITEM, other)).toBe(0);
    expect(
      (await importFile({ fileName: 'c.csv', content: Buffer.from(CATALOGUE_2026).toString('base64'), dryRun: true }, ctx.support)).status,
    ).toBe(403);
  });
});

describe('pricing a service from the catalogue', () => {
  let client: string;
  beforeAll(async () => {
    client = await debtors.client('Pricing', { lumary__Funding__c: 'Self-managed' });
  });

  it("defaults the Rate to the NSW limit in force on the Service Date, with the item's unit", async () => {
    // 2027-01-15: the 2026-07-01 version ($70.23); 2027-03-02: the 2027-03-01 one ($72.50).
    const january = await deliver(client, '2027-01-15', '2', {
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Funding__c: 'Self-managed',
    });
    expect(january.status).toBe(201);
    expect(await get(SERVICE, january.body.id)).toMatchObject({
      lumary__Rate__c: '70.23',
      lumary__Unit__c: 'Hour',
      lumary__Tax_Code__c: 'GST_FREE',
      lumary__Amount__c: '140.46',
    });
    const march = await deliver(client, '2027-03-02', '2', {
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Funding__c: 'Self-managed',
    });
    expect(await get(SERVICE, march.body.id)).toMatchObject({ lumary__Rate__c: '72.50', lumary__Amount__c: '145.00' });
  });

  it('refuses a Rate above the limit (both figures) and an unknown support item', async () => {
    const above = await deliver(client, '2027-01-15', '1', { lumary__Support_Item_Number__c: '01_011_0107_1_1', lumary__Rate__c: '75.00' });
    expect(above.status).toBe(400);
    expect(above.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: 'The Rate $75.00 is above the price limit $70.23 of 01_011_0107_1_1 in NSW on 2027-01-15.',
        fields: ['lumary__Rate__c'],
      },
    ]);
    const unknown = await deliver(client, '2027-01-15', '1', {
      lumary__Support_Item_Number__c: '09_999_0000_1_1',
      lumary__Rate__c: '10.00',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body[0]).toMatchObject({
      fields: ['lumary__Support_Item_Number__c'],
      message: expect.stringContaining('No support item 09_999_0000_1_1 is in force on 2027-01-15'),
    });
    // Before the first version's Start date there is none in force either.
    const early = await deliver(client, '2026-06-30', '1', { lumary__Support_Item_Number__c: '01_011_0107_1_1' });
    expect(early.status).toBe(400);
  });
});

describe('a service agreement drawn down by its services', () => {
  let client: string;
  let agreement: string;
  let selfCare: string;
  let community: string;
  let therapy: string;
  const onSelfCare = (date: string, quantity: string) => deliver(client, date, quantity, { lumary__Agreement_Line__c: selfCare });

  beforeAll(async () => {
    client = await debtors.client('Agreement', { lumary__Funding__c: 'NDIA-managed', lumary__NDIS_Number__c: '430000001' });
    agreement = await create(AGREEMENT, {
      lumary__Client__c: client,
      lumary__Start_Date__c: '2027-01-01',
      lumary__End_Date__c: '2027-06-30',
      lumary__Funding__c: 'NDIA-managed',
      lumary__Status__c: 'Active',
    });
    // 10 h × $70.23 (the limit, by default) = $702.30
    selfCare = await create(LINE, {
      lumary__Agreement__c: agreement,
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Quantity__c: '10',
    });
    // 5 h × $65.47 = $327.35, overrun allowed
    community = await create(LINE, {
      lumary__Agreement__c: agreement,
      lumary__Support_Item_Number__c: '04_104_0125_6_1',
      lumary__Quantity__c: '5',
      lumary__Unit_Price__c: '65.47',
      lumary__Allow_Overrun__c: true,
    });
    // 4 h × $193.99 = $775.96
    therapy = await create(LINE, {
      lumary__Agreement__c: agreement,
      lumary__Support_Item_Number__c: '15_056_0128_1_3',
      lumary__Quantity__c: '4',
    });
  });

  it('budgets each line at quantity × unit price, from the catalogue', async () => {
    expect(await get(LINE, selfCare)).toMatchObject({
      lumary__Unit_Price__c: '70.23',
      lumary__Unit__c: 'Hour',
      lumary__Description__c: 'Assistance With Self-Care Activities - Standard - Weekday Daytime',
      lumary__Budget__c: '702.30',
      lumary__Used__c: '0.00',
      lumary__Remaining__c: '702.30',
    });
    expect(await line(community)).toEqual({ budget: '327.35', used: '0.00', remaining: '327.35' });
    expect(await line(therapy)).toEqual({ budget: '775.96', used: '0.00', remaining: '775.96' });
    expect((await get(AGREEMENT, agreement)).lumary__Total_Budget__c).toBe('1805.61');
    const above = await ctx.call(finance, 'POST', `/sobjects/${LINE}`, {
      lumary__Agreement__c: agreement,
      lumary__Support_Item_Number__c: '15_056_0128_1_3',
      lumary__Quantity__c: '1',
      lumary__Unit_Price__c: '200.00',
    });
    expect(above.status).toBe(400);
    expect(above.body[0]).toMatchObject({
      fields: ['lumary__Unit_Price__c'],
      message: 'The Unit Price $200.00 is above the price limit $193.99 of 15_056_0128_1_3 in NSW on 2027-01-01.',
    });
  });

  it('draws a line down to 80 %, refuses a service past its budget with the figures, and a cancellation releases budget', async () => {
    const first = await onSelfCare('2027-01-12', '4'); // 4 × 70.23 = 280.92
    expect(first.status).toBe(201);
    expect(await get(SERVICE, first.body.id)).toMatchObject({
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
      lumary__Rate__c: '70.23',
    });
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '280.92', remaining: '421.38' });
    const second = await onSelfCare('2027-01-19', '4'); // used 561.84 = 80 % of 702.30
    expect(second.status).toBe(201);
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '561.84', remaining: '140.46' });

    const past = await onSelfCare('2027-01-26', '2.5'); // 2.5 × 70.23 = 175.575 → 175.58 > 140.46
    expect(past.status).toBe(400);
    expect(past.body).toEqual([
      {
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        message: expect.stringMatching(
          /^\$175\.58 is more than the \$140\.46 remaining on SAL-\d+ \(01_011_0107_1_1, budget \$702\.30, used \$561\.84\), which does not allow overrun\.$/,
        ),
        fields: ['lumary__Agreement_Line__c'],
      },
    ]);
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '561.84', remaining: '140.46' });

    // Cancelling the second service (a Cancelled service draws nothing) releases its 280.92.
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${SERVICE}/${second.body.id}`, { lumary__Status__c: 'Cancelled' })).status).toBe(
      204,
    );
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '280.92', remaining: '421.38' });
    const now = await onSelfCare('2027-01-26', '2.5');
    expect(now.status).toBe(201);
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '456.50', remaining: '245.80' });
  });

  it('lets an overrun line go past its budget; refuses a date outside the agreement and another item', async () => {
    // No Rate given: the line's agreed $65.47, not the $70.23 limit. 6 × 65.47 = 392.82 > 327.35.
    const over = await deliver(client, '2027-02-02', '6', { lumary__Agreement_Line__c: community });
    expect(over.status).toBe(201);
    expect(await get(SERVICE, over.body.id)).toMatchObject({ lumary__Rate__c: '65.47', lumary__Amount__c: '392.82' });
    expect(await line(community)).toEqual({ budget: '327.35', used: '392.82', remaining: '-65.47' });

    const outside = await onSelfCare('2027-07-01', '1');
    expect(outside.status).toBe(400);
    expect(outside.body[0]).toMatchObject({ fields: ['lumary__Service_Date__c'], message: expect.stringContaining('outside SA-') });
    expect(outside.body[0].message).toContain('(2027-01-01 to 2027-06-30)');

    const otherItem = await deliver(client, '2027-02-02', '1', {
      lumary__Agreement_Line__c: therapy,
      lumary__Support_Item_Number__c: '01_011_0107_1_1',
    });
    expect(otherItem.status).toBe(400);
    expect(otherItem.body[0]).toMatchObject({ fields: ['lumary__Support_Item_Number__c'] });
    expect(await line(therapy)).toEqual({ budget: '775.96', used: '0.00', remaining: '775.96' });
  });

  it('another tenant sees none of the agreement or its lines; a user without AR Management is refused', async () => {
    const other = await signedInUser(ctx.api, ctx.tenants, {
      slug: `elsewhere-${Math.random().toString(36).slice(2, 8)}`,
      username: `finance@elsewhere-${Math.random().toString(36).slice(2, 8)}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    expect(await count(AGREEMENT, other)).toBe(0);
    expect(await count(LINE, other)).toBe(0);
    expect((await ctx.call(other, 'GET', `/sobjects/${AGREEMENT}/${agreement}`)).status).toBe(404);
    expect((await ctx.call(other, 'GET', `/sobjects/${LINE}/${selfCare}`)).status).toBe(404);
    const patched = await ctx.call(other, 'PATCH', `/sobjects/${LINE}/${selfCare}`, { lumary__Quantity__c: '1000' });
    expect(patched.status).toBe(404);
    expect((await ctx.call(ctx.support, 'GET', `/query?q=${encodeURIComponent(`SELECT Id FROM ${AGREEMENT}`)}`)).status).toBe(403);
    expect((await ctx.call(ctx.support, 'GET', `/sobjects/${LINE}/${selfCare}`)).status).toBe(403);
    expect(await line(selfCare)).toEqual({ budget: '702.30', used: '456.50', remaining: '245.80' });
  });

  it('a plan-managed agreement needs its plan manager', async () => {
    const refused = await ctx.call(finance, 'POST', `/sobjects/${AGREEMENT}`, {
      lumary__Client__c: client,
      lumary__Start_Date__c: '2027-01-01',
      lumary__End_Date__c: '2027-06-30',
      lumary__Funding__c: 'Plan-managed',
    });
    expect(refused.status).toBe(400);
    expect(refused.body[0]).toMatchObject({ fields: ['lumary__Plan_Manager__c'] });
  });

  it('the daily status job moves an Active agreement to Expired after its End Date; it then takes no service', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const short = await create(AGREEMENT, {
      lumary__Client__c: client,
      lumary__Start_Date__c: '2026-08-01',
      lumary__End_Date__c: '2099-12-31',
      lumary__Funding__c: 'NDIA-managed',
      lumary__Status__c: 'Active',
    });
    const shortLine = await create(LINE, {
      lumary__Agreement__c: short,
      lumary__Support_Item_Number__c: '15_056_0128_1_3',
      lumary__Quantity__c: '2',
    });
    expect((await get(AGREEMENT, short)).lumary__Status__c).toBe('Active');
    // Ending it in the past (a date change) makes it Expired at once.
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${AGREEMENT}/${short}`, { lumary__End_Date__c: '2026-11-30' })).status).toBe(204);
    expect((await get(AGREEMENT, short)).lumary__Status__c).toBe('Expired');
    expect((await ctx.call(finance, 'PATCH', `/sobjects/${AGREEMENT}/${short}`, { lumary__End_Date__c: '2030-06-30' })).status).toBe(204);
    expect((await get(AGREEMENT, short)).lumary__Status__c).toBe('Active');

    const statuses = new AgreementStatusService(ctx.api.engine, ctx.api.database);
    expect(await statuses.refresh({ tenantId: finance.tenantId })).toEqual({ expired: 0, activated: 0 });
    // The job on 2030-07-01: past the End Date.
    expect(await statuses.refresh({ tenantId: finance.tenantId, asOf: '2030-07-01' })).toMatchObject({ expired: 2 });
    expect((await get(AGREEMENT, short)).lumary__Status__c).toBe('Expired');
    expect((await get(AGREEMENT, agreement)).lumary__Status__c).toBe('Expired');
    expect(today < '2030-06-30').toBe(true);

    const refused = await deliver(client, '2026-08-03', '1', { lumary__Agreement_Line__c: shortLine });
    expect(refused.status).toBe(400);
    expect(refused.body[0]).toMatchObject({
      fields: ['lumary__Agreement_Line__c'],
      message: expect.stringMatching(/^SA-\d+ is Expired: services are delivered only on an Active agreement\.$/),
    });
  });
});

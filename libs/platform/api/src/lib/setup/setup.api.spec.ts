import { compileQuery, inTenantId, parseQuery } from '@platform/engine';
import type { TenantService } from '@platform/tenancy';
import type { Database } from '@platform/storage';
import { FIXTURE, request, signedInUser, startTestApi, type TestUser } from '../../testing/api-fixture';
import type { RunningApi } from '../bootstrap';

/**
 * Setup's Object Manager through the API: a tenant admin's custom fields, picklist values,
 * validation rules, layouts and record pages take effect on the next request, for that tenant
 * alone; package-locked parts are refused.
 */
let api: RunningApi;
let database: Database;
let tenants: TenantService;
let admin: TestUser;
let user: TestUser;
let otherAdmin: TestUser;

const call = (who: TestUser, method: string, path: string, body?: unknown) => request(api, method, path, { token: who.token, body });
const ORDER = 'fixture__Order__c';

beforeAll(async () => {
  ({ api, database, tenants } = await startTestApi({ metadata: 'platform' }));
  admin = await signedInUser(api, tenants, { slug: 'setup-alpha', username: 'admin@setup-alpha.test', profile: 'System Administrator' });
  user = await signedInUser(api, tenants, {
    slug: 'setup-alpha',
    username: 'user@setup-alpha.test',
    permissionSets: [FIXTURE.permissionSet],
  });
  otherAdmin = await signedInUser(api, tenants, { slug: 'setup-beta', username: 'admin@setup-beta.test', profile: 'System Administrator' });
});

afterAll(() => api?.close());

/** Every custom field type, with what it needs, and a value a record can hold. */
const FIELD_CASES: [string, Record<string, unknown>, unknown, unknown][] = [
  ['Text', { length: 40 }, 'North', 'North'],
  ['TextArea', {}, 'line one\nline two', 'line one\nline two'],
  ['LongTextArea', { length: 5000 }, 'a long note', 'a long note'],
  ['Email', {}, 'billing@example.org', 'billing@example.org'],
  ['Phone', {}, '02 9999 0000', '02 9999 0000'],
  ['Url', {}, 'example.org/care', 'example.org/care'],
  ['Number', { precision: 6, scale: 0 }, '42', '42'],
  ['Currency', { precision: 12, scale: 2 }, '1234.5', '1234.50'],
  ['Percent', { precision: 5, scale: 2 }, '12.5', '12.50'],
  ['Checkbox', { defaultValue: false }, true, true],
  ['Date', {}, '2026-11-24', '2026-11-24'],
  ['DateTime', {}, '2026-11-24T09:30:00Z', '2026-11-24T09:30:00.000Z'],
  ['Picklist', { values: ['Metro', 'Regional', 'Remote'] }, 'Regional', 'Regional'],
  ['MultiPicklist', { values: ['Mon', 'Tue', 'Wed'] }, 'Mon;Wed', 'Mon;Wed'],
];

describe('custom fields', () => {
  it('adds a field of each type to Account; a record is created and read back with every value', async () => {
    for (const [type, extra] of FIELD_CASES) {
      const res = await call(admin, 'POST', '/setup/objects/Account/fields', { label: `My ${type}`, type, ...extra });
      expect([type, res.status, res.body?.apiName]).toEqual([type, 201, `My_${type}__c`]);
    }
    const lookup = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Case Manager',
      type: 'Lookup',
      referenceTo: 'Contact',
    });
    expect(lookup.status).toBe(201);
    const formula = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Big Number',
      type: 'Formula',
      returnType: 'Number',
      formula: 'My_Number__c * 2',
    });
    expect(formula.status).toBe(201);
    const auto = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Member No',
      type: 'AutoNumber',
      displayFormat: 'M-{0000}',
    });
    expect(auto.status).toBe(201);

    const contact = await call(admin, 'POST', '/sobjects/Contact', { LastName: 'Manager', RecordTypeId: 'General' });
    const values = Object.fromEntries(FIELD_CASES.map(([type, , given]) => [`My_${type}__c`, given]));
    const created = await call(admin, 'POST', '/sobjects/Account', { Name: 'Custom Co', ...values, Case_Manager__c: contact.body.id });
    expect(created.status).toBe(201);
    const read = await call(admin, 'GET', `/sobjects/Account/${created.body.id}`);
    for (const [type, , , shown] of FIELD_CASES) expect([type, read.body[`My_${type}__c`]]).toEqual([type, shown]);
    expect(read.body.Case_Manager__c).toBe(contact.body.id);
    expect(read.body.Big_Number__c).toBe('84');
    expect(read.body.Member_No__c).toBe('M-0001');

    // The describe and the SOQL query see them; a filter and a relationship path work.
    const describe = await call(admin, 'GET', '/sobjects/Account/describe');
    expect(describe.body.fields.find((f: { name: string }) => f.name === 'My_Picklist__c')).toMatchObject({
      type: 'picklist',
      custom: true,
    });
    const setupView = await call(admin, 'GET', '/setup/objects/Account');
    const typeLabel = (name: string) => setupView.body.fields.find((f: { apiName: string }) => f.apiName === name)?.typeLabel;
    expect([typeLabel('My_DateTime__c'), typeLabel('My_MultiPicklist__c'), typeLabel('Member_No__c'), typeLabel('Name')]).toEqual([
      'Date/Time',
      'Picklist (Multi-Select)',
      'Auto Number',
      'Text',
    ]);
    const q = await call(
      admin,
      'GET',
      `/query?q=${encodeURIComponent('SELECT Name, Case_Manager__r.Name FROM Account WHERE My_Number__c > 40 AND My_Date__c = 2026-11-24 AND My_Checkbox__c = true')}`,
    );
    expect(q.status).toBe(200);
    expect(q.body.records.map((r: { Name: string; Case_Manager__r: { Name: string } }) => [r.Name, r.Case_Manager__r.Name])).toEqual([
      ['Custom Co', 'Manager'],
    ]);

    // An update changes one custom value and keeps the others.
    expect((await call(admin, 'PATCH', `/sobjects/Account/${created.body.id}`, { My_Text__c: 'South' })).status).toBe(204);
    const after = await call(admin, 'GET', `/sobjects/Account/${created.body.id}`);
    expect([after.body.My_Text__c, after.body.My_Currency__c]).toEqual(['South', '1234.50']);

    // Bad values name the field.
    const bad = await call(admin, 'POST', '/sobjects/Account', { Name: 'Bad', My_Picklist__c: 'Moon', My_Number__c: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.map((e: { fields: string[] }) => e.fields[0]).sort()).toEqual(['My_Number__c', 'My_Picklist__c']);
  });

  it('keeps custom fields to the tenant: another tenant neither sees nor writes them, and no column is added', async () => {
    const describe = await call(otherAdmin, 'GET', '/sobjects/Account/describe');
    expect(describe.body.fields.some((f: { name: string }) => f.name === 'My_Text__c')).toBe(false);
    const write = await call(otherAdmin, 'POST', '/sobjects/Account', { Name: 'X', My_Text__c: 'North' });
    expect(write.status).toBe(400);
    expect(write.body[0]).toMatchObject({ errorCode: 'INVALID_FIELD', fields: ['My_Text__c'] });
    const columns = (await database.owner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'account' AND column_name ILIKE 'my_%'`,
    )) as unknown[];
    expect(columns).toEqual([]);
  });

  it('refuses a bad field with the property named, and a name that is taken', async () => {
    const noLength = await call(admin, 'POST', '/setup/objects/Account/fields', { label: 'Code', type: 'Number', precision: 4, scale: 6 });
    expect(noLength.status).toBe(400);
    expect(noLength.body[0].fields).toEqual(['scale']);
    const badType = await call(admin, 'POST', '/setup/objects/Account/fields', { label: 'Owner', type: 'Hologram' });
    expect(badType.status).toBe(400);
    expect(badType.body[0]).toMatchObject({ fields: ['type'] });
    const twice = await call(admin, 'POST', '/setup/objects/Account/fields', { label: 'My Text', type: 'Text', length: 10 });
    expect(twice.status).toBe(400);
    expect(twice.body[0].errorCode).toBe('DUPLICATE_VALUE');
    const badFormula = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Broken',
      type: 'Formula',
      returnType: 'Number',
      formula: 'Nope__c + 1',
    });
    expect(badFormula.status).toBe(400);
    expect(badFormula.body[0]).toMatchObject({ errorCode: 'INVALID_FORMULA', fields: ['formula'] });
    expect(badFormula.body[0].message).toMatch(/Nope__c.*line 1, column 1/);
  });

  it("changes a package field's label, help text and picklist values, and refuses its type", async () => {
    const res = await call(admin, 'PATCH', `/setup/objects/${ORDER}/fields/fixture__Status__c`, {
      label: 'Order Status',
      helpText: 'Where the order is',
      addValues: ['Disputed'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ label: 'Order Status', helpText: 'Where the order is', locked: true });
    expect(res.body.picklist.values.at(-1)).toMatchObject({ value: 'Disputed', custom: true });
    const describe = await call(user, 'GET', `/sobjects/${ORDER}/describe`);
    const status = describe.body.fields.find((f: { name: string }) => f.name === 'fixture__Status__c');
    expect(status.label).toBe('Order Status');
    expect(status.picklistValues.map((v: { value: string }) => v.value)).toContain('Disputed');
    const retype = await call(admin, 'PATCH', `/setup/objects/${ORDER}/fields/fixture__Status__c`, { type: 'Text' });
    expect(retype.status).toBe(400);
    expect(retype.body[0]).toMatchObject({ errorCode: 'CANNOT_MODIFY_MANAGED_OBJECT', fields: ['type'] });
    const remove = await call(admin, 'DELETE', `/setup/objects/${ORDER}/fields/fixture__Status__c`);
    expect(remove.body[0].errorCode).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
    // The other tenant's picklist is the package's.
    const other = await call(otherAdmin, 'GET', `/sobjects/${ORDER}/describe`);
    expect(
      other.body.fields
        .find((f: { name: string }) => f.name === 'fixture__Status__c')
        .picklistValues.map((v: { value: string }) => v.value),
    ).not.toContain('Disputed');
  });

  it('a new field is granted to the permission sets the admin names, in the same transaction; a package set or an unknown one refuses it', async () => {
    const sees = async () =>
      ((await call(user, 'GET', '/sobjects/Account/describe')).body.fields as { name: string; updateable: boolean }[]).find(
        (f) => f.name === 'Visit_Notes__c',
      );
    expect(
      (
        await call(admin, 'POST', '/permission-sets', {
          apiName: 'Notes_Editors',
          label: 'Notes editors',
          objects: { Account: { read: true, edit: true } },
        })
      ).status,
    ).toBe(201);
    expect((await call(admin, 'POST', `/users/${user.userId}/permission-sets`, { permissionSet: 'Notes_Editors' })).status).toBe(204);

    const managed = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Visit Notes',
      type: 'Text',
      length: 50,
      grants: [{ permissionSet: FIXTURE.permissionSet, edit: true }],
    });
    expect([managed.status, managed.body[0]?.errorCode, managed.body[0]?.fields]).toEqual([
      400,
      'CANNOT_MODIFY_MANAGED_OBJECT',
      ['grants[0].permissionSet'],
    ]);
    const unknown = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Visit Notes',
      type: 'Text',
      length: 50,
      grants: [{ permissionSet: 'Notes_Editors' }, { permissionSet: 'Nope' }],
    });
    expect([unknown.status, unknown.body[0]?.fields]).toEqual([400, ['grants[1].permissionSet']]);
    // Neither left a field behind, nor a grant in Notes_Editors.
    expect(await sees()).toBeUndefined();
    expect((await call(admin, 'GET', '/permission-sets/Notes_Editors')).body.fields).toEqual({});

    const made = await call(admin, 'POST', '/setup/objects/Account/fields', {
      label: 'Visit Notes',
      type: 'Text',
      length: 50,
      grants: [{ permissionSet: 'Notes_Editors', edit: true }],
    });
    expect(made.status).toBe(201);
    expect(await sees()).toMatchObject({ updateable: true });
    expect((await call(admin, 'GET', '/permission-sets/Notes_Editors')).body.fields).toEqual({
      'Account.Visit_Notes__c': { read: true, edit: true },
    });
    // A user without the set does not see it: field-level security, as for package fields.
    const other = await signedInUser(api, tenants, {
      slug: 'setup-alpha',
      username: 'other@setup-alpha.test',
      permissionSets: [FIXTURE.permissionSet],
    });
    const theirs = (await call(other, 'GET', '/sobjects/Account/describe')).body.fields as { name: string }[];
    expect(theirs.some((f) => f.name === 'Visit_Notes__c')).toBe(false);
  });

  it("an indexed custom field adds no index to the shared table; the engine's filter uses the shared pivot, under row-level security", async () => {
    const res = await call(admin, 'POST', '/setup/objects/Contact/fields', {
      label: 'Region Code',
      type: 'Text',
      length: 20,
      indexed: true,
    });
    expect(res.status).toBe(201);
    const indexes = (await database.owner.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'contact' AND indexdef LIKE '%Region_Code__c%'`,
    )) as { indexdef: string }[];
    expect(indexes).toHaveLength(0);
    // The statement the engine runs for a SOQL filter, explained as the app role in a tenant transaction.
    const registry = await api.tenantMetadata.registryFor(admin.tenantId);
    const compiled = compileQuery(parseQuery("SELECT Id FROM Contact WHERE Region_Code__c = 'n1'"), {
      registry,
      tenantId: admin.tenantId,
      today: '2026-11-24',
      timeZone: 'Australia/Sydney',
    });
    const plan = await inTenantId(api.database.dataSource, admin.tenantId, async (m) => {
      // On a near-empty table the planner prefers a scan; this shows whether it can use the index.
      await m.query('SET LOCAL enable_seqscan = off');
      return ((await m.query(`EXPLAIN ${compiled.sql}`, compiled.params)) as { 'QUERY PLAN': string }[])
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan using sys_cf_index__str/);
  });
});

describe('custom fields stay cheap', () => {
  it('200 custom fields on Contact add no column; records carry them; other tenants see none', async () => {
    const columns = async () =>
      (
        (await database.owner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'contact' ORDER BY 1`)) as {
          column_name: string;
        }[]
      ).map((c) => c.column_name);
    const before = await columns();
    for (let i = 1; i <= 200; i++) {
      const res = await call(admin, 'POST', '/setup/objects/Contact/fields', {
        label: `Extra ${i}`,
        type: i % 2 ? 'Text' : 'Number',
        ...(i % 2 ? { length: 30 } : { precision: 8, scale: 2 }),
      });
      if (res.status !== 201) throw new Error(`field ${i}: ${JSON.stringify(res.body)}`);
    }
    expect(await columns()).toEqual(before);
    const values = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`Extra_${i + 1}__c`, (i + 1) % 2 ? `v${i + 1}` : String(i + 1)]),
    );
    const created = await call(admin, 'POST', '/sobjects/Contact', { LastName: 'Wide', RecordTypeId: 'General', ...values });
    expect(created.status).toBe(201);
    const read = await call(admin, 'GET', `/sobjects/Contact/${created.body.id}`);
    expect([read.body.Extra_1__c, read.body.Extra_2__c, read.body.Extra_200__c]).toEqual(['v1', '2.00', '200.00']);
    const found = await call(
      admin,
      'GET',
      `/query?q=${encodeURIComponent("SELECT LastName FROM Contact WHERE Extra_199__c = 'v199' AND Extra_200__c >= 200")}`,
    );
    expect(found.body.records.map((r: { LastName: string }) => r.LastName)).toEqual(['Wide']);
    const other = await call(otherAdmin, 'GET', '/sobjects/Contact/describe');
    expect(other.body.fields.filter((f: { name: string }) => f.name.startsWith('Extra_'))).toEqual([]);
  }, 180_000);
});

describe('validation rules', () => {
  it('a new rule blocks a save with its message; deactivated, it does not', async () => {
    const res = await call(admin, 'POST', '/setup/objects/Account/validation-rules', {
      apiName: 'Remote_Needs_Phone',
      errorConditionFormula: "ISPICKVAL(My_Picklist__c, 'Remote') && ISBLANK(Phone)",
      errorMessage: 'Remote accounts need a phone number.',
      errorDisplayField: 'Phone',
    });
    expect(res.status).toBe(201);
    const blocked = await call(admin, 'POST', '/sobjects/Account', { Name: 'Far Away', My_Picklist__c: 'Remote' });
    expect(blocked.status).toBe(400);
    expect(blocked.body[0]).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Remote accounts need a phone number.',
      fields: ['Phone'],
    });
    expect((await call(admin, 'PATCH', '/setup/objects/Account/validation-rules/Remote_Needs_Phone', { active: false })).status).toBe(200);
    // The message's place can be cleared (back to the top of the form).
    const cleared = await call(admin, 'PATCH', '/setup/objects/Account/validation-rules/Remote_Needs_Phone', { errorDisplayField: null });
    expect([cleared.status, cleared.body.errorDisplayField]).toEqual([200, null]);
    expect((await call(admin, 'POST', '/sobjects/Account', { Name: 'Far Away', My_Picklist__c: 'Remote' })).status).toBe(201);
    // The other tenant never had it.
    expect((await call(otherAdmin, 'POST', '/sobjects/Account', { Name: 'Far Away' })).status).toBe(201);
  });

  it('refuses a formula that does not parse or names an unknown field, with the position', async () => {
    const parse = await call(admin, 'POST', '/setup/objects/Account/validation-rules', {
      apiName: 'Broken',
      errorConditionFormula: 'AND(ISBLANK(Phone), ',
      errorMessage: 'x',
    });
    expect(parse.status).toBe(400);
    expect(parse.body[0]).toMatchObject({ errorCode: 'INVALID_FORMULA', fields: ['errorConditionFormula'] });
    expect(parse.body[0].message).toMatch(/line 1, column \d+/);
    const unknown = await call(admin, 'POST', '/setup/objects/Account/validation-rules', {
      apiName: 'Broken',
      errorConditionFormula: 'ISBLANK(Phone) && Nope__c > 1',
      errorMessage: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body[0].message).toMatch(/Nope__c.*line 1, column 19/);
    // Nothing was saved.
    const object = await call(admin, 'GET', '/setup/objects/Account');
    expect(object.body.validationRules.map((r: { apiName: string }) => r.apiName)).not.toContain('Broken');
  });

  it('a custom field a rule still names cannot be deleted; an unused one can, and its records keep working', async () => {
    const used = await call(admin, 'DELETE', '/setup/objects/Account/fields/My_Picklist__c');
    expect(used.status).toBe(400);
    expect(used.body[0].message).toMatch(/Remote_Needs_Phone/);
    expect((await call(admin, 'DELETE', '/setup/objects/Account/fields/My_Url__c')).status).toBe(204);
    const describe = await call(admin, 'GET', '/sobjects/Account/describe');
    expect(describe.body.fields.some((f: { name: string }) => f.name === 'My_Url__c')).toBe(false);
    expect((await call(admin, 'POST', '/sobjects/Account', { Name: 'After delete', My_Text__c: 'West' })).status).toBe(201);
  });

  it('deleting a field takes its values and its index with it: the same name made again starts empty', async () => {
    // The field's entries in the shared pivot (there is no index on the table for it).
    const indexes = async () =>
      (
        (await database.owner.query(`SELECT count(*)::int AS n FROM sys_cf_index WHERE tenant_id = $1 AND field = 'Region_Code__c'`, [
          admin.tenantId,
        ])) as { n: number }[]
      )[0].n;
    // Rows holding a value, and rows holding the key at all (a record saved while the field existed has it, null or not).
    const count = async (where: string) =>
      (
        (await database.owner.query(`SELECT count(*)::int AS n FROM "contact" WHERE "tenant_id" = $1 AND ${where}`, [admin.tenantId])) as {
          n: number;
        }[]
      )[0].n;
    const holding = () => count(`"custom" ->> 'Region_Code__c' IS NOT NULL`);
    const keyed = () => count(`"custom" ? 'Region_Code__c'`);
    const contact = await call(admin, 'POST', '/sobjects/Contact', { LastName: 'Coded', RecordTypeId: 'General', Region_Code__c: 'n9' });
    expect(contact.status).toBe(201);
    expect([await indexes(), await holding()]).toEqual([1, 1]);

    expect((await call(admin, 'DELETE', '/setup/objects/Contact/fields/Region_Code__c')).status).toBe(204);
    expect([await indexes(), await keyed()]).toEqual([0, 0]);
    const again = await call(admin, 'POST', '/setup/objects/Contact/fields', {
      label: 'Region Code',
      type: 'Number',
      precision: 4,
      scale: 0,
    });
    expect([again.status, again.body.apiName]).toEqual([201, 'Region_Code__c']);
    expect((await call(admin, 'GET', `/sobjects/Contact/${contact.body.id}`)).body.Region_Code__c).toBeNull();
  });

  it('a package rule is read-only', async () => {
    const object = await call(admin, 'GET', '/setup/objects/Contact');
    const rule = object.body.validationRules.find((r: { locked: boolean }) => r.locked);
    expect(rule).toBeDefined();
    const res = await call(admin, 'PATCH', `/setup/objects/Contact/validation-rules/${rule.apiName}`, { active: false });
    expect(res.status).toBe(400);
    expect(res.body[0].errorCode).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
  });
});

describe('layouts and record pages', () => {
  it('a rearranged layout is what the record page shows next; reset brings back the package layout', async () => {
    const object = await call(admin, 'GET', '/setup/objects/Account');
    const layout = object.body.layouts[0];
    expect(layout.packageName).toBeTruthy();
    const sections = [{ label: 'Custom', columns: 1, fields: ['My_Text__c', 'Name'] }, ...layout.sections];
    // A related list sent without columns shows the child's name.
    const relatedLists = [...layout.relatedLists, { object: 'Contact', field: 'AccountId', label: 'People' }];
    const put = await call(admin, 'PUT', `/setup/objects/Account/layouts/${layout.apiName}`, { ...layout, sections, relatedLists });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ customised: true, packageName: layout.packageName });
    expect(put.body.relatedLists.at(-1)).toMatchObject({ object: 'Contact', columns: ['Name'] });
    const created = await call(admin, 'POST', '/sobjects/Account', { Name: 'Laid Out', My_Text__c: 'East' });
    const page = await call(admin, 'GET', `/ui/record/Account/${created.body.id}`);
    expect(page.body.sections[0].label).toBe('Custom');
    expect(page.body.sections[0].fields.map((f: { name: string }) => f.name)).toEqual(['My_Text__c', 'Name']);
    const badField = await call(admin, 'PUT', `/setup/objects/Account/layouts/${layout.apiName}`, {
      ...layout,
      sections: [{ label: 'X', columns: 1, fields: ['Nope__c'] }],
    });
    expect(badField.status).toBe(400);
    expect(badField.body[0]).toMatchObject({ fields: ['sections'] });
    expect(badField.body[0].message).toContain('Nope__c');
    expect((await call(admin, 'DELETE', `/setup/objects/Account/layouts/${layout.apiName}`)).status).toBe(204);
    const reset = await call(admin, 'GET', `/ui/record/Account/${created.body.id}`);
    expect(reset.body.sections[0].label).toBe(layout.sections[0].label);
  });

  it('moves the member summary to the main region of the member record page', async () => {
    const object = await call(admin, 'GET', '/setup/objects/Contact');
    const page = object.body.recordPages.find((p: { apiName: string }) => p.apiName === 'Member_Record_Page');
    expect(object.body.components.map((c: { name: string }) => c.name)).toContain('fixture:memberSummary');
    const regions = page.regions.map((r: { name: string; components: { type: string; name?: string }[] }) => ({
      name: r.name,
      components:
        r.name === 'main'
          ? [{ type: 'component', name: 'fixture:memberSummary', properties: {} }, ...r.components]
          : r.components.filter((c) => c.name !== 'fixture:memberSummary'),
    }));
    const put = await call(admin, 'PUT', '/setup/objects/Contact/record-pages/Member_Record_Page', { ...page, regions });
    expect(put.status).toBe(200);
    expect(put.body.customised).toBe(true);
    const again = await call(admin, 'GET', '/setup/objects/Contact');
    const saved = again.body.recordPages.find((p: { apiName: string }) => p.apiName === 'Member_Record_Page');
    expect(saved.regions.find((r: { name: string }) => r.name === 'main').components[0].name).toBe('fixture:memberSummary');
    expect(saved.regions.find((r: { name: string }) => r.name === 'sidebar')?.components ?? []).toEqual([]);
  });
});

describe('who may use Setup', () => {
  it("a standard user gets 403; another tenant cannot see this tenant's rules", async () => {
    expect((await call(user, 'GET', '/setup/objects')).status).toBe(403);
    expect((await call(user, 'POST', '/setup/objects/Account/fields', { label: 'X', type: 'Text', length: 5 })).status).toBe(403);
    const other = await call(otherAdmin, 'GET', '/setup/objects/Account');
    expect(other.body.fields.some((f: { apiName: string }) => f.apiName === 'My_Text__c')).toBe(false);
    expect(other.body.validationRules.some((r: { apiName: string }) => r.apiName === 'Remote_Needs_Phone')).toBe(false);
    expect((await call(otherAdmin, 'PATCH', '/setup/objects/Account/validation-rules/Remote_Needs_Phone', { active: true })).status).toBe(
      404,
    );
  });
});

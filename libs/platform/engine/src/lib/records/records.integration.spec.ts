import { EngineError } from '../engine.errors';
import type { RecordEngine } from '../record-engine';
import type { RequestContext } from './request-context';
import { engineFixture } from '../../testing/engine-fixture';

const S = 'et__Specimen__c';
const LINE = 'et__Specimen_Line__c';

let fixture: Awaited<ReturnType<typeof engineFixture>>;
let engine: RecordEngine;
let a: RequestContext;
let b: RequestContext;

beforeAll(async () => {
  fixture = await engineFixture();
  ({ engine, tenantA: a, tenantB: b } = fixture);
});
afterAll(() => fixture?.close());

/** The errors a refused call carries, as [errorCode, fields] pairs. */
async function refusal(call: Promise<unknown>): Promise<{ kind: string; errors: [string, string[]][]; messages: string[] }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return { kind: error.kind, errors: error.errors.map((e) => [e.errorCode, e.fields]), messages: error.errors.map((e) => e.message) };
}

const specimen = (extra: Record<string, unknown> = {}) => ({ Name: 'Spec', RecordTypeId: 'Fancy', et__Quantity__c: '1', ...extra });

describe('a field of every type, with no code of its own', () => {
  it('creates and reads back every type, normalised as the API shows it', async () => {
    const contact = await engine.create(a, 'Contact', { LastName: 'Nguyen', FirstName: 'Mai', RecordTypeId: 'Client' });
    const account = await engine.create(a, 'Account', { Name: 'Plan Partners', ABN: '51824753556' });
    const { id } = await engine.create(a, S, {
      Name: 'Everything',
      RecordTypeId: 'fancy',
      et__Code__c: 'E-1',
      et__Notes__c: 'short',
      et__Story__c: 'a long story',
      et__Email__c: 'mai@example.com.au',
      et__Phone__c: '+61 2 9999 0000',
      et__Website__c: 'https://lumary.example',
      et__Quantity__c: 3,
      et__Price__c: '12.5',
      et__Discount__c: 7.25,
      et__Active__c: false,
      et__Seen_On__c: '2025-02-28',
      et__Seen_At__c: '2025-03-01T09:30:00+11:00',
      et__Colour__c: 'Blue',
      et__Tags__c: ['Beta', 'Alpha'],
      et__Owner_Contact__c: contact.id,
      et__Payer__c: account.id,
    });
    const { record, version } = await engine.get(a, S, id);
    expect(version).toBe(1);
    expect(record).toMatchObject({
      attributes: { type: S, url: `/api/sobjects/${S}/${id}` },
      Id: id,
      RecordTypeId: 'Fancy',
      Name: 'Everything',
      et__Code__c: 'E-1',
      et__Quantity__c: '3.00',
      et__Price__c: '12.50',
      et__Discount__c: '7.25',
      et__Active__c: false,
      et__Seen_On__c: '2025-02-28',
      et__Seen_At__c: '2025-02-28T22:30:00.000Z',
      et__Colour__c: 'Blue',
      et__Tags__c: 'Beta;Alpha',
      et__Owner_Contact__c: contact.id,
      et__Payer__c: account.id,
      et__Number__c: expect.stringMatching(/^SP-\d{4}$/),
      et__Total__c: '37.50',
      et__Line_Count__c: '0',
    });
    const contactRecord = await engine.get(a, 'Contact', contact.id);
    expect(contactRecord.record['Name']).toBe('Mai Nguyen');
  });

  it('reports every bad value at once, each with its code and field', async () => {
    const result = await refusal(
      engine.create(a, S, {
        Name: 'x'.repeat(81),
        RecordTypeId: 'Fancy',
        et__Email__c: 'not-an-email',
        et__Quantity__c: '12345.6',
        et__Price__c: '1.234',
        et__Active__c: 'yes',
        et__Seen_On__c: '2025-02-30',
        et__Colour__c: 'Purple',
        et__Owner_Contact__c: 'nope',
        et__Total__c: '5',
        Bogus__c: 1,
      }),
    );
    expect(result.kind).toBe('invalid');
    expect(result.errors).toEqual([
      ['STRING_TOO_LONG', ['Name']],
      ['INVALID_EMAIL_ADDRESS', ['et__Email__c']],
      ['NUMBER_OUTSIDE_VALID_RANGE', ['et__Quantity__c']],
      ['INVALID_TYPE_ON_FIELD_IN_RECORD', ['et__Price__c']],
      ['INVALID_TYPE_ON_FIELD_IN_RECORD', ['et__Active__c']],
      ['INVALID_TYPE_ON_FIELD_IN_RECORD', ['et__Seen_On__c']],
      ['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['et__Colour__c']],
      ['INVALID_TYPE_ON_FIELD_IN_RECORD', ['et__Owner_Contact__c']],
      ['INVALID_FIELD_FOR_INSERT_UPDATE', ['et__Total__c']],
      ['INVALID_FIELD', ['Bogus__c']],
    ]);
    expect(result.messages[0]).toBe('Specimen Name (Name): data value too large: at most 80 characters, got 81');
  });

  it('lists every missing required field, and requires a record type when there are several', async () => {
    const result = await refusal(engine.create(a, S, { et__Quantity__c: '1' }));
    expect(result.errors).toEqual([['REQUIRED_FIELD_MISSING', ['RecordTypeId', 'Name']]]);
    expect(result.messages).toEqual(['Required fields are missing: [RecordTypeId, Name]']);
  });

  it('offers only the picklist values of the record type', async () => {
    const result = await refusal(engine.create(a, S, specimen({ RecordTypeId: 'Plain', et__Colour__c: 'Blue' })));
    expect(result.errors).toEqual([['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['et__Colour__c']]]);
    expect(result.messages[0]).toContain('Blue is not available for record type Plain');
  });

  it('refuses a duplicate of a unique field', async () => {
    await engine.create(a, S, specimen({ et__Code__c: 'DUP' }));
    const result = await refusal(engine.create(a, S, specimen({ et__Code__c: 'DUP' })));
    expect(result.errors).toEqual([['DUPLICATE_VALUE', ['et__Code__c']]]);
    // Unique per tenant: another tenant may use the same code.
    await expect(engine.create(b, S, specimen({ et__Code__c: 'DUP' }))).resolves.toHaveProperty('id');
  });
});

describe('list, filter, sort, page and query the every-type object', () => {
  it('works with no code of its own', async () => {
    for (const [code, price, colour, seen] of [
      ['Q-3', '30.00', 'Red', '2025-03-03'],
      ['Q-1', '10.00', 'Green', '2025-03-01'],
      ['Q-2', '20.00', 'Blue', '2025-03-02'],
      ['Q-4', null, 'Blue', null],
    ]) {
      await engine.create(
        a,
        S,
        specimen({ et__Code__c: code, et__Price__c: price, et__Colour__c: colour, et__Seen_On__c: seen, et__Tags__c: 'Alpha;Gamma' }),
      );
    }
    const where =
      "et__Code__c LIKE 'Q-%' AND (et__Price__c >= 15 OR et__Seen_On__c = null) AND et__Colour__c IN ('Red', 'Blue') AND et__Tags__c INCLUDES ('Gamma')";
    const codes: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await engine.list(a, S, {
        fields: 'et__Code__c,et__Total__c',
        where,
        orderBy: 'et__Price__c DESC NULLS LAST',
        pageSize: 2,
        cursor,
      });
      codes.push(...page.records.map((r) => [r['et__Code__c'], r['et__Total__c']]));
      cursor = page.nextCursor;
    } while (cursor);
    expect(codes).toEqual([
      ['Q-3', '30.00'],
      ['Q-2', '20.00'],
      ['Q-4', null],
    ]);
    const result = await engine.query(a, `SELECT et__Code__c FROM ${S} WHERE et__Seen_On__c < 2025-03-02 AND et__Active__c = true`);
    expect(result.records.map((r) => r['et__Code__c'])).toEqual(['Q-1']);
    expect((await engine.query(b, `SELECT Id FROM ${S} WHERE et__Code__c LIKE 'Q-%'`)).records).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it('never shows, changes or links another tenant’s record', async () => {
    const { id } = await engine.create(a, S, specimen());
    expect((await refusal(engine.get(b, S, id))).errors).toEqual([['NOT_FOUND', []]]);
    expect((await refusal(engine.update(b, S, id, { Name: 'stolen' }))).errors).toEqual([['NOT_FOUND', []]]);
    expect((await refusal(engine.delete(b, S, id))).errors).toEqual([['NOT_FOUND', []]]);
    const contact = await engine.create(a, 'Contact', { LastName: 'Only A', RecordTypeId: 'General' });
    const link = await refusal(engine.create(b, S, specimen({ et__Owner_Contact__c: contact.id })));
    expect(link.errors).toEqual([['INVALID_CROSS_REFERENCE_KEY', ['et__Owner_Contact__c']]]);
    expect((await engine.get(a, S, id)).record['Name']).toBe('Spec');
  });
});

describe('auto-numbers', () => {
  it('are unique under concurrent inserts', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, () => engine.create(a, S, specimen())));
    const numbers = await Promise.all(created.map(async ({ id }) => (await engine.get(a, S, id)).record['et__Number__c']));
    expect(new Set(numbers).size).toBe(20);
  });
});

describe('updates', () => {
  it('refuse a change based on a stale version, keeping the newer one', async () => {
    const { id } = await engine.create(a, S, specimen());
    await engine.update(a, S, id, { Name: 'first' }, 1);
    const stale = await refusal(engine.update(a, S, id, { Name: 'second' }, 1));
    expect(stale.kind).toBe('stale');
    expect(stale.errors).toEqual([['ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE', []]]);
    const { record, version } = await engine.get(a, S, id);
    expect([record['Name'], version]).toEqual(['first', 2]);
  });

  it('record the history of tracked fields: who, when, old and new', async () => {
    const { id } = await engine.create(a, S, specimen({ et__Price__c: '10.00', et__Colour__c: 'Red' }));
    await engine.update(a, S, id, { et__Price__c: '12.00' });
    await engine.update(a, S, id, { et__Colour__c: 'Green', Name: 'untracked change' });
    const history = await engine.history(a, S, id);
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['et__Colour__c', 'Red', 'Green'],
      ['et__Price__c', '10.00', '12.00'],
      ['created', null, null],
    ]);
    expect((await refusal(engine.history(b, S, id))).errors).toEqual([['NOT_FOUND', []]]);
  });
});

describe('validation rules', () => {
  it('see ISNEW on insert only', async () => {
    const result = await refusal(engine.create(a, S, { Name: 'no qty', RecordTypeId: 'Fancy' }));
    expect(result.errors).toEqual([['FIELD_CUSTOM_VALIDATION_EXCEPTION', ['et__Quantity__c']]]);
    expect(result.messages).toEqual(['An active specimen needs a quantity when it is created.']);
    const { id } = await engine.create(a, S, specimen());
    await expect(engine.update(a, S, id, { et__Quantity__c: null })).resolves.toBeUndefined();
  });

  it('see ISCHANGED and PRIORVALUE on update', async () => {
    const { id } = await engine.create(a, S, specimen({ et__Price__c: '10.00', et__Colour__c: 'Blue' }));
    const lowered = await refusal(engine.update(a, S, id, { et__Price__c: '9.99' }));
    expect(lowered.errors).toEqual([['FIELD_CUSTOM_VALIDATION_EXCEPTION', ['et__Price__c']]]);
    await engine.update(a, S, id, { et__Price__c: '11.00' });
    expect((await engine.get(a, S, id)).record['et__Price__c']).toBe('11.00');
  });

  it('refuse a period that does not start before it ends, on End Date', async () => {
    const result = await refusal(
      engine.create(a, 'fixture__Register__c', {
        Name: 'March 2025',
        RecordTypeId: 'Period',
        fixture__Status__c: 'Open',
        fixture__Start_Date__c: '2025-03-31',
        fixture__End_Date__c: '2025-03-01',
      }),
    );
    expect(result.errors).toEqual([['FIELD_CUSTOM_VALIDATION_EXCEPTION', ['fixture__End_Date__c']]]);
    expect(result.messages).toEqual(['End Date must be after the Start Date.']);
  });
});

describe('roll-up summaries', () => {
  it('stay right through insert, update, re-parent and delete of children', async () => {
    const first = await engine.create(a, S, specimen());
    const second = await engine.create(a, S, specimen());
    const line = (specimenId: string, amount: string, date: string, excluded = false) =>
      engine.create(a, LINE, {
        Name: 'line',
        et__Specimen__c: specimenId,
        et__Amount__c: amount,
        et__Line_Date__c: date,
        et__Excluded__c: excluded,
      });
    const totals = async (id: string) => {
      const { record } = await engine.get(a, S, id);
      return [record['et__Line_Count__c'], record['et__Line_Amount__c'], record['et__Latest_Line__c']];
    };
    const l1 = await line(first.id, '10.10', '2025-03-01');
    await line(first.id, '0.20', '2025-03-05');
    await line(first.id, '99.00', '2025-04-01', true);
    expect(await totals(first.id)).toEqual(['3', '10.30', '2025-04-01']);

    await engine.update(a, LINE, l1.id, { et__Amount__c: '20.10' });
    expect(await totals(first.id)).toEqual(['3', '20.30', '2025-04-01']);

    await engine.update(a, LINE, l1.id, { et__Specimen__c: second.id });
    expect(await totals(first.id)).toEqual(['2', '0.20', '2025-04-01']);
    expect(await totals(second.id)).toEqual(['1', '20.10', '2025-03-01']);

    await engine.delete(a, LINE, l1.id);
    expect(await totals(second.id)).toEqual(['0', '0.00', null]);
  });

  it('delete the children with their master', async () => {
    const master = await engine.create(a, S, specimen());
    const child = await engine.create(a, LINE, { Name: 'gone', et__Specimen__c: master.id, et__Amount__c: '1.00' });
    await engine.delete(a, S, master.id);
    expect((await refusal(engine.get(a, LINE, child.id))).errors).toEqual([['NOT_FOUND', []]]);
  });
});

describe('package triggers', () => {
  it('run in the write’s transaction: an error in a handler leaves nothing behind', async () => {
    const before = await fixture.db.owner.query(`SELECT count(*)::int AS n FROM "et__specimen__c" WHERE tenant_id = $1`, [a.tenantId]);
    engine.triggers.register(S, {
      beforeInsert: ({ record }) => {
        if (record['Name'] === 'Shout') record['Name'] = 'SHOUT';
      },
      afterInsert: ({ record }) => {
        if (record['Name'] === 'Explode') throw new Error('the package refused it');
      },
      afterUpdate: ({ record }) => {
        if (record['et__Colour__c'] === 'Red') throw new Error('no red');
      },
    });
    await expect(engine.create(a, S, specimen({ Name: 'Explode' }))).rejects.toThrow('the package refused it');
    const after = await fixture.db.owner.query(`SELECT count(*)::int AS n FROM "et__specimen__c" WHERE tenant_id = $1`, [a.tenantId]);
    expect(before[0].n).toBeGreaterThan(0);
    expect(after[0].n).toBe(before[0].n);

    const { id } = await engine.create(a, S, specimen({ Name: 'Shout', et__Colour__c: 'Green', et__Price__c: '5.00' }));
    expect((await engine.get(a, S, id)).record['Name']).toBe('SHOUT');
    await expect(engine.update(a, S, id, { et__Colour__c: 'Red', et__Price__c: '6.00' })).rejects.toThrow('no red');
    const { record, version } = await engine.get(a, S, id);
    expect([record['et__Colour__c'], record['et__Price__c'], version]).toEqual(['Green', '5.00', 1]);
    expect((await engine.history(a, S, id)).map((h) => h.field)).toEqual(['created']);
  });
});

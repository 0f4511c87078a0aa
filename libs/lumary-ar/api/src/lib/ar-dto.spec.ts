import type { Type } from '@nestjs/common';
import { createValidationPipe } from '@platform/contract';
import { EngineError, type RecordError } from '@platform/engine';
import { JournalEntryDto } from './journal.dto';
import { NewInvoiceDto } from './invoices.dto';
import { NewPaymentDto, idempotencyKeyOf } from './payments.dto';
import { AuditQueryDto, ReportQueryDto } from './reports.dto';

/**
 * The AR request DTOs through the API's global ValidationPipe, without a server: what they take
 * (and turn into the services' input), and what they refuse, every problem at once, each naming
 * its field by path. The endpoints' own specs check the same over HTTP.
 */
const pipe = createValidationPipe();
const id = '00000000-0000-4000-8000-000000000001';

async function check<T>(dto: Type<T>, value: unknown, type: 'body' | 'query' = 'body'): Promise<T> {
  return (await pipe.transform(value, { type, metatype: dto })) as T;
}

async function refusal(dto: Type<unknown>, value: unknown, type: 'body' | 'query' = 'body'): Promise<Record<string, RecordError>> {
  try {
    await check(dto, value, type);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return Object.fromEntries((error as EngineError).errors.map((e) => [e.fields.join(), e]));
  }
  throw new Error(`accepted ${JSON.stringify(value)}`);
}

describe('a manual journal entry', () => {
  it('takes ids, control accounts and decimal strings, and gives the posting service decimals', async () => {
    const dto = await check(JournalEntryDto, {
      date: '2027-01-31',
      lines: [
        { account: { control: 'Bank Account' }, debit: '12.50' },
        { account: id, credit: '12.50', costCentre: id },
      ],
    });
    expect(dto).toBeInstanceOf(JournalEntryDto);
    expect(dto.toEntry().lines.map((l) => [l.account, l.debit.toFixed(2), l.credit.toFixed(2), l.costCentre])).toEqual([
      [{ control: 'Bank Account' }, '12.50', '0.00', undefined],
      [{ id }, '0.00', '12.50', id],
    ]);
  });

  it('refuses every problem at once, naming each line by its place in the list', async () => {
    const errors = await refusal(JournalEntryDto, {
      date: '31/01/2027',
      lines: [
        { account: 'nope', debit: 12.5 },
        { account: id, credit: '-1' },
      ],
      memo: 'x',
    });
    expect(Object.keys(errors).sort()).toEqual(['date', 'lines[0].account', 'lines[0].debit', 'lines[1].credit', 'memo']);
    expect(errors['date']).toEqual({
      errorCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      message: "date must be a date as YYYY-MM-DD, got '31/01/2027'",
      fields: ['date'],
    });
    // Money is a decimal string, never a JSON number (a float may have lost a cent already).
    expect(errors['lines[0].debit'].message).toBe('lines[0].debit is an amount ≥ 0 with at most 2 decimals, as a string ("12.50").');
    expect(errors['memo'].errorCode).toBe('INVALID_FIELD');
  });

  it('names a missing date and lines as missing', async () => {
    const errors = await refusal(JournalEntryDto, {});
    expect(errors['date']).toEqual({ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Give the date (YYYY-MM-DD).', fields: ['date'] });
    expect(errors['lines'].errorCode).toBe('REQUIRED_FIELD_MISSING');
  });

  it('refuses a line with both or neither of debit and credit, saying which line', async () => {
    const dto = await check(JournalEntryDto, {
      date: '2027-01-31',
      lines: [
        { account: id, debit: '1.00' },
        { account: id, debit: '1.00', credit: '1.00' },
      ],
    });
    expect(() => dto.toEntry()).toThrow('Line 2 needs either a debit or a credit, not both or neither.');
  });
});

describe('a payment', () => {
  it('refuses every problem at once, each with its code', async () => {
    const errors = await refusal(NewPaymentDto, {
      debtor: 'nobody',
      amount: 0,
      method: 'Bitcoin',
      allocations: [
        { invoice: 'x', amount: '1.001' },
        { invoice: id, amount: '0.00' },
      ],
    });
    expect(Object.fromEntries(Object.entries(errors).map(([f, e]) => [f, e.errorCode]))).toEqual({
      debtor: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      date: 'REQUIRED_FIELD_MISSING',
      amount: 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      method: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      'allocations[0].invoice': 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      'allocations[0].amount': 'INVALID_TYPE_ON_FIELD_IN_RECORD',
      'allocations[1].amount': 'INVALID_TYPE_ON_FIELD_IN_RECORD',
    });
    expect(errors['allocations[1].amount'].message).toBe(
      'allocations[1].amount is an amount > 0 with at most 2 decimals, as a string ("50.00").',
    );
  });

  it('takes its key from the Idempotency-Key header or the body, one key only', () => {
    expect(idempotencyKeyOf(' k1 ', undefined)).toBe('k1');
    expect(idempotencyKeyOf(undefined, 'k2')).toBe('k2');
    expect(idempotencyKeyOf('k3', 'k3')).toBe('k3');
    expect(() => idempotencyKeyOf('a', 'b')).toThrow("The Idempotency-Key header and the body's idempotencyKey differ: send one key.");
    expect(() => idempotencyKeyOf(undefined, ' ')).toThrow(/^Send an idempotency key/);
  });
});

describe('an invoice', () => {
  it('needs a line, and names a bad line field by its path', async () => {
    expect((await refusal(NewInvoiceDto, { client: id, lines: [] }))['lines']).toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      message: 'An invoice needs at least one line.',
    });
    const errors = await refusal(NewInvoiceDto, {
      client: id,
      lines: [
        { description: 'OK', quantity: '1', unitPrice: '5' },
        { description: ' ', quantity: '-1', unitPrice: '5', taxCode: 'VAT' },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual(['lines[1].description', 'lines[1].quantity', 'lines[1].taxCode']);
  });
});

describe('report queries', () => {
  it('take a real calendar date as asAt, and nothing else', async () => {
    expect(await check(ReportQueryDto, { asAt: '2028-02-29', format: 'csv' }, 'query')).toEqual(
      Object.assign(new ReportQueryDto(), { asAt: '2028-02-29', format: 'csv' }),
    );
    expect((await check(ReportQueryDto, { asAt: '' }, 'query')).asAt).toBeUndefined();
    for (const bad of ['2027-02-29', '2027-3-1', '2027-03-12T00:00', ['2027-03-01', '2027-03-02']]) {
      expect((await refusal(ReportQueryDto, { asAt: bad }, 'query'))['asAt'].errorCode).toBe('INVALID_TYPE_ON_FIELD_IN_RECORD');
    }
    expect(Object.keys(await refusal(ReportQueryDto, { format: 'xml', sort: 'name' }, 'query')).sort()).toEqual(['format', 'sort']);
  });

  it('read the audit page size as a whole number from 1 to 2000', async () => {
    expect((await check(AuditQueryDto, { pageSize: '25' }, 'query')).pageSize).toBe(25);
    for (const bad of ['0', '2001', 'abc', '1.5'])
      expect(Object.keys(await refusal(AuditQueryDto, { pageSize: bad }, 'query'))).toEqual(['pageSize']);
  });
});

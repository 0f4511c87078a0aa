import { EngineError } from '@platform/engine';
import { checkBalanced, parseJournalEntry } from './journal-entry';
import { parseMoney } from './money';

const id = '00000000-0000-4000-8000-000000000001';
const line = (debit: string, credit: string) => ({ account: { id }, debit: parseMoney(debit)!, credit: parseMoney(credit)! });

describe('checkBalanced', () => {
  it('sums in decimals, so ten 0.10 debits balance one 1.00 credit', () => {
    expect(checkBalanced([...Array.from({ length: 10 }, () => line('0.10', '0')), line('0', '1.00')]).toFixed(2)).toBe('1.00');
  });

  it('names both totals when they differ', () => {
    expect(() => checkBalanced([line('1.00', '0'), line('0', '0.99')])).toThrow('The entry does not balance: debits total 1.00 and credits total 0.99.');
  });

  it('needs two lines', () => {
    expect(() => checkBalanced([line('1.00', '0')])).toThrow('A journal entry needs at least two lines.');
  });
});

describe('parseJournalEntry', () => {
  const body = (lines: unknown[]) => ({ date: '2027-01-31', lines });

  it('reads ids, control accounts and amounts as strings or small numbers', () => {
    const entry = parseJournalEntry(body([{ account: { control: 'Bank Account' }, debit: 12.5 }, { account: id, credit: '12.50', costCentre: id }]));
    expect(entry.lines.map((l) => [l.account, l.debit.toFixed(2), l.credit.toFixed(2), l.costCentre])).toEqual([
      [{ control: 'Bank Account' }, '12.50', '0.00', undefined],
      [{ id }, '0.00', '12.50', id],
    ]);
  });

  it.each([
    [{ lines: [] }, 'REQUIRED_FIELD_MISSING'],
    [{ date: '31/01/2027', lines: [] }, 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
    [body([{ account: 'nope', debit: '1' }]), 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
    [body([{ account: id, debit: '-1' }]), 'INVALID_TYPE_ON_FIELD_IN_RECORD'],
    [body([{ account: id, debit: '1', credit: '1' }]), 'FIELD_CUSTOM_VALIDATION_EXCEPTION'],
    ['not an object', 'JSON_PARSER_ERROR'],
  ])('refuses %j with %s', (input, code) => {
    try {
      parseJournalEntry(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).errors[0].errorCode).toBe(code);
    }
  });
});

import { checkBalanced } from './journal-entry';
import { parseMoney } from './money';

const id = '00000000-0000-4000-8000-000000000001';
const line = (debit: string, credit: string) => ({ account: { id }, debit: parseMoney(debit)!, credit: parseMoney(credit)! });

describe('checkBalanced', () => {
  it('sums in decimals, so ten 0.10 debits balance one 1.00 credit', () => {
    expect(checkBalanced([...Array.from({ length: 10 }, () => line('0.10', '0')), line('0', '1.00')]).toFixed(2)).toBe('1.00');
  });

  it('names both totals when they differ', () => {
    expect(() => checkBalanced([line('1.00', '0'), line('0', '0.99')])).toThrow(
      'The entry does not balance: debits total 1.00 and credits total 0.99.',
    );
  });

  it('needs two lines', () => {
    expect(() => checkBalanced([line('1.00', '0')])).toThrow('A journal entry needs at least two lines.');
  });
});

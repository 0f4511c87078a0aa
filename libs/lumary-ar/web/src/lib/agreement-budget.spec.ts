import { budgetLevel } from './agreement-budget';

describe('budgetLevel', () => {
  it('warns from 80 % and marks 100 % and beyond as exceeded, in exact cents', () => {
    expect(budgetLevel('702.30', '280.92')).toEqual({ percent: 40, level: 'ok' });
    expect(budgetLevel('702.30', '561.83')).toEqual({ percent: 79, level: 'ok' });
    expect(budgetLevel('702.30', '561.84')).toEqual({ percent: 80, level: 'warning' });
    expect(budgetLevel('702.30', '702.29')).toEqual({ percent: 99, level: 'warning' });
    expect(budgetLevel('702.30', '702.30')).toEqual({ percent: 100, level: 'exceeded' });
    expect(budgetLevel('327.35', '392.82')).toEqual({ percent: 120, level: 'exceeded' });
    expect(budgetLevel('0.00', '0.00')).toEqual({ percent: 0, level: 'ok' });
  });
});

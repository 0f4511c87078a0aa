import { groupBy, planBilling, type PlannedService } from './billing-plan';

const svc = (id: string, client: string, debtor: string, funding = 'Self-managed'): PlannedService => ({
  id,
  client,
  clientName: `Client ${client}`,
  debtor,
  debtorName: `Debtor ${debtor}`,
  funding,
});

describe('planBilling', () => {
  it('makes one unit per debtor across its clients, and one claim unit per NDIA-managed client', () => {
    const units = planBilling([
      svc('s1', 'a', 'a'),
      svc('s2', 'b', 'pm', 'Plan-managed'),
      svc('s3', 'n', 'n', 'NDIA-managed'),
      svc('s4', 'c', 'pm', 'Plan-managed'),
      svc('s5', 'a', 'a'),
      svc('s6', 'n', 'n', 'NDIA-managed'),
      // A client whose default debtor is someone else but whose service is NDIA-managed: claimed, not invoiced.
      svc('s7', 'd', 'pm', 'NDIA-managed'),
    ]);
    expect(units).toEqual([
      { kind: 'invoice', party: 'a', label: 'Debtor a', services: ['s1', 's5'] },
      { kind: 'invoice', party: 'pm', label: 'Debtor pm', services: ['s2', 's4'] },
      { kind: 'claim', party: 'n', label: 'NDIA claim for Client n', services: ['s3', 's6'] },
      { kind: 'claim', party: 'd', label: 'NDIA claim for Client d', services: ['s7'] },
    ]);
  });

  it('plans nothing for no services', () => {
    expect(planBilling([])).toEqual([]);
  });
});

describe('groupBy', () => {
  it('keeps first-seen group order and item order', () => {
    expect(groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => (n % 2 ? 'odd' : 'even'))).toEqual([
      [3, 1, 1, 5, 9],
      [4, 2, 6],
    ]);
  });
});

import { ENTITY, invoiceBody, makeDebtors, period, seedLedger, type caller, type TestUser } from './ar-api';

type Call = ReturnType<typeof caller>;

/**
 * The receivables of three debtors over January–May 2027, for the aged receivables and the
 * other reports (every figure in the specs is worked out by hand from this list):
 *
 * | invoice | debtor | date | total | due | what happens |
 * |---|---|---|---|---|---|
 * | I1 | Client Alpha (self) | 01-05 | 110.00 (100 + GST) | 01-19 | credit 10.00 on 01-25; P1 allocates 60.00 on 02-05 |
 * | I2 | Client Alpha | 02-10 | 200.00 | 02-24 | P4 (25.00, 03-05) allocated to it later, on 03-20 |
 * | I3 | Beta Plan Partners (30 days) | 01-10 | 300.00 | 02-09 | P2 (350.00, 02-20) allocates 300.00: 50.00 unallocated |
 * | I4 | Beta Plan Partners | 03-01 | 88.00 (80 + GST) | 03-31 | — |
 * | I5 | Nominee Gamma | 01-20 | 50.00 | 02-03 | voided on 02-15 |
 * | I6 | Nominee Gamma | 02-01 | 120.00 | 02-15 | P3 (120.00, 02-10) pays it; P3 reversed (dishonoured) on 03-10 |
 */
export async function seedReceivables(call: Call, user: TestUser) {
  const ok = async (method: string, path: string, body: unknown, expected = [200, 201]) => {
    const response = await call(user, method, path, body);
    if (!expected.includes(response.status)) throw new Error(`${method} ${path} failed: ${response.status} ${response.text}`);
    return response.body;
  };
  const ledger = await seedLedger(call, user);
  for (const [name, start, end] of [
    ['April 2027', '2027-04-01', '2027-04-30'],
    ['May 2027', '2027-05-01', '2027-05-31'],
  ]) {
    await ok('POST', `/sobjects/${ENTITY}`, period(name, start, end));
  }
  const debtors = await makeDebtors(call, user);
  const alpha = await debtors.client('Alpha');
  const beta = await debtors.account('Beta Plan Partners');
  await ok('POST', '/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: beta, lumary__Payment_Terms__c: 30 });
  const bravo = await debtors.client('Bravo', { lumary__Default_Debtor__c: beta });
  const gamma = await debtors.nominee('Gamma');
  const charlie = await debtors.client('Charlie', { lumary__Default_Debtor__c: gamma });

  const issue = async (client: string, date: string, lines: [string, string, 'GST' | 'GST_FREE'][]) =>
    (await ok('POST', '/lumary/invoices', invoiceBody(client, date, ledger.therapy, lines, { issue: true }))).id as string;
  const i1 = await issue(alpha, '2027-01-05', [['1', '100.00', 'GST']]);
  const i2 = await issue(alpha, '2027-02-10', [['1', '200.00', 'GST_FREE']]);
  const i3 = await issue(bravo, '2027-01-10', [['2', '150.00', 'GST_FREE']]);
  const i4 = await issue(bravo, '2027-03-01', [['1', '80.00', 'GST']]);
  const i5 = await issue(charlie, '2027-01-20', [['1', '50.00', 'GST_FREE']]);
  const i6 = await issue(charlie, '2027-02-01', [['1', '120.00', 'GST_FREE']]);

  await ok('POST', `/lumary/invoices/${i1}/credit-notes`, { date: '2027-01-25', amount: '10.00', reason: 'Pricing error' });
  await ok('POST', `/lumary/invoices/${i5}/void`, { reason: 'Raised twice', date: '2027-02-15' });
  const pay = async (
    key: string,
    debtor: string,
    date: string,
    amount: string,
    allocations: { invoice: string; amount: string }[],
    reference?: string,
  ) =>
    (await ok('POST', '/lumary/payments', { idempotencyKey: key, debtor, date, amount, method: 'EFT', reference, allocations }))
      .id as string;
  const p1 = await pay('p1', alpha, '2027-02-05', '60.00', [{ invoice: i1, amount: '60.00' }], 'ALPHA-FEB');
  const p2 = await pay('p2', beta, '2027-02-20', '350.00', [{ invoice: i3, amount: '300.00' }], 'BETA, "Feb" remittance');
  const p3 = await pay('p3', gamma, '2027-02-10', '120.00', [{ invoice: i6, amount: '120.00' }]);
  const p4 = await pay('p4', alpha, '2027-03-05', '25.00', []);
  await ok('POST', `/lumary/payments/${p3}/reverse`, { date: '2027-03-10', reason: 'Dishonoured' });
  await ok('POST', `/lumary/payments/${p4}/allocations`, { date: '2027-03-20', allocations: [{ invoice: i2, amount: '25.00' }] });

  return { ledger, alpha, beta, gamma, invoices: { i1, i2, i3, i4, i5, i6 }, payments: { p1, p2, p3, p4 } };
}

import { signedInUser } from '@platform/api/testing';
import { arWorld, ENTITY, invoiceBody, makeDebtors, type ArWorld, type Response, type TestUser } from '../testing/ar-api';

let ctx: ArWorld['ctx'];
let finance: TestUser;
let ledger: ArWorld['ledger'];
let debtors: ArWorld['debtors'];
let get: ArWorld['get'];
let query: ArWorld['query'];
const INVOICE = 'lumary__Invoice__c';
const PAYMENT = 'lumary__Payment__c';
const ALLOCATION = 'lumary__Payment_Allocation__c';

const count = async (soql: string) => (await query(soql)).totalSize as number;
const journalLines = async (entryId: string) =>
  (
    await query(
      `SELECT lumary__Account__c, lumary__Debit__c, lumary__Credit__c FROM lumary__Journal_Line__c WHERE lumary__Journal_Entry__c = '${entryId}' ORDER BY Name`,
    )
  ).records.map((r: Record<string, unknown>) => [r['lumary__Account__c'], r['lumary__Debit__c'], r['lumary__Credit__c']]);
const entriesFor = (sourceId: string) => count(`SELECT Id FROM lumary__Journal_Entry__c WHERE lumary__Source_Record_Id__c = '${sourceId}'`);
const allEntries = () => count('SELECT Id FROM lumary__Journal_Entry__c');

/** POST /lumary/payments with the key in the Idempotency-Key header (the body may carry it instead). */
async function pay(body: Record<string, unknown>, key?: string, user: TestUser = finance): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${user.token}` };
  if (key !== undefined) headers['Idempotency-Key'] = key;
  const response = await fetch(`${ctx.api.url}/api/lumary/payments`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}
const allocate = (paymentId: string, body: unknown, user: TestUser = finance) =>
  ctx.call(user, 'POST', `/lumary/payments/${paymentId}/allocations`, body);
const reverse = (paymentId: string, body: unknown, user: TestUser = finance) =>
  ctx.call(user, 'POST', `/lumary/payments/${paymentId}/reverse`, body);
let keys = 0;
const newKey = () => `key-${Date.now()}-${++keys}`;

/** An issued invoice of 100.00 + 10% GST per unit (110.00 for one) to the client, dated `date`. */
async function openInvoice(client: string, date: string, unitPrice = '100.00'): Promise<{ id: string; name: string }> {
  const response = await ctx.call(
    finance,
    'POST',
    '/lumary/invoices',
    invoiceBody(client, date, ledger.therapy, [['1', unitPrice, 'GST']], { issue: true }),
  );
  if (response.status !== 201) throw new Error(`invoice failed: ${response.text}`);
  return response.body;
}

beforeAll(async () => {
  ({ ctx, finance, ledger, debtors, get, query } = await arWorld());
});
afterAll(() => ctx?.api.close());

describe('recording a payment', () => {
  it('pays an invoice in full: Paid on the payment date, posted Dr Bank / Cr Debtors Control', async () => {
    const client = await debtors.client('Fullpay');
    const invoice = await openInvoice(client, '2027-01-05');
    const response = await pay(
      {
        debtor: client,
        date: '2027-01-20',
        amount: '110.00',
        method: 'EFT',
        reference: 'EFT 8812',
        allocations: [{ invoice: invoice.id, amount: '110.00' }],
      },
      newKey(),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'PAY-000001',
      debtor: client,
      date: '2027-01-20',
      amount: '110.00',
      method: 'EFT',
      reference: 'EFT 8812',
      status: 'Received',
      allocated: '110.00',
      unallocated: '0.00',
      reversal: null,
      allocations: [
        { invoice: invoice.id, invoiceName: invoice.name, amount: '110.00', date: '2027-01-20', reversed: false, reversedDate: null },
      ],
    });
    expect(await get(INVOICE, invoice.id)).toMatchObject({
      lumary__Status__c: 'Paid',
      lumary__Amount_Paid__c: '110.00',
      lumary__Balance__c: '0.00',
      lumary__Paid_Date__c: '2027-01-20',
    });
    const entry = await get('lumary__Journal_Entry__c', response.body.journalEntry);
    expect(entry).toMatchObject({
      lumary__Entry_Date__c: '2027-01-20',
      lumary__Accounting_Period__c: ledger.jan,
      lumary__Total__c: '110.00',
      lumary__Source_Record_Id__c: response.body.id,
    });
    expect(await journalLines(response.body.journalEntry)).toEqual([
      [ledger.bank, '110.00', '0.00'],
      [ledger.debtors, '0.00', '110.00'],
    ]);
    expect(await get(PAYMENT, response.body.id)).toMatchObject({
      lumary__Status__c: 'Received',
      lumary__Allocated__c: '110.00',
      lumary__Unallocated__c: '0.00',
      lumary__Journal_Entry__c: entry.Id,
    });
  });

  it('pays part of an invoice: Part Paid with the rest owing and no Paid Date', async () => {
    const client = await debtors.client('Partpay');
    const invoice = await openInvoice(client, '2027-01-05');
    const response = await pay(
      { debtor: client, date: '2027-01-21', amount: '40.50', method: 'BPAY', allocations: [{ invoice: invoice.id, amount: '40.50' }] },
      newKey(),
    );
    expect(response.status).toBe(201);
    expect(await get(INVOICE, invoice.id)).toMatchObject({
      lumary__Status__c: 'Part Paid',
      lumary__Amount_Paid__c: '40.50',
      lumary__Balance__c: '69.50',
      lumary__Paid_Date__c: null,
    });
  });

  it('leaves an overpayment as unallocated credit, allocated later to a new invoice (no second posting)', async () => {
    const client = await debtors.client('Overpay');
    const first = await openInvoice(client, '2027-01-05');
    const payment = await pay(
      { debtor: client, date: '2027-01-22', amount: '150.00', method: 'Card', allocations: [{ invoice: first.id, amount: '110.00' }] },
      newKey(),
    );
    expect(payment.body).toMatchObject({ allocated: '110.00', unallocated: '40.00' });

    const second = await openInvoice(client, '2027-02-02', '30.00'); // 33.00
    const entries = await allEntries();
    const early = await allocate(payment.body.id, { allocations: [{ invoice: second.id, amount: '33.00' }], date: '2027-01-30' });
    expect(early.status).toBe(400);
    expect(early.body[0]).toMatchObject({ fields: ['allocations[0].invoice'] });
    expect(early.body[0].message).toContain(`${second.name} is dated 2027-02-02`);
    const beforePayment = await allocate(payment.body.id, { allocations: [{ invoice: second.id, amount: '33.00' }], date: '2027-01-21' });
    expect(beforePayment.status).toBe(400);
    expect(beforePayment.body[0]).toMatchObject({
      message: `The allocation date 2027-01-21 is before ${payment.body.name}'s date 2027-01-22.`,
      fields: ['date'],
    });

    const later = await allocate(payment.body.id, { allocations: [{ invoice: second.id, amount: '33.00' }], date: '2027-02-10' });
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({ allocated: '143.00', unallocated: '7.00' });
    expect(later.body.allocations.map((a: { amount: string; date: string }) => [a.amount, a.date])).toEqual([
      ['110.00', '2027-01-22'],
      ['33.00', '2027-02-10'],
    ]);
    expect(await get(INVOICE, second.id)).toMatchObject({
      lumary__Status__c: 'Paid',
      lumary__Balance__c: '0.00',
      lumary__Paid_Date__c: '2027-02-10',
    });
    expect(await allEntries()).toBe(entries);

    const third = await openInvoice(client, '2027-02-03');
    const tooMuch = await allocate(payment.body.id, { allocations: [{ invoice: third.id, amount: '7.01' }], date: '2027-02-10' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body[0]).toMatchObject({
      errorCode: 'UNALLOCATED_EXCEEDED',
      message: `${payment.body.name} has 7.00 unallocated: allocations of 7.01 are more than that.`,
    });
    expect(await get(INVOICE, third.id)).toMatchObject({ lumary__Status__c: 'Open', lumary__Balance__c: '110.00' });
  });

  it("refuses an allocation over the invoice's balance (409, naming it and its balance), writing nothing", async () => {
    const client = await debtors.client('Overbalance');
    const invoice = await openInvoice(client, '2027-01-05');
    await pay(
      { debtor: client, date: '2027-01-10', amount: '100.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '100.00' }] },
      newKey(),
    );
    const entries = await allEntries();
    const key = newKey();
    const response = await pay(
      { debtor: client, date: '2027-01-11', amount: '20.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '10.01' }] },
      key,
    );
    expect(response.status).toBe(409);
    expect(response.body).toEqual([
      {
        errorCode: 'BALANCE_EXCEEDED',
        message: `Allocation 1: ${invoice.name} has a balance of 10.00; 10.01 is more than that.`,
        fields: ['allocations[0].amount'],
      },
    ]);
    expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Idempotency_Key__c = '${key}'`)).toBe(0);
    expect(await allEntries()).toBe(entries);
    expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Balance__c: '10.00', lumary__Status__c: 'Part Paid' });

    // Two allocations to one invoice count together.
    const twice = await pay(
      {
        debtor: client,
        date: '2027-01-11',
        amount: '20.00',
        method: 'EFT',
        allocations: [
          { invoice: invoice.id, amount: '6.00' },
          { invoice: invoice.id, amount: '4.01' },
        ],
      },
      newKey(),
    );
    expect(twice.status).toBe(409);
    expect(twice.body[0]).toMatchObject({
      message: `Allocation 2: ${invoice.name} has a balance of 4.00 after the allocations before it; 4.01 is more than that.`,
      fields: ['allocations[1].amount'],
    });

    const overAmount = await pay(
      { debtor: client, date: '2027-01-11', amount: '5.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '6.00' }] },
      newKey(),
    );
    expect(overAmount.status).toBe(400);
    expect(overAmount.body[0]).toMatchObject({
      message: "The allocations total 6.00, more than the payment's 5.00.",
      fields: ['allocations'],
    });
  });

  it("refuses an allocation to another debtor's invoice (400 naming it), writing nothing", async () => {
    const payer = await debtors.client('Payer');
    const other = await debtors.client('Other');
    const invoice = await openInvoice(other, '2027-01-05');
    const entries = await allEntries();
    const response = await pay(
      { debtor: payer, date: '2027-01-12', amount: '110.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '110.00' }] },
      newKey(),
    );
    expect(response.status).toBe(400);
    expect(response.body[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['allocations[0].invoice'] });
    expect(response.body[0].message).toBe(
      `Allocation 1: ${invoice.name} is owed by another debtor; a payment pays only its own debtor's invoices.`,
    );
    expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Debtor__c = '${payer}'`)).toBe(0);
    expect(await allEntries()).toBe(entries);
    expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Status__c: 'Open', lumary__Balance__c: '110.00' });
  });

  it('names the field of bad input', async () => {
    const client = await debtors.client('Badinput');
    const base = { debtor: client, date: '2027-01-12', amount: '10.00', method: 'EFT' };
    const cases: [Record<string, unknown>, string | undefined, string][] = [
      [base, undefined, 'idempotencyKey'],
      [{ ...base, amount: '-5.00' }, newKey(), 'amount'],
      [{ ...base, amount: '1.234' }, newKey(), 'amount'],
      [{ ...base, amount: 0 }, newKey(), 'amount'],
      [{ ...base, method: 'Bitcoin' }, newKey(), 'method'],
      [{ ...base, date: '2027-13-01' }, newKey(), 'date'],
      [{ ...base, debtor: 'nobody' }, newKey(), 'debtor'],
      [{ ...base, debtor: '00000000-0000-4000-8000-000000000000' }, newKey(), 'debtor'],
      [{ ...base, allocations: [{ invoice: 'x', amount: '1.00' }] }, newKey(), 'allocations[0].invoice'],
      [{ ...base, allocations: 'all' }, newKey(), 'allocations'],
      [{ ...base, idempotencyKey: 'a' }, 'b', 'idempotencyKey'],
      [{ ...base, idempotencyKey: 'k'.repeat(101) }, undefined, 'idempotencyKey'],
    ];
    for (const [body, key, field] of cases) {
      const response = await pay(body, key);
      expect({ field, status: response.status, fields: response.body[0].fields }).toEqual({ field, status: 400, fields: [field] });
    }
    expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Debtor__c = '${client}'`)).toBe(0);
  });

  it('refuses a payment dated in a Closed period, naming the period, with nothing written', async () => {
    const client = await debtors.client('Closedpay');
    await ctx.call(finance, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Closed' });
    try {
      const response = await pay({ debtor: client, date: '2027-02-05', amount: '10.00', method: 'Cash' }, newKey());
      expect(response.status).toBe(400);
      expect(response.body).toEqual([
        {
          errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          message: 'The accounting period February 2027 is Closed: nothing can be posted dated 2027-02-05.',
          fields: ['date'],
        },
      ]);
      expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Debtor__c = '${client}'`)).toBe(0);
    } finally {
      await ctx.call(ctx.controller, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Open' });
    }
  });
});

describe('idempotency', () => {
  it('answers a replay with the same payment (201, then 200) and posts once', async () => {
    const client = await debtors.client('Replay');
    const invoice = await openInvoice(client, '2027-01-05');
    const body = {
      debtor: client,
      date: '2027-01-15',
      amount: '50.00',
      method: 'Cheque',
      reference: 'CHQ 1001',
      allocations: [{ invoice: invoice.id, amount: '50.00' }],
    };
    const key = newKey();
    const first = await pay(body, key);
    const second = await pay(body, key);
    const inBody = await pay({ ...body, idempotencyKey: key });
    expect([first.status, second.status, inBody.status]).toEqual([201, 200, 200]);
    expect(second.body).toEqual(first.body);
    expect(inBody.body.id).toBe(first.body.id);
    expect(await entriesFor(first.body.id)).toBe(1);
    expect(await count(`SELECT Id FROM ${ALLOCATION} WHERE lumary__Payment__c = '${first.body.id}'`)).toBe(1);
    expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Amount_Paid__c: '50.00', lumary__Balance__c: '60.00' });

    const changed = await pay({ ...body, amount: '55.00', allocations: [{ invoice: invoice.id, amount: '55.00' }] }, key);
    expect(changed.status).toBe(409);
    expect(changed.body).toEqual([
      {
        errorCode: 'DUPLICATE_VALUE',
        message: `The idempotency key '${key}' already recorded ${first.body.name} with a different amount (50.00): send a new key for a new payment.`,
        fields: ['idempotencyKey'],
      },
    ]);
    expect((await pay({ ...body, allocations: [] }, key)).status).toBe(409);
  });

  it('records one payment when requests with the same key arrive together', async () => {
    for (let round = 0; round < 3; round++) {
      const client = await debtors.client(`Together${round}`);
      const invoice = await openInvoice(client, '2027-01-05');
      const key = newKey();
      const body = {
        debtor: client,
        date: '2027-01-16',
        amount: '30.00',
        method: 'EFT',
        allocations: [{ invoice: invoice.id, amount: '30.00' }],
      };
      const responses = await Promise.all([pay(body, key), pay(body, key), pay(body, key)]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Idempotency_Key__c = '${key}'`)).toBe(1);
      expect(await entriesFor(responses[0].body.id)).toBe(1);
      expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Amount_Paid__c: '30.00', lumary__Balance__c: '80.00' });
    }
  });
});

describe('concurrent allocations', () => {
  const allocatedTo = async (invoiceId: string) =>
    (
      await query(`SELECT lumary__Amount__c FROM ${ALLOCATION} WHERE lumary__Invoice__c = '${invoiceId}' AND lumary__Reversed__c = false`)
    ).records.map((r: Record<string, string>) => r['lumary__Amount__c']);

  it('lets one of two payments racing for the same balance through and refuses the other (409), every time', async () => {
    const client = await debtors.client('Racer');
    for (let round = 0; round < 5; round++) {
      const invoice = await openInvoice(client, '2027-01-05'); // 110.00: 80.00 fits once, not twice
      const keys = [newKey(), newKey()];
      const responses = await Promise.all(
        keys.map((key) =>
          pay(
            { debtor: client, date: '2027-01-25', amount: '80.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '80.00' }] },
            key,
          ),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = responses.find((r) => r.status === 409)!;
      expect(refused.body[0]).toMatchObject({
        errorCode: 'BALANCE_EXCEEDED',
        message: `Allocation 1: ${invoice.name} has a balance of 30.00; 80.00 is more than that.`,
      });
      expect(await get(INVOICE, invoice.id)).toMatchObject({
        lumary__Balance__c: '30.00',
        lumary__Amount_Paid__c: '80.00',
        lumary__Status__c: 'Part Paid',
      });
      expect(await allocatedTo(invoice.id)).toEqual(['80.00']);
      expect(await count(`SELECT Id FROM ${PAYMENT} WHERE lumary__Idempotency_Key__c IN ('${keys[0]}', '${keys[1]}')`)).toBe(1);
    }
  });

  it('lets one of two later allocations racing for the same balance through, every time', async () => {
    const client = await debtors.client('LateRacer');
    for (let round = 0; round < 5; round++) {
      const credits = [
        (await pay({ debtor: client, date: '2027-01-06', amount: '80.00', method: 'EFT' }, newKey())).body,
        (await pay({ debtor: client, date: '2027-01-06', amount: '80.00', method: 'EFT' }, newKey())).body,
      ];
      const invoice = await openInvoice(client, '2027-01-06');
      const responses = await Promise.all(
        credits.map((p) => allocate(p.id, { allocations: [{ invoice: invoice.id, amount: '80.00' }], date: '2027-01-26' })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Balance__c: '30.00', lumary__Amount_Paid__c: '80.00' });
      expect(await allocatedTo(invoice.id)).toEqual(['80.00']);
      const unallocated = await Promise.all(credits.map(async (p) => (await get(PAYMENT, p.id))['lumary__Unallocated__c']));
      expect(unallocated.sort()).toEqual(['0.00', '80.00']);
    }
  });

  it("never allocates more of one payment's credit than it has when two allocations race", async () => {
    const client = await debtors.client('Spender');
    for (let round = 0; round < 5; round++) {
      const credit = (await pay({ debtor: client, date: '2027-01-06', amount: '100.00', method: 'EFT' }, newKey())).body;
      const invoices = [await openInvoice(client, '2027-01-06'), await openInvoice(client, '2027-01-06')];
      const responses = await Promise.all(
        invoices.map((i) => allocate(credit.id, { allocations: [{ invoice: i.id, amount: '60.00' }], date: '2027-01-26' })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(responses.find((r) => r.status === 409)!.body[0].errorCode).toBe('UNALLOCATED_EXCEEDED');
      expect(await get(PAYMENT, credit.id)).toMatchObject({ lumary__Allocated__c: '60.00', lumary__Unallocated__c: '40.00' });
    }
  });
});

describe('reversing a payment (dishonour)', () => {
  it('reopens the invoice, clears its Paid Date and posts the mirror entry; only once', async () => {
    const client = await debtors.client('Dishonour');
    const invoice = await openInvoice(client, '2027-01-05');
    const payment = (
      await pay(
        {
          debtor: client,
          date: '2027-01-20',
          amount: '110.00',
          method: 'Cheque',
          allocations: [{ invoice: invoice.id, amount: '110.00' }],
        },
        newKey(),
      )
    ).body;
    expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-01-20' });

    const early = await reverse(payment.id, { date: '2027-01-19', reason: 'Dishonoured' });
    expect(early.status).toBe(400);
    expect(early.body[0].fields).toEqual(['date']);
    expect((await reverse(payment.id, { date: '2027-02-03' })).body[0].fields).toEqual(['reason']);

    const response = await reverse(payment.id, { date: '2027-02-03', reason: 'Dishonoured' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'Reversed',
      allocated: '0.00',
      unallocated: '0.00',
      reversal: { date: '2027-02-03', reason: 'Dishonoured' },
      allocations: [{ invoice: invoice.id, amount: '110.00', reversed: true, reversedDate: '2027-02-03' }],
    });
    expect(await get(INVOICE, invoice.id)).toMatchObject({
      lumary__Status__c: 'Open',
      lumary__Amount_Paid__c: '0.00',
      lumary__Balance__c: '110.00',
      lumary__Paid_Date__c: null,
    });
    const mirror = await get('lumary__Journal_Entry__c', response.body.reversal.journalEntry);
    expect(mirror).toMatchObject({
      lumary__Entry_Date__c: '2027-02-03',
      lumary__Accounting_Period__c: ledger.feb,
      lumary__Reverses__c: payment.journalEntry,
      lumary__Total__c: '110.00',
    });
    expect(await journalLines(mirror.Id)).toEqual([
      [ledger.bank, '0.00', '110.00'],
      [ledger.debtors, '110.00', '0.00'],
    ]);
    expect(await get(PAYMENT, payment.id)).toMatchObject({
      lumary__Status__c: 'Reversed',
      lumary__Reversal_Date__c: '2027-02-03',
      lumary__Reversal_Reason__c: 'Dishonoured',
      lumary__Reversal_Entry__c: mirror.Id,
    });

    const again = await reverse(payment.id, { date: '2027-02-04', reason: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body[0].message).toBe(`${payment.name} was already reversed on 2027-02-03.`);
    expect((await allocate(payment.id, { allocations: [{ invoice: invoice.id, amount: '1.00' }], date: '2027-02-05' })).status).toBe(409);
  });

  it('leaves an invoice Part Paid when another payment still stands, with the Paid Date cleared', async () => {
    const client = await debtors.client('Halfdishonour');
    const invoice = await openInvoice(client, '2027-01-05');
    await pay(
      { debtor: client, date: '2027-01-10', amount: '60.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '60.00' }] },
      newKey(),
    );
    const bounced = (
      await pay(
        { debtor: client, date: '2027-01-12', amount: '50.00', method: 'Cheque', allocations: [{ invoice: invoice.id, amount: '50.00' }] },
        newKey(),
      )
    ).body;
    expect(await get(INVOICE, invoice.id)).toMatchObject({ lumary__Status__c: 'Paid', lumary__Paid_Date__c: '2027-01-12' });
    expect((await reverse(bounced.id, { date: '2027-01-15', reason: 'Dishonoured' })).status).toBe(200);
    expect(await get(INVOICE, invoice.id)).toMatchObject({
      lumary__Status__c: 'Part Paid',
      lumary__Amount_Paid__c: '60.00',
      lumary__Balance__c: '50.00',
      lumary__Paid_Date__c: null,
    });
  });

  it('refuses a reversal dated in a Closed period, naming it, with nothing changed', async () => {
    const client = await debtors.client('Closedreverse');
    const payment = (await pay({ debtor: client, date: '2027-01-10', amount: '25.00', method: 'EFT' }, newKey())).body;
    await ctx.call(finance, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Closed' });
    try {
      const response = await reverse(payment.id, { date: '2027-02-02', reason: 'Dishonoured' });
      expect(response.status).toBe(400);
      expect(response.body[0].message).toBe('The accounting period February 2027 is Closed: nothing can be posted dated 2027-02-02.');
      expect(await get(PAYMENT, payment.id)).toMatchObject({
        lumary__Status__c: 'Received',
        lumary__Unallocated__c: '25.00',
        lumary__Reversal_Entry__c: null,
      });
    } finally {
      await ctx.call(ctx.controller, 'PATCH', `/sobjects/${ENTITY}/${ledger.feb}`, { lumary__Status__c: 'Open' });
    }
  });
});

describe('what the records API may change, and who may pay', () => {
  it("creates no payment or allocation, edits only a payment's Reference, and deletes neither", async () => {
    const client = await debtors.client('Recordsapi');
    const invoice = await openInvoice(client, '2027-01-05');
    const payment = (
      await pay(
        { debtor: client, date: '2027-01-10', amount: '10.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '10.00' }] },
        newKey(),
      )
    ).body;
    const allocation = payment.allocations[0].id;

    const created = await ctx.call(ctx.admin, 'POST', `/sobjects/${PAYMENT}`, {
      lumary__Debtor__c: client,
      lumary__Payment_Date__c: '2027-01-10',
      lumary__Amount__c: '5.00',
      lumary__Method__c: 'EFT',
    });
    expect(created.status).toBe(403);
    expect(created.body[0].message).toMatch(/^Record a payment with POST \/api\/lumary\/payments/);
    const allocated = await ctx.call(ctx.admin, 'POST', `/sobjects/${ALLOCATION}`, {
      lumary__Payment__c: payment.id,
      lumary__Invoice__c: invoice.id,
      lumary__Amount__c: '1.00',
      lumary__Allocation_Date__c: '2027-01-10',
    });
    expect(allocated.status).toBe(403);
    expect(allocated.body[0].message).toContain('/api/lumary/payments/{id}/allocations');

    expect((await ctx.call(finance, 'PATCH', `/sobjects/${PAYMENT}/${payment.id}`, { lumary__Reference__c: 'Corrected ref' })).status).toBe(
      204,
    );
    expect(await get(PAYMENT, payment.id)).toMatchObject({ lumary__Reference__c: 'Corrected ref' });
    const amount = await ctx.call(finance, 'PATCH', `/sobjects/${PAYMENT}/${payment.id}`, { lumary__Amount__c: '11.00' });
    expect(amount.status).toBe(403);
    expect(amount.body[0].fields).toEqual(['lumary__Amount__c']);
    expect((await ctx.call(ctx.admin, 'PATCH', `/sobjects/${PAYMENT}/${payment.id}`, { lumary__Status__c: 'Reversed' })).status).toBe(403);
    expect((await ctx.call(ctx.admin, 'PATCH', `/sobjects/${ALLOCATION}/${allocation}`, { lumary__Amount__c: '2.00' })).status).toBe(403);
    expect((await ctx.call(ctx.admin, 'DELETE', `/sobjects/${ALLOCATION}/${allocation}`)).status).toBe(409);
    const deleted = await ctx.call(ctx.admin, 'DELETE', `/sobjects/${PAYMENT}/${payment.id}`);
    expect(deleted.status).toBe(409);
    expect(deleted.body[0].errorCode).toBe('DELETE_FAILED');
    expect(await get(PAYMENT, payment.id)).toMatchObject({
      lumary__Amount__c: '10.00',
      lumary__Status__c: 'Received',
      lumary__Allocated__c: '10.00',
    });
  });

  it("refuses a user without the AR permission set (403) and answers another tenant 404 for this tenant's ids", async () => {
    const client = await debtors.client('Guarded');
    const invoice = await openInvoice(client, '2027-01-05');
    const payment = (await pay({ debtor: client, date: '2027-01-10', amount: '20.00', method: 'EFT' }, newKey())).body;
    const denied = await pay({ debtor: client, date: '2027-01-10', amount: '20.00', method: 'EFT' }, newKey(), ctx.support);
    expect(denied.status).toBe(403);
    expect(denied.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    expect(
      (await allocate(payment.id, { allocations: [{ invoice: invoice.id, amount: '1.00' }], date: '2027-01-11' }, ctx.support)).status,
    ).toBe(403);

    const outsider = await signedInUser(ctx.api, ctx.tenants, {
      slug: `other-${Date.now()}`,
      username: `finance@other-${Date.now()}.test`,
      permissionSets: ['lumary__AR_Management'],
    });
    const theirDebtor = await (await makeDebtors(ctx.call, outsider)).client('Theirs');
    const foreignInvoice = await pay(
      { debtor: theirDebtor, date: '2027-01-10', amount: '20.00', method: 'EFT', allocations: [{ invoice: invoice.id, amount: '1.00' }] },
      newKey(),
      outsider,
    );
    expect(foreignInvoice.status).toBe(404);
    expect(foreignInvoice.text).not.toContain(invoice.name);
    expect(
      (await allocate(payment.id, { allocations: [{ invoice: invoice.id, amount: '1.00' }], date: '2027-01-11' }, outsider)).status,
    ).toBe(404);
    expect((await reverse(payment.id, { date: '2027-01-11', reason: 'Not theirs' }, outsider)).status).toBe(404);
    expect((await allocate('not-an-id', { allocations: [{ invoice: invoice.id, amount: '1.00' }] })).status).toBe(404);
    expect(await get(PAYMENT, payment.id)).toMatchObject({ lumary__Status__c: 'Received', lumary__Unallocated__c: '20.00' });
  });
});

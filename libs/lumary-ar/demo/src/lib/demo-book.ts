import { ChronoUnit, LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { AR, ClaimService, InvoiceService, toCents } from '@lumary-ar/server';
import type { RecordEngine, RequestContext } from '@platform/engine';

/** What the book needs from the ledger the seed made. */
export interface BookLedger {
  core: string;
  homeCare: string;
  sydney: string;
  hunter: string;
}

/** Records a payment and its allocations (the payments service, wired by the seed). */
export type RecordPayment = (
  ctx: RequestContext,
  payment: {
    debtor: string;
    date: string;
    amount: string;
    method: string;
    reference: string;
    key: string;
    allocations: { invoice: string; amount: string }[];
  },
) => Promise<unknown>;

/** A deterministic generator: the same book every time, so the README's figures stay true. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)],
  };
}

const FIRST = [
  'Mai',
  'Jack',
  'Aisha',
  'Oliver',
  'Priya',
  'Tom',
  'Grace',
  'Wei',
  'Noah',
  'Zara',
  'Liam',
  'Isla',
  'Ethan',
  'Chloe',
  'Ravi',
  'Ruby',
  'Sam',
  'Leila',
  'Ben',
  'Hana',
];
const LAST = [
  'Nguyen',
  'Thompson',
  'Rahman',
  'Smith',
  'Patel',
  'Walker',
  'Kelly',
  'Chen',
  'Brown',
  'Haddad',
  'Wilson',
  'Murphy',
  'Taylor',
  'Lee',
  'Singh',
  'Martin',
  'Young',
  'Ali',
  'Clarke',
  'Sato',
];

type Funding = 'Self-managed' | 'Plan-managed' | 'NDIA-managed' | 'Nominee';

/**
 * A year of believable AR for the demo tenant: clients self-managed, plan-managed (plan
 * manager Accounts) and paid for by nominees; monthly invoices; payments on time, late, partial
 * and unallocated; credit notes and a write-off; services awaiting billing; NDIA claims open,
 * paid and in error. Every figure of the debtor summary is non-zero somewhere.
 */
export async function seedArBook(
  engine: RecordEngine,
  ctx: RequestContext,
  ledger: BookLedger,
  pay: RecordPayment,
  progress: (message: string) => void = () => undefined,
): Promise<void> {
  const rnd = random(20261123);
  const invoices = new InvoiceService(engine);
  const claims = new ClaimService(engine);
  const today = ctx.today;
  const create = async (object: string, body: Record<string, unknown>) => (await engine.create(ctx, object, body)).id;

  const planManagers = [
    await create('Account', { Name: 'Plan Partners Australia', ABN: '51824753556', Email: 'accounts@planpartners.example' }),
    await create('Account', { Name: 'My Plan Manager', ABN: '33051775556', Email: 'invoices@myplanmanager.example' }),
  ];
  await create('Account', { Name: 'iCare NSW', Email: 'invoices@icare.example' });
  await create(AR.debtorSettings, { lumary__Debtor__c: planManagers[0], lumary__Payment_Terms__c: 30 });

  const fundings: Funding[] = ['Self-managed', 'Plan-managed', 'Nominee', 'Self-managed', 'Plan-managed', 'NDIA-managed'];
  const clients: { id: string; debtor: string; funding: Funding; name: string; late: boolean }[] = [];
  for (let i = 0; i < 20; i++) {
    const funding = fundings[i % fundings.length];
    const [first, last] = [FIRST[i], LAST[i]];
    let debtor: string | undefined;
    if (funding === 'Plan-managed') debtor = planManagers[i % 2];
    if (funding === 'Nominee') {
      debtor = await create('Contact', {
        FirstName: rnd.pick(FIRST),
        LastName: last,
        RecordTypeId: 'General',
        Email: `${last.toLowerCase()}.family@example.com`,
        Phone: '0400 000 000',
      });
      await create(AR.debtorSettings, {
        lumary__Debtor__c: debtor,
        lumary__Payment_Terms__c: 7,
        lumary__Invoice_Email__c: `billing.${last.toLowerCase()}@example.com`,
      });
    }
    const id = await create('Contact', {
      FirstName: first,
      LastName: last,
      RecordTypeId: 'Client',
      Email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
      MailingState: 'NSW',
      lumary__Funding__c: funding === 'Nominee' ? 'Self-managed' : funding,
      lumary__NDIS_Number__c: `43${String(1000000 + i * 7919).slice(0, 7)}`,
      ...(debtor ? { lumary__Default_Debtor__c: debtor } : {}),
    });
    clients.push({ id, debtor: debtor ?? id, funding, name: `${first} ${last}`, late: i % 4 === 1 });
  }
  // The first client is also invoiced directly now and then, beside their nominee.
  const mixed = clients.find((c) => c.funding === 'Nominee')!;

  // Twelve months of invoices, a payment for most, issued on the 1st and 15th of each month.
  const start = today.minusMonths(12).withDayOfMonth(1);
  let made = 0;
  for (let month = start; month.isBefore(today); month = month.plusMonths(1)) {
    for (const day of [1, 15]) {
      const invoiceDate = month.withDayOfMonth(day);
      if (!invoiceDate.isBefore(today)) continue;
      for (const client of clients.filter((c) => c.funding !== 'NDIA-managed')) {
        if (rnd.next() < 0.25) continue;
        const hours = rnd.int(2, 12);
        const lines = [
          {
            description: 'Assistance with daily life (hours)',
            quantity: String(hours),
            unitPrice: '67.56',
            taxCode: 'GST_FREE',
            glCode: ledger.core,
            costCentre: client.name < 'M' ? ledger.sydney : ledger.hunter,
          },
        ];
        if (rnd.next() < 0.3)
          lines.push({
            description: 'Transport (km)',
            quantity: String(rnd.int(10, 60)),
            unitPrice: '0.99',
            taxCode: 'GST',
            glCode: ledger.homeCare,
            costCentre: ledger.sydney,
          });
        const debtor = client === mixed && day === 15 ? client.id : client.debtor;
        const invoice = await invoices.create(ctx, { client: client.id, debtor, invoiceDate: invoiceDate.toString(), lines, issue: true });
        made++;
        await settle(invoice.id, client, invoiceDate, debtor);
      }
    }
    progress(`demo book: ${made} invoices to ${month.toString().slice(0, 7)}`);
  }

  async function settle(invoiceId: string, client: (typeof clients)[number], invoiceDate: LocalDate, debtor: string) {
    const stored = (await engine.get(ctx, AR.invoice, invoiceId)).record;
    const total = String(stored['lumary__Total__c']);
    const due = LocalDate.parse(String(stored['lumary__Due_Date__c']));
    const age = invoiceDate.until(today, ChronoUnit.DAYS);
    const roll = rnd.next();
    if (age < 20 || (roll < 0.06 && age < 200)) return; // recent, or simply not paid yet (overdue)
    if (roll < 0.09) {
      await invoices.credit(ctx, invoiceId, {
        date: invoiceDate.plusDays(10).toString(),
        amount: new Decimal(money(total, 0.2)),
        reason: 'Pricing error',
      });
      return;
    }
    if (roll < 0.1) {
      await invoices.credit(ctx, invoiceId, {
        date: due.plusDays(90).isBefore(today) ? due.plusDays(90).toString() : today.toString(),
        amount: new Decimal(total),
        reason: 'Write-off',
      });
      return;
    }
    const paidOn = client.late ? due.plusDays(rnd.int(5, 45)) : invoiceDate.plusDays(rnd.int(3, 16));
    const date = paidOn.isAfter(today) ? today : paidOn;
    const partial = roll > 0.93;
    const amount = partial ? money(total, 0.5) : total;
    const overpay = !partial && roll > 0.88; // rounds up, leaving unallocated credit
    await pay(ctx, {
      debtor,
      date: date.toString(),
      amount: overpay ? new Decimal(total).dividedBy(50).ceil().plus(1).times(50).toFixed(2) : amount,
      method: rnd.pick(['EFT', 'EFT', 'BPAY', 'Card']),
      reference: `REM-${invoiceId.slice(0, 8).toUpperCase()}`,
      key: `demo-${invoiceId}`,
      allocations: [{ invoice: invoiceId, amount }],
    });
  }

  // Services delivered in the last fortnight, awaiting billing (and claims for the NDIA-managed).
  for (const client of clients) {
    for (let d = 13; d >= 1; d -= rnd.int(2, 4)) {
      await create(AR.service, {
        lumary__Client__c: client.id,
        lumary__Service_Date__c: today.minusDays(d).toString(),
        lumary__Description__c: rnd.pick(['Assistance with daily life', 'Community participation', 'Therapy session']),
        lumary__Quantity__c: String(rnd.int(1, 6)),
        lumary__Rate__c: '67.56',
        lumary__Tax_Code__c: 'GST_FREE',
        lumary__GL_Code__c: ledger.core,
        lumary__Cost_Centre__c: ledger.sydney,
        lumary__Funding__c: client.funding === 'Nominee' ? 'Self-managed' : client.funding,
      });
    }
  }
  for (const client of clients.filter((c) => c.funding === 'NDIA-managed')) {
    for (let m = 6; m >= 1; m--) {
      const date = today.minusMonths(m).withDayOfMonth(28);
      const status = m > 2 ? 'Paid' : m === 2 ? 'Error' : 'Open';
      const claim = await create(AR.claim, {
        lumary__Client__c: client.id,
        lumary__Claim_Date__c: date.toString(),
        lumary__Amount__c: new Decimal('67.56').times(rnd.int(8, 30)).toFixed(2),
      });
      // Paid and Error are the claim actions' to set, as a finance user's would be.
      if (status === 'Paid') await claims.paid(ctx, claim, { paidDate: date.plusDays(9).toString() });
      if (status === 'Error') await claims.error(ctx, claim, { reason: 'Plan dates do not cover the support date (NDIA code PLAN_DATES)' });
    }
  }
  progress(`demo book: ${made} invoices, services awaiting billing and claims`);
}

/** A share of an amount, to the cent, as a decimal string. */
function money(total: string, share: number): string {
  return toCents(new Decimal(total).times(share)).toFixed(2);
}

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import { DebtorSummaryCardComponent } from './debtor-summary-card.component';

const CLIENT: Schemas['DebtorRefDto'] = { id: 'c-1', name: 'Mai Nguyen', type: 'Contact' };
const PLAN_MANAGER: Schemas['DebtorRefDto'] = { id: 'a-1', name: 'My Plan Manager', type: 'Account' };

function invoice(name: string, debtor: typeof CLIENT, balance: string, dueDate: string, daysOverdue: number): Schemas['SummaryInvoiceDto'] {
  return {
    id: `id-${name}`,
    name,
    client: CLIENT,
    debtor,
    invoiceDate: '2026-10-01',
    dueDate,
    status: 'Open',
    total: balance,
    balance,
    daysOverdue,
  };
}

const own = [invoice('INV-000101', CLIENT, '110.00', '2026-10-15', 39)];
const others = [
  invoice('INV-000102', PLAN_MANAGER, '1234.50', '2026-12-15', 0),
  invoice('INV-000103', PLAN_MANAGER, '200.00', '2026-11-01', 22),
];

const clientSummary: Schemas['DebtorSummaryDto'] = {
  kind: 'client',
  asOf: '2026-11-23',
  debtor: { ...CLIENT, recordType: 'Client' },
  totalOwed: { amount: '1544.50', overdue: '310.00', invoices: [...own, ...others] },
  owedByClient: { amount: '110.00', overdue: '110.00', invoices: own },
  owedByOthers: { amount: '1434.50', overdue: '200.00', invoices: others },
  accruedServices: { amount: '387.20', count: 2 },
  openOrErrorClaims: { amount: '95.00', count: 1, open: { amount: '95.00', count: 1 }, error: { amount: '0.00', count: 0 } },
  usuallyPaysIn: { days: 14, basedOn: 6 },
};

const payerSummary: Schemas['DebtorSummaryDto'] = {
  kind: 'debtor',
  asOf: '2026-11-23',
  debtor: { ...PLAN_MANAGER, recordType: null },
  totalOwed: { amount: '1434.50', overdue: '0.00', invoices: others },
  usuallyPaysIn: { days: null, basedOn: 0 },
};

describe('DebtorSummaryCardComponent', () => {
  async function draw(summary: Schemas['DebtorSummaryDto']) {
    TestBed.configureTestingModule({ imports: [DebtorSummaryCardComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DebtorSummaryCardComponent);
    fixture.componentRef.setInput('summary', summary);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const text = (el: ParentNode, testId: string) => el.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
  const labels = (el: HTMLElement) => Array.from(el.querySelectorAll('dt')).map((dt) => dt.textContent?.trim());

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = '')));

  it('shows a client every figure of the help article, in its order, formatted for Australia', async () => {
    const { el } = await draw(clientSummary);
    expect(labels(el)).toEqual([
      'Total Owed',
      'Owed by the Client',
      'Owed by others for the Client',
      'Accrued Services',
      'Open/Error',
      'Usually Pays in',
    ]);
    expect(text(el, 'summary-totalOwed-amount')).toBe('$1,544.50');
    expect(text(el, 'summary-owedByClient-amount')).toBe('$110.00');
    expect(text(el, 'summary-owedByOthers-amount')).toBe('$1,434.50');
    expect(text(el, 'summary-accruedServices-amount')).toBe('$387.20');
    expect(text(el, 'summary-openOrErrorClaims-amount')).toBe('$95.00');
    expect(text(el, 'summary-usuallyPaysIn-amount')).toBe('14 days');
  });

  it('leaves out a figure the API left out for a field the user may not read (field-level security)', async () => {
    const hidden: Schemas['DebtorSummaryDto'] = {
      ...clientSummary,
      totalOwed: {},
      owedByClient: {},
      owedByOthers: {},
      usuallyPaysIn: undefined,
    };
    const { el } = await draw(hidden);
    expect(labels(el)).toEqual(['Accrued Services', 'Open/Error']);
    expect(el.textContent).not.toContain('undefined');
  });

  it('puts the overdue amount in a red badge next to each owed figure that has one', async () => {
    const { el } = await draw(clientSummary);
    expect(text(el, 'summary-totalOwed-overdue')).toBe('$310.00');
    expect(text(el, 'summary-owedByClient-overdue')).toBe('$110.00');
    expect(text(el, 'summary-owedByOthers-overdue')).toBe('$200.00');
    expect(el.querySelector('[data-testid="summary-totalOwed-overdue"]')?.classList).toContain('badge');
  });

  it('shows no badge when nothing is overdue', async () => {
    const { el } = await draw({ ...clientSummary, owedByClient: { amount: '0.00', overdue: '0.00', invoices: [] } });
    expect(el.querySelector('[data-testid="summary-owedByClient-overdue"]')).toBeNull();
    expect(el.querySelector('[data-testid="summary-owedByOthers-overdue"]')).not.toBeNull();
  });

  it('offers the arrow on the two split figures of a client, not on its Total Owed', async () => {
    const { el } = await draw(clientSummary);
    expect(el.querySelector('[data-testid="summary-owedByClient-open"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="summary-owedByOthers-open"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="summary-totalOwed-open"]')).toBeNull();
  });

  it('pops up the invoices behind a figure: number linking to the invoice, debtor, dates, balance, days overdue', async () => {
    const { fixture, el } = await draw(clientSummary);
    (el.querySelector('[data-testid="summary-owedByOthers-open"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const rows = Array.from(document.querySelectorAll('[data-testid="summary-invoice-row"]')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['INV-000102', 'My Plan Manager', '1 Oct 2026', '15 Dec 2026', '$1,234.50', ''],
      ['INV-000103', 'My Plan Manager', '1 Oct 2026', '1 Nov 2026', '$200.00', '22'],
    ]);
    expect(document.querySelector('[data-testid="summary-invoice-link"]')?.getAttribute('href')).toBe(
      '/o/lumary__Invoice__c/id-INV-000102',
    );
  });

  it('shows a General Contact or Account only Total Owed, with its list, and Usually Pays in as "—" when nothing was paid', async () => {
    const { fixture, el } = await draw(payerSummary);
    expect(labels(el)).toEqual(['Total Owed', 'Usually Pays in']);
    expect(text(el, 'summary-totalOwed-amount')).toBe('$1,434.50');
    expect(el.querySelector('[data-testid="summary-totalOwed-overdue"]')).toBeNull();
    expect(text(el, 'summary-usuallyPaysIn-amount')).toBe('—');
    (el.querySelector('[data-testid="summary-totalOwed-open"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(Array.from(document.querySelectorAll('[data-testid="summary-invoice-link"]')).map((a) => a.textContent?.trim())).toEqual([
      'INV-000102',
      'INV-000103',
    ]);
  });

  it('leaves out a figure the user may not read (null from the API)', async () => {
    const { el } = await draw({ ...clientSummary, accruedServices: null, openOrErrorClaims: null, usuallyPaysIn: { days: 1, basedOn: 1 } });
    expect(labels(el)).toEqual(['Total Owed', 'Owed by the Client', 'Owed by others for the Client', 'Usually Pays in']);
    expect(text(el, 'summary-usuallyPaysIn-amount')).toBe('1 day');
  });
});

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import { ObjectRights } from './ar-api.service';
import { ArApiService } from './ar-api.service';
import { InvoiceActionsComponent } from './invoice-actions.component';

function field(name: string, value: Schemas['UiPageField']['value']): Schemas['UiPageField'] {
  return {
    name,
    label: name,
    type: 'Text',
    displayType: 'Text',
    relationshipName: null,
    referenceTo: [],
    scale: null,
    value,
    reference: null,
    editable: false,
    required: false,
  };
}

function invoicePage(
  status: string,
  amounts: { paid?: string; credited?: string; balance?: string } = {},
  edit = true,
): Schemas['RecordPage'] {
  return {
    object: { name: 'lumary__Invoice__c', label: 'Invoice', pluralLabel: 'Invoices' },
    id: 'inv-1',
    version: 1,
    recordType: null,
    title: 'INV-000042',
    highlights: [field('Name', 'INV-000042'), field('lumary__Status__c', status), field('lumary__Balance__c', amounts.balance ?? '110.00')],
    sections: [
      {
        label: 'Amounts',
        columns: 2,
        fields: [field('lumary__Amount_Paid__c', amounts.paid ?? '0.00'), field('lumary__Amount_Credited__c', amounts.credited ?? '0.00')],
      },
    ],
    relatedLists: [],
    regions: [],
    owner: null,
    actions: { edit, delete: false, changeOwner: false },
  };
}

/** The describes the component asks for, answered as a user with or without the AR rights would see them. */
function rights(createable: boolean): Pick<ArApiService, 'rights' | 'invoicePdfUrl' | 'invoiceHtmlUrl'> {
  return {
    rights: (object: string): Promise<ObjectRights> =>
      createable ? Promise.resolve({ createable, updateable: createable }) : Promise.reject(new Error(`no access to ${object}`)),
    invoicePdfUrl: (id: string) => `/api/lumary/invoices/${id}/pdf`,
    invoiceHtmlUrl: (id: string) => `/api/lumary/invoices/${id}/html`,
  };
}

describe('InvoiceActionsComponent', () => {
  async function buttons(page: Schemas['RecordPage'], createable = true): Promise<string[]> {
    TestBed.configureTestingModule({
      imports: [InvoiceActionsComponent],
      providers: [provideRouter([]), { provide: ArApiService, useValue: rights(createable) }],
    });
    const fixture = TestBed.createComponent(InvoiceActionsComponent);
    fixture.componentRef.setInput('page', page);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 0));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return Array.from(el.querySelectorAll('[data-testid^="invoice-"]'))
      .map((b) => b.getAttribute('data-testid') ?? '')
      .filter((id) => id !== 'invoice-actions');
  }

  it.each([
    ['Draft', {}, ['invoice-issue', 'invoice-pdf', 'invoice-print', 'invoice-void']],
    [
      'Open',
      {},
      ['invoice-payment', 'invoice-credit', 'invoice-write-off', 'invoice-send', 'invoice-pdf', 'invoice-print', 'invoice-void'],
    ],
    [
      'Open',
      { credited: '10.00', balance: '100.00' },
      ['invoice-payment', 'invoice-credit', 'invoice-write-off', 'invoice-send', 'invoice-pdf', 'invoice-print'],
    ],
    [
      'Part Paid',
      { paid: '50.00', balance: '60.00' },
      ['invoice-payment', 'invoice-credit', 'invoice-write-off', 'invoice-send', 'invoice-pdf', 'invoice-print'],
    ],
    ['Paid', { paid: '110.00', balance: '0.00' }, ['invoice-send', 'invoice-pdf', 'invoice-print']],
    ['Void', {}, ['invoice-pdf', 'invoice-print']],
  ])('a %s invoice (%j) offers %j', async (status, amounts, expected) => {
    expect(await buttons(invoicePage(status, amounts))).toEqual(expected);
  });

  it('hides Record payment and Credit from a user whose describes of Payment and Credit Note are refused', async () => {
    expect(await buttons(invoicePage('Open'), false)).toEqual(['invoice-send', 'invoice-pdf', 'invoice-print', 'invoice-void']);
  });

  it('shows a user who may not edit invoices, credit or pay only the PDF and the print view', async () => {
    expect(await buttons(invoicePage('Open', {}, false), false)).toEqual(['invoice-pdf', 'invoice-print']);
  });

  it('links View PDF to the invoice PDF', async () => {
    TestBed.configureTestingModule({
      imports: [InvoiceActionsComponent],
      providers: [provideRouter([]), { provide: ArApiService, useValue: rights(true) }],
    });
    const fixture = TestBed.createComponent(InvoiceActionsComponent);
    fixture.componentRef.setInput('page', invoicePage('Open'));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="invoice-pdf"]')?.getAttribute('href')).toBe(
      '/api/lumary/invoices/inv-1/pdf',
    );
  });
});

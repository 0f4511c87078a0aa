import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SetupField, SetupLayout, SetupObjectDetail } from '../setup-types';
import { LayoutEditorPage } from './layout-editor.page';

const field = (apiName: string, label: string): SetupField => ({
  apiName,
  label,
  type: 'Text',
  typeLabel: 'Text',
  packageName: 'Core',
  custom: false,
  locked: true,
  helpText: null,
  description: null,
  required: false,
  length: null,
  precision: null,
  scale: null,
  referenceTo: [],
  formula: null,
  returnType: null,
  indexed: false,
  unique: false,
  externalId: false,
  indexing: null,
  displayFormat: null,
  picklist: null,
  summary: null,
});

const LAYOUT: SetupLayout = {
  apiName: 'Account_Layout',
  label: 'Account Layout',
  recordTypes: [],
  highlights: ['Name'],
  sections: [
    { label: 'Account Information', columns: 2, fields: ['Name', 'ABN', 'Email'] },
    { label: 'Contact', columns: 1, fields: ['Phone'] },
  ],
  relatedLists: [{ object: 'Contact', field: 'AccountId', label: 'Contacts', columns: ['Name'] }],
  packageName: 'Core',
  customised: false,
};

const ACCOUNT: SetupObjectDetail = {
  apiName: 'Account',
  label: 'Account',
  pluralLabel: 'Accounts',
  packageName: 'Core',
  fields: [
    field('Name', 'Account Name'),
    field('ABN', 'ABN'),
    field('Email', 'Email'),
    field('Phone', 'Phone'),
    { ...field('Region__c', 'Region'), custom: true, locked: false },
  ],
  validationRules: [],
  recordTypes: [{ apiName: 'Debtor', label: 'Debtor', active: true }],
  layouts: [LAYOUT],
  layoutAssignments: [],
  recordPages: [],
  components: [],
  relatedListOptions: [
    { object: 'Contact', field: 'AccountId', label: 'Contacts' },
    { object: 'fixture__Member_Settings__c', field: 'fixture__Member__c', label: 'Member Settings' },
  ],
  summaryOptions: [],
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await fixture.whenStable();
}

describe('LayoutEditorPage', () => {
  let fixture: ComponentFixture<LayoutEditorPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  const click = async (selector: string, within: ParentNode = el) => {
    const button = within.querySelector(selector) as HTMLButtonElement | null;
    if (!button) throw new Error(`no ${selector}`);
    button.click();
    await settle(fixture);
  };
  const section = (i: number): ParentNode => el.querySelector(`[data-testid="layout-section-${i}"]`) ?? el;
  const sections = () =>
    Array.from(el.querySelectorAll('[data-testid^="layout-section-"]')).map((s) => ({
      label: s.getAttribute('data-label'),
      fields: Array.from(s.querySelectorAll('[data-testid^="layout-field-"]')).map((f) =>
        (f.getAttribute('data-testid') ?? '').slice('layout-field-'.length),
      ),
    }));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LayoutEditorPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(LayoutEditorPage);
    http = TestBed.inject(HttpTestingController);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('object', 'Account');
    fixture.componentRef.setInput('layout', 'account_layout');
    fixture.detectChanges();
    http.expectOne('/api/setup/objects/Account').flush(ACCOUNT);
    await settle(fixture);
  });

  it('shows the sections as cards of their fields, Save off until something changes', () => {
    expect(sections()).toEqual([
      { label: 'Account Information', fields: ['Name', 'ABN', 'Email'] },
      { label: 'Contact', fields: ['Phone'] },
    ]);
    expect(el.querySelector('[data-testid="layout-field-ABN"]')?.textContent).toContain('ABN');
    expect((el.querySelector('[data-testid="layout-save"]') as HTMLButtonElement).disabled).toBe(true);
    expect(el.querySelector('[data-testid="layout-reset"]')).toBeNull();
  });

  it('moves fields and sections with the buttons and puts the new order', async () => {
    await click('[data-testid="layout-field-Email"] [data-testid="field-down"]');
    await click('[data-testid="section-up"]', section(1));
    await click('[data-testid="layout-field-Name"] [data-testid="field-remove"]');
    expect(sections()).toEqual([
      { label: 'Contact', fields: ['Email', 'Phone'] },
      { label: 'Account Information', fields: ['ABN'] },
    ]);
    await click('[data-testid="layout-save"]');
    const put = http.expectOne({ method: 'PUT', url: '/api/setup/objects/Account/layouts/Account_Layout' });
    expect(put.request.body).toEqual({
      label: 'Account Layout',
      recordTypes: [],
      highlights: ['Name'],
      sections: [
        { label: 'Contact', columns: 1, fields: ['Email', 'Phone'] },
        { label: 'Account Information', columns: 2, fields: ['ABN'] },
      ],
      relatedLists: LAYOUT.relatedLists,
    });
    put.flush({ ...LAYOUT, sections: put.request.body.sections, customised: true });
    await settle(fixture);
    expect(el.querySelector('[data-testid="layout-saved"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="layout-reset"]')).not.toBeNull();
    expect((el.querySelector('[data-testid="layout-save"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers only the fields not on the layout, and adds a section', async () => {
    const component = fixture.componentInstance as unknown as { unplaced: () => SetupField[] };
    expect(component.unplaced().map((f) => f.apiName)).toEqual(['Region__c']);
    const input = el.querySelector('[data-testid="new-section-label"]') as HTMLInputElement;
    input.value = 'Custom Fields';
    await click('[data-testid="add-section"]');
    expect(sections().map((s) => s.label)).toEqual(['Account Information', 'Contact', 'Custom Fields']);
    expect(input.value).toBe('');
  });

  it('shows the server’s refusal above the sections', async () => {
    await click('[data-testid="section-down"]', section(0));
    await click('[data-testid="layout-save"]');
    http
      .expectOne({ method: 'PUT', url: '/api/setup/objects/Account/layouts/Account_Layout' })
      .flush([{ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: "sections: unknown field 'Nope__c'", fields: ['sections'] }], {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle(fixture);
    expect(el.querySelector('[data-testid="layout-errors"]')?.textContent).toContain("unknown field 'Nope__c'");
    expect((el.querySelector('[data-testid="layout-save"]') as HTMLButtonElement).disabled).toBe(false);
  });
});

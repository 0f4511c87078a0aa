import type { Type } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import type { SetupField, SetupObjectDetail, SetupSummaryOption } from '../setup-types';
import { EditFieldData, EditFieldDialog } from './edit-field.dialog';
import { NewFieldData, NewFieldDialog } from './new-field.dialog';
import { LayoutAssignmentComponent, changedAssignments } from './layout-assignment.component';
import { ObjectDetailPage } from './object-detail.page';
import { ObjectListPage } from './object-list.page';
import { RuleDialog, RuleDialogData } from './rule.dialog';

const OBJECTS: Schemas['SetupObjectSummary'][] = [
  {
    apiName: 'fixture__Order__c',
    label: 'Order',
    pluralLabel: 'Orders',
    packageName: 'Platform Fixture',
    fieldCount: 30,
    customFieldCount: 0,
  },
  { apiName: 'Account', label: 'Account', pluralLabel: 'Accounts', packageName: 'Core', fieldCount: 6, customFieldCount: 2 },
];

function field(values: Partial<SetupField>): SetupField {
  return {
    apiName: 'Name',
    label: 'Account Name',
    type: 'Text',
    typeLabel: 'Text',
    packageName: 'Core',
    custom: false,
    locked: true,
    helpText: null,
    description: null,
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
    length: 255,
    required: true,
    ...values,
  };
}

const ACCOUNT: SetupObjectDetail = {
  apiName: 'Account',
  label: 'Account',
  pluralLabel: 'Accounts',
  packageName: 'Core',
  fields: [
    field({}),
    field({ apiName: 'Region__c', label: 'Region', packageName: 'Tenant', custom: true, locked: false, length: 40, required: false }),
  ],
  validationRules: [
    {
      apiName: 'ABN_Format',
      active: true,
      errorConditionFormula: 'NOT(ISBLANK(ABN))',
      errorMessage: 'ABN is 11 digits.',
      errorDisplayField: 'ABN',
      description: null,
      packageName: 'Core',
      locked: true,
    },
    {
      apiName: 'Region_Required',
      active: false,
      errorConditionFormula: 'ISBLANK(Region__c)',
      errorMessage: 'Pick a region.',
      errorDisplayField: null,
      description: null,
      packageName: '',
      locked: false,
    },
  ],
  recordTypes: [],
  layouts: [],
  layoutAssignments: [],
  recordPages: [],
  components: [],
  relatedListOptions: [],
  summaryOptions: [],
};

/** Order lines and order notes are details of an order (master-detail fields on them point at it). */
const INVOICE_LINES: SetupSummaryOption = {
  object: 'fixture__Order_Line__c',
  objectLabel: 'Order Line',
  relationshipField: 'fixture__Order__c',
  relationshipLabel: 'Order',
  fields: [
    { apiName: 'fixture__Amount__c', label: 'Amount', type: 'Currency', operations: ['sum', 'min', 'max'] },
    { apiName: 'fixture__Line_Date__c', label: 'Line Date', type: 'Date', operations: ['min', 'max'] },
  ],
};
const CREDIT_NOTES: SetupSummaryOption = {
  object: 'fixture__Order_Note__c',
  objectLabel: 'Order Note',
  relationshipField: 'fixture__Order__c',
  relationshipLabel: 'Order',
  fields: [{ apiName: 'fixture__Credit__c', label: 'Credit', type: 'Currency', operations: ['sum', 'min', 'max'] }],
};

const INVOICE: SetupObjectDetail = {
  ...ACCOUNT,
  apiName: 'fixture__Order__c',
  label: 'Order',
  pluralLabel: 'Orders',
  packageName: 'Platform Fixture',
  fields: [
    field({
      apiName: 'fixture__Payer__c',
      label: 'Payer',
      type: 'MasterDetail',
      typeLabel: 'Master-Detail',
      referenceTo: ['Account'],
      required: false,
      length: null,
    }),
    field({
      apiName: 'Lines_Total__c',
      label: 'Lines Total',
      type: 'Summary',
      typeLabel: 'Roll-Up Summary',
      packageName: 'Tenant',
      custom: true,
      locked: false,
      required: false,
      length: null,
      summary: {
        summarizedObject: 'fixture__Order_Line__c',
        relationshipField: 'fixture__Order__c',
        operation: 'sum',
        summarizedField: 'fixture__Amount__c',
      },
    }),
  ],
  validationRules: [],
  summaryOptions: [INVOICE_LINES, CREDIT_NOTES],
};

function setUp<T>(
  component: Type<T>,
  providers: unknown[] = [],
): { fixture: ComponentFixture<T>; http: HttpTestingController; el: HTMLElement } {
  TestBed.configureTestingModule({
    imports: [component],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...(providers as never[])],
  });
  const fixture = TestBed.createComponent(component);
  return { fixture, http: TestBed.inject(HttpTestingController), el: fixture.nativeElement as HTMLElement };
}

/** Lets the page's awaited calls finish, then draws it. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await fixture.whenStable();
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function one(el: ParentNode, selector: string): Element {
  const found = el.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function submit(el: HTMLElement): void {
  one(el, 'form').dispatchEvent(new Event('submit'));
}

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('ObjectListPage', () => {
  it('lists the objects by label with their package and custom field count, and filters them', async () => {
    const { fixture, http, el } = setUp(ObjectListPage);
    fixture.detectChanges();
    http.expectOne('/api/setup/objects').flush(OBJECTS);
    await fixture.whenStable();
    const rows = () => Array.from(el.querySelectorAll('[data-testid^="object-row-"]')).map((r) => r.getAttribute('data-testid'));
    expect(rows()).toEqual(['object-row-Account', 'object-row-fixture__Order__c']);
    expect(text(el.querySelector('[data-testid="object-row-Account"] [data-testid="object-custom-count"]'))).toBe('2');
    expect(el.querySelector('[data-testid="object-link-Account"]')?.getAttribute('href')).toBe('/setup/objects/Account');

    type(el, '[data-testid="object-filter"]', 'platform fixture');
    await fixture.whenStable();
    expect(rows()).toEqual(['object-row-fixture__Order__c']);
    type(el, '[data-testid="object-filter"]', 'nothing like it');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="no-objects"]'))).toContain('No object matches');
  });

  it('shows the refusal a non-admin gets', async () => {
    const { fixture, http, el } = setUp(ObjectListPage);
    fixture.detectChanges();
    http
      .expectOne('/api/setup/objects')
      .flush([{ errorCode: 'INSUFFICIENT_ACCESS', message: 'Only a System Administrator may use Setup.', fields: [] }], {
        status: 403,
        statusText: 'Forbidden',
      });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="access-denied"]')).not.toBeNull();
    expect(text(el.querySelector('[data-testid="error-message"]'))).toBe('Only a System Administrator may use Setup.');
  });
});

describe('ObjectDetailPage', () => {
  async function open(tab?: string, detail = ACCOUNT) {
    const setup = setUp(ObjectDetailPage);
    setup.fixture.componentRef.setInput('object', detail.apiName);
    if (tab) setup.fixture.componentRef.setInput('tab', tab);
    setup.fixture.detectChanges();
    setup.http.expectOne(`/api/setup/objects/${detail.apiName}`).flush(detail);
    await settle(setup.fixture);
    return setup;
  }

  it('shows a package field locked with its type read-only, and Delete only on the tenant’s own fields', async () => {
    const { el } = await open();
    const name = one(el, '[data-testid="field-row-Name"]');
    const region = one(el, '[data-testid="field-row-Region__c"]');
    expect(name.querySelector('[data-testid="field-locked"]')).not.toBeNull();
    expect(text(name.querySelector('[data-testid="field-type"]'))).toBe('Text(255)');
    expect(name.querySelector('[data-testid="field-delete"]')).toBeNull();
    expect(region.querySelector('[data-testid="field-locked"]')).toBeNull();
    expect(region.querySelector('[data-testid="field-delete"]')).not.toBeNull();
  });

  it('shows a master-detail field by its master, always required, and a roll-up by what it computes over which detail object', async () => {
    const { el } = await open(undefined, INVOICE);
    const debtor = one(el, '[data-testid="field-row-fixture__Payer__c"]');
    expect(text(debtor.querySelector('[data-testid="field-type"]'))).toBe('Master-Detail(Account)');
    expect(text(debtor.querySelectorAll('td')[4])).toBe('Yes');
    expect(text(el.querySelector('[data-testid="field-row-Lines_Total__c"] [data-testid="field-type"]'))).toBe(
      'Roll-Up Summary (SUM Order Line)',
    );
  });

  it('shows the package’s rules locked and read-only, the tenant’s with Edit and Delete', async () => {
    const { el } = await open('rules');
    const packaged = one(el, '[data-testid="rule-row-ABN_Format"]');
    const own = one(el, '[data-testid="rule-row-Region_Required"]');
    expect(packaged.querySelector('[data-testid="rule-locked"]')).not.toBeNull();
    expect(packaged.querySelector('[data-testid="rule-edit"]')).toBeNull();
    expect(text(own.querySelector('[data-testid="rule-active-cell"]'))).toBe('Inactive');
    expect(own.querySelector('[data-testid="rule-edit"]')).not.toBeNull();
    expect(text(own)).toContain('Top of the form');
  });

  it('assigns a record type another layout from the Page Layout Assignment table, and reads the object again', async () => {
    const layout = (apiName: string, label: string) => ({
      apiName,
      label,
      packageName: 'Core',
      customised: false,
      recordTypes: [],
      highlights: [],
      sections: [],
      relatedLists: [],
    });
    const CONTACT: SetupObjectDetail = {
      ...ACCOUNT,
      apiName: 'Contact',
      label: 'Contact',
      recordTypes: [
        { apiName: 'Client', label: 'Client', active: true },
        { apiName: 'General', label: 'General', active: true },
      ],
      layouts: [layout('Contact_Layout', 'Contact Layout'), layout('Member_Layout', 'Member Layout')],
      layoutAssignments: [
        {
          recordType: 'Client',
          recordTypeLabel: 'Client',
          active: true,
          layout: 'Member_Layout',
          packageLayout: 'Member_Layout',
          customised: false,
        },
        {
          recordType: 'General',
          recordTypeLabel: 'General',
          active: true,
          layout: 'Contact_Layout',
          packageLayout: 'Contact_Layout',
          customised: false,
        },
      ],
    };
    const { fixture, http, el } = await open('layouts', CONTACT);
    const save = () => one(el, '[data-testid="layout-assignment-save"]') as HTMLButtonElement;
    expect(text(one(el, '[data-testid="assignment-row-Client"]'))).toContain('Member Layout');
    expect(save().disabled).toBe(true);
    expect(changedAssignments(CONTACT.layoutAssignments, { Client: 'Contact_Layout', General: 'Contact_Layout' })).toEqual([
      { recordType: 'Client', layout: 'Contact_Layout' },
    ]);

    const component = fixture.debugElement.query((d) => d.componentInstance instanceof LayoutAssignmentComponent)
      .componentInstance as unknown as { choose(recordType: string, layout: string): void };
    component.choose('Client', 'Contact_Layout');
    fixture.detectChanges();
    expect(save().disabled).toBe(false);
    save().click();
    const put = http.expectOne({ method: 'PUT', url: '/api/setup/objects/Contact/layout-assignments' });
    expect(put.request.body).toEqual({ assignments: [{ recordType: 'Client', layout: 'Contact_Layout' }] });
    put.flush([]);
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    const customised = { ...CONTACT.layoutAssignments[0], layout: 'Contact_Layout', customised: true };
    http.expectOne('/api/setup/objects/Contact').flush({ ...CONTACT, layoutAssignments: [customised, CONTACT.layoutAssignments[1]] });
    await settle(fixture);
    expect(text(one(el, '[data-testid="assignment-row-Client"] [data-testid="assignment-customised"]'))).toBe('Customised');
    expect(save().disabled).toBe(true);
  });
});

describe('NewFieldDialog', () => {
  const data: NewFieldData = {
    object: 'Account',
    objectLabel: 'Account',
    types: [
      { type: 'Text', label: 'Text', needs: ['length'] },
      { type: 'Picklist', label: 'Picklist', needs: ['values'] },
      { type: 'MasterDetail', label: 'Master-Detail', needs: ['referenceTo'] },
      { type: 'Summary', label: 'Roll-Up Summary', needs: ['summarizedObject', 'operation', 'summarizedField'] },
      { type: 'Formula', label: 'Formula', needs: ['formula', 'returnType'] },
    ],
    objects: OBJECTS,
    summaryOptions: [],
    permissionSets: [
      { apiName: 'fixture__Fixture_User', label: 'Fixture User', editable: false },
      { apiName: 'Field_Readers', label: 'Field readers', editable: true },
      { apiName: 'Field_Editors', label: 'Field editors', editable: true },
    ],
  };
  const invoice: NewFieldData = {
    ...data,
    object: 'fixture__Order__c',
    objectLabel: 'Order',
    summaryOptions: [INVOICE_LINES, CREDIT_NOTES],
  };

  async function open(dialogData = data) {
    const close = jest.fn();
    const setup = setUp(NewFieldDialog, [
      { provide: MAT_DIALOG_DATA, useValue: dialogData },
      { provide: MatDialogRef, useValue: { close } },
    ]);
    await setup.fixture.whenStable();
    return { ...setup, close };
  }

  async function choose(fixture: ComponentFixture<unknown>, el: HTMLElement, typeName: string) {
    (el.querySelector(`[data-testid="field-type-${typeName}"] input`) as HTMLInputElement).click();
    await fixture.whenStable();
    (el.querySelector('[data-testid="field-type-next"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  /** Opens the property's select and picks the option with that text; returns every option's text offered. */
  async function select(fixture: ComponentFixture<unknown>, el: HTMLElement, property: string, option: string): Promise<string[]> {
    const host = one(el, `[data-testid="prop-${property}"] mat-select`);
    (one(host, '.mat-mdc-select-trigger') as HTMLElement).click();
    await fixture.whenStable();
    // Only this select's panel: an earlier one may linger in the overlay while it closes.
    const panel = document.getElementById(host.getAttribute('aria-controls') ?? '');
    const options = Array.from(panel?.querySelectorAll('mat-option') ?? []);
    const offered = options.map((o) => text(o));
    const wanted = options.find((o) => text(o) === option) as HTMLElement | undefined;
    if (!wanted) throw new Error(`${property} offers no "${option}" (only ${offered.join(', ')})`);
    wanted.click();
    await settle(fixture);
    return offered;
  }

  it('asks a Picklist for its values one a line and posts them as a list', async () => {
    const { fixture, http, el, close } = await open();
    await choose(fixture, el, 'Picklist');
    expect(el.querySelector('[data-testid="prop-length"]')).toBeNull();
    type(el, '[data-testid="prop-label"] input', 'Service Tier');
    type(el, '[data-testid="prop-values"] textarea', 'Gold\nSilver\n\nBronze');
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="prop-apiName"] mat-hint'))).toBe('Left blank: Service_Tier__c');
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
    expect(post.request.body).toEqual({ label: 'Service Tier', type: 'Picklist', values: ['Gold', 'Silver', 'Bronze'], restricted: true });
    post.flush(field({ apiName: 'Service_Tier__c', label: 'Service Tier', type: 'Picklist', custom: true, locked: false }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ apiName: 'Service_Tier__c' }));
  });

  it('shows the server’s error under the property it names and stays open', async () => {
    const { fixture, http, el, close } = await open();
    await choose(fixture, el, 'Text');
    type(el, '[data-testid="prop-label"] input', 'Region');
    type(el, '[data-testid="prop-length"] input', '300');
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
    expect(post.request.body).toEqual({ label: 'Region', type: 'Text', length: 300 });
    post.flush([{ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'length must be at most 255', fields: ['length'] }], {
      status: 400,
      statusText: 'Bad Request',
    });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="prop-length"] mat-error'))).toBe('length must be at most 255');
    expect(close).not.toHaveBeenCalled();
  });

  it('asks a Master-Detail for its master, says every record needs one, and offers no Required box', async () => {
    const { fixture, http, el } = await open();
    await choose(fixture, el, 'MasterDetail');
    expect(text(el.querySelector('[data-testid="master-detail-hint"]'))).toBe(
      'Always required: every record needs a master; records that exist have none until they are edited.',
    );
    expect(el.querySelector('[data-testid="prop-required"]')).toBeNull();
    type(el, '[data-testid="prop-label"] input', 'Parent Account');
    await select(fixture, el, 'referenceTo', 'Account (Account)');
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
    expect(post.request.body).toEqual({ label: 'Parent Account', type: 'MasterDetail', referenceTo: 'Account' });
  });

  it('offers a Roll-Up Summary only the detail fields the chosen operation can take, and asks for none to COUNT', async () => {
    const { fixture, http, el } = await open(invoice);
    await choose(fixture, el, 'Summary');
    expect(el.querySelector('[data-testid="prop-summarizedField"]')).toBeNull();
    type(el, '[data-testid="prop-label"] input', 'Latest Service');
    expect(await select(fixture, el, 'summarizedObject', 'Order Line (via Order)')).toEqual([
      'Order Line (via Order)',
      'Order Note (via Order)',
    ]);
    expect(await select(fixture, el, 'operation', 'MAX')).toEqual(['COUNT', 'SUM', 'MIN', 'MAX']);
    expect(await select(fixture, el, 'summarizedField', 'Line Date (fixture__Line_Date__c)')).toEqual([
      'Amount (fixture__Amount__c)',
      'Line Date (fixture__Line_Date__c)',
    ]);

    // SUM cannot add up a date: the choice goes, and only Amount is offered.
    await select(fixture, el, 'operation', 'SUM');
    submit(el);
    await fixture.whenStable();
    http.expectNone('/api/setup/objects/fixture__Order__c/fields');
    expect(text(el.querySelector('[data-testid="prop-summarizedField"] mat-error'))).toBe('Field to aggregate is required.');
    expect(await select(fixture, el, 'summarizedField', 'Amount (fixture__Amount__c)')).toEqual(['Amount (fixture__Amount__c)']);
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/fixture__Order__c/fields' });
    expect(post.request.body).toEqual({
      label: 'Latest Service',
      type: 'Summary',
      summarizedObject: 'fixture__Order_Line__c',
      relationshipField: 'fixture__Order__c',
      operation: 'sum',
      summarizedField: 'fixture__Amount__c',
    });
  });

  it('counts the details of the only relationship without asking, and shows a refused relationship under it', async () => {
    const { fixture, http, el, close } = await open({ ...invoice, summaryOptions: [INVOICE_LINES] });
    await choose(fixture, el, 'Summary');
    expect(text(el.querySelector('[data-testid="prop-summarizedObject"] mat-select'))).toBe('Order Line (via Order)');
    expect(text(el.querySelector('[data-testid="prop-operation"] mat-select'))).toBe('COUNT');
    expect(el.querySelector('[data-testid="prop-summarizedField"]')).toBeNull();
    expect(el.querySelector('[data-testid="prop-required"]')).toBeNull();
    type(el, '[data-testid="prop-label"] input', 'Line Count');
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/fixture__Order__c/fields' });
    expect(post.request.body).toEqual({
      label: 'Line Count',
      type: 'Summary',
      summarizedObject: 'fixture__Order_Line__c',
      relationshipField: 'fixture__Order__c',
      operation: 'count',
    });
    const message = 'fixture__Order_Line__c.fixture__Order__c must be a master-detail field pointing at fixture__Order__c';
    post.flush([{ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message, fields: ['relationshipField'] }], {
      status: 400,
      statusText: 'Bad Request',
    });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="prop-summarizedObject"] mat-error'))).toBe(message);
    expect(close).not.toHaveBeenCalled();
  });

  it('does not let a Roll-Up Summary be chosen on an object no detail points at, and says why', async () => {
    const { el } = await open();
    expect((el.querySelector('[data-testid="field-type-Summary"] input') as HTMLInputElement).disabled).toBe(true);
    expect((el.querySelector('[data-testid="field-type-MasterDetail"] input') as HTMLInputElement).disabled).toBe(false);
    expect(text(el.querySelector('[data-testid="summary-unavailable"]'))).toBe(
      'Roll-Up Summary: no object is the detail of a master-detail relationship to Account.',
    );
  });

  describe('field-level security', () => {
    /** Clicks a Read or Edit box of a permission set's row. */
    async function click(fixture: ComponentFixture<unknown>, el: HTMLElement, testId: string) {
      (one(el, `[data-testid="${testId}"] input`) as HTMLInputElement).click();
      await fixture.whenStable();
    }
    const ticked = (el: HTMLElement, testId: string) => (one(el, `[data-testid="${testId}"] input`) as HTMLInputElement).checked;

    it('lists the tenant’s own permission sets, not a package’s, and grants the field to the ticked rows only', async () => {
      const { fixture, http, el } = await open();
      await choose(fixture, el, 'Text');
      const fls = one(el, '[data-testid="fls"]');
      expect(text(fls.querySelector('p'))).toBe(
        'System Administrators see every field. Other users see this field through a permission set that grants it.',
      );
      expect(Array.from(fls.querySelectorAll('[data-testid^="fls-row-"]')).map((r) => text(r.querySelector('td')))).toEqual([
        'Field readers',
        'Field editors',
      ]);
      expect(fls.querySelector('[data-testid="fls-row-fixture__Fixture_User"]')).toBeNull();
      expect(text(fls.querySelector('[data-testid="fls-package"]'))).toBe('Package permission sets are read-only, so they are not listed.');

      // Edit ticks Read.
      await click(fixture, el, 'fls-edit-Field_Editors');
      expect([ticked(el, 'fls-read-Field_Editors'), ticked(el, 'fls-edit-Field_Editors')]).toEqual([true, true]);
      // Unticking Read unticks Edit; Read ticked again leaves Edit unticked.
      await click(fixture, el, 'fls-edit-Field_Readers');
      await click(fixture, el, 'fls-read-Field_Readers');
      expect([ticked(el, 'fls-read-Field_Readers'), ticked(el, 'fls-edit-Field_Readers')]).toEqual([false, false]);
      await click(fixture, el, 'fls-read-Field_Readers');
      expect([ticked(el, 'fls-read-Field_Readers'), ticked(el, 'fls-edit-Field_Readers')]).toEqual([true, false]);

      type(el, '[data-testid="prop-label"] input', 'Region');
      submit(el);
      const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
      expect(post.request.body).toEqual({
        label: 'Region',
        type: 'Text',
        length: 255,
        grants: [{ permissionSet: 'Field_Editors', edit: true }, { permissionSet: 'Field_Readers' }],
      });
    });

    it('sends no grants when nothing is ticked', async () => {
      const { fixture, http, el } = await open();
      await choose(fixture, el, 'Text');
      await click(fixture, el, 'fls-read-Field_Readers');
      await click(fixture, el, 'fls-read-Field_Readers');
      type(el, '[data-testid="prop-label"] input', 'Region');
      submit(el);
      expect(http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' }).request.body).toEqual({
        label: 'Region',
        type: 'Text',
        length: 255,
      });
    });

    it('offers no Edit on a computed type and sends none, even when it was ticked for another type first', async () => {
      const { fixture, http, el } = await open();
      await choose(fixture, el, 'Text');
      await click(fixture, el, 'fls-edit-Field_Editors');
      expect((one(el, '[data-testid="fls-edit-Field_Editors"] input') as HTMLInputElement).disabled).toBe(false);
      (one(el, '[data-testid="field-back"]') as HTMLButtonElement).click();
      await fixture.whenStable();
      await choose(fixture, el, 'Formula');

      const edit = one(el, '[data-testid="fls-edit-Field_Editors"] input') as HTMLInputElement;
      expect([edit.disabled, edit.checked]).toEqual([true, false]);
      expect(ticked(el, 'fls-read-Field_Editors')).toBe(true);
      expect(text(el.querySelector('[data-testid="fls-computed"]'))).toBe('A Formula field is computed: it can be read, not edited.');
      type(el, '[data-testid="prop-label"] input', 'Shout');
      type(el, '[data-testid="prop-formula"] textarea', 'UPPER(Name)');
      submit(el);
      const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
      expect(post.request.body).toEqual({
        label: 'Shout',
        type: 'Formula',
        formula: 'UPPER(Name)',
        returnType: 'Text',
        grants: [{ permissionSet: 'Field_Editors' }],
      });
    });

    it('shows a refused grant in the field-level security part and stays open; changing the boxes clears it', async () => {
      const { fixture, http, el, close } = await open();
      await choose(fixture, el, 'Text');
      type(el, '[data-testid="prop-label"] input', 'Region');
      await click(fixture, el, 'fls-read-Field_Readers');
      submit(el);
      const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' });
      expect(post.request.body.grants).toEqual([{ permissionSet: 'Field_Readers' }]);
      // Deleted in Setup since the dialog opened.
      post.flush(
        [
          {
            errorCode: 'INVALID_FIELD',
            message: "grants[0].permissionSet: no permission set called 'Field_Readers'.",
            fields: ['grants[0].permissionSet'],
          },
        ],
        {
          status: 400,
          statusText: 'Bad Request',
        },
      );
      await fixture.whenStable();
      expect(text(el.querySelector('[data-testid="fls"] [data-testid="fls-error"]'))).toBe("no permission set called 'Field_Readers'.");
      expect(el.querySelector('[data-testid="dialog-error"]')).toBeNull();
      expect(close).not.toHaveBeenCalled();

      await click(fixture, el, 'fls-read-Field_Readers');
      expect(el.querySelector('[data-testid="fls-error"]')).toBeNull();
    });

    it('says where to make a permission set when the tenant has none of its own', async () => {
      const { fixture, http, el } = await open({ ...data, permissionSets: data.permissionSets.filter((ps) => !ps.editable) });
      await choose(fixture, el, 'Text');
      expect(el.querySelector('[data-testid^="fls-row-"]')).toBeNull();
      expect(text(el.querySelector('[data-testid="fls-none"]'))).toBe(
        'No permission sets of your own yet: create one in Setup → Permission Sets to let other users see this field.',
      );
      expect(el.querySelector('[data-testid="fls-permission-sets-link"]')?.getAttribute('href')).toBe('/setup/permission-sets');
      type(el, '[data-testid="prop-label"] input', 'Region');
      submit(el);
      expect(http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/fields' }).request.body).toEqual({
        label: 'Region',
        type: 'Text',
        length: 255,
      });
    });
  });

  it('sends nothing while the label or a needed property is blank', async () => {
    const { fixture, http, el } = await open();
    await choose(fixture, el, 'Picklist');
    submit(el);
    await fixture.whenStable();
    http.expectNone('/api/setup/objects/Account/fields');
    expect(text(el.querySelector('[data-testid="prop-values"] mat-error'))).toBe('Values is required.');
  });
});

describe('EditFieldDialog', () => {
  it('shows what a roll-up computes over which detail object, and changes only its label', async () => {
    const data: EditFieldData = { object: 'fixture__Order__c', field: INVOICE.fields[1], summaryOptions: INVOICE.summaryOptions };
    const close = jest.fn();
    const { fixture, http, el } = setUp(EditFieldDialog, [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ]);
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="edit-field-type"]'))).toBe('Lines_Total__c · Roll-Up Summary (SUM Order Line)');
    type(el, '[data-testid="edit-label"] input', 'Order Lines Total');
    submit(el);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/setup/objects/fixture__Order__c/fields/Lines_Total__c' });
    expect(patch.request.body).toEqual({ label: 'Order Lines Total' });
  });
});

describe('RuleDialog', () => {
  const data: RuleDialogData = { object: 'Account', objectLabel: 'Account', fields: ACCOUNT.fields };

  it('shows a formula error under the formula box with a caret at its position', async () => {
    const close = jest.fn();
    const { fixture, http, el } = setUp(RuleDialog, [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ]);
    await fixture.whenStable();
    type(el, '[data-testid="rule-apiName"] input', 'Region_Required');
    type(el, '[data-testid="rule-formula"] textarea', 'ISBLANK(Region__c) &&');
    type(el, '[data-testid="rule-message"] input', 'Pick a region.');
    submit(el);
    const post = http.expectOne({ method: 'POST', url: '/api/setup/objects/Account/validation-rules' });
    expect(post.request.body).toEqual({
      apiName: 'Region_Required',
      errorConditionFormula: 'ISBLANK(Region__c) &&',
      errorMessage: 'Pick a region.',
      active: true,
    });
    const message = 'expected a value, a field or a function but found the end of the formula at 1:22';
    post.flush([{ errorCode: 'INVALID_FORMULA', message, fields: ['errorConditionFormula'] }], { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(text(el.querySelector('[data-testid="rule-formula-error"]'))).toBe(message);
    expect(el.querySelector('[data-testid="rule-formula-pointer"]')?.textContent).toBe(`1: ISBLANK(Region__c) &&\n${' '.repeat(3 + 21)}^`);
    expect(close).not.toHaveBeenCalled();
  });

  it('edits a rule: no name sent, its location cleared to the top of the form', async () => {
    const close = jest.fn();
    const rule = { ...ACCOUNT.validationRules[1], errorDisplayField: 'Region__c', active: false };
    const { fixture, http, el } = setUp(RuleDialog, [
      { provide: MAT_DIALOG_DATA, useValue: { ...data, rule } },
      { provide: MatDialogRef, useValue: { close } },
    ]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="rule-apiName"]')).toBeNull();
    (el.querySelector('[data-testid="rule-active"] button') as HTMLButtonElement).click();
    fixture.componentInstance['form'].controls['errorDisplayField'].setValue('');
    submit(el);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/setup/objects/Account/validation-rules/Region_Required' });
    expect(patch.request.body).toEqual({
      errorConditionFormula: 'ISBLANK(Region__c)',
      errorMessage: 'Pick a region.',
      active: true,
      errorDisplayField: null,
    });
    patch.flush({ ...rule, active: true, errorDisplayField: null });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(true);
  });
});

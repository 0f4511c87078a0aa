import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { SetupObjectDetail, SetupRecordPage } from '../setup-types';
import { RecordPageEditorPage } from './record-page-editor.page';

const PAGE: SetupRecordPage = {
  apiName: 'Member_Account_Record_Page',
  label: 'Account Record Page',
  recordTypes: [],
  regions: [
    { name: 'header', components: [{ type: 'highlights' }] },
    { name: 'main', components: [{ type: 'details' }, { type: 'relatedLists' }] },
    { name: 'sidebar', components: [{ type: 'component', name: 'fixture:memberSummary', properties: { showTotals: true } }] },
  ],
  packageName: 'Platform Fixture',
  customised: true,
};

const ACCOUNT: SetupObjectDetail = {
  apiName: 'Account',
  label: 'Account',
  pluralLabel: 'Accounts',
  packageName: 'Core',
  fields: [],
  validationRules: [],
  recordTypes: [],
  layouts: [],
  layoutAssignments: [],
  recordPages: [PAGE],
  components: [
    { name: 'fixture:memberSummary', label: 'Member Summary' },
    { name: 'fixture:memberBadge', label: 'Member Badge' },
  ],
  relatedListOptions: [],
  summaryOptions: [],
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await fixture.whenStable();
}

describe('RecordPageEditorPage', () => {
  let fixture: ComponentFixture<RecordPageEditorPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  const click = async (selector: string, within: ParentNode = el) => {
    const button = within.querySelector(selector) as HTMLElement | null;
    if (!button) throw new Error(`no ${selector}`);
    button.click();
    await settle(fixture);
  };
  const regions = () =>
    Object.fromEntries(
      ['header', 'main', 'sidebar'].map((name) => [
        name,
        Array.from(el.querySelectorAll(`[data-testid="edit-region-${name}"] [data-testid^="page-component-"]`)).map((c) =>
          (c.getAttribute('data-testid') ?? '').slice('page-component-'.length),
        ),
      ]),
    );

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RecordPageEditorPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(RecordPageEditorPage);
    http = TestBed.inject(HttpTestingController);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('object', 'Account');
    fixture.componentRef.setInput('page', 'Member_Account_Record_Page');
    fixture.detectChanges();
    http.expectOne('/api/setup/objects/Account').flush(ACCOUNT);
    await settle(fixture);
  });

  it('lists each region’s components by label', () => {
    expect(regions()).toEqual({ header: ['highlights'], main: ['details', 'relatedLists'], sidebar: ['fixture:memberSummary'] });
    expect(el.querySelector('[data-testid="page-component-fixture:memberSummary"]')?.textContent).toContain('Member Summary');
  });

  it('moves the debtor summary to the main region through "Move to", and puts the page with its properties', async () => {
    await click('[data-testid="page-component-fixture:memberSummary"] [data-testid="component-move"]');
    await click('[data-testid="move-to-main"]', document);
    await click('[data-testid="page-component-details"] [data-testid="component-up"]');
    expect(regions()).toEqual({ header: ['highlights', 'details'], main: ['relatedLists', 'fixture:memberSummary'], sidebar: [] });
    await click('[data-testid="record-page-save"]');
    const put = http.expectOne({ method: 'PUT', url: '/api/setup/objects/Account/record-pages/Member_Account_Record_Page' });
    expect(put.request.body).toEqual({
      label: 'Account Record Page',
      recordTypes: [],
      regions: [
        { name: 'header', components: [{ type: 'highlights' }, { type: 'details' }] },
        {
          name: 'main',
          components: [{ type: 'relatedLists' }, { type: 'component', name: 'fixture:memberSummary', properties: { showTotals: true } }],
        },
        { name: 'sidebar', components: [] },
      ],
    });
    put.flush({ ...PAGE, regions: put.request.body.regions });
    await settle(fixture);
    expect(el.querySelector('[data-testid="record-page-saved"]')).not.toBeNull();
  });

  it('adds a package component and removes one', async () => {
    (fixture.componentInstance as unknown as { add(region: string, key: string): void }).add('sidebar', 'component:fixture:memberBadge');
    await settle(fixture);
    await click('[data-testid="page-component-highlights"] [data-testid="component-remove"]');
    expect(regions()).toEqual({ header: [], main: ['details', 'relatedLists'], sidebar: ['fixture:memberSummary', 'fixture:memberBadge'] });
  });

  it('resets to the package page after asking', async () => {
    await click('[data-testid="record-page-reset"]');
    await click('[data-testid="confirm-ok"]', document);
    http
      .expectOne({ method: 'DELETE', url: '/api/setup/objects/Account/record-pages/Member_Account_Record_Page' })
      .flush(null, { status: 204, statusText: 'No Content' });
    // The object is read again (the page stays unstable until that answer comes).
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    http.expectOne('/api/setup/objects/Account').flush({ ...ACCOUNT, recordPages: [{ ...PAGE, customised: false }] });
    await settle(fixture);
    expect(el.querySelector('[data-testid="record-page-reset"]')).toBeNull();
  });
});

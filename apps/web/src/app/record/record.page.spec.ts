import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RECORD_PAGE_CONTEXT, RecordPageContext } from '@platform/web';
import { RecordPageComponent } from './record.page';

/** The body of GET /api/ui/record/Contact/:id: a record page with nothing on it but its title. */
function recordPage(id: string, title: string) {
  return {
    object: { name: 'Contact', label: 'Contact', pluralLabel: 'Contacts' },
    id,
    version: 1,
    recordType: null,
    title,
    highlights: [],
    sections: [],
    relatedLists: [],
    regions: [],
    owner: null,
    actions: { edit: false, delete: false, changeOwner: false },
  };
}

describe('RecordPageComponent loading', () => {
  let fixture: ComponentFixture<RecordPageComponent>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const title = () => el().querySelector('[data-testid="record-title"]')?.textContent?.trim();
  const show = (id: string) => {
    fixture.componentRef.setInput('id', id);
    fixture.detectChanges();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [RecordPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RecordPageComponent);
    fixture.componentRef.setInput('object', 'Contact');
  });

  afterEach(() => http.verify());

  it('shows a progress bar while the record loads, then the record', async () => {
    show('a');
    expect(el().querySelector('mat-progress-bar')).not.toBeNull();
    http.expectOne('/api/ui/record/Contact/a').flush(recordPage('a', 'Alice Able'));
    await fixture.whenStable();
    expect(title()).toBe('Alice Able');
    expect(el().querySelector('mat-progress-bar')).toBeNull();
  });

  it('cancels the load of a record the route has moved on from, and shows the record the route names', async () => {
    show('a');
    const first = http.expectOne('/api/ui/record/Contact/a');
    // Quickly on to the next record, before the first one has answered.
    show('b');
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/ui/record/Contact/b').flush(recordPage('b', 'Bob Baker'));
    await fixture.whenStable();
    expect(title()).toBe('Bob Baker');
  });

  it('shows the error of a failed load, and a newer load replaces it', async () => {
    show('a');
    http
      .expectOne('/api/ui/record/Contact/a')
      .flush([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist', fields: [] }], {
        status: 404,
        statusText: 'Not Found',
      });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="error-message"]')?.textContent?.trim()).toBe('The requested resource does not exist');

    show('b');
    http.expectOne('/api/ui/record/Contact/b').flush(recordPage('b', 'Bob Baker'));
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="error-message"]')).toBeNull();
    expect(title()).toBe('Bob Baker');
  });

  it("a package component's reload draws the page again and resolves once the new answer is in", async () => {
    show('a');
    http.expectOne('/api/ui/record/Contact/a').flush(recordPage('a', 'Alice Able'));
    await fixture.whenStable();
    const context: RecordPageContext = fixture.debugElement.injector.get(RECORD_PAGE_CONTEXT);

    let settled = false;
    const reloaded = context.reload().then(() => (settled = true));
    fixture.detectChanges();
    // The page stays while it reloads.
    expect(title()).toBe('Alice Able');
    http.expectOne('/api/ui/record/Contact/a').flush(recordPage('a', 'Alice Able-Smith'));
    await reloaded;
    expect(settled).toBe(true);
    expect(context.page()?.title).toBe('Alice Able-Smith');
    await fixture.whenStable();
    expect(title()).toBe('Alice Able-Smith');
  });
});

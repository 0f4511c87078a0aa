import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { providePackageObjects, type PackageObjectBehaviour } from '@platform/web';
import { ListViewPageComponent } from './list-view.page';

const VIEWS = {
  object: { name: 'Contact', label: 'Contact', pluralLabel: 'Contacts' },
  createable: false,
  recordTypes: [],
  listViews: [
    { name: 'All', label: 'All Contacts' },
    { name: 'Clients', label: 'Clients' },
  ],
};

/** The body of a list view page: no columns, only its count (enough to tell the answers apart). */
const page = (view: string, totalSize: number) => ({
  view: { name: view, label: view },
  columns: [],
  sort: null,
  totalSize,
  records: [],
  nextCursor: null,
});

describe('ListViewPageComponent loading', () => {
  let fixture: ComponentFixture<ListViewPageComponent>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const count = () => el().querySelector('[data-testid="list-count"]')?.textContent?.trim();
  const recordsRequest = (view: string) => http.expectOne((r) => r.url === `/api/ui/list-views/Contact/${view}`);

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ListViewPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ListViewPageComponent);
    fixture.componentRef.setInput('object', 'Contact');
    fixture.detectChanges();
    http.expectOne('/api/ui/list-views/Contact').flush(VIEWS);
  });

  afterEach(() => http.verify());

  async function loadedFirstPage(): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    recordsRequest('All').flush(page('All', 12));
    await fixture.whenStable();
    expect(count()).toBe('12 items');
  }

  it('a filter applied while a page loads cancels that load; the filtered answer is shown', async () => {
    await loadedFirstPage();
    const input = el().querySelector('[data-testid="list-filter"]') as HTMLInputElement;

    input.value = 'Smi';
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    fixture.detectChanges();
    const first: TestRequest = recordsRequest('All');
    expect(first.request.params.get('search')).toBe('Smi');

    // The user types on before that answer comes: the older request is cancelled, not raced.
    input.value = 'Smith';
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    fixture.detectChanges();
    expect(first.cancelled).toBe(true);
    const second = recordsRequest('All');
    expect(second.request.params.get('search')).toBe('Smith');
    second.flush(page('All', 2));
    await fixture.whenStable();
    expect(count()).toBe('2 items');
  });

  it('another view starts afresh (filter cleared, page 1), and the old view’s load still in flight is cancelled', async () => {
    await loadedFirstPage();
    const input = el().querySelector('[data-testid="list-filter"]') as HTMLInputElement;
    input.value = 'Smith';
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    fixture.detectChanges();
    const filtered = recordsRequest('All');

    fixture.componentRef.setInput('view', 'Clients');
    fixture.detectChanges();
    expect(filtered.cancelled).toBe(true);
    const clients = recordsRequest('Clients');
    expect(clients.request.params.keys()).toEqual([]);
    clients.flush(page('Clients', 5));
    await fixture.whenStable();
    expect(count()).toBe('5 items');
    expect(input.value).toBe('');
  });
});

/** A package's dialog New opens instead of the generic form: it closes saying it wrote a record. */
@Component({ selector: 'app-test-new-dialog', template: `<button data-testid="test-dialog-done" (click)="done()">Done</button>` })
class TestNewDialog {
  readonly data = inject(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef);
  done(): void {
    this.ref.close(true);
  }
}

describe('ListViewPageComponent New, as the installed packages say', () => {
  let http: HttpTestingController;

  function open(object: string, objects: Record<string, PackageObjectBehaviour>): ComponentFixture<ListViewPageComponent> {
    TestBed.configureTestingModule({
      imports: [ListViewPageComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        providePackageObjects(objects),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ListViewPageComponent);
    fixture.componentRef.setInput('object', object);
    fixture.detectChanges();
    http.expectOne(`/api/ui/list-views/${object}`).flush({ ...VIEWS, object: { ...VIEWS.object, name: object }, createable: true });
    return fixture;
  }

  it('is not offered where the package makes the records by its own actions', async () => {
    const fixture = open('Claim', { Claim: { create: false } });
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/ui/list-views/Claim/All').flush(page('All', 1));
    await fixture.whenStable();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="list-count"]')?.textContent?.trim()).toBe('1 item');
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="list-new"]')).toBeNull();
  });

  it("opens the package's dialog (with the object) instead of the form, and loads the list again when it wrote", async () => {
    const fixture = open('Payment', { Payment: { create: () => Promise.resolve(TestNewDialog) } });
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/ui/list-views/Payment/All').flush(page('All', 1));
    await fixture.whenStable();
    fixture.detectChanges();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="list-new"]')?.click();
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    const done = document.querySelector<HTMLButtonElement>('[data-testid="test-dialog-done"]');
    expect(done).not.toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    done?.click();
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/ui/list-views/Payment/All').flush(page('All', 2));
    await fixture.whenStable();
    http.verify();
  });
});

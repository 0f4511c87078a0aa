import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
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

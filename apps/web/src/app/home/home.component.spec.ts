import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { ResponseBody } from '@platform/api-client';
import { HomeComponent } from './home.component';

describe('HomeComponent', () => {
  let fixture: ComponentFixture<HomeComponent>;
  let http: HttpTestingController;

  const text = (testId: string): string =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';
  const all = (testId: string): HTMLElement[] =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`));

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HomeComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomeComponent);
    // Not whenStable: the app stays unstable while the status loads.
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('shows a progress bar while the status loads', () => {
    expect(all('health-loading')).toHaveLength(1);
    http.expectOne('/api/health');
  });

  it('shows the status, the database in use and the loaded packages with versions', async () => {
    const report: ResponseBody<'HealthController_health'> = {
      status: 'ok',
      database: { kind: 'pglite' },
      packages: [
        { name: 'Lumary Platform', namespace: 'lumary', version: '1.0.0' },
        { name: 'Lumary AR', namespace: 'lumary_ar', version: '0.3.2' },
      ],
    };

    const request = http.expectOne('/api/health');
    expect(request.request.method).toBe('GET');
    request.flush(report);
    await fixture.whenStable();

    expect(text('health-status')).toContain('ok');
    expect(text('health-database')).toBe('pglite');
    const packages = all('health-package').map((row) => ({
      name: row.querySelector('[data-testid="health-package-name"]')?.textContent?.trim(),
      namespace: row.querySelector('[data-testid="health-package-namespace"]')?.textContent?.trim(),
      version: row.querySelector('[data-testid="health-package-version"]')?.textContent?.trim(),
    }));
    expect(packages).toEqual(report.packages);
    expect(all('health-loading')).toHaveLength(0);
    expect(all('health-error')).toHaveLength(0);
  });

  it('says so when no packages are loaded', async () => {
    http.expectOne('/api/health').flush({ status: 'ok', database: { kind: 'postgres' }, packages: [] });
    await fixture.whenStable();

    expect(text('health-database')).toBe('postgres');
    expect(all('health-package')).toHaveLength(0);
    expect(text('health-no-packages')).toBe('No metadata packages are loaded.');
  });

  it('shows an error with the HTTP status when the call fails', async () => {
    http.expectOne('/api/health').flush({ message: 'boom' }, { status: 500, statusText: 'Internal Server Error' });
    await fixture.whenStable();

    expect(text('health-error')).toContain('Could not load the server status.');
    expect(text('health-error')).toContain('500 Internal Server Error');
    expect(all('health-database')).toHaveLength(0);
    expect(all('health-loading')).toHaveLength(0);
  });

  it('reports an unreachable server and loads again on "Try again"', async () => {
    http.expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(text('health-error')).toContain('The Lumary server could not be reached.');

    all('health-retry')[0].click();
    fixture.detectChanges();
    http.expectOne('/api/health').flush({ status: 'ok', database: { kind: 'pglite' }, packages: [] });
    await fixture.whenStable();

    expect(all('health-error')).toHaveLength(0);
    expect(text('health-database')).toBe('pglite');
  });
});

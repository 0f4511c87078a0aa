import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideSvgIcons } from '@platform/web';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';
import { authInterceptor } from '../core/auth.interceptor';
import { AuthService } from '../core/auth.service';
import type { Schemas } from '@platform/api-client';
import { OperatorSession } from './operator-session';
import { TenantPage } from './tenant.page';

const PACKAGES: Schemas['LoadedPackage'][] = [
  { name: 'Core', namespace: '', version: '1.0.0', description: null, licence: null, dependencies: [] },
  { name: 'Lumary AR', namespace: 'lumary', version: '22.82.0', description: null, licence: 'Lumary AR', dependencies: ['Core'] },
];
const tenant = (ar?: { version: string; licensed: boolean }): Schemas['TenantSummary'] => ({
  id: 't1',
  name: 'Demo Care Services',
  slug: 'demo',
  timeZone: 'Australia/Sydney',
  packages: [{ name: 'Core', version: '1.0.0', licensed: true }, ...(ar ? [{ name: 'Lumary AR', ...ar }] : [])],
});

describe('TenantPage', () => {
  let fixture: ComponentFixture<TenantPage>;
  let http: HttpTestingController;
  let snack: jest.SpyInstance;

  const el = () => fixture.nativeElement as HTMLElement;
  const row = (name: string) => el().querySelector(`[data-testid="package-row"][data-package="${name}"]`) as HTMLElement;
  const cell = (name: string, testId: string) => row(name).querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();
  const buttons = (name: string) => Array.from(row(name).querySelectorAll('button')).map((b) => b.getAttribute('data-testid'));
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 0));
    await fixture.whenStable();
  };

  async function open(summary: Schemas['TenantSummary']): Promise<void> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [TenantPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        // Again here: a test that resets the module loses test-setup's icons.
        provideSvgIcons(),
      ],
    });
    TestBed.inject(OperatorSession).keep('op-token');
    http = TestBed.inject(HttpTestingController);
    snack = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    fixture = TestBed.createComponent(TenantPage);
    fixture.componentRef.setInput('slug', 'demo');
    // The page's loads start (it stays unstable until they are answered).
    fixture.detectChanges();
    http.expectOne('/api/ops/tenants/demo').flush(summary);
    http.expectOne('/api/ops/packages').flush(PACKAGES);
    await settle();
  }

  /** Clicks a row's button, then the confirmation dialog's button (in the overlay, outside the page). */
  async function act(name: string, testId: string, confirm = true): Promise<void> {
    (row(name).querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click();
    await settle();
    const button = document.querySelector(`[data-testid="${confirm ? 'confirm-ok' : 'confirm-cancel'}"]`) as HTMLButtonElement;
    expect(button).not.toBeNull();
    button.click();
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
  });

  it('shows installed and loaded versions and the licence, with Revoke for a licensed package', async () => {
    await open(tenant({ version: '22.82.0', licensed: true }));
    expect(el().querySelector('[data-testid="ops-title"]')?.textContent?.trim()).toBe('Demo Care Services');
    expect([cell('Lumary AR', 'package-installed'), cell('Lumary AR', 'package-loaded'), cell('Lumary AR', 'package-licensed')]).toEqual([
      '22.82.0',
      '22.82.0',
      'Yes',
    ]);
    expect(buttons('Lumary AR')).toEqual(['package-revoke']);
    expect(cell('Core', 'package-licensed')).toBe('Not needed');
    expect(buttons('Core')).toEqual([]);
  });

  it('offers Install for a package the tenant lacks, and Upgrade when the server’s version is later', async () => {
    await open(tenant());
    expect(cell('Lumary AR', 'package-installed')).toBe('Not installed');
    expect(buttons('Lumary AR')).toEqual(['package-install']);
    fixture.destroy();
    TestBed.resetTestingModule();
    await open(tenant({ version: '22.81.0', licensed: false }));
    expect(buttons('Lumary AR')).toEqual(['package-upgrade', 'package-grant']);
  });

  it('revokes the licence after confirmation, redraws the row and says so', async () => {
    await open(tenant({ version: '22.82.0', licensed: true }));
    await act('Lumary AR', 'package-revoke');
    expect(document.querySelector('[data-testid="confirm-message"]')).toBeNull();
    const patch = http.expectOne('/api/ops/tenants/demo/packages/Lumary%20AR');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ licensed: false });
    expect(patch.request.headers.get('Authorization')).toBe('Bearer op-token');
    patch.flush(tenant({ version: '22.82.0', licensed: false }));
    await settle();
    expect(cell('Lumary AR', 'package-licensed')).toBe('No');
    expect(buttons('Lumary AR')).toEqual(['package-grant']);
    expect(snack).toHaveBeenCalledWith('Revoked the Lumary AR licence from Demo Care Services.', 'Dismiss', expect.anything());
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await open(tenant({ version: '22.82.0', licensed: true }));
    await act('Lumary AR', 'package-revoke', false);
    http.expectNone('/api/ops/tenants/demo/packages/Lumary%20AR');
    expect(snack).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal in the page, the table kept', async () => {
    await open(tenant());
    await act('Lumary AR', 'package-install');
    const post = http.expectOne('/api/ops/tenants/demo/packages');
    expect(post.request.body).toEqual({ package: 'Lumary AR' });
    post.flush([{ errorCode: 'INVALID_OPERATION', message: 'Lumary AR needs Core: install it first.', fields: ['package'] }], {
      status: 400,
      statusText: 'Bad Request',
    });
    await settle();
    expect(el().querySelector('[data-testid="ops-error"]')?.textContent).toContain('Lumary AR needs Core: install it first.');
    expect(row('Lumary AR')).not.toBeNull();
    expect(snack).not.toHaveBeenCalled();
  });

  it('shows the error panel when the tenant does not exist', async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [TenantPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(OperatorSession).keep('op-token');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TenantPage);
    fixture.componentRef.setInput('slug', 'nobody');
    fixture.detectChanges();
    http
      .expectOne('/api/ops/tenants/nobody')
      .flush([{ errorCode: 'NOT_FOUND', message: "No tenant with the slug 'nobody'.", fields: [] }], {
        status: 404,
        statusText: 'Not Found',
      });
    http.expectOne('/api/ops/packages').flush(PACKAGES);
    await settle();
    expect(el().querySelector('[data-testid="page-error"]')?.textContent).toContain("No tenant with the slug 'nobody'.");
  });
});

describe('TenantPage with a refused token', () => {
  it('loads with the operator token, past the shell’s interceptor, and a 401 returns to the token page', async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [TenantPage],
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    jest.spyOn(TestBed.inject(AuthService), 'csrfToken').mockReturnValue('user-csrf');
    const session = TestBed.inject(OperatorSession);
    session.keep('stale');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TenantPage);
    fixture.componentRef.setInput('slug', 'demo');
    fixture.detectChanges();
    const refusal = [{ errorCode: 'INVALID_SESSION_ID', message: 'Bad token.', fields: [] }];
    const load = http.expectOne('/api/ops/tenants/demo');
    expect(load.request.headers.get('Authorization')).toBe('Bearer stale');
    expect(load.request.headers.has('X-CSRF-Token')).toBe(false);
    load.flush(refusal, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/ops/packages').flush(refusal, { status: 401, statusText: 'Unauthorized' });
    await new Promise((r) => setTimeout(r, 0));
    fixture.detectChanges();
    expect(session.token()).toBeNull();
    expect(session.notice()).toContain('sign in again');
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.mock.calls[0][0]).toEqual(['/ops']);
    http.verify();
  });
});

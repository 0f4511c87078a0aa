import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { authInterceptor } from '../core/auth.interceptor';
import { AuthService } from '../core/auth.service';
import { OpsApiService } from './ops-api.service';
import { OperatorSession } from './operator-session';

describe('OpsApiService', () => {
  let http: HttpTestingController;
  let ops: OpsApiService;
  let session: OperatorSession;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      // As the app has it: the shell's interceptor is there, and must not touch the console's calls.
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    ops = TestBed.inject(OpsApiService);
    session = TestBed.inject(OperatorSession);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    // A tenant user signed in in the same tab: their CSRF token must not go to the operator API.
    jest.spyOn(TestBed.inject(AuthService), 'csrfToken').mockReturnValue('user-csrf');
  });

  afterEach(() => http.verify());

  it('keeps a token the API takes, in sessionStorage, and sends it as a bearer token', async () => {
    const signingIn = ops.signIn('op-token');
    const probe = http.expectOne('/api/ops/tenants');
    expect(probe.request.headers.get('Authorization')).toBe('Bearer op-token');
    probe.flush([]);
    await signingIn;
    expect(session.token()).toBe('op-token');
    expect(sessionStorage.getItem('lumary.operatorToken')).toBe('op-token');

    const revoking = ops.setLicence('demo', 'Lumary AR', false);
    const patch = http.expectOne('/api/ops/tenants/demo/packages/Lumary%20AR');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ licensed: false });
    expect(patch.request.headers.get('Authorization')).toBe('Bearer op-token');
    expect(patch.request.headers.has('X-CSRF-Token')).toBe(false);
    patch.flush({ slug: 'demo', packages: [] });
    await revoking;
  });

  it('does not keep a refused token, nor leave the token page', async () => {
    const signingIn = ops.signIn('wrong');
    http
      .expectOne('/api/ops/tenants')
      .flush([{ errorCode: 'INVALID_SESSION_ID', message: 'No.', fields: [] }], { status: 401, statusText: 'Unauthorized' });
    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    expect(session.token()).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('on a 401 forgets the token and returns to the console’s token page, not the user sign-in', async () => {
    session.keep('stale');
    const loading = ops.tenants();
    http
      .expectOne('/api/ops/tenants')
      .flush([{ errorCode: 'INVALID_SESSION_ID', message: 'Bad token.', fields: [] }], { status: 401, statusText: 'Unauthorized' });
    await expect(loading).rejects.toMatchObject({ status: 401, message: 'Bad token.' });
    expect(session.token()).toBeNull();
    expect(sessionStorage.getItem('lumary.operatorToken')).toBeNull();
    expect(session.notice()).toContain('sign in again');
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.mock.calls[0][0]).toEqual(['/ops']);
  });

  it('goes back once when a page’s calls are refused together', async () => {
    session.keep('stale');
    const calls = [ops.tenant('demo'), ops.packages()];
    const refusal = [{ errorCode: 'INVALID_SESSION_ID', message: 'Bad token.', fields: [] }];
    http.expectOne('/api/ops/tenants/demo').flush(refusal, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/ops/packages').flush(refusal, { status: 401, statusText: 'Unauthorized' });
    await Promise.allSettled(calls);
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('passes other refusals on as Salesforce-shaped errors, signed in still', async () => {
    session.keep('op-token');
    const installing = ops.install('demo', 'Lumary AR');
    const request = http.expectOne('/api/ops/tenants/demo/packages');
    expect(request.request.body).toEqual({ package: 'Lumary AR' });
    request.flush(
      [{ errorCode: 'INVALID_OPERATION', message: 'Lumary AR is installed in demo already; upgrade it instead.', fields: ['package'] }],
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(installing).rejects.toMatchObject({ status: 400, message: 'Lumary AR is installed in demo already; upgrade it instead.' });
    expect(session.token()).toBe('op-token');
    expect(navigate).not.toHaveBeenCalled();
  });
});

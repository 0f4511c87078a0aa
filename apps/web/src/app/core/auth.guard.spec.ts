import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { authGuard } from './auth.guard';
import { AuthService } from './auth.service';

const user = { id: 'u1', username: 'fran@acme.test', name: 'Fran', email: 'fran@acme.test', profile: 'Standard User', tenantId: 't1' };

describe('authGuard and a temporary password', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });
  const guard = (url: string) =>
    TestBed.runInInjectionContext(() => authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot)) as Promise<
      boolean | UrlTree
    >;

  async function signIn(mustChangePassword: boolean): Promise<void> {
    const signIn = TestBed.inject(AuthService).signIn('fran@acme.test', 'temporary pass 12');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ csrfToken: 'c', accessToken: 'a', user, mustChangePassword });
    await signIn;
  }

  it('sends a user who signed in with a temporary password to change it first, then back where they were going', async () => {
    await signIn(true);
    const redirect = await guard('/o/Contact/list');
    expect(TestBed.inject(Router).serializeUrl(redirect as UrlTree)).toBe('/change-password?returnUrl=%2Fo%2FContact%2Flist');
    expect(await guard('/change-password')).toBe(true);

    const change = TestBed.inject(AuthService).changePassword('temporary pass 12', 'my own long passphrase');
    const sent = TestBed.inject(HttpTestingController).expectOne('/api/auth/password');
    expect(sent.request.body).toEqual({ currentPassword: 'temporary pass 12', newPassword: 'my own long passphrase' });
    sent.flush(null, { status: 204, statusText: 'No Content' });
    await change;
    expect(await guard('/o/Contact/list')).toBe(true);
  });

  it('lets a user with their own password through', async () => {
    await signIn(false);
    expect(await guard('/o/Contact/list')).toBe(true);
  });
});

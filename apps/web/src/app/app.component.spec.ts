import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AppComponent } from './app.component';
import { AuthService } from './core/auth.service';

describe('AppComponent', () => {
  it('shows the product name in the toolbar, linking home', async () => {
    TestBed.configureTestingModule({
      imports: [AppComponent],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(AppComponent);
    await fixture.whenStable();

    const brand = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="app-brand"]');
    expect(brand?.textContent?.trim()).toBe('Lumary');
    expect(brand?.getAttribute('href')).toBe('/');
  });

  it.each([
    ['System Administrator', true],
    ['Standard User', false],
  ])('shows the Setup gear to a %s: %s', async (profile, shown) => {
    TestBed.configureTestingModule({
      imports: [AppComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(AppComponent);
    const signIn = TestBed.inject(AuthService).signIn('someone@demo.lumary.test', 'secret');
    const user = {
      id: 'u1',
      username: 'someone@demo.lumary.test',
      name: 'Someone',
      email: 'someone@demo.lumary.test',
      profile,
      tenantId: 't1',
    };
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush({ csrfToken: 'token', user });
    await signIn;
    await fixture.whenStable();

    const gear = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="setup-link"]');
    expect(!!gear).toBe(shown);
    if (gear) expect(gear.getAttribute('href')).toBe('/setup');
  });
});

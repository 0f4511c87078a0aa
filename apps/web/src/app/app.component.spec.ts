import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AppComponent } from './app.component';

describe('AppComponent', () => {
  it('shows the product name in the toolbar, linking home', async () => {
    TestBed.configureTestingModule({
      imports: [AppComponent],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(AppComponent);
    await fixture.whenStable();

    const brand = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="app-brand"]',
    );
    expect(brand?.textContent?.trim()).toBe('Lumary');
    expect(brand?.getAttribute('href')).toBe('/');
  });
});

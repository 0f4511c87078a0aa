import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Schemas } from '@platform/api-client';
import { PackageComponentHostComponent } from './package-component-host.component';
import { providePackageComponents } from '@platform/web';

@Component({
  selector: 'app-test-summary',
  template: `<p data-testid="summary">{{ objectName() }} {{ recordId() }} {{ properties()['showOverdue'] }}</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestSummaryComponent {
  readonly objectName = input<string>();
  readonly recordId = input<string>();
  readonly properties = input<Record<string, unknown>>({});
}

const page = { object: { name: 'Contact', label: 'Contact', pluralLabel: 'Contacts' }, id: 'c-1' } as Schemas['RecordPage'];

describe('registered package components', () => {
  async function host(name: string) {
    TestBed.configureTestingModule({
      imports: [PackageComponentHostComponent],
      providers: [providePackageComponents({ 'lumary:debtorSummary': () => Promise.resolve(TestSummaryComponent) })],
    });
    const fixture = TestBed.createComponent(PackageComponentHostComponent);
    fixture.componentRef.setInput('name', name);
    fixture.componentRef.setInput('properties', { showOverdue: true });
    fixture.componentRef.setInput('page', page);
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 0));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws the component registered under the name, with the inputs it declares', async () => {
    const el = await host('lumary:debtorSummary');
    expect(el.querySelector('[data-testid="summary"]')?.textContent?.trim()).toBe('Contact c-1 true');
  });

  it('draws nothing for a name no package registered', async () => {
    const el = await host('other:unknown');
    expect(el.textContent?.trim()).toBe('');
  });
});

import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import { FieldValueComponent } from './field-value.component';

describe('FieldValueComponent (read)', () => {
  let fixture: ComponentFixture<FieldValueComponent>;

  async function draw(type: string, value: unknown, reference: Schemas['UiReference'] | null = null, scale: number | null = null) {
    fixture.componentRef.setInput('type', type);
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('reference', reference);
    fixture.componentRef.setInput('scale', scale);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const text = (el: HTMLElement) => el.textContent?.trim();
  const link = (el: HTMLElement) => el.querySelector('a');

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [FieldValueComponent], providers: [provideRouter([])] });
    fixture = TestBed.createComponent(FieldValueComponent);
  });

  it.each([
    ['Text', 'Ms Mai Nguyen', 'Ms Mai Nguyen'],
    ['TextArea', 'line one\nline two', 'line one\nline two'],
    ['LongTextArea', 'A long note', 'A long note'],
    ['Number', '1234.5', '1,234.5'],
    ['Currency', '1234.5', '$1,234.50'],
    ['Percent', '12.5', '12.5%'],
    ['Date', '2026-11-23', '23 Nov 2026'],
    ['Picklist', 'Open', 'Open'],
    ['MultiPicklist', ['Core', 'Capacity Building'], 'Core; Capacity Building'],
    ['AutoNumber', 'INV-000123', 'INV-000123'],
  ])('draws a %s as text a person reads', async (type, value, shown) => {
    const el = await draw(type, value);
    expect(text(el)).toBe(shown);
    expect(link(el)).toBeNull();
  });

  it('draws a DateTime in the browser zone', async () => {
    expect(text(await draw('DateTime', new Date(2026, 10, 23, 9, 30).toISOString()))).toBe('23 Nov 2026, 9:30 am');
  });

  it('links an Email with mailto:, a Phone with tel: and a Url to the address', async () => {
    expect(link(await draw('Email', 'accounts@example.com'))?.getAttribute('href')).toBe('mailto:accounts@example.com');
    expect(link(await draw('Phone', '02 9999 0000'))?.getAttribute('href')).toBe('tel:02 9999 0000');
    const url = link(await draw('Url', 'https://lumary.example'));
    expect(url?.getAttribute('href')).toBe('https://lumary.example');
    expect(url?.getAttribute('rel')).toContain('noopener');
  });

  it("links a Lookup to the target record by its name, a polymorphic one to the target's own object", async () => {
    const el = await draw('Lookup', 'c-1', { object: 'Account', id: 'c-1', name: 'My Plan Manager' });
    expect(text(el)).toBe('My Plan Manager');
    expect(link(el)?.getAttribute('href')).toBe('/o/Account/c-1');
  });

  it('shows a tick for a checked Checkbox and an empty box otherwise', async () => {
    expect((await draw('Checkbox', true)).querySelector('mat-icon')?.getAttribute('aria-label')).toBe('Yes');
    expect((await draw('Checkbox', false)).querySelector('mat-icon')?.getAttribute('aria-label')).toBe('No');
  });

  it('draws a Formula and a Summary by the type they return (the displayType), and blanks as nothing', async () => {
    expect(text(await draw('Currency', '99.9'))).toBe('$99.90');
    expect(text(await draw('Number', '148', null, 0))).toBe('148');
    expect(text(await draw('Currency', null))).toBe('');
  });
});

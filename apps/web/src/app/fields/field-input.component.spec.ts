import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { MatSelect } from '@angular/material/select';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { Schemas } from '@platform/api-client';
import { FieldInputComponent } from './field-input.component';

const field = (type: string, extra: Partial<Schemas['UiFormField']> = {}): Schemas['UiFormField'] => ({
  name: 'F__c',
  label: 'The Field',
  type,
  displayType: type,
  relationshipName: null,
  referenceTo: [],
  scale: null,
  required: false,
  createable: true,
  updateable: true,
  length: null,
  precision: null,
  helpText: null,
  defaultValue: null,
  picklistValues: [],
  ...extra,
});

describe('FieldInputComponent (edit)', () => {
  let fixture: ComponentFixture<FieldInputComponent>;

  async function draw(f: Schemas['UiFormField'], value: unknown = null, mode: 'create' | 'edit' = 'create') {
    const control = new FormControl(value);
    fixture = TestBed.createComponent(FieldInputComponent);
    fixture.componentRef.setInput('field', f);
    fixture.componentRef.setInput('control', control);
    fixture.componentRef.setInput('mode', mode);
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, control };
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [FieldInputComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it.each([
    ['Text', 'text'],
    ['Email', 'email'],
    ['Phone', 'tel'],
    ['Url', 'url'],
    ['Number', 'text'],
    ['Currency', 'text'],
    ['Percent', 'text'],
    ['Date', 'date'],
    ['DateTime', 'datetime-local'],
  ])('edits a %s with an <input type=%s>', async (type, inputType) => {
    const { el, control } = await draw(field(type, { length: 80 }));
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.type).toBe(inputType);
    const typed: Record<string, string> = { Date: '2026-11-23', DateTime: '2026-11-23T09:30', Email: 'a@b.au', Url: 'https://b.au' };
    input.value = typed[type] ?? '12.50';
    input.dispatchEvent(new Event('input'));
    expect(control.value).toBe(typed[type] ?? '12.50');
  });

  it('keeps money and numbers as text with a decimal keyboard, and marks money with $ and percent with %', async () => {
    const money = (await draw(field('Currency'))).el;
    expect(money.querySelector('input')?.getAttribute('inputmode')).toBe('decimal');
    expect(money.textContent).toContain('$');
    expect((await draw(field('Percent'))).el.textContent).toContain('%');
  });

  it('edits a TextArea and a LongTextArea in a <textarea>', async () => {
    expect((await draw(field('TextArea'))).el.querySelector('textarea')?.rows).toBe(3);
    expect((await draw(field('LongTextArea'))).el.querySelector('textarea')?.rows).toBe(5);
  });

  it('edits a Checkbox with a checkbox', async () => {
    const { el, control } = await draw(field('Checkbox'), false);
    (el.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(control.value).toBe(true);
  });

  it("offers a Picklist's values (with --None-- when optional) and a MultiPicklist's as a multiple select", async () => {
    const values = [
      { value: 'Open', label: 'Open', default: true },
      { value: 'Closed', label: 'Closed', default: false },
    ];
    const single = (await draw(field('Picklist', { picklistValues: values }), 'Open')).el;
    expect(single.querySelector('mat-select')).not.toBeNull();
    expect(single.querySelector('mat-select')?.textContent?.trim()).toBe('Open');
    const multi = (await draw(field('MultiPicklist', { picklistValues: values }), ['Open'])).el;
    expect(fixture.debugElement.query(By.directive(MatSelect)).componentInstance.multiple).toBe(true);
    expect(multi.querySelector('mat-select')?.textContent?.trim()).toBe('Open');
  });

  it('edits a Lookup with a searchable picker that asks the server for the target object by name', async () => {
    const { el } = await draw(field('Lookup', { referenceTo: ['Contact'] }));
    const input = el.querySelector('app-lookup-picker input') as HTMLInputElement;
    expect(input).not.toBeNull();
    const http = TestBed.inject(HttpTestingController);
    input.value = "O'Brien";
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 300));
    const search = http.expectOne((r) => r.url === '/api/ui/lookup/Contact');
    expect(search.request.params.get('q')).toBe("O'Brien");
    search.flush({ records: [{ id: 'c1', name: "Ann O'Brien" }] });
  });

  it('asks which object first for a polymorphic Lookup', async () => {
    const { el } = await draw(field('Lookup', { referenceTo: ['Contact', 'Account'] }));
    expect(el.querySelector('[data-testid="lookup-target"]')).not.toBeNull();
  });

  it.each(['AutoNumber', 'Formula', 'Summary'])('shows a %s read-only: the server computes it', async (type) => {
    const { el } = await draw(
      field(type, { createable: false, updateable: false, displayType: type === 'AutoNumber' ? 'AutoNumber' : 'Currency' }),
      type === 'AutoNumber' ? 'INV-000001' : '12.5',
    );
    expect(el.querySelector('input, textarea, mat-select')).toBeNull();
    expect(el.textContent).toContain(type === 'AutoNumber' ? 'INV-000001' : '$12.50');
  });

  it('shows a field the user may create but not update read-only when editing', async () => {
    const { el } = await draw(field('Text', { updateable: false }), 'kept', 'edit');
    expect(el.querySelector('input')).toBeNull();
    expect(el.textContent).toContain('kept');
  });

  it("shows the server's message under the field", async () => {
    const { el, control } = await draw(field('Date', { label: 'End Date' }), '2026-07-01');
    control.setErrors({ server: 'End Date must be after the Start Date.' });
    control.markAsTouched();
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('End Date must be after the Start Date.');
  });
});

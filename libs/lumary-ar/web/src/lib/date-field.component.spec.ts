import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';
import { controlError } from './server-errors';

/** A dialog's form as the dialogs hold it: the date field shows a control of the host's form. */
@Component({
  imports: [ReactiveFormsModule, DateFieldComponent],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()">
      <app-ar-date-field name="date" label="Reversal date" [control]="form.controls.date" [error]="error()" />
      <button type="submit">Review</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly form = new FormGroup({ date: todayControl() });
  error(): string | null {
    return controlError(this.form.controls.date as FormControl, 'Date');
  }
}

describe('DateFieldComponent', () => {
  async function draw() {
    TestBed.configureTestingModule({ imports: [HostComponent] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, input: el.querySelector('input') as HTMLInputElement };
  }

  it("shows today's date as dd/mm/yyyy, labelled, with the field's test id", async () => {
    const { el, input } = await draw();
    expect(el.querySelector('[data-testid="field-date"] mat-label')?.textContent?.trim()).toBe('Reversal date');
    expect(input.value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(apiDate(input.value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(el.querySelector('mat-error')).toBeNull();
  });

  it("shows the error once the host's form is submitted with a date that is not dd/mm/yyyy", async () => {
    const { fixture, el, input } = await draw();
    input.value = '31/02/2027';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.querySelector('mat-error')).toBeNull();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Enter the date as dd/mm/yyyy.');
  });

  it('passes a date the API would not take as typed, for the API to name', () => {
    expect(apiDate('12/01/2027')).toBe('2027-01-12');
    expect(apiDate('tomorrow')).toBe('tomorrow');
  });
});

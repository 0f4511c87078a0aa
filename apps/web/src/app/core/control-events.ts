import { ChangeDetectorRef, effect, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * For an OnPush component showing controls of a form it does not own: checks it again on every
 * event of those controls (touched on the parent's submit, value, status), so required fields and
 * errors show as soon as the parent's form is submitted. Call in the constructor.
 */
export function checkOnControlEvents(controls: () => AbstractControl[]): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect((onCleanup) => {
    const subscriptions = controls().map((control) => control.events.subscribe(() => changeDetector.markForCheck()));
    onCleanup(() => subscriptions.forEach((s) => s.unsubscribe()));
  });
}

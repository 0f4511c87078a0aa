import { signal } from '@angular/core';
import { toApiError } from '@platform/web';

/**
 * The busy / error state of a page's or form's server calls: `run` marks it busy and clears the
 * last error, runs the call, and on failure shows the API error's message (the form keeps what
 * the user typed).
 */
export class BusyAction {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  /** Runs `call`; resolves true when it succeeded, false when its error is now shown. */
  async run(call: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await call();
      return true;
    } catch (e) {
      this.error.set(toApiError(e).message);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

/**
 * The one way the app says that something worked (a record saved, an invoice issued, a payment
 * posted) or failed after its dialog closed: a Material snack bar at the bottom, announced to
 * screen readers (politely for success, assertively for an error), with a Close button, its text
 * whole (it wraps, never cut off).
 */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private readonly snackBar = inject(MatSnackBar);

  success(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 8000, politeness: 'polite', panelClass: 'app-toast' });
  }

  error(message: string): void {
    this.snackBar.open(message, 'Close', { duration: 12000, politeness: 'assertive', panelClass: ['app-toast', 'app-toast-error'] });
  }
}

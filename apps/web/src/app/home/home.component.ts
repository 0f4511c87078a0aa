import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ResponseBody } from '@platform/api-client';
import { HealthService } from '../health/health.service';

type HealthState =
  | { kind: 'loading' }
  | { kind: 'loaded'; report: ResponseBody<'HealthController_health'> }
  | { kind: 'failed'; message: string };

@Component({
  selector: 'app-home',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatListModule,
    MatProgressBarModule,
  ],
  templateUrl: './home.component.html',
  styleUrl: './home.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomeComponent {
  private readonly healthService = inject(HealthService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly health = signal<HealthState>({ kind: 'loading' });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.health.set({ kind: 'loading' });
    this.healthService
      .getHealth()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => this.health.set({ kind: 'loaded', report }),
        error: (error: unknown) =>
          this.health.set({ kind: 'failed', message: describeError(error) }),
      });
  }
}

function describeError(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    // Status 0 means the request never got an HTTP answer (server down, proxy not running).
    return error.status === 0
      ? 'The Lumary server could not be reached.'
      : `The Lumary server answered ${error.status} ${error.statusText}.`.trim();
  }
  return 'The server status could not be read.';
}

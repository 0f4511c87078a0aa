import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
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
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatListModule, MatProgressBarModule],
  templateUrl: './home.component.html',
  styleUrl: './home.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomeComponent {
  private readonly healthService = inject(HealthService);

  /** GET /api/health; "Try again" loads it again (a request still in flight is cancelled). */
  private readonly report = rxResource({
    stream: () => this.healthService.getHealth(),
  });

  protected readonly health = computed<HealthState>(() => {
    if (this.report.isLoading()) return { kind: 'loading' };
    const error = this.report.error();
    if (error) return { kind: 'failed', message: describeError(error) };
    const report = this.report.value();
    return report ? { kind: 'loaded', report } : { kind: 'loading' };
  });

  protected load(): void {
    this.report.reload();
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

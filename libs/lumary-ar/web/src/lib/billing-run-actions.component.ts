import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Schemas } from '@platform/api-client';

/** A billing run's page: its progress (live while it works, the figures and errors after) on the billing run page. */
@Component({
  selector: 'app-ar-billing-run-actions',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    <a mat-stroked-button [routerLink]="['/lumary/billing-run']" [queryParams]="{ run: id() }" data-testid="billing-run-follow"
      ><mat-icon svgIcon="monitoring" />Progress</a
    >
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingRunActionsComponent {
  readonly page = input.required<Schemas['RecordPage']>();
  protected readonly id = computed(() => this.page().id);
}

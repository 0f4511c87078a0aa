import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError, formatCurrency, formatDate } from '@platform/web';
import { ErrorPanelComponent } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { apiDate, todayControl } from './ar-dates';
import { DateFieldComponent } from './date-field.component';

const BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;

/**
 * Aged NDIA receivables at a date: what the NDIA still owes (Submitted claims, and short payments'
 * shortfalls not written off) by days since submission, with each claim; the total is what those
 * claims hold on NDIA Claims Receivable.
 */
@Component({
  selector: 'app-ar-ndia-claims-aged-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, RouterLink, ErrorPanelComponent, DateFieldComponent],
  template: `
    <h1 class="title">Aged NDIA receivables</h1>
    @if (pageError(); as e) {
      <app-error-panel [error]="e" />
    } @else {
      <form class="row" [formGroup]="form" (ngSubmit)="load()">
        <app-ar-date-field name="asAt" label="As at" [control]="asAt" [error]="fieldError()" />
        <button mat-flat-button type="submit" [disabled]="asAt.invalid" data-testid="ndia-aged-show">Show</button>
      </form>
      @if (report(); as r) {
        <mat-card appearance="outlined" class="card">
          <mat-card-content>
            <dl class="counts" data-testid="ndia-aged-buckets">
              @for (b of buckets; track b) {
                <dt>{{ b }} days</dt>
                <dd>{{ money(r.buckets[b]) }}</dd>
              }
              <dt>Total</dt>
              <dd data-testid="ndia-aged-total">{{ money(r.total) }}</dd>
            </dl>
            @if (r.claims.length) {
              <div class="table-wrap">
                <table class="table" data-testid="ndia-aged-claims">
                  <thead>
                    <tr>
                      <th scope="col">Claim</th>
                      <th scope="col">Client</th>
                      <th scope="col">Status</th>
                      <th scope="col">Submitted</th>
                      <th scope="col" class="num">Days</th>
                      <th scope="col" class="num">Outstanding</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (c of r.claims; track c.id) {
                      <tr>
                        <td>
                          <a [routerLink]="['/o', 'lumary__Claim__c', c.id]">{{ c.name }}</a>
                        </td>
                        <td>{{ c.clientName }}</td>
                        <td>{{ c.status }}</td>
                        <td>{{ date(c.submittedDate) }}</td>
                        <td class="num">{{ c.days }}</td>
                        <td class="num">{{ money(c.outstanding) }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            } @else {
              <p>Nothing is owed by the NDIA at this date.</p>
            }
          </mat-card-content>
        </mat-card>
      }
    }
  `,
  styles: `
    .title {
      font: var(--mat-sys-headline-small);
      margin: 0 0 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    .row app-ar-date-field {
      flex: 0 1 220px;
    }
    .card {
      max-width: 960px;
      margin-top: 16px;
    }
    .counts {
      display: grid;
      grid-template-columns: 160px auto;
      gap: 4px 16px;
      margin: 0 0 16px;
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .table {
      border-collapse: collapse;
      width: 100%;
    }
    .table th,
    .table td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .table .num {
      text-align: right;
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NdiaClaimsAgedPage {
  private readonly ar = inject(ArApiService);
  protected readonly buckets = BUCKETS;
  protected readonly asAt: FormControl<string | null> = todayControl();
  protected readonly form = new FormGroup({ asAt: this.asAt });
  protected readonly report = signal<Schemas['AgedNdiaClaimsDto'] | null>(null);
  protected readonly pageError = signal<ApiError | null>(null);
  protected readonly fieldError = signal<string | null>(null);
  protected readonly date = formatDate;
  protected readonly money = (value: string | null | undefined) => formatCurrency(value ?? '');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.fieldError.set(null);
    if (this.asAt.invalid) return;
    try {
      this.report.set(await this.ar.ndiaClaimsAged(apiDate(this.asAt.value)));
    } catch (error) {
      const e = toApiError(error);
      if (e.status === 400) this.fieldError.set(e.message);
      else this.pageError.set(e);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { formatCurrency, toApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { ArApiService, Debtor } from './ar-api.service';
import { toDayMonthYear } from './ar-dates';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';

/**
 * A debtor's payment history (`/lumary/payment-history?debtor=`): who (searched by name), then
 * their payments newest first, each with its allocations (invoice, amount, date, reversed), the
 * totals received, allocated and unallocated, and the CSV.
 */
@Component({
  selector: 'app-ar-payment-history-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    LedgerNavComponent,
  ],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Payment history</h1>
    <div class="controls">
      <mat-form-field data-testid="field-debtor">
        <mat-label>Debtor</mat-label>
        <input matInput [formControl]="search" [matAutocomplete]="auto" placeholder="Type a contact's or account's name" />
        <mat-autocomplete #auto="matAutocomplete" [displayWith]="name" (optionSelected)="choose($event.option.value)">
          @for (d of matches(); track d.id) {
            <mat-option [value]="d" data-testid="debtor-option">{{ d.name }} · {{ d.object }}</mat-option>
          }
        </mat-autocomplete>
      </mat-form-field>
      @if (history(); as h) {
        <a mat-stroked-button [href]="csvUrl()" download data-testid="history-csv"><mat-icon svgIcon="download" />CSV</a>
      }
    </div>
    @if (error(); as e) {
      <p class="error" role="alert">{{ e }}</p>
    } @else if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the payments" />
    } @else if (history(); as h) {
      <h2 class="subtitle">
        <a [routerLink]="['/o', h.debtor.type, h.debtor.id]">{{ h.debtor.name ?? h.debtor.id }}</a>
      </h2>
      <p data-testid="history-totals">
        Received {{ money(h.totals.received) }} · allocated {{ money(h.totals.allocated) }} · unallocated {{ money(h.totals.unallocated) }}
      </p>
      <div class="table-wrap">
        <table class="report" data-testid="history-table">
          <thead>
            <tr>
              <th>Date</th>
              <th>Payment</th>
              <th>Method</th>
              <th>Reference</th>
              <th class="num">Amount</th>
              <th class="num">Allocated</th>
              <th class="num">Unallocated</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            @for (p of h.payments; track p.id) {
              <tr data-testid="history-payment">
                <td>{{ dmy(p.date) }}</td>
                <td>
                  <a [routerLink]="['/o', 'lumary__Payment__c', p.id]">{{ p.number }}</a>
                </td>
                <td>{{ p.method }}</td>
                <td class="wrap">{{ p.reference ?? '' }}</td>
                <td class="num">{{ money(p.amount) }}</td>
                <td class="num">{{ money(p.allocated) }}</td>
                <td class="num">{{ money(p.unallocated) }}</td>
                <td class="wrap">
                  {{ p.status }}
                  @if (p.reversalDate) {
                    <span class="muted">{{ dmy(p.reversalDate) }} · {{ p.reversalReason }}</span>
                  }
                </td>
              </tr>
              @for (a of p.allocations ?? []; track a.id) {
                <tr class="allocation" data-testid="history-allocation">
                  <td>{{ dmy(a.date) }}</td>
                  <td colspan="3" class="wrap">
                    → <a [routerLink]="['/o', 'lumary__Invoice__c', a.invoice?.id]">{{ a.invoice?.name }}</a>
                    @if (a.reversed) {
                      <span class="muted"> reversed {{ dmy(a.reversedDate) }}</span>
                    }
                  </td>
                  <td></td>
                  <td class="num">{{ money(a.amount) }}</td>
                  <td colspan="2"></td>
                </tr>
              }
            } @empty {
              <tr>
                <td colspan="8">No payments from this debtor.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">Choose a debtor to see their payments.</p>
    }
  `,
  styles: [LEDGER_STYLES, '.allocation td { color: var(--mat-sys-on-surface-variant); border-bottom-style: dashed; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentHistoryPage {
  private readonly ar = inject(ArApiService);
  private readonly router = inject(Router);

  readonly debtor = input<string>();

  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly dmy = (value: string | null | undefined) => toDayMonthYear(value ?? '');
  protected readonly name = (d: Debtor | string | null) => (d && typeof d === 'object' ? d.name : (d ?? ''));
  protected readonly search = new FormControl<Debtor | string | null>(null);
  protected readonly matches = signal<Debtor[]>([]);
  protected readonly history = signal<Schemas['PaymentHistoryDto'] | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly csvUrl = computed(() => this.ar.paymentHistoryCsvUrl(this.history()?.debtor.id ?? ''));

  constructor() {
    this.search.valueChanges.pipe(debounceTime(250), distinctUntilChanged()).subscribe((value) => {
      if (typeof value !== 'string' || value.trim().length < 2) return this.matches.set([]);
      void this.ar.searchDebtors(value).then(
        (found) => this.matches.set(found),
        () => this.matches.set([]),
      );
    });
    effect(() => {
      const id = this.debtor();
      if (id) void this.load(id);
      else this.history.set(null);
    });
  }

  protected choose(debtor: Debtor): void {
    void this.router.navigate([], { queryParams: { debtor: debtor.id } });
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const history = await this.ar.paymentHistory(id);
      this.history.set(history);
      if (typeof this.search.value !== 'object' || this.search.value?.id !== id)
        this.search.setValue({ id, name: history.debtor.name ?? id, object: history.debtor.type }, { emitEvent: false });
    } catch (error) {
      this.history.set(null);
      this.error.set(toApiError(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, inject, OnDestroy, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { formatCurrency, toApiError } from '@platform/web';
import { ConfirmService, ToastService } from '@platform/web/ui';
import type { Schemas } from '@platform/api-client';
import { ArApiService } from './ar-api.service';
import { toDayMonthYear } from './ar-dates';
import { CollectionNoteDialog, type CollectionNoteData } from './collection-note.dialog';
import { LEDGER_STYLES, LedgerNavComponent } from './ledger-nav.component';
import { todayIso } from './server-errors';

type Row = Schemas['WorklistRowDto'];

/**
 * The collections worklist (`/lumary/collections`): overdue debtors, highest score first
 * (Σ balance × days overdue × risk weight), each with its risk and the reasons, last contact,
 * next reminder and promises (a broken one flags a follow-up); from each, log a call or note,
 * record a promise to pay, or open its statement. Also: run the reminders now, and email every
 * debtor with a balance its statement (a job, its progress shown).
 */
@Component({
  selector: 'app-ar-collections-worklist-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, LedgerNavComponent],
  template: `
    <app-ar-ledger-nav />
    <h1 class="title">Collections worklist</h1>
    <div class="controls">
      <button mat-flat-button type="button" (click)="runReminders()" [disabled]="busy()" data-testid="worklist-run-reminders">
        <mat-icon svgIcon="send" />Run reminders now
      </button>
      <button mat-stroked-button type="button" (click)="sendStatements()" [disabled]="busy()" data-testid="worklist-send-statements">
        <mat-icon svgIcon="mail" />Email all statements
      </button>
    </div>
    @if (statementProgress(); as p) {
      <p class="progress" role="status" data-testid="worklist-statement-progress">{{ p }}</p>
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e }}</p>
    } @else if (worklist(); as w) {
      <p class="hint">
        Ranked by overdue balance × days overdue × risk weight (High {{ w.weights['High'] }}, Medium {{ w.weights['Medium'] }}, no history
        {{ w.weights['None'] }}, Low {{ w.weights['Low'] }}), as of {{ date(w.asOf) }}.
      </p>
      <ol class="worklist" data-testid="worklist">
        @for (r of w.debtors; track r.debtor.id) {
          <li class="card" data-testid="worklist-row" [attr.data-debtor]="r.debtor.id">
            <div class="head">
              <a class="name" [routerLink]="['/o', r.debtor.type, r.debtor.id]">{{ r.debtor.name ?? r.debtor.id }}</a>
              <span class="risk" [attr.data-level]="r.risk.level ?? 'none'" data-testid="worklist-risk" [attr.title]="reasons(r)">{{
                r.risk.level ? r.risk.level + ' risk' : 'No history'
              }}</span>
              @if (r.followUp) {
                <span class="follow-up" data-testid="worklist-follow-up">Follow up: promise broken</span>
              }
            </div>
            <dl>
              <div>
                <dt>Overdue</dt>
                <dd data-testid="worklist-overdue">{{ money(r.overdue) }}</dd>
              </div>
              <div>
                <dt>Oldest</dt>
                <dd>{{ r.oldestDaysOverdue }} days</dd>
              </div>
              <div>
                <dt>Score</dt>
                <dd data-testid="worklist-score">{{ r.score }}</dd>
              </div>
              <div>
                <dt>Last contact</dt>
                <dd data-testid="worklist-last-contact">
                  {{ r.lastContact ? date(r.lastContact.date) + ' · ' + r.lastContact.type : '—' }}
                </dd>
              </div>
              <div>
                <dt>Next reminder</dt>
                <dd data-testid="worklist-next-reminder">
                  {{
                    r.remindersPaused
                      ? 'Paused'
                      : r.nextReminder
                        ? date(r.nextReminder.date) +
                          ' · ' +
                          (r.nextReminder.step ?? r.nextReminder.offset + ' days') +
                          ' · ' +
                          r.nextReminder.invoice
                        : '—'
                  }}
                </dd>
              </div>
            </dl>
            <ul class="invoices" data-testid="worklist-invoices">
              @for (i of r.invoices; track i.id) {
                <li>
                  <a [routerLink]="['/o', 'lumary__Invoice__c', i.id]">{{ i.name }}</a> · {{ money(i.balance) }} · {{ i.daysOverdue }} days
                  overdue{{ i.predictedPayDate ? ' · expected ' + date(i.predictedPayDate) : '' }}
                </li>
              }
            </ul>
            @if (r.risk.reasons.length) {
              <ul class="reasons">
                @for (reason of r.risk.reasons; track reason.code) {
                  <li>{{ reason.text }}</li>
                }
              </ul>
            }
            @if (r.promises.length) {
              <ul class="promises" data-testid="worklist-promises">
                @for (p of r.promises; track p.id) {
                  <li [attr.data-status]="p.status">
                    {{ p.status }}: {{ money(p.amount) }} by {{ date(p.promiseDate) }} (paid {{ money(p.paidTowards) }}){{
                      p.note ? ' · ' + p.note : ''
                    }}
                  </li>
                }
              </ul>
            }
            <div class="actions">
              <button mat-stroked-button type="button" (click)="note(r, 'activity')" data-testid="worklist-log">
                <mat-icon svgIcon="edit" />Log call or note
              </button>
              <button mat-stroked-button type="button" (click)="note(r, 'promise')" data-testid="worklist-promise">
                <mat-icon svgIcon="event" />Promise to pay
              </button>
              <a mat-button [href]="statementUrl(r)" target="_blank" rel="noopener" data-testid="worklist-statement">
                <mat-icon svgIcon="description" />Statement
              </a>
            </div>
          </li>
        } @empty {
          <li class="empty">No debtor is overdue.</li>
        }
      </ol>
    } @else {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the worklist" />
    }
  `,
  styles: [
    LEDGER_STYLES,
    `
      .worklist {
        list-style: none;
        padding: 0;
        margin: 0;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .card {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 12px;
        padding: 12px 16px;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      .name {
        font: var(--mat-sys-title-medium);
        overflow-wrap: anywhere;
      }
      .risk,
      .follow-up {
        border-radius: 12px;
        padding: 2px 8px;
        font: var(--mat-sys-label-medium);
        background: var(--mat-sys-surface-container-high);
      }
      .risk[data-level='High'],
      .follow-up {
        background: #c23934;
        color: #fff;
      }
      .risk[data-level='Medium'] {
        background: #8c4b02;
        color: #fff;
      }
      .risk[data-level='Low'] {
        background: #2e844a;
        color: #fff;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
        gap: 4px 16px;
        margin: 8px 0;
      }
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .reasons,
      .promises,
      .invoices {
        margin: 4px 0;
        padding-left: 20px;
      }
      .promises [data-status='Broken'] {
        color: var(--mat-sys-error);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .hint,
      .progress {
        color: var(--mat-sys-on-surface-variant);
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionsWorklistPage implements OnDestroy {
  private readonly ar = inject(ArApiService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly toast = inject(ToastService);
  private poll: ReturnType<typeof setTimeout> | undefined;

  protected readonly worklist = signal<Schemas['WorklistDto'] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly statementProgress = signal<string | null>(null);
  protected readonly money = (value: unknown) => formatCurrency(value ?? '0');
  protected readonly date = (iso: string) => toDayMonthYear(iso);

  constructor() {
    void this.load();
  }

  ngOnDestroy(): void {
    clearTimeout(this.poll);
  }

  protected reasons(r: Row): string {
    return r.risk.reasons.map((x) => x.text).join(' ') || (r.risk.noHistory ? 'Fewer than 3 invoices paid in the last year.' : '');
  }

  protected statementUrl(r: Row): string {
    return this.ar.statementUrl(r.debtor.id, todayIso(), 'pdf');
  }

  protected async note(r: Row, kind: CollectionNoteData['kind']): Promise<void> {
    const data: CollectionNoteData = { debtor: { id: r.debtor.id, name: r.debtor.name ?? null }, kind };
    const ref = this.dialog.open(CollectionNoteDialog, { data, width: '440px', maxWidth: '95vw' });
    if (await firstValueFrom(ref.afterClosed())) {
      this.toast.success(kind === 'promise' ? 'Promise to pay recorded.' : 'Contact logged.');
      await this.load();
    }
  }

  protected async runReminders(): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Run reminders now?',
      message: 'Each overdue invoice gets the furthest reminder step now due, unless it was sent; one email per debtor.',
      confirm: 'Run reminders',
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      const run = await this.ar.runReminders();
      this.toast.success(`${run.emails} reminder email(s) queued, ${run.reminders} invoice reminder(s) recorded.`);
      await this.load();
    } catch (error) {
      this.toast.error(toApiError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async sendStatements(): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Email all statements?',
      message: `Every debtor with a balance gets its statement as at ${toDayMonthYear(todayIso())} by email.`,
      confirm: 'Email statements',
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      const run = await this.ar.sendAllStatements(todayIso());
      this.statementProgress.set('Statements: queued…');
      this.follow(run.runId);
    } catch (error) {
      this.busy.set(false);
      this.toast.error(toApiError(error).message);
    }
  }

  private follow(runId: string): void {
    this.poll = setTimeout(async () => {
      try {
        const status = await this.ar.statementRun(runId);
        const p = (status.progress ?? {}) as { total?: number; done?: number; queued?: number };
        this.statementProgress.set(`Statements: ${p.done ?? 0} of ${p.total ?? '…'} debtors, ${p.queued ?? 0} emailed.`);
        if (status.state === 'completed') {
          this.busy.set(false);
          this.toast.success(`${p.queued ?? 0} statement(s) queued to send.`);
          return;
        }
        if (status.state === 'failed' || status.state === 'cancelled') {
          this.busy.set(false);
          this.toast.error('Emailing the statements failed.');
          return;
        }
        this.follow(runId);
      } catch (error) {
        this.busy.set(false);
        this.toast.error(toApiError(error).message);
      }
    }, 1000);
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      this.worklist.set(await this.ar.worklist());
    } catch (error) {
      this.error.set(toApiError(error).message);
    }
  }
}

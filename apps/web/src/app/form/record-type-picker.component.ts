import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatRadioModule } from '@angular/material/radio';
import type { Schemas } from '@platform/api-client';

/** New, step one for an object with several record types: which kind of record to create. */
@Component({
  selector: 'app-record-type-picker',
  imports: [MatButtonModule, MatCardModule, MatRadioModule],
  template: `
    <mat-card appearance="outlined" data-testid="record-type-picker">
      <mat-card-header>
        <mat-card-title>New {{ objectLabel() }}</mat-card-title>
        <mat-card-subtitle>Select a record type</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <mat-radio-group class="choices" [value]="chosen()" (change)="chosen.set($event.value)">
          @for (rt of recordTypes(); track rt.name) {
            <mat-radio-button [value]="rt.name" [attr.data-testid]="'record-type-' + rt.name">
              <span class="name">{{ rt.label }}</span>
              @if (rt.description) {
                <span class="description">{{ rt.description }}</span>
              }
            </mat-radio-button>
          }
        </mat-radio-group>
      </mat-card-content>
      <mat-card-actions align="end">
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
        <button mat-flat-button type="button" [disabled]="!chosen()" (click)="choose.emit(chosen()!)" data-testid="record-type-next">
          Next
        </button>
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      max-width: 560px;
      margin: 0 auto;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 8px;
    }
    .name {
      display: block;
      font: var(--mat-sys-title-small);
    }
    .description {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordTypePickerComponent {
  readonly objectLabel = input.required<string>();
  readonly recordTypes = input.required<Schemas['RecordTypeChoice'][]>();
  readonly choose = output<string>();
  readonly cancelled = output<void>();
  protected readonly chosen = signal<string | null>(null);
}

import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { debounceTime } from 'rxjs';
import { ApiClient, fieldError } from '@platform/web';
import type { Schemas } from '@platform/api-client';

interface Option {
  id: string;
  name: string;
}

/**
 * A lookup as a searchable picker: typing searches the target object by name (a polymorphic
 * lookup asks which object first), and picking a record sets the field to its id.
 */
@Component({
  selector: 'app-lookup-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    @let f = field();
    <div class="picker">
      @if (f.referenceTo.length > 1) {
        <mat-form-field class="target">
          <mat-label>{{ f.label }}: type</mat-label>
          <mat-select [value]="target()" (valueChange)="chooseTarget($event)" data-testid="lookup-target">
            @for (object of f.referenceTo; track object) {
              <mat-option [value]="object">{{ object }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field class="search">
        <mat-label>{{ f.label }}</mat-label>
        <input
          matInput
          [formControl]="text"
          [matAutocomplete]="auto"
          [required]="f.required"
          [errorStateMatcher]="matcher"
          placeholder="Search…"
        />
        <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="pick($event)">
          @for (option of options(); track option.id) {
            <mat-option [value]="option">{{ option.name }}</mat-option>
          }
        </mat-autocomplete>
        <mat-error>{{ error() }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      gap: 8px;
    }
    .target {
      width: 40%;
    }
    .search {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LookupPickerComponent implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly destroyRef = inject(DestroyRef);

  readonly field = input.required<Schemas['UiFormField']>();
  /** Holds the picked record's id. */
  readonly control = input.required<FormControl>();
  readonly reference = input<Schemas['UiReference'] | null>(null);

  protected readonly text = new FormControl<string | Option>('', { nonNullable: true });
  protected readonly options = signal<Option[]>([]);
  protected readonly chosenTarget = signal<string | null>(null);
  protected readonly target = computed(() => this.chosenTarget() ?? this.reference()?.object ?? this.field().referenceTo[0]);
  /** The id control's errors show on the text box the user types in. */
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.control().hasError('server')),
  };

  protected readonly display = (value: string | Option | null) => (typeof value === 'string' ? value : (value?.name ?? ''));

  ngOnInit(): void {
    const ref = this.reference();
    if (ref) this.text.setValue(ref.name ?? ref.id, { emitEvent: false });
    this.text.valueChanges.pipe(debounceTime(250), takeUntilDestroyed(this.destroyRef)).subscribe((value) => {
      if (typeof value !== 'string') return;
      // Clearing the box clears the lookup; typing searches again.
      if (!value.trim()) this.control().setValue(null);
      void this.search(value.trim());
    });
  }

  protected chooseTarget(object: string): void {
    this.chosenTarget.set(object);
    this.control().setValue(null);
    this.text.setValue('');
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as Option;
    this.control().setValue(option.id);
    this.control().markAsDirty();
    this.text.setValue(option.name, { emitEvent: false });
  }

  protected error(): string | null {
    return fieldError(this.control(), this.field().label);
  }

  private async search(term: string): Promise<void> {
    const object = this.target();
    try {
      // The server searches the name, or what a formula name is made of (a Contact's first and last name).
      const result = await this.api.lookup(object, term);
      this.options.set(result.records.map((r) => ({ id: r.id, name: r.name })));
    } catch {
      // A failed search offers nothing to pick; the user can type again.
      this.options.set([]);
    }
  }
}

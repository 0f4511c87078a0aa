import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Type, computed, effect, inject, input, reflectComponentType, signal } from '@angular/core';
import type { Schemas } from '@platform/api-client';
import { PACKAGE_COMPONENTS } from '@platform/web';

/** Draws the registered component a record page names, or nothing when none is registered. */
@Component({
  selector: 'app-package-component-host',
  imports: [NgComponentOutlet],
  template: `
    @if (component(); as c) {
      <ng-container *ngComponentOutlet="c; inputs: inputs()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PackageComponentHostComponent {
  private readonly registry = Object.assign({}, ...(inject(PACKAGE_COMPONENTS, { optional: true }) ?? []));

  readonly name = input.required<string>();
  readonly properties = input<Record<string, unknown>>({});
  readonly page = input.required<Schemas['RecordPage']>();

  protected readonly component = signal<Type<unknown> | null>(null);
  /** The inputs the component declares, of those a record page offers. */
  protected readonly inputs = computed(() => {
    const offered: Record<string, unknown> = {
      objectName: this.page().object.name,
      recordId: this.page().id,
      properties: this.properties(),
      page: this.page(),
    };
    const component = this.component();
    const declared = new Set((component ? reflectComponentType(component) : null)?.inputs.map((i) => i.templateName) ?? []);
    return Object.fromEntries(Object.entries(offered).filter(([name]) => declared.has(name)));
  });

  constructor() {
    effect(() => {
      const load = this.registry[this.name()];
      this.component.set(null);
      if (load) void load().then((c: Type<unknown>) => this.component.set(c));
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatCurrency } from '@platform/web';
import { cents } from './ar-money';

export interface ChartBar {
  label: string;
  /** Money as a decimal string. */
  amount: string;
}

const WIDTH = 560;
const HEIGHT = 220;
const PLOT = { top: 24, bottom: 32, left: 8, right: 8 };

/** A plain SVG bar chart of the aged receivables' bucket totals, drawn from the report's figures. */
@Component({
  selector: 'app-ar-bucket-chart',
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" aria-label="Receivables by age" data-testid="aged-chart">
      @for (bar of bars(); track bar.label) {
        <g [attr.data-testid]="'aged-bar-' + bar.label">
          <rect
            [attr.x]="bar.x"
            [attr.y]="bar.y"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
            rx="3"
            class="bar"
            [class.late]="$index > 0"
          />
          <text [attr.x]="bar.x + bar.width / 2" [attr.y]="bar.y - 6" text-anchor="middle" class="value">{{ bar.value }}</text>
          <text [attr.x]="bar.x + bar.width / 2" [attr.y]="height - 10" text-anchor="middle" class="label">{{ bar.label }}</text>
        </g>
      }
      <line [attr.x1]="0" [attr.x2]="width" [attr.y1]="baseline" [attr.y2]="baseline" class="axis" />
    </svg>
  `,
  styles: `
    svg {
      width: 100%;
      max-width: 560px;
      height: auto;
    }
    .bar {
      fill: var(--mat-sys-primary);
    }
    .bar.late {
      fill: #c23934;
    }
    .value {
      font-size: 12px;
      fill: var(--mat-sys-on-surface);
    }
    .label {
      font-size: 12px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .axis {
      stroke: var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BucketChartComponent {
  readonly data = input.required<ChartBar[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly baseline = HEIGHT - PLOT.bottom;

  protected readonly bars = computed(() => {
    const data = this.data();
    const values = data.map((d) => (cents(d.amount) > BigInt(0) ? cents(d.amount) : BigInt(0)));
    const max = values.reduce((a, b) => (b > a ? b : a), BigInt(0));
    const slot = (WIDTH - PLOT.left - PLOT.right) / Math.max(data.length, 1);
    const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
    return data.map((d, i) => {
      // Per-mille of the tallest bar, in integers: enough for pixels, no float of money involved.
      const share = max > BigInt(0) ? Number((values[i] * BigInt(1000)) / max) / 1000 : 0;
      const height = Math.round(share * plotHeight);
      return {
        label: d.label,
        value: formatCurrency(d.amount),
        x: PLOT.left + i * slot + slot * 0.15,
        width: slot * 0.7,
        height,
        y: HEIGHT - PLOT.bottom - height,
      };
    });
  });
}

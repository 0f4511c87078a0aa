import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { cents } from './ar-money';

/** One series of a chart: its name, its colour class and a money value (decimal string) per point. */
export interface ChartSeries {
  name: string;
  /** `s0`…`s4`: the series' colour. */
  tone: string;
  values: string[];
}

export type ChartKind = 'bars' | 'stacked' | 'line';

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { top: 16, bottom: 36, left: 12, right: 12 };
const ZERO = BigInt(0);
const SCALE = BigInt(10000);

/**
 * A small SVG chart of money figures (bars, stacked bars or a line) over labelled points: the
 * picture only. It is hidden from assistive technology: the table beside it, which the page
 * always shows, is its text alternative. Heights are ratios of whole cents (BigInt), no money
 * ever passes through a float.
 */
@Component({
  selector: 'app-ar-analytics-chart',
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" aria-hidden="true" focusable="false" [attr.data-testid]="testId()">
      <line [attr.x1]="0" [attr.x2]="width" [attr.y1]="shape().zero" [attr.y2]="shape().zero" class="axis" />
      @for (bar of shape().bars; track $index) {
        <rect [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.width" [attr.height]="bar.height" [attr.class]="'bar ' + bar.tone" />
      }
      @if (shape().line; as points) {
        <polyline [attr.points]="points" class="line" />
        @for (dot of shape().dots; track $index) {
          <circle [attr.cx]="dot.x" [attr.cy]="dot.y" r="3" class="dot" />
        }
      }
      @for (label of shape().labels; track $index) {
        <text [attr.x]="label.x" [attr.y]="height - 12" text-anchor="middle" class="label">{{ label.text }}</text>
      }
    </svg>
    @if (kind() !== 'line' && series().length > 1) {
      <ul class="legend" aria-hidden="true">
        @for (s of series(); track s.name) {
          <li><span [class]="'swatch ' + s.tone"></span>{{ s.name }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      max-width: 640px;
    }
    .axis {
      stroke: var(--mat-sys-outline);
    }
    .label {
      font-size: 11px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .line {
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
    }
    .dot {
      fill: var(--mat-sys-primary);
    }
    .s0 {
      fill: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
    }
    .s1 {
      fill: #e8a33d;
      background: #e8a33d;
    }
    .s2 {
      fill: #d9712b;
      background: #d9712b;
    }
    .s3 {
      fill: #c23934;
      background: #c23934;
    }
    .s4 {
      fill: #7d1f1b;
      background: #7d1f1b;
    }
    .s5 {
      fill: var(--mat-sys-outline);
      background: var(--mat-sys-outline);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 6px;
      border-radius: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsChartComponent {
  readonly kind = input<ChartKind>('bars');
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  readonly testId = input<string>('analytics-chart');

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;

  protected readonly shape = computed(() => {
    const labels = this.labels();
    const series = this.series();
    const kind = this.kind();
    const values = series.map((s) => s.values.map((v) => cents(v || '0')));
    // The range the plot spans: 0 always, the largest sum of positives and the lowest negative.
    let top = ZERO;
    let bottom = ZERO;
    labels.forEach((_, i) => {
      if (kind === 'stacked') {
        const up = values.reduce((t, v) => (v[i] > ZERO ? t + v[i] : t), ZERO);
        const down = values.reduce((t, v) => (v[i] < ZERO ? t + v[i] : t), ZERO);
        top = up > top ? up : top;
        bottom = down < bottom ? down : bottom;
      } else {
        for (const v of values) {
          top = v[i] > top ? v[i] : top;
          bottom = v[i] < bottom ? v[i] : bottom;
        }
      }
    });
    const span = top - bottom === ZERO ? BigInt(1) : top - bottom;
    const plot = HEIGHT - PLOT.top - PLOT.bottom;
    /** The y of an amount in cents: a ratio of whole cents to 1/10000, then pixels. */
    const y = (amount: bigint) => PLOT.top + (Number(((top - amount) * SCALE) / span) / Number(SCALE)) * plot;
    const slot = (WIDTH - PLOT.left - PLOT.right) / Math.max(labels.length, 1);
    const centre = (i: number) => PLOT.left + slot * i + slot / 2;
    const bars: { x: number; y: number; width: number; height: number; tone: string }[] = [];
    if (kind === 'stacked') {
      labels.forEach((_, i) => {
        let up = ZERO;
        let down = ZERO;
        series.forEach((s, k) => {
          const v = values[k][i];
          if (v === ZERO) return;
          const from = v > ZERO ? up : down;
          const to = from + v;
          if (v > ZERO) up = to;
          else down = to;
          const [a, b] = [y(from), y(to)];
          bars.push({ x: centre(i) - slot * 0.35, width: slot * 0.7, y: Math.min(a, b), height: Math.abs(a - b), tone: s.tone });
        });
      });
    } else if (kind === 'bars') {
      const width = (slot * 0.7) / Math.max(series.length, 1);
      labels.forEach((_, i) =>
        series.forEach((s, k) => {
          const [a, b] = [y(ZERO), y(values[k][i])];
          bars.push({ x: centre(i) - slot * 0.35 + width * k, width, y: Math.min(a, b), height: Math.abs(a - b), tone: s.tone });
        }),
      );
    }
    const dots = kind === 'line' && series[0] ? labels.map((_, i) => ({ x: centre(i), y: y(values[0][i]) })) : [];
    // Every label when they fit, else every other one.
    const step = labels.length > 8 ? 2 : 1;
    return {
      zero: y(ZERO),
      bars,
      dots,
      line: dots.length ? dots.map((d) => `${d.x},${d.y}`).join(' ') : null,
      labels: labels.map((text, i) => ({ text, x: centre(i) })).filter((_, i) => (labels.length - 1 - i) % step === 0),
    };
  });
}

import { fillTemplate } from '../../i18n/template';
import type { Locale } from '../../i18n/locales';
import { isolate, truncateGraphemes } from '../../lib/display-text';
import type { Analysis, ClientFigures } from '../../lib/revenue-per-hour';

/** Characters of a client name shown in the chart; the table and the field keep all of it. */
const chartNameLength = 36;

export interface BarChartProps {
  id: string;
  analysis: Analysis;
  dir: 'ltr' | 'rtl';
  locale: Locale;
  s: (key: string) => string;
  rate: (value: number) => string;
  nameOf: (c: ClientFigures) => string;
}

/**
 * Horizontal bars, highest rate first, each with its client's name above it, and a line at
 * the yardstick. Positions are in percent of the width (so text keeps its size on narrow
 * screens) and computed from the inline start, then mirrored for right-to-left; text
 * anchors stay logical because the SVG's `direction` follows the page.
 */
export function BarChart({ id, analysis, dir, s, rate, nameOf, locale }: BarChartProps) {
  const { clients, yardstick } = analysis;
  /** Bars use this share of the width; the rest holds the value after the longest bar. */
  const barSpan = 76;
  const rowHeight = 48;
  const top = 30;
  const height = top + clients.length * rowHeight + 4;
  const scale = Math.max(yardstick?.value ?? 0, ...clients.map((c) => c.rate)) || 1;
  const x = (percentFromStart: number) => `${dir === 'rtl' ? 100 - percentFromStart : percentFromStart}%`;
  const lineAt = yardstick ? (yardstick.value / scale) * barSpan : undefined;

  return (
    <svg id={id} class="rph-chart__svg" width="100%" height={height} direction={dir} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart>
      <title id={`${id}-title`}>{s('chart.title')}</title>
      <desc id={`${id}-desc`}>{s('chart.desc')}</desc>
      {clients.map((c, i) => {
        const y = top + i * rowHeight;
        const length = Math.max((c.rate / scale) * barSpan, 0.4);
        return (
          <g key={c.id} data-bar={c.id}>
            <text x={x(0)} y={y + 14} text-anchor="start" class="rph-chart__label">
              <title>{isolate(nameOf(c))}</title>
              {isolate(truncateGraphemes(nameOf(c), chartNameLength))}
            </text>
            <rect x={x(dir === 'rtl' ? length : 0)} y={y + 20} width={`${length}%`} height={20} class={`rph-chart__bar rph-chart__bar--${c.advice}`} />
            <text x={x(length + 1)} y={y + 30} text-anchor="start" dominant-baseline="middle" class="rph-chart__value">
              {rate(c.rate)}
            </text>
          </g>
        );
      })}
      {yardstick && lineAt !== undefined && (
        <g data-yardstick-line={yardstick.kind}>
          <line x1={x(lineAt)} x2={x(lineAt)} y1={top - 6} y2={height - 4} class="rph-chart__line" />
          <text x={x(lineAt)} y={14} text-anchor={lineAt < 12 ? 'start' : 'middle'} class="rph-chart__line-label">
            {fillTemplate(locale, s(yardstick.kind === 'target' ? 'chart.target' : 'chart.average'), { rate: rate(yardstick.value) })}
          </text>
        </g>
      )}
    </svg>
  );
}

/**
 * The ranking as horizontal bars, highest rate first, with a line at the yardstick and a
 * legend for the colours. Each client has two bands: a text band (name, then its rate) and
 * a bar band under it. The yardstick line is drawn only through the bar bands and its label
 * sits in a band of its own at the top, so no text ever crosses the line, however narrow
 * the screen. Positions are in percent of the width (text keeps its size), computed from
 * the inline start and mirrored for right-to-left; text anchors stay logical because the
 * SVG's `direction` follows the page.
 */
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { isolate, truncateGraphemes } from '../../lib/display-text';
import type { Advice, Analysis, ClientFigures } from '../../lib/revenue-per-hour';
import type { Formats, Lookup } from './view';

/** Characters of a client name shown in the chart; the table and the field keep all of it. */
const chartNameLength = 32;

interface BarChartProps {
  id: string;
  analysis: Analysis;
  dir: 'ltr' | 'rtl';
  locale: Locale;
  s: Lookup;
  f: Formats;
  nameOf: (c: ClientFigures) => string;
}

/** Where the yardstick's label is anchored, so it stays inside the chart near either edge. */
const labelAnchor = (at: number): 'start' | 'middle' | 'end' => (at < 20 ? 'start' : at > 80 ? 'end' : 'middle');

export function BarChart({ id, analysis, dir, locale, s, f, nameOf }: BarChartProps) {
  const { clients, yardstick } = analysis;
  /** Bars use this share of the width (a little room for the line at the far end). */
  const barSpan = 96;
  const textBand = 28;
  const barBand = 24;
  const rowHeight = textBand + barBand + 6;
  const top = 30;
  const height = top + clients.length * rowHeight;
  const scale = Math.max(yardstick?.value ?? 0, ...clients.map((c) => c.rate)) || 1;
  const x = (percentFromStart: number) => `${dir === 'rtl' ? 100 - percentFromStart : percentFromStart}%`;
  const lineAt = yardstick ? (yardstick.value / scale) * barSpan : undefined;
  const yardstickText = yardstick
    ? fillTemplate(locale, s(yardstick.kind === 'target' ? 'chart.target' : 'chart.average'), { rate: f.rate(yardstick.value) })
    : '';
  const advices = (['keep', 'reprice', 'none'] as const).filter((a: Advice) => clients.some((c) => c.advice === a));

  return (
    <>
      <svg id={id} class="rph-chart__svg" width="100%" height={height} direction={dir} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart>
        <title id={`${id}-title`}>{s('chart.title')}</title>
        <desc id={`${id}-desc`}>{s('chart.desc')}</desc>
        {clients.map((c, i) => {
          const y = top + i * rowHeight;
          const length = Math.max((c.rate / scale) * barSpan, 0.4);
          return (
            <g key={c.id} data-bar={c.id}>
              <text x={x(0)} y={y + 17} text-anchor="start" class="rph-chart__label">
                <title>{isolate(nameOf(c))}</title>
                {isolate(truncateGraphemes(nameOf(c), chartNameLength))}
                {'  '}
                <tspan class="rph-chart__value" data-chart-value>
                  {f.rate(c.rate)}
                </tspan>
              </text>
              <rect
                x={x(dir === 'rtl' ? length : 0)}
                y={y + textBand}
                width={`${length}%`}
                height={barBand}
                class={`rph-chart__bar rph-chart__bar--${c.advice}`}
              />
              {lineAt !== undefined && <line x1={x(lineAt)} x2={x(lineAt)} y1={y + textBand} y2={y + textBand + barBand} class="rph-chart__line" />}
            </g>
          );
        })}
        {yardstick && lineAt !== undefined && (
          <g data-yardstick-line={yardstick.kind}>
            <text x={x(lineAt)} y={17} text-anchor={labelAnchor(lineAt)} class="rph-chart__line-label">
              {yardstickText}
            </text>
          </g>
        )}
      </svg>
      <ul class="rph-legend" data-legend>
        {advices.map((a) => (
          <li key={a}>
            <span class={`rph-legend__swatch rph-legend__swatch--${a}`} aria-hidden="true" />
            {s(`advice.${a}`)}
          </li>
        ))}
        {yardstick && (
          <li>
            <span class="rph-legend__line" aria-hidden="true" />
            {yardstickText}
          </li>
        )}
      </ul>
    </>
  );
}

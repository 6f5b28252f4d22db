/**
 * The calculator's result: the yardstick, a one-paragraph summary, the ranking as a bar
 * chart and as a table with the same figures, and the hand-off to the self-assessment.
 */
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import type { HeadingTag } from '../../lib/headings';
import { biggestImbalance, profitabilityAnswer, type Analysis, type ClientFigures } from '../../lib/revenue-per-hour';
import { encodeHandoff, handoffKey } from '../../lib/tool-handoff';
import { BarChart } from './BarChart';
import { ClientName, Filled, NameList } from './ClientText';

export interface CalculatorResultProps {
  analysis: Analysis;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  s: (key: string) => string;
  rate: (value: number) => string;
  percent: (value: number) => string;
  clientLabel: (rowId: string) => string;
  H2: HeadingTag;
  assessmentHref: string;
  chartId: string;
}

export function CalculatorResult({ analysis, locale, dir, s, rate, percent, clientLabel, H2, assessmentHref, chartId }: CalculatorResultProps) {
  const { clients, yardstick } = analysis;
  const nameOf = (c: ClientFigures) => c.name || clientLabel(c.id);
  const reprice = clients.filter((c) => c.advice === 'reprice').map(nameOf);
  const letGo = clients.filter((c) => c.advice === 'let-go').map(nameOf);
  const imbalance = biggestImbalance(analysis);
  const ofKey = yardstick?.kind === 'target' ? 'table.ofTarget' : 'table.ofAverage';

  const handOver = (c: ClientFigures) => {
    const answer = profitabilityAnswer(c, analysis);
    if (!answer || c.ofYardstick === undefined) return;
    try {
      sessionStorage.setItem(handoffKey, encodeHandoff({ answer, ofTarget: c.ofYardstick, at: Date.now() }));
    } catch {
      // Storage refused: the self-assessment opens without the answer filled in.
    }
  };

  return (
    <>
      {yardstick && (
        <p class="rph-result__yardstick" data-yardstick={yardstick.kind}>
          {fillTemplate(locale, s(yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: rate(yardstick.value) })}
        </p>
      )}
      {analysis.average !== undefined && yardstick?.kind === 'target' && <p class="rph-result__yardstick">{fillTemplate(locale, s('result.average'), { rate: rate(analysis.average) })}</p>}
      {analysis.notes.includes('no-target') && <p class="notice">{s('note.no-target')}</p>}
      {analysis.notes.includes('one-client') && <p class="notice">{s('note.one-client')}</p>}
      <ul class="rph-result__summary" data-summary>
        {reprice.length === 0 && letGo.length === 0 && clients.every((c) => c.advice === 'keep') && <li>{s('summary.allKeep')}</li>}
        {reprice.length > 0 && (
          <li data-summary-advice="reprice">
            <Filled template={s('summary.reprice')} values={{ clients: <NameList locale={locale} names={reprice} /> }} />
          </li>
        )}
        {letGo.length > 0 && (
          <li data-summary-advice="let-go">
            <Filled template={s('summary.let-go')} values={{ clients: <NameList locale={locale} names={letGo} /> }} />
          </li>
        )}
        {imbalance && (
          <li data-imbalance>
            <Filled template={s('summary.imbalance')} values={{ client: <ClientName name={nameOf(imbalance)} />, hours: percent(imbalance.shareOfHours), revenue: percent(imbalance.shareOfRevenue) }} />
          </li>
        )}
      </ul>

      <figure class="rph-chart">
        <BarChart id={chartId} analysis={analysis} dir={dir} s={s} locale={locale} rate={rate} nameOf={nameOf} />
      </figure>

      <div class="rph-table" role="region" aria-labelledby={`${chartId}-caption`} tabIndex={0}>
        <table data-ranking>
          <caption id={`${chartId}-caption`}>{s('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('table.rank')}</th>
              <th scope="col">{s('table.client')}</th>
              <th scope="col">{s('table.rate')}</th>
              <th scope="col">{s(ofKey)}</th>
              <th scope="col">{s('table.shareRevenue')}</th>
              <th scope="col">{s('table.shareHours')}</th>
              <th scope="col">{s('table.advice')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.id} data-client-row={c.id} data-advice={c.advice}>
                <td>{formatNumber(locale, c.rank)}</td>
                <th scope="row" class="rph-table__name">
                  <ClientName name={nameOf(c)} />
                </th>
                <td data-rate>{rate(c.rate)}</td>
                <td>{c.ofYardstick === undefined ? '—' : percent(c.ofYardstick)}</td>
                <td>{percent(c.shareOfRevenue)}</td>
                <td>{percent(c.shareOfHours)}</td>
                <td>{s(`advice.${c.advice}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <H2>{s('handoff.heading')}</H2>
      {yardstick?.kind === 'target' ? (
        <>
          <p>{s('handoff.intro')}</p>
          <ul class="rph-result__handoff">
            {clients.map((c) => (
              <li key={c.id}>
                <a href={assessmentHref} data-handoff={c.id} onClick={() => handOver(c)}>
                  <Filled template={s('handoff.button')} values={{ client: <ClientName name={nameOf(c)} /> }} />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{s('handoff.needsTarget')}</p>
      )}
    </>
  );
}


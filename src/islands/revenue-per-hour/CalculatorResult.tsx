/**
 * The calculator's result: yardstick and notes, a summary in words, the chart, the same
 * figures in a table (a card per client on a phone, by CSS: each cell carries its column's
 * name in `data-label`), and links that hand one client's result to the self-assessment,
 * each naming its client. Loaded by RevenuePerHour once the reader has entered something,
 * so a first visit loads the form alone.
 */
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { biggestImbalance, profitabilityAnswer, type Analysis, type ClientFigures } from '../../lib/revenue-per-hour';
import { encodeHandoff, handoffKey } from '../../lib/tool-handoff';
import { BarChart } from './BarChart';
import { ClientName, Filled, NameList } from './ClientText';
import type { Formats, Lookup } from './view';

export interface ResultProps {
  analysis: Analysis;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  s: Lookup;
  f: Formats;
  nameOf: (c: ClientFigures) => string;
  H2: 'h3' | 'h4';
  assessmentHref: string;
  chartId: string;
}

export default function CalculatorResult({ analysis, locale, dir, s, f, nameOf, H2, assessmentHref, chartId }: ResultProps) {
  const { clients, yardstick } = analysis;
  const reprice = clients.filter((c) => c.advice === 'reprice').map(nameOf);
  const imbalance = biggestImbalance(analysis);
  const ofKey = yardstick?.kind === 'target' ? 'table.ofTarget' : 'table.ofAverage';
  const hasTarget = analysis.target !== undefined;

  const handOver = (c: ClientFigures) => {
    const answer = profitabilityAnswer(c, analysis);
    if (!answer || c.ofYardstick === undefined) return;
    try {
      sessionStorage.setItem(handoffKey, encodeHandoff({ answer, ofTarget: c.ofYardstick, at: Date.now(), client: nameOf(c) }));
    } catch {
      // Storage refused: the self-assessment opens without the answer filled in.
    }
  };

  const columns = {
    rank: s('table.rank'),
    rate: s('table.rate'),
    of: s(ofKey),
    revenue: s('table.shareRevenue'),
    hours: s('table.shareHours'),
    price: s('table.priceForTarget'),
    advice: s('table.advice'),
  };

  return (
    <>
      {analysis.leftOut > 0 && (
        <p class="notice" data-left-out={analysis.leftOut}>
          {fillTemplate(locale, s('result.leftOut'), { count: analysis.leftOut })}
        </p>
      )}
      {yardstick && (
        <p class="rph-result__yardstick" data-yardstick={yardstick.kind}>
          {fillTemplate(locale, s(yardstick.kind === 'target' ? 'result.target' : 'result.average'), { rate: f.rate(yardstick.value) })}
        </p>
      )}
      {analysis.average !== undefined && yardstick?.kind === 'target' && (
        <p class="rph-result__yardstick">{fillTemplate(locale, s('result.average'), { rate: f.rate(analysis.average) })}</p>
      )}
      {analysis.notes.includes('no-target') && <p class="notice">{s('note.no-target')}</p>}
      {analysis.notes.includes('one-client') && <p class="notice">{s('note.one-client')}</p>}
      <ul class="rph-result__summary" data-summary>
        {analysis.complete && reprice.length === 0 && clients.every((c) => c.advice === 'keep') && <li>{s('summary.allKeep')}</li>}
        {reprice.length > 0 && (
          <li data-summary-advice="reprice">
            <Filled template={s('summary.reprice')} values={{ clients: <NameList locale={locale} names={reprice} /> }} />
          </li>
        )}
        {imbalance && (
          <li data-imbalance>
            <Filled
              template={s('summary.imbalance')}
              values={{
                client: <ClientName name={nameOf(imbalance)} />,
                hours: f.percent(imbalance.shareOfHours),
                revenue: f.percent(imbalance.shareOfRevenue),
              }}
            />
          </li>
        )}
      </ul>

      <figure class="rph-chart">
        <BarChart id={chartId} analysis={analysis} dir={dir} s={s} f={f} locale={locale} nameOf={nameOf} />
      </figure>

      <div class="rph-table" role="region" aria-labelledby={`${chartId}-caption`} tabIndex={0}>
        <table data-ranking>
          <caption id={`${chartId}-caption`}>{s('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.rank}</th>
              <th scope="col">{s('table.client')}</th>
              <th scope="col">{columns.rate}</th>
              <th scope="col">{columns.of}</th>
              <th scope="col">{columns.revenue}</th>
              <th scope="col">{columns.hours}</th>
              {hasTarget && <th scope="col">{columns.price}</th>}
              <th scope="col">{columns.advice}</th>
            </tr>
          </thead>
          <tbody>
            {clients.map((c) => (
              <tr key={c.id} data-client-row={c.id} data-advice={c.advice}>
                <td data-label={columns.rank} class="rph-table__rank">
                  {f.count(c.rank)}
                </td>
                <th scope="row" class="rph-table__name">
                  <ClientName name={nameOf(c)} />
                </th>
                <td data-label={columns.rate} data-rate>
                  {f.rate(c.rate)}
                </td>
                <td data-label={columns.of}>{c.ofYardstick === undefined ? '—' : f.percent(c.ofYardstick)}</td>
                <td data-label={columns.revenue}>{f.percent(c.shareOfRevenue)}</td>
                <td data-label={columns.hours}>{f.percent(c.shareOfHours)}</td>
                {c.priceForTarget !== undefined && (
                  <td data-label={columns.price} data-price-for-target>
                    {f.price(c.priceForTarget)}
                  </td>
                )}
                <td data-label={columns.advice}>{s(`advice.${c.advice}`)}</td>
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

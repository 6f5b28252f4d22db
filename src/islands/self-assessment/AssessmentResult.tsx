/**
 * The self-assessment's result, loaded once the reader has answered something (it is needed
 * only after "see the result"), so the first visit loads the questions alone. It leads with
 * the verdict (`data-verdict`), a meter of the score against its bands, the answers that
 * weighed most, what to find out first and the next step as a button (`data-next-tool`, with
 * `?client=<id>` when a client is open), then the reasons, the steps, guides and the answers
 * with change links. Hands "copy" the report as text through `textRef`.
 */
import type { JSX, Ref, TargetedMouseEvent } from 'preact';
import type { MutableRef } from 'preact/hooks';
import { useEffect } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import type { ToolId } from '../../i18n/vocabulary';
import { scorePosition, type Answer, type Answers, type Assessment, type Verdict } from '../../lib/assessment-scoring';
import { buildReport, nextSteps, reportText, scoreBands, type ReportRules } from '../../lib/assessment-report';
import { toolHeading } from '../../lib/headings';
import { lookup } from '../../lib/tool-strings';
import type { StringsOfKind } from '../../i18n/tool-keys';
import type { SelfAssessmentProps } from './SelfAssessment';

export interface AssessmentResultProps extends Pick<SelfAssessmentProps, 'locale' | 'rules' | 'strings' | 'guides' | 'tools' | 'title' | 'standalone'> {
  /** Complete answers, scored. */
  result: Assessment;
  answers: Answers;
  /** `?client=<id>` for the next tools, or ''. */
  query: string;
  id: string;
  headingRef: Ref<HTMLHeadingElement>;
  inputId: (question: string, option: Answer) => string;
  focusQuestion: (question: string) => (event: TargetedMouseEvent<HTMLAnchorElement>) => void;
  /** Set to the report as plain text while the result is shown. */
  textRef: MutableRef<(() => string) | undefined>;
}

export default function AssessmentResult({
  locale,
  rules,
  strings,
  guides,
  tools,
  title,
  standalone,
  result,
  answers,
  query,
  id,
  headingRef: resultRef,
  inputId,
  focusQuestion,
  textRef,
}: AssessmentResultProps) {
  const s = lookup(strings);
  const report = buildReport(locale, rules, strings, result, answers);
  const guideList = rules.outcomes[report.verdict].guides.flatMap((key) => (guides[key] ? [guides[key]] : []));
  // The next step's tools (the first is the button), for this client when one is open; a verdict
  // without tools falls back to its first guide.
  const nextLinks = nextLinksFor(nextSteps(rules, report.verdict), tools, guides, query);
  textRef.current = () => reportText(title, strings, report, guideList);
  useEffect(
    () => () => {
      textRef.current = undefined;
    },
    [textRef],
  );
  const H = toolHeading(standalone);
  const H2 = toolHeading(standalone, 1);
  return (
    <section class={`assessment-result assessment-result--${report.verdict}`} data-verdict={report.verdict} aria-labelledby={`${id}-result`} data-result>
      <H id={`${id}-result`} class="assessment-result__heading" tabIndex={-1} ref={resultRef}>
        <VerdictIcon verdict={report.verdict} />
        <span>{report.heading}</span>
      </H>
      <p class="assessment-result__summary">{report.summary}</p>
      <ScoreMeter locale={locale} rules={rules} strings={strings} result={result} id={`${id}-meter`} />
      {report.findOutFirst && (
        <p class="assessment-result__find-out-first" data-find-out-first>
          {report.findOutFirst}
        </p>
      )}

      {report.weighedMost.length > 0 && (
        <>
          <H2>{s('weighed.heading')}</H2>
          <ul class="assessment-result__answers" data-weighed-most>
            {report.weighedMost.map((line) => (
              <li key={line.id} data-answer-of={line.id}>
                {line.question} <span class="muted">({line.points})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {report.toFindOut.length > 0 && (
        <>
          <H2>{s('findOut.heading')}</H2>
          <p>{s('findOut.intro')}</p>
          <ul class="assessment-result__answers" data-to-find-out>
            {report.toFindOut.map((line) => (
              <li key={line.id} data-answer-of={line.id}>
                {line.question} <span class="muted">({line.points})</span>
                {line.ifYes && <strong class="assessment-result__if-yes"> {line.ifYes}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}

      {nextLinks.length > 0 && (
        <nav class="assessment-next" aria-labelledby={`${id}-next`} data-next>
          <H2 id={`${id}-next`}>{s('next.heading')}</H2>
          <p>
            <a class="button button--primary" href={nextLinks[0]!.href} data-next-tool={nextLinks[0]!.key}>
              {nextLinks[0]!.title}
            </a>
          </p>
          {nextLinks.length > 1 && (
            <>
              <p class="assessment-next__more">{s('next.more')}</p>
              <ul class="assessment-next__list">
                {nextLinks.slice(1).map((link) => (
                  <li key={link.key}>
                    <a href={link.href} data-next-tool={link.key}>
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </nav>
      )}

      <H2>{s('why.heading')}</H2>
      {report.why.map((line, i) => (
        <p key={i}>{line}</p>
      ))}

      <H2>{s('present.heading')}</H2>
      {report.present.length === 0 ? (
        <p>{s('present.none')}</p>
      ) : (
        <ul class="assessment-result__answers" data-present>
          {report.present.map((line) => (
            <li key={line.id} data-answer-of={line.id}>
              {line.question} <span class="muted">({line.points})</span>
            </li>
          ))}
        </ul>
      )}

      <H2>{s('steps.heading')}</H2>
      <ol class="assessment-result__steps">
        {report.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>

      <div class="assessment-result__read-next">
        <H2>{s('guides.heading')}</H2>
        <ul class="assessment-result__guides">
          {guideList
            .filter((guide) => !nextLinks.some((link) => link.href === guide.href))
            .map((guide) => (
              <li key={guide.href}>
                <a href={guide.href} lang={guide.lang} dir={guide.dir}>
                  {guide.title}
                </a>
              </li>
            ))}
        </ul>
      </div>

      <div class="assessment-result__review">
        <H2>{s('review.heading')}</H2>
        <dl class="assessment-review" data-review>
          {report.answers.map((a) => (
            <div class="assessment-review__row" key={a.id}>
              <dt>{a.question}</dt>
              <dd>{a.answer}</dd>
              <dd class="assessment-review__change" data-print-hide>
                <a href={`#${inputId(a.id, answers[a.id] ?? 'yes')}`} onClick={focusQuestion(a.id)} data-change={a.id}>
                  {s('review.change')}
                  <span class="visually-hidden"> {fillTemplate(locale, s('review.changeHidden'), { question: a.question })}</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

interface NextLink {
  key: string;
  href: string;
  title: string;
}

function nextLinksFor(
  next: { tools: ToolId[]; guides: string[] },
  tools: SelfAssessmentProps['tools'],
  guides: SelfAssessmentProps['guides'],
  query: string,
): NextLink[] {
  const toolLinks = next.tools.flatMap((t) => (tools[t] ? [{ key: t, href: `${tools[t].href}${query}`, title: tools[t].title }] : []));
  const firstGuide = next.guides[0];
  // The repair verdict leads to its guide as well as the calculator.
  const guideLinks =
    firstGuide && guides[firstGuide] && (toolLinks.length === 0 || firstGuide === 'repair')
      ? [{ key: firstGuide, href: guides[firstGuide].href, title: guides[firstGuide].title }]
      : [];
  return [...toolLinks, ...guideLinks];
}

/**
 * The score on a bar of the verdict bands: the marker at the points you are sure of (what the
 * bands use), a lighter stretch for the not-sure points, and the bands written out below
 * with the current one marked. The native `<meter>` carries the value for assistive technology.
 */
function ScoreMeter({
  locale,
  rules,
  strings,
  result,
  id,
}: {
  locale: Locale;
  rules: ReportRules;
  strings: StringsOfKind<'assessment'>;
  result: Assessment;
  id: string;
}) {
  const s = lookup(strings);
  const position = scorePosition(rules, result);
  const points = (n: number) => formatNumber(locale, n, { maximumFractionDigits: 1 });
  const value = fillTemplate(locale, s('meter.value'), { score: points(position.certain), max: points(position.max) });
  const share = (n: number) => `${((Math.min(Math.max(n, 0), position.max) / (position.max || 1)) * 100).toFixed(2)}%`;
  const bands = scoreBands(locale, rules, strings);
  return (
    <div class="assessment-meter" data-meter>
      <p id={id} class="assessment-meter__label">
        {s('meter.label')}: <strong>{value}</strong>
      </p>
      <meter
        class="assessment-meter__native"
        aria-labelledby={id}
        min={0}
        max={position.max}
        low={rules.thresholds.repair}
        high={rules.thresholds['prepare-to-end']}
        optimum={0}
        value={position.certain}
      >
        {value}
      </meter>
      <div class="assessment-meter__bar" aria-hidden="true">
        {position.bands.map((band) => (
          <span
            key={band.verdict}
            class={`assessment-meter__band assessment-meter__band--${band.verdict}`}
            style={{ inlineSize: share(band.to - band.from) }}
          />
        ))}
        {position.doubtful > 0 && (
          <span class="assessment-meter__doubt" style={{ insetInlineStart: share(position.certain), inlineSize: share(position.doubtful) }} />
        )}
        <span class="assessment-meter__marker" style={{ insetInlineStart: share(position.certain) }} />
      </div>
      <ul class="assessment-meter__legend">
        {bands.map((band) => (
          <li
            key={band.verdict}
            class={band.verdict === position.band ? 'assessment-meter__current' : undefined}
            data-band-current={band.verdict === position.band ? '' : undefined}
          >
            {band.name}: {band.band}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A shape per verdict, so the result never depends on colour alone (the heading also names it). */
function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const shapes: Record<Verdict, JSX.Element> = {
    keep: <path d="M5 12.5l4.5 4.5L19 7.5" />,
    'find-out': (
      <>
        <circle cx="10.5" cy="10.5" r="6" />
        <path d="M15 15l5 5" />
      </>
    ),
    repair: <path d="M14.5 5.5a4 4 0 0 0-5 5L4 16l4 4 5.5-5.5a4 4 0 0 0 5-5l-2.5 2.5-2.5-.5-.5-2.5z" />,
    'prepare-to-end': (
      <>
        <circle cx="12" cy="12" r="8" />
        <path d="M12 7.5V12l3 2" />
      </>
    ),
    'end-now': (
      <>
        <path d="M8.5 3.5h7l5 5v7l-5 5h-7l-5-5v-7z" />
        <path d="M9 9l6 6M15 9l-6 6" />
      </>
    ),
    'legal-then-end': <path d="M12 4v16M7 20h10M5 8h14M5 8l-2.5 6h5zM19 8l-2.5 6h5z" />,
  };
  return (
    <svg
      class="assessment-result__icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {shapes[verdict]}
    </svg>
  );
}

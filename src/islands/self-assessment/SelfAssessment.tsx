/**
 * The self-assessment island: a `<form>` of yes / no / not-sure questions (native radios in
 * fieldsets, `data-question` / `data-option`), an error summary when questions are left
 * unanswered (every question must be answered; "not sure" is the honest way out), and the
 * result (`data-verdict`) with the answers behind it, next steps, guides and a "check your
 * answers" list with change links. Focus moves to the error summary or the result heading.
 *
 * Server-rendered as a worksheet that can be ticked by hand and printed (the scoring rules
 * are written out beside it by SelfAssessment.astro); the submit button appears only once
 * hydrated, so without JavaScript nothing is ever submitted, and answers never reach a URL.
 * Scoring: `src/lib/assessment-scoring.ts`; wording: `src/lib/assessment-report.ts`.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedMouseEvent, TargetedSubmitEvent } from 'preact';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { answerValues, assess, emptyAssessment, isSavedAssessment, type Answer, type SavedAssessment, type Verdict } from '../../lib/assessment-scoring';
import { buildReport, reportText, stringLookup, verdictName, type AssessmentStrings, type ReportRules } from '../../lib/assessment-report';
import type { StoreSpec } from '../../lib/storage';
import { decodeHandoff, handoffKey } from '../../lib/tool-handoff';
import type { ToolUi } from '../../lib/tools';
import { ErrorSummary, useErrorTitle } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import './self-assessment.css';

export interface GuideLink {
  href: string;
  title: string;
  /** Language of the guide's content (a fallback may be in another language). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Absolute URL, for copied text. */
  url: string;
}

export interface SelfAssessmentProps {
  locale: Locale;
  spec: StoreSpec;
  ui: ToolUi;
  rules: ReportRules;
  strings: AssessmentStrings;
  /** Every guide the outcomes name, by key, resolved at build time. */
  guides: Readonly<Record<string, GuideLink>>;
  /** The revenue-per-hour calculator, linked from the profitability question. */
  calculator?: { href: string; title: string };
  title: string;
  standalone: boolean;
}

/** The question the calculator can answer. */
const profitabilityQuestion = 'unprofitable';

export default function SelfAssessment({ locale, spec, ui, rules, strings, guides, calculator, title, standalone }: SelfAssessmentProps) {
  const id = useId();
  const s = stringLookup(strings);
  const [saved, setSaved] = useState<SavedAssessment>(emptyAssessment);
  const store = useSavedAnswers({ spec, locale, validate: isSavedAssessment, value: saved, apply: setSaved, empty: emptyAssessment });
  const [submitted, setSubmitted] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [focusRequest, setFocusRequest] = useState<{ to: 'errors' | 'result'; n: number }>();
  const [handoff, setHandoff] = useState<number>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const answers = saved.answers;

  // The calculator may have left a profitability answer for this tab (never in the URL).
  // Runs after the saved answers are restored, so the reader's explicit choice wins.
  useEffect(() => {
    let text: string | null = null;
    try {
      text = sessionStorage.getItem(handoffKey);
      sessionStorage.removeItem(handoffKey);
    } catch {
      // Storage refused: there is simply nothing handed over.
    }
    const found = decodeHandoff(text, Date.now());
    if (!found) return;
    setSaved((current) => ({ answers: { ...current.answers, [profitabilityQuestion]: found.answer } }));
    setHandoff(found.ofTarget);
  }, []);

  // "Forget my answers" empties the form: the result and errors go with it.
  useEffect(() => {
    if (Object.keys(answers).length === 0) {
      setSubmitted(false);
      setMissing([]);
    }
  }, [answers]);

  useEffect(() => {
    if (focusRequest?.to === 'errors') summaryRef.current?.focus();
    if (focusRequest?.to === 'result') resultRef.current?.focus();
  }, [focusRequest]);

  const stillMissing = missing.filter((q) => !answers[q]);
  useErrorTitle(s('error.titlePrefix'), stillMissing.length > 0, store.ready);

  const result = assess(rules, answers);
  const report = submitted && result.status === 'complete' ? buildReport(locale, rules, strings, result, answers) : undefined;
  const guideList = report ? rules.outcomes[report.verdict].guides.flatMap((key) => (guides[key] ? [guides[key]] : [])) : [];

  const choose = (question: string, answer: Answer) => setSaved((current) => ({ answers: { ...current.answers, [question]: answer } }));
  const inputId = (question: string, option: Answer) => `${id}-${question}-${option}`;
  const focusQuestion = (question: string) => (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(inputId(question, answers[question] ?? 'yes'))?.focus();
  };

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = assess(rules, answers);
    const n = (focusRequest?.n ?? 0) + 1;
    if (outcome.status === 'incomplete') {
      setMissing(outcome.unanswered);
      setSubmitted(false);
      setFocusRequest({ to: 'errors', n });
    } else {
      setMissing([]);
      setSubmitted(true);
      setFocusRequest({ to: 'result', n });
    }
  };

  const asText = () =>
    report
      ? reportText(title, strings, report, guideList)
      : [title, '', ...rules.questions.map((q) => `${s(`question.${q.id}.short`)}: ${answers[q.id] ? s(`answer.${answers[q.id]}`) : '—'}`)].join('\n');

  const H = standalone ? 'h2' : 'h3';
  const H2 = standalone ? 'h3' : 'h4';
  const percent = (share: number) => formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <div class="assessment" data-ready={store.ready ? '' : undefined}>
      {!store.ready && (
        <p class="assessment__no-js notice" data-print-hide>
          {s('nojs')}
        </p>
      )}
      <form class="assessment__form" noValidate onSubmit={onSubmit} aria-label={title}>
        {stillMissing.length > 0 && (
          <ErrorSummary id={`${id}-errors`} title={s('error.heading')} focusRef={summaryRef}>
            {stillMissing.map((q) => (
              <li key={q}>
                <a href={`#${inputId(q, 'yes')}`} onClick={focusQuestion(q)}>
                  {fillTemplate(locale, s('error.question'), { question: s(`question.${q}.short`) })}
                </a>
              </li>
            ))}
          </ErrorSummary>
        )}
        <ol class="assessment__questions">
          {rules.questions.map((q) => {
            const hintId = `${id}-${q.id}-hint`;
            const errorId = `${id}-${q.id}-error`;
            const hasError = stillMissing.includes(q.id);
            return (
              <li key={q.id} class="assessment__item">
                <fieldset
                  class={hasError ? 'assessment__question assessment__question--error' : 'assessment__question'}
                  data-question={q.id}
                  aria-describedby={hasError ? `${hintId} ${errorId}` : hintId}
                >
                  <legend class="assessment__legend">{s(`question.${q.id}`)}</legend>
                  <div id={hintId} class="assessment__hint">
                    <p>
                      {s(`question.${q.id}.hint`)}
                      {q.id === profitabilityQuestion && calculator && (
                        <>
                          {' '}
                          <a href={calculator.href} data-calculator-link>
                            {calculator.title}
                          </a>
                        </>
                      )}
                    </p>
                    <p class="assessment__points">
                      {fillTemplate(locale, s('worksheet.points'), { points: q.weight })}
                      {q.dealBreaker && <strong> {fillTemplate(locale, s('worksheet.dealBreaker'), { verdict: verdictName(strings, q.dealBreaker) })}</strong>}
                    </p>
                  </div>
                  {hasError && (
                    <p id={errorId} class="assessment__error">
                      <span class="visually-hidden">{s('error.titlePrefix')} </span>
                      {s('error.inline')}
                    </p>
                  )}
                  <div class="assessment__options">
                    {answerValues.map((option) => (
                      <div class="assessment__option" key={option}>
                        <input
                          type="radio"
                          id={inputId(q.id, option)}
                          name={`${id}-${q.id}`}
                          value={option}
                          data-option={option}
                          checked={answers[q.id] === option}
                          onChange={() => choose(q.id, option)}
                        />
                        <label for={inputId(q.id, option)}>{s(`answer.${option}`)}</label>
                      </div>
                    ))}
                  </div>
                  {q.id === profitabilityQuestion && handoff !== undefined && (
                    <p class="assessment__handoff notice" data-handoff-note>
                      {fillTemplate(locale, s('handoff.applied'), { percent: percent(handoff) })}
                    </p>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="submit" class="button--primary assessment__submit" hidden={!store.ready} disabled={!store.ready} data-print-hide>
          {s('submit')}
        </button>
      </form>

      {report && (
        <section class={`assessment-result assessment-result--${report.verdict}`} data-verdict={report.verdict} aria-labelledby={`${id}-result`} data-result>
          <H id={`${id}-result`} class="assessment-result__heading" tabIndex={-1} ref={resultRef}>
            <VerdictIcon verdict={report.verdict} />
            <span>{report.heading}</span>
          </H>
          <p class="assessment-result__summary">{report.summary}</p>

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

          <H2>{s('steps.heading')}</H2>
          <ol class="assessment-result__steps">
            {report.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>

          <H2>{s('guides.heading')}</H2>
          <ul class="assessment-result__guides">
            {guideList.map((guide) => (
              <li key={guide.href}>
                <a href={guide.href} lang={guide.lang} dir={guide.dir}>
                  {guide.title}
                </a>
              </li>
            ))}
          </ul>

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
        </section>
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
  );
}

/** A shape per verdict, so the result never depends on colour alone (the heading also names it). */
function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const shapes: Record<Verdict, JSX.Element> = {
    keep: <path d="M5 12.5l4.5 4.5L19 7.5" />,
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

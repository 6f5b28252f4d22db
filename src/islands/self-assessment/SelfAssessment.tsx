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
 *
 * Client files (issue 14): a client-name field, "keep this client's file", a control that
 * starts another client (`data-new-client`, asking first when unkept answers would be lost)
 * and the client's dated verdicts. The panel is rendered here from plain state; the
 * client-file code (`AssessmentClientFile`) loads only when the page is opened for a client
 * (`?client=<id>`, starting from that client's answers) or when the reader first uses the
 * panel, and then drives it. While a client file is kept, the tool's own "remember" saving is
 * off (one kind of saving at a time; turning "keep" on erases the tool's own copy). The result
 * leads with the verdict, a meter of the score against its bands, the answers that weighed
 * most, what to find out first and the next step as a button (`nextSteps`), then the rest.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedMouseEvent, TargetedSubmitEvent } from 'preact';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import {
  answerValues,
  assess,
  emptyAssessment,
  isSavedAssessment,
  scorePosition,
  type Answer,
  type Assessment,
  type SavedAssessment,
  type Verdict,
} from '../../lib/assessment-scoring';
import type { ToolId } from '../../i18n/vocabulary';
import { buildReport, nextSteps, reportText, scoreBands, verdictName, type ReportRules } from '../../lib/assessment-report';
import { toolHeading } from '../../lib/headings';
import { lookup } from '../../lib/tool-strings';
import type { StringsOfKind } from '../../i18n/tool-keys';
import type { StoreSpec } from '../../lib/storage';
import { decodeHandoff, handoffKey } from '../../lib/tool-handoff';
import type { ToolUi } from '../../i18n/translate';
import { ErrorSummary, useErrorTitle } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import { NewClient } from '../shared/NewClient';
import { openedForClient, useLazyClientFile } from '../shared/useLazyClientFile';
import { uiText, type Notice } from '../shared/ui';
import type { AssessmentFileState } from './AssessmentClientFile';
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
  strings: StringsOfKind<'assessment'>;
  /** Every guide the outcomes name, by key, resolved at build time. */
  guides: Readonly<Record<string, GuideLink>>;
  /** The revenue-per-hour calculator, linked from the profitability question. */
  calculator?: { href: string; title: string };
  /** Every tool a verdict's next step may open, by id (href without a query). */
  tools: Readonly<Partial<Record<ToolId, { href: string; title: string }>>>;
  title: string;
  standalone: boolean;
}

/** The question the calculator can answer. */
const profitabilityQuestion = 'unprofitable';

/** What the client panel shows and does: the client file's state once its code has loaded, plain state before. */
type ClientPanelState = Pick<AssessmentFileState, 'id' | 'name' | 'setName' | 'client' | 'keep' | 'setKeep' | 'startNewClient' | 'notice' | 'trend' | 'query'>;

export default function SelfAssessment({ locale, spec, ui, rules, strings, guides, calculator, tools, title, standalone }: SelfAssessmentProps) {
  const id = useId();
  const s = lookup(strings);
  const [saved, setSaved] = useState<SavedAssessment>(emptyAssessment);
  // The client panel before its code has loaded, and that code's state once it has.
  const [draft, setDraft] = useState({ name: '', keep: false });
  const [draftNotice, setDraftNotice] = useState<Notice>();
  const [fileState, setFileState] = useState<AssessmentFileState>();
  const [panelUsed, setPanelUsed] = useState(false);
  const ClientFile = useLazyClientFile(() => import('./AssessmentClientFile'), panelUsed);
  const [forClient] = useState(openedForClient);
  const file: ClientPanelState = fileState ?? {
    id: undefined,
    name: draft.name,
    setName: (name) => setDraft((d) => ({ ...d, name })),
    client: undefined,
    keep: draft.keep,
    setKeep: (keep) => setDraft((d) => ({ ...d, keep })),
    startNewClient: () => {
      setDraft((d) => ({ ...d, name: '' }));
      setSaved(emptyAssessment);
      setDraftNotice({ key: 'tool.client.started' });
    },
    notice: draftNotice,
    trend: undefined,
    query: '',
  };
  // One kind of saving at a time: not while a client file keeps the answers (nor, opened for a client, before its file is read).
  const store = useSavedAnswers({
    spec,
    locale,
    validate: isSavedAssessment,
    value: saved,
    apply: setSaved,
    empty: emptyAssessment,
    off: file.keep || (forClient && !fileState?.ready),
  });
  const [submitted, setSubmitted] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const focusAfterRender = useFocusAfterRender();
  const [handoff, setHandoff] = useState<number>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const answers = saved.answers;
  const verdictOf = (value: SavedAssessment) => ((outcome) => (outcome.status === 'complete' ? outcome.verdict : undefined))(assess(rules, value.answers));
  const setKeep = (on: boolean) => {
    // Kept in the client's file from now on: the tool's own copy would be a second, stale one.
    if (on && store.remember) store.setRemember(false);
    file.setKeep(on);
  };

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

  const stillMissing = missing.filter((q) => !answers[q]);
  useErrorTitle(s('error.titlePrefix'), stillMissing.length > 0, store.ready);

  const result = assess(rules, answers);
  const report = submitted && result.status === 'complete' ? buildReport(locale, rules, strings, result, answers) : undefined;
  const guideList = report ? rules.outcomes[report.verdict].guides.flatMap((key) => (guides[key] ? [guides[key]] : [])) : [];
  // The next step's tools (the first is the button), for this client when one is open; a verdict
  // without tools falls back to its first guide.
  const nextLinks = report ? nextLinksFor(nextSteps(rules, report.verdict), tools, guides, file.query) : [];

  const choose = (question: string, answer: Answer) => setSaved((current) => ({ answers: { ...current.answers, [question]: answer } }));
  const inputId = (question: string, option: Answer) => `${id}-${question}-${option}`;
  const focusQuestion = (question: string) => (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(inputId(question, answers[question] ?? 'yes'))?.focus();
  };

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = assess(rules, answers);
    if (outcome.status === 'incomplete') {
      setMissing(outcome.unanswered);
      setSubmitted(false);
      focusAfterRender(() => summaryRef.current);
    } else {
      setMissing([]);
      setSubmitted(true);
      focusAfterRender(() => resultRef.current);
    }
  };

  const asText = () =>
    report
      ? reportText(title, strings, report, guideList)
      : [title, '', ...rules.questions.map((q) => `${s(`question.${q.id}.short`)}: ${((a) => (a ? s(`answer.${a}`) : '—'))(answers[q.id])}`)].join('\n');

  const H = toolHeading(standalone);
  const H2 = toolHeading(standalone, 1);
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
        {ClientFile && (
          <ClientFile
            verdictOf={verdictOf}
            value={saved}
            apply={setSaved}
            empty={emptyAssessment}
            initialName={draft.name}
            initialKeep={draft.keep}
            onState={setFileState}
          />
        )}
        <ClientPanel
          locale={locale}
          ui={ui}
          strings={strings}
          file={file}
          setKeep={setKeep}
          wouldLose={!file.keep && Object.keys(answers).length > 0}
          onUse={() => setPanelUsed(true)}
          id={id}
          ready={store.ready}
        />
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
                      {q.strength ? s('worksheet.strength') : fillTemplate(locale, s('worksheet.points'), { points: q.weight })}
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
          {result.status === 'complete' && <ScoreMeter locale={locale} rules={rules} strings={strings} result={result} id={`${id}-meter`} />}
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
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
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

/** Which client this is, whether to keep its file, another client, and its earlier verdicts. */
function ClientPanel({
  locale,
  ui,
  strings,
  file,
  setKeep,
  wouldLose,
  onUse,
  id,
  ready,
}: {
  locale: Locale;
  ui: ToolUi;
  strings: StringsOfKind<'assessment'>;
  file: ClientPanelState;
  setKeep: (on: boolean) => void;
  /** Starting another client would lose answers that are not kept. */
  wouldLose: boolean;
  /** The reader has started using the panel: time to load the client-file code. */
  onUse: () => void;
  id: string;
  ready: boolean;
}) {
  const s = lookup(strings);
  const history = file.client?.assessment?.history ?? [];
  const trend = file.trend;
  return (
    <fieldset class="assessment-client" data-print-hide onFocusIn={onUse} onPointerDown={onUse} onInput={onUse}>
      <legend class="assessment__legend">{s('client.heading')}</legend>
      {file.id && (
        <p class="assessment-client__open" data-open-client={file.id}>
          {uiText(locale, ui, { key: 'tool.client.working', vars: { name: file.name.trim() || ui['tool.client.unnamed'] } })}
        </p>
      )}
      <div class="assessment-client__name">
        <label for={`${id}-client-name`}>{ui['tool.client.name']}</label>
        <p id={`${id}-client-name-hint`} class="assessment__hint-text">
          {ui['tool.client.nameHint']}
        </p>
        <input
          id={`${id}-client-name`}
          type="text"
          autocomplete="off"
          maxLength={200}
          data-field="client-name"
          aria-describedby={`${id}-client-name-hint`}
          value={file.name}
          onInput={(event) => file.setName(event.currentTarget.value)}
        />
      </div>
      <div class="assessment__option assessment-client__keep" hidden={!ready}>
        <input id={`${id}-client-keep`} type="checkbox" data-keep-client checked={file.keep} onChange={(event) => setKeep(event.currentTarget.checked)} />
        <label for={`${id}-client-keep`}>{ui['tool.client.keep']}</label>
      </div>
      <p class="assessment__hint-text" hidden={!ready}>
        {ui['tool.client.keepHint']}
      </p>
      <div hidden={!ready}>
        <NewClient ui={ui} wouldLose={wouldLose} onStart={file.startNewClient} />
      </div>
      {file.notice && (
        <p class="notice" role="status" data-client-notice>
          {uiText(locale, ui, file.notice)}
        </p>
      )}
      {history.length > 0 && (
        <div class="assessment-client__history" data-history>
          <p class="assessment-client__history-heading">{s('history.heading')}</p>
          {trend && <p data-trend={trend}>{s(`history.${trend}`)}</p>}
          <ol reversed>
            {[...history].reverse().map((h) => (
              <li key={h.at} data-history-verdict={h.verdict}>
                {fillTemplate(locale, s('history.entry'), { date: formatDate(locale, new Date(h.at)), verdict: verdictName(strings, h.verdict) })}
              </li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
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

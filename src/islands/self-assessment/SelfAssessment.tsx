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
 * (`AssessmentResult`, loaded from the first answer on) leads with the verdict, a meter of the
 * score against its bands, the answers that weighed most, what to find out first and the next
 * step as a button (`nextSteps`), then the rest.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedMouseEvent, TargetedSubmitEvent } from 'preact';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import { answerValues, assess, emptyAssessment, isSavedAssessment, verdictName, type Answer, type SavedAssessment } from '../../lib/assessment-scoring';
import type { ToolId } from '../../i18n/vocabulary';
import type { ReportRules } from '../../lib/assessment-report';
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
import { openedForClient, useLazyClientFile, useLazyComponent } from '../shared/useLazyClientFile';
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
  // The client the page named is not kept here: the tool's own saved answers count after all.
  const { resumeOwn } = store;
  const clientMissing = fileState?.missing === true;
  useEffect(() => {
    if (clientMissing) resumeOwn();
  }, [clientMissing, resumeOwn]);
  const [submitted, setSubmitted] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const focusAfterRender = useFocusAfterRender();
  const [handoff, setHandoff] = useState<number>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const resultText = useRef<() => string>();
  const focusResult = useRef(false);
  useLayoutEffect(() => {
    if (focusResult.current && resultRef.current) {
      focusResult.current = false;
      resultRef.current.focus();
    }
  });
  const answers = saved.answers;
  // The result's code, from the first answer on (restored, handed over or chosen).
  const Result = useLazyComponent(() => import('./AssessmentResult'), submitted || Object.keys(answers).length > 0);
  // What a client file records with the answers: the verdict, once they are complete.
  const verdictOf = (value: SavedAssessment) => {
    const outcome = assess(rules, value.answers);
    return outcome.status === 'complete' ? outcome.verdict : undefined;
  };
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
      // Once the result is there (its code may still be loading).
      focusResult.current = true;
    }
  };

  const asText = () =>
    resultText.current
      ? resultText.current()
      : [title, '', ...rules.questions.map((q) => `${s(`question.${q.id}.short`)}: ${((a) => (a ? s(`answer.${a}`) : '—'))(answers[q.id])}`)].join('\n');

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

      {Result && submitted && result.status === 'complete' && (
        <Result
          locale={locale}
          rules={rules}
          strings={strings}
          guides={guides}
          tools={tools}
          title={title}
          standalone={standalone}
          result={result}
          answers={answers}
          query={file.query}
          id={id}
          headingRef={resultRef}
          inputId={inputId}
          focusQuestion={focusQuestion}
          textRef={resultText}
        />
      )}

      <SaveControls saved={store} locale={locale} ui={ui} textToCopy={asText} />
    </div>
  );
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

/**
 * The exit letter builder island: fields and choices on one side, the composed letter on
 * the other, updated as the reader types. Copy and download check the required fields
 * first (error summary, focus moved to it). Reader text is only ever rendered as text;
 * values sit in `<bdi>` so names in another script read correctly. Server-rendered as the
 * letter template with `[blanks]`; the form appears once the island has hydrated.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import {
  composeLetter,
  emptyLetter,
  isLetterAnswers,
  letterProblems,
  letterText,
  withChoice,
  withField,
  type LetterAnswers,
  type LetterProblem,
} from '../../lib/exit-letter';
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi } from '../../lib/tools';
import type { LetterDefinition, ToolStrings } from '../../schemas/tool';
import { copyText, downloadText } from '../shared/browser-actions';
import { ErrorSummary } from '../shared/ErrorSummary';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import './exit-letter.css';

export interface ExitLetterProps {
  locale: Locale;
  spec: StoreSpec;
  ui: ToolUi;
  definition: LetterDefinition;
  strings: ToolStrings;
  /** On the tool's own page the letter heading is an h2, inside a guide an h3. */
  standalone: boolean;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export default function ExitLetter({ locale, spec, ui, definition, strings, standalone }: ExitLetterProps) {
  const id = useId();
  const empty = useMemo(() => emptyLetter(definition), [definition]);
  const [answers, setAnswers] = useState<LetterAnswers>(empty);
  const [problems, setProblems] = useState<LetterProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const validate = useMemo(
    () =>
      (value: unknown): value is LetterAnswers =>
        isLetterAnswers(definition, value),
    [definition],
  );
  const saved = useSavedAnswers({
    spec,
    locale,
    validate,
    value: answers,
    apply: (data) => setAnswers({ ...empty, ...data, fields: { ...empty.fields, ...data.fields }, choices: { ...empty.choices, ...data.choices } }),
    empty,
  });

  const formatValue = (fieldId: string, value: string) =>
    definition.fields.find((f) => f.id === fieldId)?.type === 'date' && isoDay.test(value) && !Number.isNaN(Date.parse(value))
      ? formatDate(locale, new Date(value))
      : value;
  const paragraphs = composeLetter(definition, strings, answers, { formatValue });

  // Problems shown once stay current as the reader fixes them.
  useEffect(() => {
    if (problems.length > 0) setProblems(letterProblems(definition, answers));
  }, [answers]);

  const fieldLabel = (fieldId: string) => strings[`field.${fieldId}`] ?? fieldId;
  const problemText = (p: LetterProblem) => {
    const max = definition.fields.find((f) => f.id === p.field)?.maxLength ?? 0;
    return p.problem === 'required'
      ? fillTemplate(locale, ui['tool.errorRequired'], { field: fieldLabel(p.field) })
      : fillTemplate(locale, ui['tool.errorTooLong'], { field: fieldLabel(p.field), max });
  };

  /** Runs an action on the finished letter, or shows what is missing first. */
  const whenComplete = (action: (text: string) => void) => {
    const found = letterProblems(definition, answers);
    setProblems(found);
    if (found.length > 0) {
      // Wait for the summary to render, then take the reader to it.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    action(letterText(paragraphs));
  };

  const Heading = standalone ? 'h2' : 'h3';
  const problemOf = (fieldId: string) => problems.find((p) => p.field === fieldId);

  return (
    <div class="letter-builder" data-ready={saved.ready ? '' : undefined}>
      {!saved.ready && (
        <p class="muted" data-print-hide>
          {strings['letter.noJs']}
        </p>
      )}
      <form class="letter-builder__form" hidden={!saved.ready} noValidate onSubmit={(event) => event.preventDefault()} data-pagefind-ignore data-print-hide>
        {problems.length > 0 && (
          <ErrorSummary id={`${id}-errors`} title={ui['tool.errorSummary']} focusRef={summary}>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${id}-${p.field}`}>{problemText(p)}</a>
              </li>
            ))}
          </ErrorSummary>
        )}
        {definition.fields.map((field) => {
          const inputId = `${id}-${field.id}`;
          const hint = strings[`field.${field.id}.hint`];
          const problem = problemOf(field.id);
          const describedBy = [hint ? `${inputId}-hint` : '', problem ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined;
          const common = {
            id: inputId,
            'data-field': field.id,
            dir: 'auto' as const,
            value: answers.fields[field.id] ?? '',
            maxLength: field.maxLength,
            'aria-describedby': describedBy,
            'aria-invalid': problem ? ('true' as const) : undefined,
            required: field.required,
            onInput: (event: Event) => {
              const value = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
              setAnswers((a) => withField(definition, a, field.id, value));
            },
          };
          return (
            <div class={problem ? 'letter-field letter-field--error' : 'letter-field'} key={field.id}>
              <label for={inputId}>
                {fieldLabel(field.id)}
                {field.required && <span class="letter-field__required"> ({ui['tool.required']})</span>}
              </label>
              {hint && (
                <p id={`${inputId}-hint`} class="letter-field__hint">
                  {hint}
                </p>
              )}
              {problem && (
                <p id={`${inputId}-error`} class="letter-field__error">
                  {problemText(problem)}
                </p>
              )}
              {field.type === 'long' ? <textarea rows={3} {...common} /> : <input type={field.type === 'date' ? 'date' : 'text'} {...common} />}
            </div>
          );
        })}
        {definition.choices.map((choice) => (
          <fieldset class="letter-choice" key={choice.id} data-choice={choice.id}>
            <legend>{strings[`choice.${choice.id}`]}</legend>
            {choice.options.map((option) => (
              <div class="letter-choice__option" key={option}>
                <input
                  type="radio"
                  id={`${id}-${choice.id}-${option}`}
                  name={`${id}-${choice.id}`}
                  value={option}
                  data-option={option}
                  checked={(answers.choices[choice.id] ?? choice.default) === option}
                  onChange={() => setAnswers((a) => withChoice(a, choice.id, option))}
                />
                <label for={`${id}-${choice.id}-${option}`}>{strings[`choice.${choice.id}.${option}`]}</label>
              </div>
            ))}
          </fieldset>
        ))}
      </form>
      <section class="letter" aria-labelledby={`${id}-letter`}>
        <Heading id={`${id}-letter`} class="letter__heading">
          {strings['letter.heading']}
        </Heading>
        <p class="muted" data-pagefind-ignore data-print-hide>
          {strings['letter.preview']}
        </p>
        <div class="letter__text" data-letter>
          {paragraphs.map((p) => (
            <p key={p.id} data-paragraph={p.id}>
              {p.segments.map((s) =>
                'text' in s ? (
                  s.text
                ) : (
                  <bdi class={s.filled ? undefined : 'letter__blank'} data-value={s.field}>
                    {s.value}
                  </bdi>
                ),
              )}
            </p>
          ))}
        </div>
        {saved.ready && (
          <div class="letter__actions" data-pagefind-ignore data-print-hide>
            <button
              type="button"
              class="button--primary"
              data-copy-letter
              onClick={() => whenComplete(async (text) => saved.announce({ key: (await copyText(text)) ? 'tool.copied' : 'tool.copyFailed' }))}
            >
              {ui['tool.copy']}
            </button>
            <button
              type="button"
              data-download-letter
              onClick={() =>
                whenComplete((text) => {
                  const file = `${strings['letter.filename']}.txt`;
                  downloadText(file, text);
                  saved.announce({ key: 'tool.exported', vars: { file } });
                })
              }
            >
              {strings['letter.download']}
            </button>
          </div>
        )}
      </section>
      <SaveControls saved={saved} locale={locale} ui={ui} />
    </div>
  );
}

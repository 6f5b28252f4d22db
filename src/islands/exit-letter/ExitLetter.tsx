/**
 * The exit letter builder island: fields and choices beside the composed letter on a wide
 * screen (below it on a phone), updated as the reader types. Copy and download check the
 * letter first (required fields, lengths, dates against the notice chosen: error summary,
 * focus moved to it) and give clean text (`letterText`: no bidi controls). Reader text is
 * only ever rendered as text; values sit in `<bdi>` so names in another script read
 * correctly. Server-rendered as the letter template with `[blanks]`; the form appears once
 * the island has hydrated, and the date of writing is filled with today then (never at
 * build time). On its own page, printing shows the letter alone (exit-letter.css).
 *
 * The form follows the letter's decisions: the last day only when there is notice to give;
 * goodwill only when no money is owed (a note says why); in legal mode the thanks, facts,
 * apology, goodwill and referrals are left out, and so are their fields.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate } from '../../i18n/template';
import {
  composeLetter,
  dateProblems,
  type LetterDefinition,
  emptyLetter,
  fieldCount,
  isLetterAnswers,
  letterNotes,
  letterProblems,
  letterText,
  withChoice,
  withField,
  type LetterAnswers,
  type LetterProblem,
} from '../../lib/exit-letter';
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi } from '../../i18n/translate';
import type { StringsOfKind } from '../../i18n/tool-keys';
import { copyText, downloadText } from '../shared/browser-actions';
import { ErrorSummary } from '../shared/ErrorSummary';
import { Field } from '../shared/Field';
import { SaveControls } from '../shared/SaveControls';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useLazyClientFile } from '../shared/useLazyClientFile';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import './exit-letter.css';

export interface ExitLetterProps {
  locale: Locale;
  spec: StoreSpec;
  ui: ToolUi;
  definition: LetterDefinition;
  strings: StringsOfKind<'letter'>;
  /** On the tool's own page the letter heading is an h2, inside a guide an h3; only there does print show the letter alone. */
  standalone: boolean;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** Today as an ISO day, in the reader's time zone (the letter's dates are the reader's days). */
const todayIso = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
};
const isDay = (value: string) => isoDay.test(value) && !Number.isNaN(Date.parse(value));
/** Share of a field's limit at which its counter starts to warn, before anything is over. */
const warnAt = 0.9;

/** The form's order: who, the date, the kind of letter and its notice, then money and the optional parts. */
const formOrder = [
  'client-name',
  'client-contact',
  'sender-name',
  'company',
  'sender-contact',
  'contract-ref',
  'written-on',
  'mode',
  'notice',
  'last-day',
  'owed',
  'goodwill',
  'apology',
  'facts',
  'referrals',
];

export default function ExitLetter({ locale, spec, ui, definition, strings, standalone }: ExitLetterProps) {
  const id = useId();
  const empty = useMemo(() => emptyLetter(definition), [definition]);
  const [answers, setAnswers] = useState<LetterAnswers>(empty);
  const [problems, setProblems] = useState<LetterProblem[]>([]);
  const focusAfterRender = useFocusAfterRender();
  const validate = useMemo(
    () =>
      (value: unknown): value is LetterAnswers =>
        isLetterAnswers(definition, value),
    [definition],
  );
  // Opened for a client (`?client=<id>`), the letter is saved in its file (LetterClientFile, loaded then), not as the builder's own.
  const saved = useSavedAnswers({
    spec,
    locale,
    validate,
    value: answers,
    apply: (data) => setAnswers({ ...empty, ...data, fields: { ...empty.fields, ...data.fields }, choices: { ...empty.choices, ...data.choices } }),
    empty,
  });
  const policy = definition.policy;
  /** The field the client's name goes into when the builder is opened for a client. */
  const clientNameField = 'client-name';
  const ClientFile = useLazyClientFile(() => import('./LetterClientFile'));
  // The client's name as the reader last typed it here: the client file is renamed to follow.
  const [typedName, setTypedName] = useState<string>();

  // Once hydrated (and anything saved is back), an empty date of writing becomes today.
  useEffect(() => {
    if (!saved.ready || !policy) return;
    const writtenOn = policy.dates.writtenOn;
    setAnswers((a) => ((a.fields[writtenOn] ?? '') === '' ? withField(definition, a, writtenOn, todayIso()) : a));
  }, [saved.ready, definition, policy]);

  const showDate = (value: string) => (isDay(value) ? formatDate(locale, new Date(value)) : value);
  const formatValue = (fieldId: string, value: string) => (definition.fields.find((f) => f.id === fieldId)?.type === 'date' ? showDate(value) : value);
  const paragraphs = composeLetter(definition, strings, answers, { formatValue });

  // Problems shown once stay current as the reader fixes them.
  const allProblems = (): LetterProblem[] => [...letterProblems(definition, answers), ...dateProblems(definition, answers, todayIso())];
  useEffect(() => {
    if (problems.length > 0) setProblems(allProblems());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the answers change: allProblems is new every render, and the list itself is what this sets.
  }, [answers]);

  const chosen = (choice: string) => answers.choices[choice] ?? definition.choices.find((c) => c.id === choice)?.default;
  const holds = (condition: { choice: string; option: string } | undefined) => condition !== undefined && chosen(condition.choice) === condition.option;
  const legal = holds(policy?.legal);
  const owed = holds(policy?.owed);
  const immediate = policy !== undefined && chosen(policy.notice.choice) === policy.notice.immediate;
  const notes = letterNotes(definition, answers);
  if (owed && !notes.includes('goodwill-withheld') && !legal) notes.unshift('goodwill-withheld');

  /** Parts the letter leaves out for the choices made: their fields are not asked for. */
  const leftOut = (part: string): boolean => {
    if (!policy) return false;
    if (part === policy.dates.lastDay) return immediate;
    if (part === policy.goodwill.choice) return legal;
    if (legal && (part === 'facts' || part === 'referrals' || part === 'apology')) return true;
    return false;
  };

  const fieldLabel = (fieldId: string) => strings[`field.${fieldId}`] ?? fieldId;
  const problemMessage = (p: LetterProblem) => {
    switch (p.problem) {
      case 'too-long':
        return fillTemplate(locale, strings['problem.too-long'], { count: p.count, limit: p.limit });
      case 'past':
      case 'too-soon':
        return fillTemplate(locale, strings[`problem.${p.problem}`], { date: formatDate(locale, new Date(p.date)) });
      case 'not-a-date':
      case 'required':
        return fillTemplate(locale, ui['tool.errorRequired'], { field: fieldLabel(p.field) });
    }
  };
  const problemText = (p: LetterProblem) =>
    p.problem === 'required' || p.problem === 'not-a-date' ? problemMessage(p) : `${fieldLabel(p.field)}: ${problemMessage(p)}`;

  /** Runs an action on the finished letter, or shows what is missing first. */
  const whenComplete = (action: (text: string) => void) => {
    const found = allProblems();
    setProblems(found);
    if (found.length > 0) {
      focusAfterRender(() => document.getElementById(`${id}-errors`));
      return;
    }
    action(letterText(paragraphs));
  };

  const Heading = standalone ? 'h2' : 'h3';
  const problemOf = (fieldId: string) => problems.find((p) => p.field === fieldId);

  const renderField = (field: LetterDefinition['fields'][number]) => {
    const problem = problemOf(field.id);
    const value = answers.fields[field.id] ?? '';
    const count = fieldCount(definition, answers, field.id);
    const countState = count.over ? 'over' : count.count >= count.limit * warnAt ? 'near' : undefined;
    const onInput = (event: Event) => {
      const next = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setAnswers((a) => withField(definition, a, field.id, next));
      if (field.id === clientNameField) setTypedName(next);
    };
    return (
      <Field
        key={field.id}
        id={`${id}-${field.id}`}
        block="letter-field"
        label={
          <>
            {fieldLabel(field.id)}
            {field.required && <span class="letter-field__required"> ({ui['tool.required']})</span>}
          </>
        }
        hint={strings[`field.${field.id}.hint`]}
        error={problem ? problemMessage(problem) : undefined}
      >
        {(control) => (
          <>
            {field.type === 'long' ? (
              <textarea {...control} rows={3} data-field={field.id} dir="auto" value={value} required={field.required} onInput={onInput} />
            ) : (
              <input
                {...control}
                type={field.type === 'date' ? 'date' : 'text'}
                data-field={field.id}
                dir="auto"
                value={value}
                required={field.required}
                onInput={onInput}
              />
            )}
            {field.type === 'date' && isDay(value) && (
              <p class="letter-field__calendar" data-date-shown={field.id}>
                {showDate(value)}
              </p>
            )}
            {field.type === 'long' && (
              <div aria-live="polite">
                <p class={countState ? `letter-field__count letter-field__count--${countState}` : 'letter-field__count'} data-count={field.id}>
                  {fillTemplate(locale, strings['letter.count'], { count: count.count, limit: count.limit })}
                </p>
                {count.over && (
                  <p class="letter-field__count letter-field__count--over" data-count-over={field.id}>
                    {fillTemplate(locale, strings['problem.too-long'], { count: count.count, limit: count.limit })}
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </Field>
    );
  };

  const renderChoice = (choice: LetterDefinition['choices'][number]) => {
    const locked = policy !== undefined && choice.id === policy.goodwill.choice && owed;
    return (
      <fieldset class="letter-choice" key={choice.id} data-choice={choice.id} disabled={locked}>
        <legend>{strings[`choice.${choice.id}`]}</legend>
        {choice.options.map((option) => (
          <div class="letter-choice__option" key={option}>
            <input
              type="radio"
              id={`${id}-${choice.id}-${option}`}
              name={`${id}-${choice.id}`}
              value={option}
              data-option={option}
              checked={chosen(choice.id) === option}
              onChange={() => setAnswers((a) => withChoice(a, choice.id, option))}
            />
            <label for={`${id}-${choice.id}-${option}`}>{strings[`choice.${choice.id}.${option}`]}</label>
          </div>
        ))}
      </fieldset>
    );
  };

  const noteFor = (part: string) =>
    notes
      .filter((note) =>
        note === 'goodwill-withheld'
          ? part === policy?.goodwill.choice
          : note === 'immediate-risk'
            ? part === policy?.notice.choice
            : part === policy?.legal.choice,
      )
      .map((note) => (
        <p class="notice" key={note} data-letter-note={note}>
          {strings[`note.${note}`]}
        </p>
      ));

  const parts = [...formOrder.filter((p) => definition.fields.some((f) => f.id === p) || definition.choices.some((c) => c.id === p))];
  for (const f of definition.fields) if (!parts.includes(f.id)) parts.push(f.id);
  for (const c of definition.choices) if (!parts.includes(c.id)) parts.push(c.id);

  return (
    <div class="letter-builder" data-ready={saved.ready ? '' : undefined} data-print-letter={standalone ? '' : undefined}>
      {!saved.ready && (
        <p class="muted" data-print-hide>
          {strings['letter.noJs']}
        </p>
      )}
      {ClientFile && (
        <ClientFile
          locale={locale}
          ui={ui}
          definition={definition}
          nameField={clientNameField}
          answers={answers}
          setAnswers={setAnswers}
          empty={empty}
          typedName={typedName}
          onMissing={saved.resumeOwn}
        />
      )}
      <div class="letter-builder__columns">
        <form class="letter-builder__form" hidden={!saved.ready} noValidate onSubmit={(event) => event.preventDefault()} data-pagefind-ignore data-print-hide>
          {problems.length > 0 && (
            <ErrorSummary id={`${id}-errors`} title={ui['tool.errorSummary']}>
              {problems.map((p) => (
                <li key={p.field}>
                  <a
                    href={`#${id}-${p.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusAfterRender(() => document.getElementById(`${id}-${p.field}`));
                    }}
                  >
                    {problemText(p)}
                  </a>
                </li>
              ))}
            </ErrorSummary>
          )}
          {parts.map((part) => {
            if (leftOut(part)) return null;
            const field = definition.fields.find((f) => f.id === part);
            if (field) return renderField(field);
            const choice = definition.choices.find((c) => c.id === part);
            return choice ? (
              <div class="letter-builder__choice" key={part}>
                {renderChoice(choice)}
                {noteFor(part)}
              </div>
            ) : null;
          })}
        </form>
        <section class="letter" aria-labelledby={`${id}-letter`}>
          <Heading id={`${id}-letter`} class="letter__heading" data-print-hide>
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
      </div>
      <div class="letter-builder__save" data-print-hide>
        <SaveControls saved={saved} locale={locale} ui={ui} />
      </div>
    </div>
  );
}

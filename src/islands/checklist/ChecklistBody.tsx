/**
 * What every checklist shows, whoever keeps its answers (`Checklist` for its own, saved per
 * language; `ClientChecklist` for a client's file): the steps, with who, when, notes and
 * links, progress, meeting mode, the unsaved-ticks warning, and the controls it is given.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate, splitTemplate } from '../../i18n/template';
import {
  checklistText,
  hasUnsavedChanges,
  maxNoteLength,
  maxOwnerLength,
  normaliseChecklist,
  overdueSteps,
  progressOf,
  withDue,
  withMeeting,
  withNewParticipant,
  withNote,
  withOwner,
  withoutParticipant,
  withParticipant,
  withStep,
  type ChecklistAnswers,
} from '../../lib/checklist';
import { Field } from '../shared/Field';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import type { ChecklistProps, MeetingStrings } from './Checklist';
import './checklist.css';

/** An ISO day in the locale's calendar and digits. */
const dayText = (locale: Locale, day: string) => formatDate(locale, new Date(`${day}T00:00:00Z`));

/** Today on the reader's own calendar day, ISO. */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The answers as the client-file hook and the saved-answers hook hand them back. */
export const applyTo = (set: (a: ChecklistAnswers) => void) => (data: ChecklistAnswers) => set(normaliseChecklist(data));

export interface BodyProps extends ChecklistProps {
  answers: ChecklistAnswers;
  setAnswers: (change: ChecklistAnswers | ((a: ChecklistAnswers) => ChecklistAnswers)) => void;
  /** Storage has been read: progress, controls and warnings may show. */
  ready: boolean;
  /** Every change is being saved (remember on, or the client's file kept). */
  kept: boolean;
  /** The label of the control that turns saving on, quoted in the unsaved note. */
  keepLabel: string;
  /** `?client=<id>` for the links to other tools, or ''. */
  query: string;
  controls: (asText: () => string) => ComponentChildren;
}

export function ChecklistBody({ locale, ui, text, title, steps, meeting, answers, setAnswers, ready, kept, keepLabel, query, controls }: BodyProps) {
  const id = useId();
  // Only known after hydration: the server cannot know the reader's day.
  const [today, setToday] = useState<string>();
  useEffect(() => setToday(localToday()), []);
  const stepIds = steps.map((s) => s.id);
  const progress = progressOf(stepIds, answers);
  const progressText = fillTemplate(locale, ui['tool.progress'], progress);
  const done = new Set(answers.done);
  const overdue = new Set(today ? overdueSteps(stepIds, answers, today) : []);
  // While saving is on, the stored copy follows every change.
  const unsaved = ready && hasUnsavedChanges(answers, kept ? answers : undefined);

  useEffect(() => {
    if (!unsaved) return;
    // Browsers show their own "leave page?" prompt; the text cannot be chosen.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const asText = () =>
    checklistText(
      {
        title,
        progress: progressText,
        steps,
        owner: (owner) => fillTemplate(locale, text['checklist.ownerLine'], { owner }),
        due: (day) => fillTemplate(locale, text['checklist.dueLine'], { date: dayText(locale, day) }),
        ...(meeting ? { meetingTitle: meeting['meeting.title'] } : {}),
      },
      answers,
    );

  return (
    <div class="checklist" data-ready={ready ? '' : undefined}>
      {!ready && (
        <p class="checklist__no-js muted" data-print-hide>
          {ui['tool.noJs']}
        </p>
      )}
      {ready && (
        <div class="checklist__progress" data-pagefind-ignore data-print-hide>
          <progress id={`${id}-bar`} max={progress.total} value={progress.done} aria-labelledby={`${id}-bar-label`} data-progress-bar />
          <span id={`${id}-bar-label`} class="visually-hidden">
            {text['checklist.progressBar']}
          </span>
        </div>
      )}
      <p class="checklist__progress-text" role="status" data-progress data-pagefind-ignore>
        {ready ? progressText : ''}
      </p>
      <fieldset class="checklist__fieldset">
        <legend class="visually-hidden">{title}</legend>
        <ol class="checklist__steps">
          {steps.map((step) => {
            const note = answers.notes[step.id] ?? '';
            const owner = answers.owners[step.id] ?? '';
            const due = answers.due[step.id] ?? '';
            const late = overdue.has(step.id);
            const stepId = `${id}-${step.id}`;
            return (
              <li key={step.id} data-step-item={step.id} data-overdue={late ? '' : undefined}>
                <div class="checklist__step">
                  <input
                    type="checkbox"
                    id={stepId}
                    data-step={step.id}
                    checked={done.has(step.id)}
                    aria-describedby={`${stepId}-why${late ? ` ${stepId}-late` : ''}`}
                    onChange={(event) => setAnswers((a) => withStep(stepIds, a, step.id, event.currentTarget.checked))}
                  />
                  <label for={stepId} class="checklist__label">
                    {step.label}
                  </label>
                  <p id={`${stepId}-why`} class="checklist__why">
                    {step.why}
                  </p>
                  {(step.tool || step.guide) && (
                    <ul class="checklist__links" data-pagefind-ignore>
                      {step.tool && (
                        <li>
                          <a href={`${step.tool.href}${query}`} data-step-tool={step.tool.id}>
                            {fillTemplate(locale, text['checklist.openTool'], { tool: step.tool.title })}
                          </a>
                        </li>
                      )}
                      {step.guide && (
                        <li>
                          <a href={step.guide.href} data-step-guide={step.guide.key}>
                            {splitTemplate(text['checklist.readGuide']).map((part) =>
                              'text' in part ? (
                                part.text
                              ) : (
                                <span lang={step.guide!.lang} dir={step.guide!.dir}>
                                  {step.guide!.title}
                                </span>
                              ),
                            )}
                          </a>
                        </li>
                      )}
                    </ul>
                  )}
                  <div class="checklist__plan" data-pagefind-ignore>
                    <label class="checklist__plan-field">
                      <span>{text['checklist.owner']}</span>
                      <input
                        type="text"
                        data-owner={step.id}
                        dir="auto"
                        maxLength={maxOwnerLength}
                        value={owner}
                        onInput={(event) => {
                          const name = event.currentTarget.value;
                          setAnswers((a) => withOwner(a, step.id, name));
                        }}
                      />
                    </label>
                    <span class="checklist__due">
                      <label class="checklist__plan-field">
                        <span>{text['checklist.due']}</span>
                        <input
                          type="date"
                          data-due={step.id}
                          value={due}
                          aria-describedby={due ? `${stepId}-due-text${late ? ` ${stepId}-late` : ''}` : undefined}
                          onInput={(event) => {
                            const day = event.currentTarget.value;
                            setAnswers((a) => withDue(a, step.id, day));
                          }}
                        />
                      </label>
                      {due && (
                        <time id={`${stepId}-due-text`} dateTime={due} class="checklist__due-text" data-due-text>
                          {dayText(locale, due)}
                        </time>
                      )}
                      {late && (
                        <strong id={`${stepId}-late`} class="checklist__late" data-overdue-mark>
                          {text['checklist.overdue']}
                        </strong>
                      )}
                    </span>
                  </div>
                  <details class="checklist__note" open={note !== ''} data-pagefind-ignore>
                    <summary>{ui['tool.addNote']}</summary>
                    <label for={`${stepId}-note`} class="visually-hidden">
                      {fillTemplate(locale, ui['tool.noteFor'], { step: step.label })}
                    </label>
                    <textarea
                      id={`${stepId}-note`}
                      data-note={step.id}
                      dir="auto"
                      rows={2}
                      maxLength={maxNoteLength}
                      value={note}
                      onInput={(event) => {
                        const text = event.currentTarget.value;
                        setAnswers((a) => withNote(a, step.id, text));
                      }}
                    />
                  </details>
                </div>
              </li>
            );
          })}
        </ol>
      </fieldset>
      {meeting && ready && <MeetingMode locale={locale} strings={meeting} answers={answers} setAnswers={setAnswers} />}
      {unsaved && (
        <p class="checklist__unsaved notice notice--warning" data-unsaved data-print-hide>
          {fillTemplate(locale, text['checklist.unsaved'], { remember: keepLabel })}
        </p>
      )}
      {controls(asText)}
    </div>
  );
}

interface MeetingModeProps {
  locale: Locale;
  strings: MeetingStrings;
  answers: ChecklistAnswers;
  setAnswers: (change: (a: ChecklistAnswers) => ChecklistAnswers) => void;
}

/** Five-steps meeting mode: each participant and the one good thing they name. */
function MeetingMode({ locale, strings, answers, setAnswers }: MeetingModeProps) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After adding, go to the new name; after removing, back to "add".
  const focusAfterRender = useFocusAfterRender();
  const count = answers.participants.length;

  const setParticipant = (index: number, change: Parameters<typeof withParticipant>[2]) => setAnswers((a) => withParticipant(a, index, change));
  const participantLabel = (index: number) => `${strings['meeting.participant']} ${formatNumber(locale, index + 1)}`;

  return (
    <fieldset class="checklist__meeting" data-meeting-mode data-pagefind-ignore>
      <legend>{strings['meeting.title']}</legend>
      <div class="checklist__toggle">
        <input
          type="checkbox"
          id={`${id}-on`}
          data-meeting
          checked={answers.meeting}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setAnswers((a) => withMeeting(a, on));
          }}
        />
        <label for={`${id}-on`}>{strings['meeting.toggle']}</label>
      </div>
      {answers.meeting && (
        <>
          <p>{strings['meeting.intro']}</p>
          {count === 0 ? (
            <p class="muted">{strings['meeting.empty']}</p>
          ) : (
            <ul class="checklist__participants" ref={list}>
              {answers.participants.map((p, index) => (
                <li key={index} data-participant={index}>
                  <Field id={`${id}-name-${index}`} block="checklist__participant-field" label={participantLabel(index)}>
                    {(control) => (
                      <input
                        type="text"
                        {...control}
                        dir="auto"
                        maxLength={200}
                        value={p.name}
                        data-participant-name
                        onInput={(event) => setParticipant(index, { name: event.currentTarget.value })}
                      />
                    )}
                  </Field>
                  <Field id={`${id}-good-${index}`} block="checklist__participant-field" label={strings['meeting.goodThing']}>
                    {(control) => (
                      <input
                        type="text"
                        {...control}
                        dir="auto"
                        maxLength={maxNoteLength}
                        value={p.goodThing}
                        data-participant-good
                        onInput={(event) => setParticipant(index, { goodThing: event.currentTarget.value })}
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    data-remove-participant
                    onClick={() => {
                      focusAfterRender(() => addButton.current);
                      setAnswers((a) => withoutParticipant(a, index));
                    }}
                  >
                    {splitTemplate(strings['meeting.remove']).map((part) =>
                      'text' in part ? part.text : <bdi>{p.name.trim() || participantLabel(index)}</bdi>,
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            ref={addButton}
            data-add-participant
            onClick={() => {
              focusAfterRender(() => list.current?.querySelector<HTMLInputElement>('li:last-child input'));
              setAnswers(withNewParticipant);
            }}
          >
            {strings['meeting.add']}
          </button>
          <p class="muted">{strings['meeting.silence']}</p>
        </>
      )}
    </fieldset>
  );
}

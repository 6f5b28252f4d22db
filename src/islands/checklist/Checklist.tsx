/**
 * A checklist island: native checkboxes (`data-step`), per step who does it (`data-owner`),
 * when it is due (`data-due`, the date also shown in the locale's calendar; `data-overdue`
 * once it has passed unticked), a note, and links to the tool that does the step
 * (`data-step-tool`) and the guide that explains it (`data-step-guide`); progress "n of m"
 * in a polite live region with a bar; an optional meeting mode (five-steps); the shared save
 * controls, with a note (`data-unsaved`) and a `beforeunload` prompt while ticks exist that
 * a reload would lose. Server-rendered as a plain list that can be ticked and filled in by
 * hand and printed; hydration adds the rest.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber, isoDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate, splitTemplate } from '../../i18n/template';
import type { ToolId } from '../../i18n/vocabulary';
import {
  checklistText,
  emptyChecklist,
  hasUnsavedChanges,
  isChecklistAnswers,
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
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi, UISlice } from '../../i18n/translate';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import { Field } from '../shared/Field';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import './checklist.css';

export interface ChecklistStep {
  id: string;
  label: string;
  why: string;
  /** The tool that carries the step out: its page (without `?client=`) and title. */
  tool?: { id: ToolId; href: string; title: string };
  /** The guide that explains the step, in the language it is written in. */
  guide?: { key: string; href: string; title: string; lang: string; dir: 'ltr' | 'rtl' };
}

/** The `meeting.*` strings of the tool (five-steps). */
export type MeetingStrings = Readonly<
  Record<
    | 'meeting.title'
    | 'meeting.intro'
    | 'meeting.toggle'
    | 'meeting.participant'
    | 'meeting.goodThing'
    | 'meeting.add'
    | 'meeting.remove'
    | 'meeting.empty'
    | 'meeting.silence',
    string
  >
>;

export interface ChecklistProps {
  locale: Locale;
  toolId: ToolId;
  spec: StoreSpec;
  ui: ToolUi;
  /** The checklist's own interface strings (`checklist.*`). */
  text: UISlice<'checklist.'>;
  title: string;
  steps: ChecklistStep[];
  meeting?: MeetingStrings;
}

/** An ISO day in the locale's calendar and digits. */
const dayText = (locale: Locale, day: string) => formatDate(locale, new Date(`${day}T00:00:00Z`));

/** Today on the reader's own calendar day, ISO. */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The client a tool was opened for (`?client=<id>`), when the id has the client-file shape. */
function clientParam(): string | undefined {
  const id = new URLSearchParams(window.location.search).get('client');
  return id !== null && /^c-[a-z0-9]{1,40}$/.test(id) ? id : undefined;
}

export default function Checklist({ locale, spec, ui, text, title, steps, meeting }: ChecklistProps) {
  const id = useId();
  const [answers, setAnswers] = useState<ChecklistAnswers>(emptyChecklist);
  // Only known after hydration: the server cannot know the reader's day or the query string.
  const [today, setToday] = useState<string>();
  const [client, setClient] = useState<string>();
  const saved = useSavedAnswers({
    spec,
    locale,
    validate: isChecklistAnswers,
    value: answers,
    apply: (data) => setAnswers(normaliseChecklist(data)),
    empty: emptyChecklist,
  });
  useEffect(() => {
    setToday(localToday());
    setClient(clientParam());
  }, []);
  const stepIds = steps.map((s) => s.id);
  const progress = progressOf(stepIds, answers);
  const progressText = fillTemplate(locale, ui['tool.progress'], progress);
  const done = new Set(answers.done);
  const overdue = new Set(today ? overdueSteps(stepIds, answers, today) : []);
  // Saving while "remember" is on keeps the stored copy equal to the answers.
  const unsaved = saved.ready && hasUnsavedChanges(answers, saved.remember ? answers : undefined);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a return value is set.
      event.returnValue = '';
    };
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
  const withClient = (href: string) => (client ? `${href}?client=${encodeURIComponent(client)}` : href);

  return (
    <div class="checklist" data-ready={saved.ready ? '' : undefined}>
      {!saved.ready && (
        <p class="checklist__no-js muted" data-print-hide>
          {ui['tool.noJs']}
        </p>
      )}
      {saved.ready && (
        <div class="checklist__progress" data-pagefind-ignore data-print-hide>
          <progress id={`${id}-bar`} max={progress.total} value={progress.done} aria-labelledby={`${id}-bar-label`} data-progress-bar />
          <span id={`${id}-bar-label`} class="visually-hidden">
            {text['checklist.progressBar']}
          </span>
        </div>
      )}
      <p class="checklist__progress-text" role="status" data-progress data-pagefind-ignore>
        {saved.ready ? progressText : ''}
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
                          <a href={withClient(step.tool.href)} data-step-tool={step.tool.id}>
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
      {meeting && saved.ready && <MeetingMode locale={locale} strings={meeting} answers={answers} setAnswers={setAnswers} />}
      {unsaved && (
        <p class="checklist__unsaved notice notice--warning" data-unsaved data-print-hide>
          {fillTemplate(locale, text['checklist.unsaved'], { remember: ui['tool.remember'] })}
        </p>
      )}
      <SaveControls saved={saved} locale={locale} ui={ui} textToCopy={asText} />
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

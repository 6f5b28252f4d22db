/**
 * A checklist island: native checkboxes (`data-step`), a note per step, progress "n of m"
 * in a polite live region, an optional meeting mode (five-steps), and the shared save
 * controls. Server-rendered as a plain list that can be ticked by hand and printed;
 * hydration adds progress, saving and meeting mode.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillTemplate, splitTemplate } from '../../i18n/template';
import {
  checklistText,
  emptyChecklist,
  isChecklistAnswers,
  maxNoteLength,
  progressOf,
  withMeeting,
  withNewParticipant,
  withNote,
  withoutParticipant,
  withParticipant,
  withStep,
  type ChecklistAnswers,
} from '../../lib/checklist';
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi } from '../../lib/tools';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import './checklist.css';

export interface ChecklistStep {
  id: string;
  label: string;
  why: string;
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
  spec: StoreSpec;
  ui: ToolUi;
  title: string;
  steps: ChecklistStep[];
  meeting?: MeetingStrings;
}

export default function Checklist({ locale, spec, ui, title, steps, meeting }: ChecklistProps) {
  const id = useId();
  const [answers, setAnswers] = useState<ChecklistAnswers>(emptyChecklist);
  const saved = useSavedAnswers({ spec, locale, validate: isChecklistAnswers, value: answers, apply: setAnswers, empty: emptyChecklist });
  const stepIds = steps.map((s) => s.id);
  const progress = progressOf(stepIds, answers);
  const progressText = fillTemplate(locale, ui['tool.progress'], progress);
  const done = new Set(answers.done);

  const asText = () => checklistText({ title, progress: progressText, steps, ...(meeting ? { meetingTitle: meeting['meeting.title'] } : {}) }, answers);

  return (
    <div class="checklist" data-ready={saved.ready ? '' : undefined}>
      {!saved.ready && (
        <p class="checklist__no-js muted" data-print-hide>
          {ui['tool.noJs']}
        </p>
      )}
      <fieldset class="checklist__fieldset">
        <legend class="visually-hidden">{title}</legend>
        <ol class="checklist__steps">
          {steps.map((step) => {
            const note = answers.notes[step.id] ?? '';
            return (
              <li key={step.id}>
                <div class="checklist__step">
                  <input
                    type="checkbox"
                    id={`${id}-${step.id}`}
                    data-step={step.id}
                    checked={done.has(step.id)}
                    aria-describedby={`${id}-${step.id}-why`}
                    onChange={(event) => setAnswers((a) => withStep(stepIds, a, step.id, event.currentTarget.checked))}
                  />
                  <label for={`${id}-${step.id}`} class="checklist__label">
                    {step.label}
                  </label>
                  <p id={`${id}-${step.id}-why`} class="checklist__why">
                    {step.why}
                  </p>
                  <details class="checklist__note" open={note !== ''} data-pagefind-ignore>
                    <summary>{ui['tool.addNote']}</summary>
                    <label for={`${id}-${step.id}-note`} class="visually-hidden">
                      {fillTemplate(locale, ui['tool.noteFor'], { step: step.label })}
                    </label>
                    <textarea
                      id={`${id}-${step.id}-note`}
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
      <p class="checklist__progress" role="status" data-progress data-pagefind-ignore>
        {saved.ready ? progressText : ''}
      </p>
      {meeting && saved.ready && <MeetingMode locale={locale} strings={meeting} answers={answers} setAnswers={setAnswers} />}
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
  const focusAfter = useRef<'last' | 'add'>();
  const count = answers.participants.length;

  // After adding, go to the new name; after removing, back to "add". A layout effect, so
  // focus has moved before the browser handles the next keystroke.
  useLayoutEffect(() => {
    if (focusAfter.current === 'last') list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    if (focusAfter.current === 'add') addButton.current?.focus();
    focusAfter.current = undefined;
  }, [count]);

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
                  <div class="checklist__participant-field">
                    <label for={`${id}-name-${index}`}>{participantLabel(index)}</label>
                    <input
                      type="text"
                      id={`${id}-name-${index}`}
                      dir="auto"
                      maxLength={200}
                      value={p.name}
                      data-participant-name
                      onInput={(event) => {
                        const name = event.currentTarget.value;
                        setAnswers((a) => withParticipant(a, index, { name }));
                      }}
                    />
                  </div>
                  <div class="checklist__participant-field">
                    <label for={`${id}-good-${index}`}>{strings['meeting.goodThing']}</label>
                    <input
                      type="text"
                      id={`${id}-good-${index}`}
                      dir="auto"
                      maxLength={maxNoteLength}
                      value={p.goodThing}
                      data-participant-good
                      onInput={(event) => {
                        const goodThing = event.currentTarget.value;
                        setAnswers((a) => withParticipant(a, index, { goodThing }));
                      }}
                    />
                  </div>
                  <button
                    type="button"
                    data-remove-participant
                    onClick={() => {
                      focusAfter.current = 'add';
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
              focusAfter.current = 'last';
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

/**
 * A checklist's answers and the operations on them, with no DOM.
 *
 * Data shape (what is saved, see `src/lib/storage.ts`):
 *   {
 *     done: string[],                       // ids of ticked steps, in step order
 *     notes: { [stepId]: string },          // optional note per step (empty notes dropped)
 *     meeting: boolean,                     // meeting mode on (five-steps only)
 *     participants: { name, goodThing }[]   // meeting mode: one good thing each
 *   }
 * Steps are referred to by id only. When a definition changes, the store sets old answers
 * aside (the fingerprint of the step ids differs), so ids here are always current; the
 * functions still ignore unknown ids so a hand-edited import cannot inflate progress.
 */

export interface Participant {
  name: string;
  goodThing: string;
}

export interface ChecklistAnswers {
  done: string[];
  notes: Record<string, string>;
  meeting: boolean;
  participants: Participant[];
}

/** Longest note or participant field, in characters. */
export const maxNoteLength = 2000;
/** Most participants in meeting mode. */
export const maxParticipants = 40;

export const emptyChecklist: ChecklistAnswers = Object.freeze({ done: [], notes: {}, meeting: false, participants: [] }) as ChecklistAnswers;

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= maxNoteLength;

/** Checks saved or imported answers; anything else counts as corrupt. */
export function isChecklistAnswers(value: unknown): value is ChecklistAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const notes = v['notes'];
  const participants = v['participants'];
  return (
    Array.isArray(v['done']) &&
    v['done'].every((id) => typeof id === 'string') &&
    typeof notes === 'object' &&
    notes !== null &&
    !Array.isArray(notes) &&
    Object.values(notes).every(isShortText) &&
    typeof v['meeting'] === 'boolean' &&
    Array.isArray(participants) &&
    participants.length <= maxParticipants &&
    participants.every((p: unknown) => typeof p === 'object' && p !== null && isShortText((p as Participant).name) && isShortText((p as Participant).goodThing))
  );
}

/**
 * Progress over the steps that exist.
 * @example progressOf(['a', 'b', 'c'], { ...emptyChecklist, done: ['b', 'x'] }) // { done: 1, total: 3 }
 */
export function progressOf(stepIds: readonly string[], answers: ChecklistAnswers): { done: number; total: number } {
  const done = new Set(answers.done);
  return { done: stepIds.filter((id) => done.has(id)).length, total: stepIds.length };
}

/** Ticks or unticks a step, keeping `done` in step order. */
export function withStep(stepIds: readonly string[], answers: ChecklistAnswers, id: string, ticked: boolean): ChecklistAnswers {
  const done = new Set(answers.done);
  if (ticked) done.add(id);
  else done.delete(id);
  return { ...answers, done: stepIds.filter((s) => done.has(s)) };
}

/** Sets a step's note; an empty note is removed. Text longer than the limit is cut. */
export function withNote(answers: ChecklistAnswers, id: string, note: string): ChecklistAnswers {
  const notes = { ...answers.notes };
  const text = note.slice(0, maxNoteLength);
  if (text.trim() === '') delete notes[id];
  else notes[id] = text;
  return { ...answers, notes };
}

export function withMeeting(answers: ChecklistAnswers, on: boolean): ChecklistAnswers {
  return { ...answers, meeting: on };
}

/** Adds an empty participant row (up to `maxParticipants`). */
export function withNewParticipant(answers: ChecklistAnswers): ChecklistAnswers {
  if (answers.participants.length >= maxParticipants) return answers;
  return { ...answers, participants: [...answers.participants, { name: '', goodThing: '' }] };
}

export function withParticipant(answers: ChecklistAnswers, index: number, change: Partial<Participant>): ChecklistAnswers {
  const participants = answers.participants.map((p, i) =>
    i === index ? { name: (change.name ?? p.name).slice(0, maxNoteLength), goodThing: (change.goodThing ?? p.goodThing).slice(0, maxNoteLength) } : p,
  );
  return { ...answers, participants };
}

export function withoutParticipant(answers: ChecklistAnswers, index: number): ChecklistAnswers {
  return { ...answers, participants: answers.participants.filter((_, i) => i !== index) };
}

export interface ChecklistTextLabels {
  title: string;
  /** Already filled, e.g. "2 of 5 done". */
  progress: string;
  steps: readonly { id: string; label: string }[];
  /** Heading of the participants section, when meeting mode is on. */
  meetingTitle?: string;
}

/**
 * The checklist as plain text for "copy as text": title, progress, each step with
 * `[x]` or `[ ]` and its note, then the participants.
 */
export function checklistText(labels: ChecklistTextLabels, answers: ChecklistAnswers): string {
  const done = new Set(answers.done);
  const lines = [labels.title, labels.progress, ''];
  for (const step of labels.steps) {
    lines.push(`${done.has(step.id) ? '[x]' : '[ ]'} ${step.label}`);
    const note = answers.notes[step.id];
    if (note) lines.push(...note.split('\n').map((line) => `    ${line}`));
  }
  const participants = answers.participants.filter((p) => p.name.trim() || p.goodThing.trim());
  if (answers.meeting && labels.meetingTitle && participants.length > 0) {
    lines.push('', labels.meetingTitle);
    for (const p of participants) lines.push(`- ${p.name.trim()}: ${p.goodThing.trim()}`);
  }
  return lines.join('\n');
}

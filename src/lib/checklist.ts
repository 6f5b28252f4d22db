/**
 * A checklist's answers and the operations on them, with no DOM.
 *
 * Data shape (what is saved, see `src/lib/storage.ts`):
 *   {
 *     done: string[],                       // ids of ticked steps, in step order
 *     notes: { [stepId]: string },          // optional note per step (empty notes dropped)
 *     owners: { [stepId]: string },         // who does the step (empty dropped)
 *     due: { [stepId]: 'YYYY-MM-DD' },      // when it is due (empty dropped)
 *     meeting: boolean,                     // meeting mode on (five-steps only)
 *     participants: { name, goodThing }[]   // meeting mode: one good thing each
 *   }
 * `owners` and `due` arrived later: data saved without them is read as empty (`normaliseChecklist`).
 *
 * API for the islands: progressOf, withStep, withNote, withOwner, withDue, overdueSteps,
 * stepLinks (steps that open another tool), hasUnsavedChanges (warn before a reload loses
 * ticks), checklistText, and the meeting-mode helpers.
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
  /** Who does each step. */
  owners: Record<string, string>;
  /** When each step is due, ISO `YYYY-MM-DD`. */
  due: Record<string, string>;
  meeting: boolean;
  participants: Participant[];
}

/** Longest note or participant field, in characters. */
export const maxNoteLength = 2000;
/** Most participants in meeting mode. */
export const maxParticipants = 40;

/** Longest owner name, in characters. */
export const maxOwnerLength = 200;

export const emptyChecklist: ChecklistAnswers = Object.freeze({
  done: [],
  notes: {},
  owners: {},
  due: {},
  meeting: false,
  participants: [],
}) as ChecklistAnswers;

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= maxNoteLength;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isTextMap = (value: unknown, check: (v: unknown) => boolean): boolean =>
  value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(check));

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
    isTextMap(v['owners'], (o) => typeof o === 'string' && o.length <= maxOwnerLength) &&
    isTextMap(v['due'], isDay) &&
    typeof v['meeting'] === 'boolean' &&
    Array.isArray(participants) &&
    participants.length <= maxParticipants &&
    participants.every((p: unknown) => typeof p === 'object' && p !== null && isShortText((p as Participant).name) && isShortText((p as Participant).goodThing))
  );
}

/** Saved answers with the fields added since (`owners`, `due`) filled in. */
export function normaliseChecklist(answers: ChecklistAnswers | (Omit<ChecklistAnswers, 'owners' | 'due'> & Partial<ChecklistAnswers>)): ChecklistAnswers {
  return { ...answers, owners: answers.owners ?? {}, due: answers.due ?? {} };
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

/** Sets who does a step; an empty name is removed. */
export function withOwner(answers: ChecklistAnswers, id: string, owner: string): ChecklistAnswers {
  const owners = { ...answers.owners };
  if (owner.trim() === '') delete owners[id];
  else owners[id] = owner.slice(0, maxOwnerLength);
  return { ...answers, owners };
}

/** Sets when a step is due (ISO day); anything else removes the date. */
export function withDue(answers: ChecklistAnswers, id: string, day: string): ChecklistAnswers {
  const due = { ...answers.due };
  if (isDay(day)) due[id] = day;
  else delete due[id];
  return { ...answers, due };
}

/** Steps not ticked whose due day is before `today` (ISO), in step order. */
export function overdueSteps(stepIds: readonly string[], answers: ChecklistAnswers, today: string): string[] {
  const done = new Set(answers.done);
  return stepIds.filter((id) => !done.has(id) && answers.due[id] !== undefined && answers.due[id]! < today);
}

/** Steps that open another tool (a notice step → the letter builder, a cost step → the calculator). */
export function stepLinks<T extends string>(steps: readonly { id: string; tool?: T | undefined }[]): { step: string; tool: T }[] {
  return steps.flatMap((s) => (s.tool ? [{ step: s.id, tool: s.tool }] : []));
}

/** True when nothing has been ticked, noted, assigned or dated. */
export function isEmptyChecklist(answers: ChecklistAnswers): boolean {
  const n = normaliseChecklist(answers);
  return (
    n.done.length === 0 &&
    Object.keys(n.notes).length === 0 &&
    Object.keys(n.owners).length === 0 &&
    Object.keys(n.due).length === 0 &&
    n.participants.every((p) => !p.name.trim() && !p.goodThing.trim())
  );
}

/**
 * Whether a reload would lose work: the answers are not empty and differ from what was
 * last saved (`saved` undefined when nothing is saved, e.g. "remember" is off). The UI
 * warns on `beforeunload` when this is true.
 * @example hasUnsavedChanges({ ...emptyChecklist, done: ['a'] }, undefined) // true
 */
export function hasUnsavedChanges(current: ChecklistAnswers, saved: ChecklistAnswers | undefined): boolean {
  if (isEmptyChecklist(current)) return false;
  if (saved === undefined) return true;
  const canonical = (a: ChecklistAnswers) => {
    const n = normaliseChecklist(a);
    const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
    return JSON.stringify([n.done, sorted(n.notes), sorted(n.owners), sorted(n.due), n.meeting, n.participants]);
  };
  return canonical(current) !== canonical(saved);
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
  /** Filled per step, e.g. "Owner: {owner}" / "Due: {date}"; owner and date lines are left out without them. */
  owner?: (name: string) => string;
  due?: (day: string) => string;
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
    const owner = answers.owners?.[step.id];
    const day = answers.due?.[step.id];
    if (owner && labels.owner) lines.push(`    ${labels.owner(owner)}`);
    if (day && labels.due) lines.push(`    ${labels.due(day)}`);
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

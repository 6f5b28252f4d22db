import { describe, expect, test } from 'vitest';
import {
  checklistText,
  emptyChecklist,
  isChecklistAnswers,
  maxNoteLength,
  maxParticipants,
  progressOf,
  withMeeting,
  withNewParticipant,
  withNote,
  withoutParticipant,
  withParticipant,
  withStep,
} from '../../src/lib/checklist';

const steps = ['meet', 'listen', 'own', 'keep', 'cost'];

describe('checklist progress', () => {
  test('a fresh checklist has nothing done', () => {
    expect(progressOf(steps, emptyChecklist)).toEqual({ done: 0, total: 5 });
  });

  test('ticking steps in any order counts each once and keeps step order', () => {
    let answers = withStep(steps, emptyChecklist, 'cost', true);
    answers = withStep(steps, answers, 'meet', true);
    answers = withStep(steps, answers, 'meet', true);
    expect(answers.done).toEqual(['meet', 'cost']);
    expect(progressOf(steps, answers)).toEqual({ done: 2, total: 5 });
  });

  test('unticking a step lowers the count', () => {
    const answers = withStep(steps, withStep(steps, emptyChecklist, 'own', true), 'own', false);
    expect(progressOf(steps, answers).done).toBe(0);
  });

  test('every step ticked is n of n', () => {
    const answers = steps.reduce((a, id) => withStep(steps, a, id, true), emptyChecklist);
    expect(progressOf(steps, answers)).toEqual({ done: 5, total: 5 });
  });

  test('ids that are not steps never count', () => {
    expect(progressOf(steps, { ...emptyChecklist, done: ['meet', 'ghost', 'ghost2'] })).toEqual({ done: 1, total: 5 });
  });

  test('the empty checklist is never changed by an operation', () => {
    withStep(steps, emptyChecklist, 'meet', true);
    withNote(emptyChecklist, 'meet', 'x');
    expect(emptyChecklist).toEqual({ done: [], notes: {}, meeting: false, participants: [] });
  });
});

describe('notes and meeting mode', () => {
  test('an empty note is removed and a long one is cut to the limit', () => {
    let answers = withNote(emptyChecklist, 'meet', 'Book the big room');
    expect(answers.notes).toEqual({ meet: 'Book the big room' });
    answers = withNote(answers, 'meet', '   ');
    expect(answers.notes).toEqual({});
    expect(withNote(emptyChecklist, 'own', 'x'.repeat(maxNoteLength + 50)).notes['own']).toHaveLength(maxNoteLength);
  });

  test('participants are added, edited and removed by position', () => {
    let answers = withMeeting(emptyChecklist, true);
    answers = withNewParticipant(withNewParticipant(answers));
    answers = withParticipant(answers, 0, { name: 'Sara', goodThing: 'Pays on time' });
    answers = withParticipant(answers, 1, { name: 'Omid' });
    expect(answers.participants).toEqual([
      { name: 'Sara', goodThing: 'Pays on time' },
      { name: 'Omid', goodThing: '' },
    ]);
    expect(withoutParticipant(answers, 0).participants).toEqual([{ name: 'Omid', goodThing: '' }]);
  });

  test('no more participants than the limit can be added', () => {
    let answers = emptyChecklist;
    for (let i = 0; i < maxParticipants + 5; i++) answers = withNewParticipant(answers);
    expect(answers.participants).toHaveLength(maxParticipants);
  });
});

describe('saved checklist answers', () => {
  test('well-formed answers pass', () => {
    expect(isChecklistAnswers({ done: ['meet'], notes: { meet: 'x' }, meeting: true, participants: [{ name: 'a', goodThing: 'b' }] })).toBe(true);
  });

  test.each([
    ['null', null],
    ['an array', []],
    ['done that is not a list', { done: 'meet', notes: {}, meeting: false, participants: [] }],
    ['notes that are not text', { done: [], notes: { meet: 3 }, meeting: false, participants: [] }],
    ['a note over the limit', { done: [], notes: { meet: 'x'.repeat(maxNoteLength + 1) }, meeting: false, participants: [] }],
    ['a participant without a name', { done: [], notes: {}, meeting: true, participants: [{ goodThing: 'b' }] }],
    ['no meeting flag', { done: [], notes: {}, participants: [] }],
  ])('%s is refused', (_what, value) => {
    expect(isChecklistAnswers(value)).toBe(false);
  });
});

describe('checklist as text', () => {
  test('lists every step with its mark and note, then the participants', () => {
    let answers = withStep(steps.slice(0, 2), emptyChecklist, 'meet', true);
    answers = withNote(answers, 'meet', 'Tuesday\nall teams');
    answers = withParticipant(withNewParticipant(withMeeting(answers, true)), 0, { name: 'Sara', goodThing: 'Clear briefs' });
    const text = checklistText(
      {
        title: 'Five steps',
        progress: '1 of 2 done',
        steps: [
          { id: 'meet', label: 'Meet' },
          { id: 'listen', label: 'Listen' },
        ],
        meetingTitle: 'One good thing',
      },
      answers,
    );
    expect(text).toBe(
      ['Five steps', '1 of 2 done', '', '[x] Meet', '    Tuesday', '    all teams', '[ ] Listen', '', 'One good thing', '- Sara: Clear briefs'].join('\n'),
    );
  });

  test('leaves the participants out when meeting mode is off', () => {
    const answers = withParticipant(withNewParticipant(emptyChecklist), 0, { name: 'Sara' });
    expect(checklistText({ title: 'T', progress: 'P', steps: [], meetingTitle: 'M' }, answers)).toBe('T\nP\n');
  });
});

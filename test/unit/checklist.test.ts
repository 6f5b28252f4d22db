import { describe, expect, test } from 'vitest';
import noticeAndHandover from '../../content/tools/notice-and-handover/definition';
import fiveSteps from '../../content/tools/five-steps/definition';
import exitConversation from '../../content/tools/exit-conversation/definition';
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
  withOwner,
  withDue,
  overdueSteps,
  normaliseChecklist,
  stepLinks,
  hasUnsavedChanges,
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
    expect(emptyChecklist).toEqual({ done: [], notes: {}, owners: {}, due: {}, meeting: false, participants: [] });
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

describe('owners, due dates and links', () => {
  const ids = ['notice', 'invoice', 'data'];
  test('each step can have an owner and a due date; empty values are removed', () => {
    let answers = withOwner(emptyChecklist, 'notice', 'Sara');
    answers = withDue(answers, 'notice', '2026-12-15');
    expect(answers).toMatchObject({ owners: { notice: 'Sara' }, due: { notice: '2026-12-15' } });
    expect(withOwner(answers, 'notice', '  ').owners).toEqual({});
    expect(withDue(answers, 'notice', '').due).toEqual({});
    expect(withDue(answers, 'notice', 'next week').due).toEqual({});
  });
  test('overdue steps are the unticked ones whose day has passed', () => {
    let answers = withDue(withDue(emptyChecklist, 'notice', '2026-11-01'), 'invoice', '2026-11-02');
    answers = withDue(withStep(ids, answers, 'invoice', true), 'data', '2027-01-01');
    expect(overdueSteps(ids, answers, '2026-12-01')).toEqual(['notice']);
  });
  test('saved answers from before owners and dates still load, and are completed', () => {
    const old = { done: ['notice'], notes: {}, meeting: false, participants: [] };
    expect(isChecklistAnswers(old)).toBe(true);
    expect(normaliseChecklist(old as never)).toMatchObject({ owners: {}, due: {} });
    expect(isChecklistAnswers({ ...old, due: { notice: 'soon' } })).toBe(false);
  });
  test('steps that carry a link to another tool are listed with it', () => {
    expect(stepLinks(noticeAndHandover.steps)).toContainEqual({ step: 'written-notice', tool: 'exit-letter' });
    expect(stepLinks(fiveSteps.steps)).toEqual([{ step: 'cost-of-ending', tool: 'revenue-per-hour' }]);
  });
  test('owner and due date appear in the copied text', () => {
    const answers = withDue(withOwner(emptyChecklist, 'notice', 'Sara'), 'notice', '2026-12-15');
    const text = checklistText(
      { title: 'T', progress: 'P', steps: [{ id: 'notice', label: 'Give notice' }], owner: (n) => `Owner: ${n}`, due: (d) => `Due: ${d}` },
      answers,
    );
    expect(text).toBe('T\nP\n\n[ ] Give notice\n    Owner: Sara\n    Due: 2026-12-15');
  });
});

describe('unsaved changes', () => {
  test('an untouched checklist has nothing to lose', () => {
    expect(hasUnsavedChanges(emptyChecklist, undefined)).toBe(false);
  });
  test('ticks with nothing saved would be lost on reload', () => {
    expect(hasUnsavedChanges(withStep(['a'], emptyChecklist, 'a', true), undefined)).toBe(true);
    expect(hasUnsavedChanges(withOwner(emptyChecklist, 'a', 'Sara'), undefined)).toBe(true);
  });
  test('answers equal to the saved ones are safe, whatever the key order', () => {
    const answers = withNote(withNote(withStep(['a'], emptyChecklist, 'a', true), 'a', 'x'), 'b', 'y');
    const saved = { ...answers, notes: { b: 'y', a: 'x' } };
    expect(hasUnsavedChanges(answers, saved)).toBe(false);
    expect(hasUnsavedChanges(withStep(['a'], answers, 'a', false), saved)).toBe(true);
  });
});

describe('the checklists’ content', () => {
  test('notice and handover covers the whole handover', () => {
    expect(noticeAndHandover.steps.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'written-notice',
        'final-invoice',
        'outstanding-payments',
        'revoke-access',
        'transfer-access',
        'domains-and-accounts',
        'licences-and-subscriptions',
        'client-data',
        'sign-off',
      ]),
    );
  });
  test('every checklist has more than five steps', () => {
    for (const d of [noticeAndHandover, fiveSteps, exitConversation]) expect(d.steps.length).toBeGreaterThan(5);
  });
});

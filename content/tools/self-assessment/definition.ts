/**
 * The self-assessment "Nightmare client, or just difficult?": language-neutral rules.
 * Strings live beside it in fa.json, ar.json and en.json; the scoring itself is
 * `src/lib/assessment-scoring.ts`, which documents how these numbers combine.
 *
 * Weights: 1 = a nuisance most clients show now and then, 2 = a problem that wears the team
 * down, 3 = a problem that costs money directly. The two deal-breakers also carry a weight,
 * which only counts when the reader is not sure (half of it, as for any question).
 * If you rename, add or remove a question, saved answers are set aside automatically
 * (their fingerprint changes); raise `version` only when the meaning of an id changes.
 */
export default {
  id: 'self-assessment',
  kind: 'assessment',
  version: 1,
  order: 20,
  relatedGuide: 'red-flags',
  questions: [
    { id: 'abuse-of-staff', weight: 6, dealBreaker: 'end-now' },
    { id: 'illegal-conduct', weight: 6, dealBreaker: 'legal-then-end' },
    { id: 'unpaid-invoices', weight: 3 },
    { id: 'disputed-invoices', weight: 2 },
    { id: 'unprofitable', weight: 3 },
    { id: 'commodity-pricing', weight: 1 },
    { id: 'scope-creep', weight: 1 },
    { id: 'never-satisfied', weight: 2 },
    { id: 'constant-complaints', weight: 2 },
    { id: 'unrealistic-demands', weight: 2 },
    { id: 'ignores-boundaries', weight: 2 },
    { id: 'too-much-contact', weight: 1 },
    { id: 'too-little-contact', weight: 1 },
    { id: 'team-dreads', weight: 2 },
    { id: 'values-mismatch', weight: 2 },
    { id: 'no-growth', weight: 1 },
  ],
  notSureFactor: 0.5,
  // Two small problems are worth a conversation; eight points is, for example, unpaid
  // invoices plus an unprofitable account plus a client nothing satisfies.
  thresholds: { repair: 2, 'prepare-to-end': 8, 'end-now': 14 },
  doubtCap: 'prepare-to-end',
  severalIssues: { count: 5, upTo: 'prepare-to-end' },
  outcomes: {
    keep: { steps: ['name-it', 'one-boundary', 'review-later'], guides: ['nightmare-or-difficult', 'red-flags'] },
    repair: { steps: ['finish-commitments', 'renegotiate', 'reset-expectations', 'change-team', 'review-date'], guides: ['repair', 'money', 'case-study'] },
    'prepare-to-end': {
      steps: ['team-meeting', 'check-contract', 'plan-handover', 'replace-revenue'],
      guides: ['five-steps', 'ending-well', 'money', 'after-the-exit'],
    },
    'end-now': { steps: ['protect-staff', 'record-facts', 'tell-calmly', 'look-after-team'], guides: ['decided-cases', 'ending-well', 'after-the-exit'] },
    'legal-then-end': {
      steps: ['stop-the-part', 'lawyer-first', 'keep-records', 'end-as-advised'],
      guides: ['decided-cases', 'ending-well', 'after-the-exit'],
    },
  },
} as const;

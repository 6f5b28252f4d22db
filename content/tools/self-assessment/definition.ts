/**
 * The self-assessment "Nightmare client, or just difficult?": language-neutral rules.
 * Strings live beside it in fa.json, ar.json and en.json; the scoring itself is
 * `src/lib/assessment-scoring.ts`, which documents how these numbers combine.
 *
 * Weights: 1 = a nuisance most clients show now and then, 2 = a problem that wears the team
 * down, 3 = a problem that costs money directly. The two deal-breakers also carry a weight,
 * which only counts when the reader is not sure (half of it, as for any question).
 * Two strengths (weight 0) recognise the demanding client worth keeping: one who credits good
 * work and shares responsibility for results (the seeds' line between "difficult" and
 * "nightmare"); they never subtract points but explain a "keep" and hold back rule 4.
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
    { id: 'credits-good-work', weight: 0, strength: true },
    { id: 'shares-responsibility', weight: 0, strength: true },
  ],
  notSureFactor: 0.5,
  // Two small problems are worth a conversation; eight points is, for example, unpaid
  // invoices plus an unprofitable account plus a client nothing satisfies.
  thresholds: { repair: 2, 'prepare-to-end': 8, 'end-now': 14 },
  // Doubt drives the result when not-sure points are at least half of all points.
  findOutShare: 0.5,
  // More than one real problem (weight 2 or 3, not a nuisance) moves the result one step,
  // as the guides say: "clients with more than one serious problem are the first to let go".
  severalIssues: { count: 2, minWeight: 2, upTo: 'prepare-to-end' },
  outcomes: {
    // `tools`: the next step as a tool to open (the first is the button); `guides`: what to read.
    keep: { steps: ['name-it', 'one-boundary', 'review-later'], tools: [], guides: ['nightmare-or-difficult', 'red-flags'] },
    'find-out': {
      steps: ['ask-team', 'check-figures', 'check-records', 'answer-again'],
      tools: ['five-steps', 'revenue-per-hour'],
      guides: ['red-flags', 'money'],
    },
    repair: {
      steps: ['finish-commitments', 'renegotiate', 'reset-expectations', 'change-team', 'review-date'],
      tools: ['revenue-per-hour'],
      guides: ['repair', 'money', 'case-study'],
    },
    'prepare-to-end': {
      steps: ['team-meeting', 'check-contract', 'plan-handover', 'replace-revenue'],
      tools: ['five-steps', 'revenue-per-hour'],
      guides: ['five-steps', 'ending-well', 'money', 'after-the-exit'],
    },
    'end-now': {
      steps: ['protect-staff', 'record-facts', 'tell-calmly', 'look-after-team'],
      tools: ['exit-letter', 'notice-and-handover'],
      guides: ['decided-cases', 'ending-well', 'after-the-exit'],
    },
    'legal-then-end': {
      steps: ['stop-the-part', 'lawyer-first', 'keep-records', 'end-as-advised'],
      tools: ['exit-letter', 'notice-and-handover'],
      guides: ['decided-cases', 'ending-well', 'after-the-exit'],
    },
  },
} as const;

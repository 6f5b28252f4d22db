/**
 * The calculator passing one client's profitability to the self-assessment, in the same
 * browser tab: the calculator writes a small record to `sessionStorage` under
 * `handoffKey` just before the reader follows the link; the self-assessment reads it once,
 * removes it, and answers its `unprofitable` question from it. Nothing goes in the URL,
 * and the record never outlives the tab (nor `maxAgeMs`).
 *
 * Record (JSON): `{ answer: 'yes' | 'no', ofTarget: number, at: number }` — `ofTarget` is
 * the client's rate as a fraction of the target rate (0.62 = 62 %), `at` the time it was
 * written (ms since the epoch). Client names are not passed: the assessment does not need them.
 * The key starts with the site's `pw:` prefix, so "forget everything" erases it too.
 */
import { storagePrefix } from './storage';

export const handoffKey = `${storagePrefix}handoff:unprofitable`;
/** A record older than this is ignored (the reader came back much later). */
export const maxAgeMs = 60 * 60 * 1000;

export interface ProfitabilityHandoff {
  answer: 'yes' | 'no';
  ofTarget: number;
  at: number;
}

/** @example encodeHandoff({ answer: 'yes', ofTarget: 0.6, at: 0 }) // '{"answer":"yes","ofTarget":0.6,"at":0}' */
export function encodeHandoff(handoff: ProfitabilityHandoff): string {
  return JSON.stringify({ answer: handoff.answer, ofTarget: handoff.ofTarget, at: handoff.at });
}

/** The record, or undefined when it is missing, malformed, implausible or too old. */
export function decodeHandoff(text: string | null, now: number): ProfitabilityHandoff | undefined {
  if (text === null || text.length > 500) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { answer, ofTarget, at } = value as Record<string, unknown>;
  if (answer !== 'yes' && answer !== 'no') return undefined;
  if (typeof ofTarget !== 'number' || !Number.isFinite(ofTarget) || ofTarget < 0 || ofTarget > 1e6) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || now - at > maxAgeMs || at - now > 60_000) return undefined;
  return { answer, ofTarget, at };
}

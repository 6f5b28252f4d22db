/**
 * The calculator passing one client's profitability to the self-assessment, in the same
 * browser tab: the calculator writes a small record to `sessionStorage` under
 * `handoffKey` just before the reader follows the link; the self-assessment reads it once,
 * removes it, and answers its `unprofitable` question from it. Nothing goes in the URL,
 * and the record never outlives the tab (nor `maxAgeMs`).
 *
 * Record (JSON): `{ answer: 'yes' | 'no', ofTarget: number, at: number, client?: string,
 * clientId?: string }` — `ofTarget` is the client's rate as a fraction of the target rate
 * (0.62 = 62 %), `at` the time it was written (ms since the epoch), `client` the name the
 * reader typed for that row (so the assessment can say whom the answer is about and fill
 * its client-name field), `clientId` the client file it belongs to, when there is one
 * (`client-files.ts`). Both stay in this tab's sessionStorage.
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
  /** The client's name as typed in the calculator (at most `maxClientName` characters). */
  client?: string;
  /** The client file's id, when the calculator was opened for one. */
  clientId?: string;
}

/** Longest client name passed on. */
export const maxClientName = 200;

/** @example encodeHandoff({ answer: 'yes', ofTarget: 0.6, at: 0 }) // '{"answer":"yes","ofTarget":0.6,"at":0}' */
export function encodeHandoff(handoff: ProfitabilityHandoff): string {
  const client = handoff.client?.trim().slice(0, maxClientName);
  return JSON.stringify({
    answer: handoff.answer,
    ofTarget: handoff.ofTarget,
    at: handoff.at,
    ...(client ? { client } : {}),
    ...(handoff.clientId ? { clientId: handoff.clientId } : {}),
  });
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
  const { answer, ofTarget, at, client, clientId } = value as Record<string, unknown>;
  if (answer !== 'yes' && answer !== 'no') return undefined;
  if (typeof ofTarget !== 'number' || !Number.isFinite(ofTarget) || ofTarget < 0 || ofTarget > 1e6) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || now - at > maxAgeMs || at - now > 60_000) return undefined;
  const named = typeof client === 'string' && client.length <= maxClientName && client.trim() !== '' ? { client } : {};
  const filed = typeof clientId === 'string' && /^c-[a-z0-9]{1,40}$/.test(clientId) ? { clientId } : {};
  return { answer, ofTarget, at, ...named, ...filed };
}

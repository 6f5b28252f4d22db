/**
 * The self-assessment's client file, loaded on demand by `SelfAssessment` (opened for a
 * client, or once the reader uses the client panel): runs `useClientFile` without markup and
 * reports its state, with the trend of the client's verdicts, to the panel SelfAssessment
 * renders itself, so the panel's fields stay the same elements (and keep focus) while this
 * code loads. It starts from what the reader already put into the panel.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { SavedAssessment, Verdict } from '../../lib/assessment-scoring';
import { verdictTrend, withAssessment, type ClientFile, type ClientFiles } from '../../lib/client-files';
import { useClientFile, type ClientFileState } from '../shared/useClientFile';

export interface AssessmentFileState extends ClientFileState {
  /** Whether the client's last two verdicts got better, worse or stayed. */
  trend: ReturnType<typeof verdictTrend>;
}

export interface AssessmentClientFileProps {
  /** The verdict of complete answers (undefined while some are missing). */
  verdictOf: (saved: SavedAssessment) => Verdict | undefined;
  value: SavedAssessment;
  apply: (value: SavedAssessment) => void;
  empty: SavedAssessment;
  initialName: string;
  initialKeep: boolean;
  onState: (state: AssessmentFileState) => void;
}

/** The latest answers a client file holds for this tool. */
const readClient = (client: ClientFile): SavedAssessment | undefined => (client.assessment ? { answers: { ...client.assessment.answers } } : undefined);

export default function AssessmentClientFile({ verdictOf, value, apply, empty, initialName, initialKeep, onState }: AssessmentClientFileProps) {
  // Saved into the client's file: the answers, and the verdict once they are complete.
  const write = (files: ClientFiles, clientId: string, saved: SavedAssessment, now: Date) =>
    withAssessment(files, clientId, saved.answers, verdictOf(saved), now);
  const file = useClientFile({ value, apply, empty, read: readClient, write, initialName, initialKeep });
  const trend = file.client ? verdictTrend(file.client) : undefined;
  // Before the browser handles another event, so nothing typed meanwhile goes to the panel's own state.
  const { ready, id, name, setName, client, keep, setKeep, startNewClient, query, notice, missing } = file;
  useLayoutEffect(
    () => onState({ ready, id, name, setName, client, keep, setKeep, startNewClient, query, notice, missing, trend }),
    [onState, ready, id, name, setName, client, keep, setKeep, startNewClient, query, notice, missing, trend],
  );
  return null;
}

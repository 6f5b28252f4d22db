/**
 * A checklist opened for a client (`?client=<id>`, loaded only then by `Checklist`): starts
 * from that client's answers for this checklist, saves into the client's file while it is
 * kept, and can start another client (`data-new-client`, asking first when the answers are
 * not kept and would be lost).
 */
import { useState } from 'preact/hooks';
import { emptyChecklist, hasUnsavedChanges, type ChecklistAnswers } from '../../lib/checklist';
import { withChecklist } from '../../lib/client-files';
import { useClientFile } from '../shared/useClientFile';
import type { ChecklistProps } from './Checklist';
import { applyTo, ChecklistBody } from './ChecklistBody';
import { ClientControls } from './ClientControls';

export default function ClientChecklist(props: ChecklistProps) {
  const { locale, ui, text, toolId, clientsHref } = props;
  const [answers, setAnswers] = useState<ChecklistAnswers>(emptyChecklist);
  const file = useClientFile({
    value: answers,
    apply: applyTo(setAnswers),
    empty: emptyChecklist,
    // A client without answers for this checklist starts it empty.
    read: (client) => client.checklists[toolId] ?? emptyChecklist,
    write: (files, id, value, now) => withChecklist(files, id, toolId, value, now),
  });
  return (
    <ChecklistBody
      {...props}
      answers={answers}
      setAnswers={setAnswers}
      ready={file.ready}
      kept={file.keep}
      keepLabel={ui['tool.client.keep']}
      query={file.query}
      controls={(asText) => (
        <ClientControls
          locale={locale}
          ui={ui}
          text={text}
          file={file}
          textToCopy={asText}
          clientsHref={clientsHref}
          wouldLose={!file.keep && hasUnsavedChanges(answers, undefined)}
        />
      )}
    />
  );
}

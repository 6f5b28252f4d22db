/**
 * A checklist island: native checkboxes (`data-step`), per step who does it (`data-owner`),
 * when it is due (`data-due`, the date also shown in the locale's calendar; `data-overdue`
 * once it has passed unticked), a note, and links to the tool that does the step
 * (`data-step-tool`) and the guide that explains it (`data-step-guide`); progress "n of m"
 * in a polite live region with a bar; an optional meeting mode (five-steps); the shared save
 * controls, with a note (`data-unsaved`) and a `beforeunload` prompt while ticks exist that
 * a reload would lose. Server-rendered as a plain list that can be ticked and filled in by
 * hand and printed; hydration adds the rest. The steps and everything around them are
 * `ChecklistBody`; this module decides whose answers they show (its own, or a client's).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { ToolId } from '../../i18n/vocabulary';
import { emptyChecklist, isChecklistAnswers, type ChecklistAnswers } from '../../lib/checklist';
import type { StoreSpec } from '../../lib/storage';
import type { ToolUi, UISlice } from '../../i18n/translate';
import { SaveControls } from '../shared/SaveControls';
import { useSavedAnswers } from '../shared/useSavedAnswers';
import { openedForClient, useLazyClientFile } from '../shared/useLazyClientFile';
import { applyTo, ChecklistBody } from './ChecklistBody';

export interface ChecklistStep {
  id: string;
  label: string;
  why: string;
  /** The tool that carries the step out: its page (without `?client=`) and title. */
  tool?: { id: ToolId; href: string; title: string };
  /** The guide that explains the step, in the language it is written in. */
  guide?: { key: string; href: string; title: string; lang: string; dir: 'ltr' | 'rtl' };
}

/** The `meeting.*` strings of the tool (five-steps). */
export type MeetingStrings = Readonly<
  Record<
    | 'meeting.title'
    | 'meeting.intro'
    | 'meeting.toggle'
    | 'meeting.participant'
    | 'meeting.goodThing'
    | 'meeting.add'
    | 'meeting.remove'
    | 'meeting.empty'
    | 'meeting.silence',
    string
  >
>;

export interface ChecklistProps {
  locale: Locale;
  toolId: ToolId;
  spec: StoreSpec;
  ui: ToolUi;
  /** The checklist's own interface strings (`checklist.*`). */
  text: UISlice<'checklist.'>;
  title: string;
  steps: ChecklistStep[];
  meeting?: MeetingStrings;
  /** The clients page of this locale, linked from a checklist open for a client. */
  clientsHref: string;
}

/**
 * Opened for a client (`?client=<id>`), the checklist keeps that client's answers in the
 * client files (`ClientChecklist`, loaded only then, so the client-file code stays off every
 * other visit); otherwise its own answers, per language, with the shared save controls.
 * Which one is known only after hydration (the server cannot see the query string), so the
 * first render is the checklist's own, as on the server; for a client it then waits, not
 * ready, until its code has loaded.
 */
export default function Checklist(props: ChecklistProps) {
  const [forClient, setForClient] = useState(false);
  useEffect(() => setForClient(openedForClient()), []);
  const ClientChecklist = useLazyClientFile<ChecklistProps>(() => import('./ClientChecklist'));
  if (ClientChecklist) return <ClientChecklist {...props} />;
  return forClient ? <LoadingChecklist {...props} /> : <OwnChecklist {...props} />;
}

function OwnChecklist(props: ChecklistProps) {
  const { locale, spec, ui } = props;
  const [answers, setAnswers] = useState<ChecklistAnswers>(emptyChecklist);
  // Not read on a page opened for a client (see `off`): this component gives way to the client's at once.
  const saved = useSavedAnswers({ spec, locale, validate: isChecklistAnswers, value: answers, apply: applyTo(setAnswers), empty: emptyChecklist });
  return (
    <ChecklistBody
      {...props}
      answers={answers}
      setAnswers={setAnswers}
      ready={saved.ready}
      kept={saved.remember}
      keepLabel={ui['tool.remember']}
      query=""
      controls={(asText) => <SaveControls saved={saved} locale={locale} ui={ui} textToCopy={asText} />}
    />
  );
}

/** The checklist as the server rendered it, while a client's code loads. */
function LoadingChecklist(props: ChecklistProps) {
  return (
    <ChecklistBody
      {...props}
      answers={emptyChecklist}
      setAnswers={() => undefined}
      ready={false}
      kept={false}
      keepLabel={props.ui['tool.client.keep']}
      query=""
      controls={() => null}
    />
  );
}

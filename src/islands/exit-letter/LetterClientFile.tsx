/**
 * The letter builder opened for a client (`?client=<id>`, loaded lazily): starts from that
 * client's letter, or addresses the current one to the client, and saves to that client.
 * A name typed into the letter's client field renames the client's file.
 */
import type { Locale } from '../../i18n/locales';
import type { ToolUi } from '../../i18n/translate';
import { withLetter } from '../../lib/client-files';
import { isLetterAnswers, withField, type LetterAnswers, type LetterDefinition } from '../../lib/exit-letter';
import { ClientFileBridge } from '../shared/ClientFileBridge';

export interface LetterClientFileProps {
  locale: Locale;
  ui: ToolUi;
  definition: LetterDefinition;
  /** The field the client's name goes into. */
  nameField: string;
  answers: LetterAnswers;
  setAnswers: (answers: LetterAnswers) => void;
  empty: LetterAnswers;
  /** The client's name as the reader last typed it in the letter (undefined until they do). */
  typedName: string | undefined;
  /** The client the page named is not kept here. */
  onMissing: () => void;
}

export default function LetterClientFile({ locale, ui, definition, nameField, answers, setAnswers, empty, typedName, onMissing }: LetterClientFileProps) {
  return (
    <ClientFileBridge
      locale={locale}
      ui={ui}
      value={answers}
      apply={setAnswers}
      empty={empty}
      followName={typedName}
      onMissing={onMissing}
      read={(client) =>
        client.letter && isLetterAnswers(definition, client.letter)
          ? { fields: { ...empty.fields, ...client.letter.fields }, choices: { ...empty.choices, ...client.letter.choices } }
          : withField(definition, answers, nameField, client.name)
      }
      write={(files, clientId, value, now) => withLetter(files, clientId, value, now)}
    />
  );
}

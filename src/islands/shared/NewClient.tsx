/**
 * "Start another client" (`data-new-client`), shared by the self-assessment and the
 * checklists. When starting over would lose answers (they are not kept in a client file and
 * something is filled in), it asks first, inline and not with `window.confirm`: focus goes to
 * the question (`data-new-client-pending`), which offers to clear and start another
 * (`data-new-client-confirm`) or to go back (`data-new-client-cancel`, also Escape); focus
 * then returns to the button. A kept client stays saved, so it starts another at once.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { ToolUi } from '../../i18n/translate';
import { useFocusAfterRender } from './useFocusAfterRender';
import './tool-controls.css';

export interface NewClientProps {
  ui: ToolUi;
  /** Starting another client now would lose what is filled in. */
  wouldLose: boolean;
  onStart: () => void;
}

export function NewClient({ ui, wouldLose, onStart }: NewClientProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const close = () => {
    setAsking(false);
    focusAfterRender(() => button.current);
  };
  return (
    <div class="tool-new-client" data-print-hide>
      <button
        ref={button}
        type="button"
        class="button"
        data-new-client
        aria-expanded={wouldLose ? asking : undefined}
        aria-controls={asking ? `${id}-ask` : undefined}
        onClick={() => {
          if (!wouldLose) return onStart();
          setAsking(true);
          focusAfterRender(() => question.current);
        }}
      >
        {ui['tool.client.new']}
      </button>
      {asking && (
        <div
          id={`${id}-ask`}
          class="tool-save__confirm notice notice--warning"
          role="group"
          aria-labelledby={`${id}-question`}
          data-new-client-pending
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id={`${id}-question`} ref={question} tabIndex={-1}>
            {ui['tool.client.newConfirm']}
          </p>
          <div class="tool-save__buttons">
            <button
              type="button"
              class="button--primary"
              data-new-client-confirm
              onClick={() => {
                onStart();
                close();
              }}
            >
              {ui['tool.client.newConfirmYes']}
            </button>
            <button type="button" data-new-client-cancel onClick={close}>
              {ui['tool.client.newConfirmNo']}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

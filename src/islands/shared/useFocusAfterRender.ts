/**
 * The one way an island moves focus to something a state change is about to show (an
 * error summary, a result heading, a new row's first field): call
 * `focusAfterRender(() => element)` next to the state change. The target is looked up
 * once that render has committed, in a layout effect, so focus has moved before the
 * browser handles the next keystroke. Asking twice for the same target focuses it again.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

export type FocusTarget = () => HTMLElement | null | undefined;

export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget>();
  const [request, setRequest] = useState(0);
  useLayoutEffect(() => {
    const target = pending.current;
    pending.current = undefined;
    target?.()?.focus();
  }, [request]);
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}

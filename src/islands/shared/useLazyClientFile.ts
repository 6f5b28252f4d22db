/**
 * A tool's client-file component, loaded only when the page was opened for a client
 * (`?client=<id>`) or once `wanted` turns true (the reader starts using a client panel);
 * undefined until then, and on every other visit. Keeps the client-file code
 * (`useClientFile`, `client-files.ts`) off the tool pages' first load, which would otherwise
 * pass the island JavaScript budget.
 * @example const ClientFile = useLazyClientFile(() => import('./LetterClientFile')); … {ClientFile && <ClientFile … />}
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Same as `clientParam` in useClientFile.ts (not imported: that would load the module this avoids). */
const clientParam = 'client';

/** Whether the page was opened for a client (`?client=<id>`); false on the server. */
export const openedForClient = (): boolean => typeof location !== 'undefined' && new URLSearchParams(location.search).has(clientParam);

export const useLazyClientFile = <P>(load: () => Promise<{ default: ComponentType<P> }>, wanted = false): ComponentType<P> | undefined =>
  useLazyComponent(load, wanted || openedForClient());

/** A component whose code loads once `wanted` is true (after hydration); undefined until then. */
export function useLazyComponent<P>(load: () => Promise<{ default: ComponentType<P> }>, wanted: boolean): ComponentType<P> | undefined {
  const [component, setComponent] = useState<ComponentType<P>>();
  useEffect(() => {
    // Asked again once loaded: the same module, so nothing changes.
    if (wanted) void load().then((module) => setComponent(() => module.default));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is an inline `import()` thunk, new every render: the module is asked for when `wanted` turns true.
  }, [wanted]);
  return component;
}

/**
 * A tool's client-file component, loaded only when the page was opened for a client
 * (`?client=<id>`); undefined until then, and on every other visit. Keeps the client-file
 * code (`useClientFile`, `client-files.ts`) off the tool pages' first load, which would
 * otherwise pass the island JavaScript budget.
 * @example const ClientFile = useLazyClientFile(() => import('./LetterClientFile')); … {ClientFile && <ClientFile … />}
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Same as `clientParam` in useClientFile.ts (not imported: that would load the module this avoids). */
const clientParam = 'client';

export function useLazyClientFile<P>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> | undefined {
  const [component, setComponent] = useState<ComponentType<P>>();
  useEffect(() => {
    if (!new URL(globalThis.location.href).searchParams.has(clientParam)) return;
    void load().then((module) => setComponent(() => module.default));
  }, []);
  return component;
}

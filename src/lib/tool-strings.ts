/**
 * Reading a tool's typed string table (see `TypedStrings` in `src/schemas/tool.ts`): the
 * islands receive `Record<Key, string>` for their kind's fixed keys, plus patterns for keys
 * built from ids. `lookup(strings)` gives `s('why.heading')`; a key that is not in the table
 * is a type error, so a typo never reaches the screen as a raw key. Every fixed key exists
 * in every locale (the build checks), and a key built from an id that has no string yields
 * '' rather than the key.
 * @example const s = lookup(strings); s('submit') // 'See the result'
 */
export function lookup<T extends object>(strings: T): <K extends keyof T & string>(key: K) => string {
  return (key) => {
    const text = (strings as Record<string, unknown>)[key];
    return typeof text === 'string' ? text : '';
  };
}

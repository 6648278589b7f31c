/**
 * Objects keyed by data — catalogue row ids, sheet names, labels read from a file. A plain
 * `{}` inherits from Object.prototype: a key "__proto__" then replaces the object's
 * prototype instead of being stored, and "constructor" or "toString" find Object's own
 * members, so `out[id] ??= {}` writes onto a shared object and the count is lost. These
 * objects have no prototype: every key is an ordinary key.
 */

/** An empty object without a prototype, for data keys. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of `source` (own keys only) without a prototype. */
export function dictOf<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out = dict<T>();
  for (const k of Object.keys(source)) out[k] = source[k]!;
  return out;
}

/** Does the object itself hold this key (never a member inherited from Object.prototype)? */
export function hasKey(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

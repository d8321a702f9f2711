// Tables written as object literals inherit Object.prototype: looked up with a key taken from
// a repository or an API answer ("constructor", "toString", "__proto__"), a plain `table[key]`
// returns a function. Every such lookup goes through here.

/** `table[key]` when the key is the table's own, else undefined. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

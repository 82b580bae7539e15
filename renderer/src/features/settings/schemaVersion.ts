/**
 * When the database's newest migration was written, from its name (`Invoicing1764640000000`
 * ends in milliseconds): a version staff can read, where the class name is a developer's string.
 */
export function schemaDate(migration: string): Date | null {
  const stamp = /(\d{13})$/.exec(migration)?.[1];
  return stamp === undefined ? null : new Date(Number(stamp));
}

/** One field a colleague changed: its label, their value and the form's, as shown. */
export interface StaleChange {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

export interface StaleField<T> {
  field: string;
  label: string;
  /** The field's value as staff read it ("Månadslön", not "monthly"). */
  show: (record: T) => string;
}

/**
 * The fields whose shown value differs between the version the form was read at and the
 * colleague's: what the colleague changed, beside what the form would save.
 */
export function staleChanges<T>(
  fields: readonly StaleField<T>[],
  read: T,
  theirs: T,
  yours: T,
): StaleChange[] {
  return fields
    .filter((f) => f.show(read) !== f.show(theirs))
    .map((f) => ({ field: f.field, label: f.label, theirs: f.show(theirs), yours: f.show(yours) }));
}

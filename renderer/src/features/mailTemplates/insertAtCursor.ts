export interface Edit {
  value: string;
  /** Where the cursor goes: after the inserted text, or inside an inserted section. */
  cursor: number;
}

/**
 * `text` put in place of the selection [start, end). An inserted section
 * (`{{#users}}\n\n{{/users}}`, `{{#flag}}{{/flag}}`) leaves the cursor inside it, where its
 * content goes; selected text becomes that content.
 */
export function insertAtCursor(value: string, start: number, end: number, text: string): Edit {
  const selected = value.slice(start, end);
  const inner = /^(\{\{#[^}]+\}\}\n?)(\n?\{\{\/[^}]+\}\})$/.exec(text);
  if (inner) {
    const [, open = '', close = ''] = inner;
    const inserted = `${open}${selected}${close}`;
    return {
      value: value.slice(0, start) + inserted + value.slice(end),
      cursor: start + open.length + selected.length,
    };
  }
  return { value: value.slice(0, start) + text + value.slice(end), cursor: start + text.length };
}

/**
 * The bureau's message templates: a small, logic-less language (a subset of Mustache) that staff
 * can edit without breaking anything.
 *
 * - `{{customer.name}}` a value; inside a list's section its items' fields by their own names
 *   (`{{#users}}{{name}}{{/users}}`), other names from the enclosing data.
 * - `{{#x}}…{{/x}}` repeats for each item of a list, or shows for true / a non-empty text.
 * - `{{^x}}…{{/x}}` shows when x is an empty list, false or empty.
 * A line holding nothing but one section tag disappears with its line break, so sections can
 * stand on lines of their own. There is no way to write raw HTML: the HTML part escapes all of
 * the rendered text, the template's own words as much as the values.
 */

/** What a placeholder names: a text, a yes/no, a list of items, or a group of fields. */
export type Field = 'text' | 'flag' | { readonly list: Fields } | { readonly fields: Fields };
export interface Fields {
  readonly [name: string]: Field;
}

export interface TemplateProblem {
  code: 'mailTemplate.placeholder' | 'mailTemplate.syntax';
  /** The placeholder's name, or the section whose tags do not pair up. */
  detail: string;
}

type Node =
  | { t: 'text'; text: string }
  | { t: 'value'; name: string }
  | { t: 'section'; name: string; inverted: boolean; children: Node[] };

interface Parsed {
  nodes: Node[];
  problems: TemplateProblem[];
}

// A tag never spans lines: `{{` without its `}}` on the same line is a syntax problem.
const TAG = /\{\{([#^/]?)([^{}\n]*?)\}\}/g;
const STANDALONE = /^[ \t]*(\{\{[#^/][^{}\n]*\}\})[ \t\r]*$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/** Lines holding only a section tag are reduced to the tag, their line break dropped. */
function withoutStandaloneLines(template: string): string {
  const lines = template.split('\n');
  let out = '';
  lines.forEach((line, i) => {
    const standalone = STANDALONE.exec(line);
    if (standalone) out += standalone[1];
    else out += i < lines.length - 1 ? `${line}\n` : line;
  });
  return out;
}

export function parseTemplate(template: string): Parsed {
  const source = withoutStandaloneLines(template);
  const problems: TemplateProblem[] = [];
  const root: Node[] = [];
  const open: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  const top = () => open[open.length - 1]!.children;
  const pushText = (text: string) => {
    if (!text) return;
    if (text.includes('{{')) problems.push({ code: 'mailTemplate.syntax', detail: '{{' });
    top().push({ t: 'text', text });
  };
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    pushText(source.slice(last, match.index));
    last = match.index + match[0].length;
    const sigil = match[1] ?? '';
    const name = (match[2] ?? '').trim();
    if (sigil === '/') closeSection(open, name, problems);
    else if (sigil) {
      const section: Node = { t: 'section', name, inverted: sigil === '^', children: [] };
      top().push(section);
      open.push({ name, children: section.children });
    } else top().push({ t: 'value', name });
  }
  pushText(source.slice(last));
  for (const unclosed of open.slice(1))
    problems.push({ code: 'mailTemplate.syntax', detail: unclosed.name });
  return { nodes: root, problems };
}

/** `{{/name}}` closes the innermost open section of that name; a stray close is a problem. */
function closeSection(
  open: { name: string; children: Node[] }[],
  name: string,
  problems: TemplateProblem[],
): void {
  const at = open.map((o) => o.name).lastIndexOf(name);
  if (at < 1) {
    problems.push({ code: 'mailTemplate.syntax', detail: name });
    return;
  }
  for (const skipped of open.slice(at + 1))
    problems.push({ code: 'mailTemplate.syntax', detail: skipped.name });
  open.length = at;
}

// ---------------------------------------------------------------- checking

/** Placeholder and syntax problems of a template, against the fields its kind offers. */
export function checkTemplate(template: string, fields: Fields): TemplateProblem[] {
  const { nodes, problems } = parseTemplate(template);
  checkNodes(nodes, [fields], problems);
  return unique(problems);
}

function checkNodes(nodes: Node[], scopes: Fields[], problems: TemplateProblem[]): void {
  for (const node of nodes) {
    if (node.t === 'text') continue;
    const field = fieldAt(node.name, scopes);
    const usable = node.t === 'value' ? field === 'text' : field !== undefined;
    if (!usable) problems.push({ code: 'mailTemplate.placeholder', detail: node.name });
    if (node.t !== 'section') continue;
    const inner = !node.inverted && field !== undefined ? scopeOf(field) : undefined;
    checkNodes(node.children, inner ? [...scopes, inner] : scopes, problems);
  }
}

function scopeOf(field: Field): Fields | undefined {
  if (typeof field === 'string') return undefined;
  return 'list' in field ? field.list : field.fields;
}

/** The field a name resolves to: its first part is looked up from the innermost scope out. */
function fieldAt(name: string, scopes: Fields[]): Field | undefined {
  if (!NAME.test(name)) return undefined;
  const [head, ...rest] = name.split('.');
  const scope = [...scopes].reverse().find((s) => Object.hasOwn(s, head!));
  let field: Field | undefined = scope?.[head!];
  for (const part of rest) {
    const group: Fields | undefined =
      field && typeof field !== 'string' && 'fields' in field ? field.fields : undefined;
    field = group && Object.hasOwn(group, part) ? group[part] : undefined;
  }
  return field;
}

function unique(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code} ${p.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- the placeholders offered

export interface PlaceholderEntry {
  /** `customer.name`; a list's item fields as `users.name`. */
  path: string;
  kind: 'text' | 'flag' | 'list';
  /** What the editor inserts at the cursor. */
  insert: string;
}

export function placeholderEntries(fields: Fields, prefix = '', written = ''): PlaceholderEntry[] {
  return Object.entries(fields).flatMap(([name, field]): PlaceholderEntry[] => {
    const path = `${prefix}${name}`;
    // What is typed: inside a list's section its items' fields go by their own names.
    const as = `${written}${name}`;
    if (field === 'text') return [{ path, kind: 'text', insert: `{{${as}}}` }];
    if (field === 'flag') return [{ path, kind: 'flag', insert: `{{#${as}}}{{/${as}}}` }];
    if ('fields' in field) return placeholderEntries(field.fields, `${path}.`, `${as}.`);
    const list: PlaceholderEntry = { path, kind: 'list', insert: `{{#${as}}}\n\n{{/${as}}}` };
    return [list, ...placeholderEntries(field.list, `${path}.`, '')];
  });
}

export const placeholderPaths = (fields: Fields): string[] =>
  placeholderEntries(fields).map((e) => e.path);

// ---------------------------------------------------------------- rendering

/** The data a template is filled with: texts, numbers, yes/no, lists and groups of them. */
export type TemplateValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

/** The template filled with `data`, values as they are (the plain-text part, the subject). */
export function renderText(template: string, data: TemplateValue): string {
  return renderNodes(parseTemplate(template).nodes, [data]);
}

function renderNodes(nodes: Node[], scopes: TemplateValue[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'text') out += node.text;
    else if (node.t === 'value') out += asText(valueAt(node.name, scopes));
    else out += renderSection(node, scopes);
  }
  return out;
}

function renderSection(node: Extract<Node, { t: 'section' }>, scopes: TemplateValue[]): string {
  const value = valueAt(node.name, scopes);
  if (node.inverted) return isShown(value) ? '' : renderNodes(node.children, scopes);
  if (!isShown(value)) return '';
  if (Array.isArray(value))
    return value
      .map((item: TemplateValue) => renderNodes(node.children, [...scopes, item]))
      .join('');
  const pushed = typeof value === 'object' ? [...scopes, value] : scopes;
  return renderNodes(node.children, pushed);
}

function isShown(value: TemplateValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function asText(value: TemplateValue): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.map(asText).join(', ');
  if (typeof value === 'object') return '';
  return String(value);
}

function valueAt(name: string, scopes: TemplateValue[]): TemplateValue {
  const [head, ...rest] = name.split('.');
  const scope = [...scopes].reverse().find((s) => isRecord(s) && Object.hasOwn(s, head!));
  let value: TemplateValue = isRecord(scope) ? scope[head!] : undefined;
  for (const part of rest) value = isRecord(value) ? value[part] : undefined;
  return value;
}

function isRecord(value: TemplateValue): value is { readonly [key: string]: TemplateValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------- HTML

export interface HtmlOptions {
  language: string;
  /** The subject, as the document's title. */
  title: string;
}

/** The HTML part: the rendered text, all of it escaped, laid out by textToHtml. */
export function renderHtml(template: string, data: TemplateValue, options: HtmlOptions): string {
  return textToHtml(renderText(template, data), options);
}

const BODY_STYLE =
  'margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222';
const P_STYLE = 'margin:0 0 1em 0';
const UL_STYLE = 'margin:0 0 1em 0;padding-left:1.4em';

/** A message's text laid out: paragraphs (their lines) and lists (their items). */
export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

/**
 * Blank lines separate blocks; in a block, runs of lines starting with "- " make a list and
 * other runs a paragraph. The HTML part and the printed letter lay text out alike.
 */
export function textBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '')
    .flatMap(runsOf);
}

function runsOf(block: string): TextBlock[] {
  const runs: TextBlock[] = [];
  for (const line of block.split('\n')) {
    const last = runs[runs.length - 1];
    if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2));
      else runs.push({ kind: 'list', items: [line.slice(2)] });
    } else if (last?.kind === 'paragraph') last.lines.push(line);
    else runs.push({ kind: 'paragraph', lines: [line] });
  }
  return runs;
}

/**
 * A self-contained HTML document of a plain text, laid out by textBlocks: paragraphs with <br>
 * between their lines, lists. Inline styles only: no images, style sheets, scripts or anything
 * fetched from elsewhere (no tracking).
 */
export function textToHtml(text: string, options: HtmlOptions): string {
  const body = textBlocks(text).map(blockHtml).join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(options.language)}">\n<head>\n` +
    `<meta charset="utf-8">\n<title>${escapeHtml(options.title)}</title>\n</head>\n` +
    `<body style="${BODY_STYLE}">\n${body}\n</body>\n</html>\n`
  );
}

function blockHtml(block: TextBlock): string {
  if (block.kind === 'list') {
    const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
    return `<ul style="${UL_STYLE}">${items}</ul>`;
  }
  return `<p style="${P_STYLE}">${block.lines.map(escapeHtml).join('<br>')}</p>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

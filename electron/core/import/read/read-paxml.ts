import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, MESSAGES } from './messages';
import { scientificNotes } from './notes';
import { decodeXml } from './paxml-decode';
import { cleanCells } from './table';
import type { ReadResult, ReadRow } from './types';

const ATTR = '@_';

/** Every value stays a string: 0012 must not become 12, nor 189001019802 a float. */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The child of a node whose name matches, whatever its case (PAXml, PAXML, paxml). */
function child(node: Node, name: string): unknown {
  const key = Object.keys(node).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : node[key];
}

/** The text of a simple element or attribute; null for an element with child elements. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(textOf).find((t) => t !== null && t !== '') ?? textOf(v[0]);
  if (!isNode(v)) return null;
  if ('#text' in v) return textOf(v['#text']);
  return Object.keys(v).every((k) => k.startsWith(ATTR)) ? '' : null;
}

/** A person's fields by name: attributes (anstid="0012") and simple child elements alike. */
function fieldsOf(person: unknown): Map<string, string> {
  const fields = new Map<string, string>();
  if (!isNode(person)) return fields;
  for (const [key, value] of Object.entries(person)) {
    const name = (key.startsWith(ATTR) ? key.slice(ATTR.length) : key).trim();
    const text = textOf(value);
    if (name === '#text' || text === null) continue;
    if (!fields.get(name)) fields.set(name, text); // an element wins over an empty attribute
  }
  return fields;
}

function persons(doc: unknown): unknown[] | null {
  if (!isNode(doc)) return null;
  const root = child(doc, 'paxml');
  if (root === undefined) return null;
  const personal = asArray(isNode(root) ? child(root, 'personal') : undefined);
  return personal.flatMap((p) => (isNode(p) ? asArray(child(p, 'person')) : []));
}

function toTable(list: unknown[]): { headers: string[]; rows: ReadRow[] } {
  const all = list.map(fieldsOf);
  const headers = [...new Set(all.flatMap((f) => [...f.keys()]))];
  const rows: ReadRow[] = [];
  all.forEach((f, i) => {
    const cells = cleanCells(headers.map((h) => f.get(h) ?? ''));
    if (cells.length > 0) rows.push({ line: i + 1, cells });
  });
  return { headers, rows };
}

function parse(text: string): { doc: unknown } | { error: string } {
  // PAXml never needs entity definitions; refusing them rules out entity-expansion attacks.
  if (/<!ENTITY/i.test(text)) return { error: MESSAGES.xmlEntities };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: `${MESSAGES.xmlBroken} (rad ${valid.err.line}).` };
  return { doc: parser.parse(text) as unknown };
}

/** PAXml 2.x (Fortnox, Visma): paxml/personal/person, one row per person, line = position. */
export function readPaxml(bytes: Buffer): ReadResult {
  const { text, encoding } = decodeXml(bytes);
  const parsed = parse(text);
  if ('error' in parsed) return fail('file.unreadable', parsed.error);
  const list = persons(parsed.doc);
  if (list === null) return fail('file.unknownFormat', MESSAGES.xmlNotPaxml);
  const { headers, rows } = toTable(list);
  if (rows.length === 0) return fail('file.empty', MESSAGES.noPersons);
  const notes = scientificNotes(headers, rows);
  return { ok: true, table: { format: 'paxml', encoding, delimiter: null, headers, rows, notes } };
}

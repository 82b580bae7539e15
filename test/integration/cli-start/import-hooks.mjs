// The resolve hook of record-imports.mjs: bare specifiers (packages), not files or node: ones.
import { appendFileSync } from 'node:fs';

let file = '';

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, next) {
  const name = /^(@[\w.-]+\/)?[\w.-]+/.exec(specifier)?.[0];
  if (name && !specifier.startsWith('node:') && !/^\.|^\//.test(specifier))
    appendFileSync(file, `${name}\n`);
  return next(specifier, context);
}

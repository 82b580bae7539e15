// Preloaded (`node --import`) into a CLI run: writes every package the program imports, static
// or import(), one per line to the file in KUNDSTART_IMPORTS_FILE, so a test can tell which
// packages a command loaded. Node runs resolve hooks on a thread of their own.
import { register } from 'node:module';

register('./import-hooks.mjs', import.meta.url, {
  data: { file: process.env.KUNDSTART_IMPORTS_FILE },
});

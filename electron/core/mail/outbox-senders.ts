import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Which processes may be sending from a database right now: each worker that sends leaves a
 * small file beside the database naming its process, and removes it when it stops. A message in
 * state "sending" belongs to such a process while it lives; when no other sender lives, it was
 * cut off by a crash or a kill and is interrupted. This lets the CLI run beside the desktop app
 * without taking the app's message in flight for a crashed one.
 */
export interface SenderMark {
  /** True while another live process (or another worker of this one) may be sending. */
  othersSending(): boolean;
  /** This worker may send from now on. */
  enter(): void;
  /** This worker has stopped sending. */
  leave(): void;
}

const PREFIX = '.outbox-sender-';

export function senderMark(dbFile: string): SenderMark {
  const dir = dirname(dbFile);
  const stem = `${basename(dbFile)}${PREFIX}`;
  const token = randomUUID();
  const own = join(dir, `${stem}${process.pid}-${token}`);
  const removeOwn = () => rmSync(own, { force: true });
  let entered = false;
  return {
    othersSending() {
      return listMarks(dir, stem).some((name) => {
        if (name.endsWith(token)) return false;
        if (isAlive(pidOf(name, stem))) return true;
        rmSync(join(dir, name), { force: true }); // left by a process that died
        return false;
      });
    },
    enter() {
      if (entered) return;
      entered = true;
      try {
        writeFileSync(own, `${process.pid}\n`);
      } catch {
        // A folder we cannot write to: no mark. Should a process starting beside this one then
        // interrupt the message in flight, recordSent still records it as sent when it is.
        return;
      }
      process.once('exit', removeOwn);
    },
    leave() {
      entered = false;
      process.removeListener('exit', removeOwn);
      removeOwn();
    },
  };
}

function listMarks(dir: string, stem: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.startsWith(stem));
  } catch {
    return [];
  }
}

const pidOf = (name: string, stem: string): number => Number(name.slice(stem.length).split('-')[0]);

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

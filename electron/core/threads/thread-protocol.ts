import { AppError, type AppErrorShape } from '../../../shared/errors';

/** A thread's answer; an error that is no AppError comes with a null code, as its message. */
export type ThreadReply<V> =
  | { id: number; ok: true; value: V }
  | { id: number; ok: false; error: AppErrorShape | { code: null; message: string } };

/** Runs one asked job in a thread and answers it, failure included. */
export async function answerWith<V>(
  id: number,
  run: () => Promise<V>,
  reply: (message: ThreadReply<V>, transfer?: ArrayBuffer[]) => void,
  transferOf: (value: V) => ArrayBuffer[] = () => [],
): Promise<void> {
  try {
    const value = await run();
    reply({ id, ok: true, value }, transferOf(value));
  } catch (err) {
    reply({ id, ok: false, error: errorShapeOf(err) });
  }
}

/** An AppError crosses as its shape, anything else as its message (the core reports it). */
function errorShapeOf(err: unknown): AppErrorShape | { code: null; message: string } {
  if (err instanceof AppError) return err.toShape();
  return { code: null, message: err instanceof Error ? err.message : String(err) };
}

/** The error a reply carries, as the core throws it. */
export function errorOf(error: AppErrorShape | { code: null; message: string }): Error {
  return error.code === null ? new Error(error.message) : AppError.fromShape(error);
}

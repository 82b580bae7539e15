import { AppError } from '../../shared/errors';

/** Plain data: what the user reads when Kundstart cannot start, in Swedish. */

export const STARTUP_ERROR_TITLE = 'Kundstart kan inte starta';

function reason(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === 'db.newerVersion') {
      return (
        'Databasen har sparats av en nyare version av Kundstart och kan inte öppnas av den här ' +
        'versionen. Installera den senaste versionen av Kundstart och försök igen.'
      );
    }
    if (error.code === 'db.notKundstart') return 'Filen är ingen Kundstart-databas.';
    return `Databasen kunde inte öppnas (${error.code}): ${error.message}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Ett oväntat fel inträffade: ${detail}`;
}

export function startupErrorMessage(error: unknown, dbFile: string | undefined): string {
  const where = dbFile ? `\n\nDatabas: ${dbFile}` : '';
  return `${reason(error)}${where}\n\nKundstart avslutas.`;
}

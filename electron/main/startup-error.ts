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

/** The buttons when the database chosen under Inställningar fails: quit, or start on the own file. */
export const CHOSEN_DATABASE_BUTTONS = ['Avsluta', 'Starta med egen databasfil'] as const;

/**
 * A start on the team database chosen under Inställningar → Databas that failed: staff can go
 * back to the own file from here, since the settings screen is out of reach without a database.
 */
export function chosenDatabaseMessage(error: unknown, database: string): string {
  return [
    reason(error),
    `Databas: ${database}`,
    'Databasen valdes under Inställningar → Databas. Du kan starta med den egna databasfilen i stället och välja om där.',
  ].join('\n\n');
}

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, utilityProcess: {}, safeStorage: {} }));
const { cliArguments } = await import('../../../electron/main/cli-mode');

describe('Kundstart --cli', () => {
  it('hands what follows --cli to the CLI, as Node would give it', () => {
    expect(
      cliArguments(['/opt/Kundstart/kundstart', '--cli', 'invoices', 'close', '2026-11']),
    ).toEqual(['/opt/Kundstart/kundstart', 'kundstart', 'invoices', 'close', '2026-11']);
    expect(cliArguments(['Kundstart.exe', '--cli'])).toEqual(['Kundstart.exe', 'kundstart']);
  });

  it('starts the app as an app without it', () => {
    expect(cliArguments(['/opt/Kundstart/kundstart'])).toBeNull();
    expect(cliArguments(['/opt/Kundstart/kundstart', '--db', 'a.db'])).toBeNull();
  });
});

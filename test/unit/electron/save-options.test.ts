import { describe, expect, it } from 'vitest';
import { isOwnFile, saveDialogOptions } from '../../../electron/main/save-options';

describe('saving an exported file in the desktop app', () => {
  it('saves only files the app made itself', () => {
    expect(isOwnFile('blob:app://kundstart/4f1c7d2e-0d5a-4bb1-9b1e-2f0a0c3c1d11')).toBe(true);
    expect(isOwnFile('blob:null/4f1c7d2e-0d5a-4bb1-9b1e-2f0a0c3c1d11')).toBe(true);
    expect(isOwnFile('blob:https://evil.example/4f1c7d2e')).toBe(false);
    expect(isOwnFile('https://example.com/Samlingsfaktura-2030-03.pdf')).toBe(false);
    expect(isOwnFile('app://kundstart/index.html')).toBe(false);
  });

  it('asks in Swedish, starting in Documents, with the file’s type as filter', () => {
    expect(saveDialogOptions('Samlingsfaktura-2030-03.xlsx', '/home/anna/Dokument/')).toEqual({
      title: 'Spara fil',
      buttonLabel: 'Spara',
      defaultPath: '/home/anna/Dokument/Samlingsfaktura-2030-03.xlsx',
      filters: [
        { name: 'Excel-arbetsbok', extensions: ['xlsx'] },
        { name: 'Alla filer', extensions: ['*'] },
      ],
    });
    expect(saveDialogOptions('fil.bin', '/tmp').filters).toEqual([]);
  });
});

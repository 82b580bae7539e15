import { app, type Session } from 'electron';
import { isOwnFile, saveDialogOptions } from './save-options';

/**
 * Exports reach the user as downloads of blob: URLs the renderer made (download.ts). Electron
 * then asks where to save; we make that dialog Swedish and start it in Documents. Any other
 * download (a link to the web) is refused: the app fetches nothing.
 */
export function saveExportsWithDialog(session: Session): void {
  session.on('will-download', (event, item) => {
    if (!isOwnFile(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), app.getPath('documents')));
  });
}

import { useEffect } from 'react';

/** "Kunder – Kundstart": the window title says where you are. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Kundstart` : 'Kundstart';
  }, [title]);
}

import { useRef, useState, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Files dragged over an area: the handlers to spread on it and whether to show the overlay.
 * Handling dragover/drop also keeps Electron from opening the file in the window instead.
 */
export function useFileDrop(onFile: (file: File) => void) {
  const depth = useRef(0);
  const [over, setOver] = useState(false);
  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    },
    onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave(event: DragEvent) {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = event.dataTransfer.files[0];
      if (file) onFile(file);
    },
  };
  return { over, handlers };
}

/** The overlay over the page while files are dragged over it. */
export function DropOverlay({ open }: { open: boolean }) {
  const { t } = useTranslation();
  if (!open) return null;
  return (
    <Box
      role="status"
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal,
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'rgba(255,255,255,0.86)',
        pointerEvents: 'none',
      }}
    >
      <Box
        sx={{
          border: '3px dashed',
          borderColor: 'primary.main',
          borderRadius: 3,
          px: 8,
          py: 6,
          textAlign: 'center',
          bgcolor: 'background.paper',
        }}
      >
        <UploadFileOutlined color="primary" sx={{ fontSize: 64 }} aria-hidden />
        <Typography variant="h5" component="p" sx={{ mt: 1 }}>
          {t('import.dropHere')}
        </Typography>
        <Typography color="text.secondary">{t('import.dropHint')}</Typography>
      </Box>
    </Box>
  );
}

import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/SectionCard';

export interface ReadFailure {
  fileName: string;
  message: string;
}

interface Props {
  reading: string | null;
  failure: ReadFailure | null;
  onChoose: () => void;
}

/** Step 1: where the file comes from; a file the services could not read says what to do. */
export function ChooseFile({ reading, failure, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('import.choose.title')}>
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          <AlertTitle>{t('import.choose.failedTitle', { fileName: failure.fileName })}</AlertTitle>
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {failure.message}
          </Typography>
          <Typography variant="body2">{t('import.choose.failedHint')}</Typography>
        </Alert>
      )}
      <Box
        sx={{
          border: '2px dashed',
          borderColor: 'divider',
          borderRadius: 2,
          p: 5,
          textAlign: 'center',
        }}
      >
        <UploadFileOutlined color="primary" sx={{ fontSize: 56 }} aria-hidden />
        <Typography color="text.secondary" sx={{ maxWidth: 620, mx: 'auto', mt: 1, mb: 2.5 }}>
          {t('import.choose.body')}
        </Typography>
        <Button variant="contained" size="large" onClick={onChoose} disabled={!!reading}>
          {t('import.choose.button')}
        </Button>
        {reading && (
          <Box sx={{ maxWidth: 360, mx: 'auto', mt: 3 }} role="status">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('import.choose.reading', { fileName: reading })}
            </Typography>
            <LinearProgress aria-label={t('import.choose.reading', { fileName: reading })} />
          </Box>
        )}
      </Box>
    </SectionCard>
  );
}

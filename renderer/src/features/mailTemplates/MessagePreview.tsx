import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { textBlocks } from '../../../../shared/domain/mail-template';
import type { MessagePreview as Preview } from '../../../../shared/schemas/mail';

interface Props {
  preview: Preview | undefined;
  /** The BankID letter is printed: it has a heading, not a subject. */
  letter: boolean;
  /** The message's language, for screen readers and hyphenation. */
  language: string;
}

/**
 * The rendered message as the recipient sees it. Laid out from the text part with the same
 * blocks as the HTML part (paragraphs, lists): React escapes it, and no frame is needed, which
 * the app's CSP and navigation guard would not let load.
 */
export function MessagePreview({ preview, letter, language }: Props) {
  const { t } = useTranslation();
  if (!preview)
    return <Typography color="text.secondary">{t('mailTemplates.previewLoading')}</Typography>;
  return (
    <Box aria-label={t('mailTemplates.previewTitle')} role="document" lang={language}>
      {letter ? (
        <Typography variant="h6" component="p" sx={{ mb: 2 }} data-testid="preview-subject">
          {preview.subject}
        </Typography>
      ) : (
        <Typography sx={{ mb: 2, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
            {t('mailTemplates.previewSubject')}
          </Box>
          <Box component="span" sx={{ fontWeight: 600 }} data-testid="preview-subject">
            {preview.subject}
          </Box>
        </Typography>
      )}
      <Box data-testid="preview-body" sx={{ '& p, & ul': { mt: 0, mb: 1.5 } }}>
        {textBlocks(preview.text).map((block, i) =>
          block.kind === 'list' ? (
            <Box component="ul" key={i} sx={{ pl: 3 }}>
              {block.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </Box>
          ) : (
            <Typography component="p" key={i}>
              {block.lines.map((line, j) => (
                <span key={j}>
                  {j > 0 && <br />}
                  {line}
                </span>
              ))}
            </Typography>
          ),
        )}
      </Box>
    </Box>
  );
}

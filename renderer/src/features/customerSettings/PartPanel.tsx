import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CustomerSettings } from '../../../../shared/schemas/settings';
import type { SectionData, SectionKey } from '../../../../shared/settings/sections';
import type { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/useFormat';
import { OutOfOrderAlert } from './OutOfOrderAlert';
import { PARTS, isReviewed, partNumber, reviewOf, type Part } from './parts';
import { ProfilesPanel } from './profiles/ProfilesPanel';
import { reviewText } from './reviewText';
import { ApprovalForm } from './sections/ApprovalForm';
import { OvertimeForm } from './sections/OvertimeForm';
import { PayrollExportForm } from './sections/PayrollExportForm';
import type { SaveOutcome } from './sections/SectionForm';
import { TimeCodesForm } from './sections/TimeCodesForm';
import { WorkTimeForm } from './sections/WorkTimeForm';

interface Props {
  customerId: string;
  part: Part;
  settings: CustomerSettings;
  error: ApiError | null;
  /** Earlier parts the last review of this part skipped. */
  outOfOrder: readonly Part[];
  onSave: <K extends SectionKey>(
    key: K,
    data: SectionData[K],
    review: boolean,
    recordVersion: number,
  ) => Promise<SaveOutcome>;
  onReview: (part: Part, reviewed: boolean) => Promise<void>;
}

function SectionBody(props: Props & { label: string }) {
  const { part, settings, label } = props;
  if (part === 'profiles') {
    return (
      <ProfilesPanel
        customerId={props.customerId}
        profiles={settings.profiles}
        reviewed={settings.profilesReviewedAt !== null}
        onReview={(reviewed) => props.onReview('profiles', reviewed)}
      />
    );
  }
  const common = {
    label,
    onUnreview: () => props.onReview(part, false),
  };
  // A copy or another window's save shows up in the form (SectionForm), unless it has typed
  // values: those stay, and their save is refused as stale with what the other save changed.
  switch (part) {
    case 'workTime': {
      const state = settings.sections.workTime;
      return (
        <WorkTimeForm
          state={state}
          onSave={(data, review, version) => props.onSave('workTime', data, review, version)}
          {...common}
        />
      );
    }
    case 'timeCodes': {
      const state = settings.sections.timeCodes;
      return (
        <TimeCodesForm
          state={state}
          onSave={(data, review, version) => props.onSave('timeCodes', data, review, version)}
          {...common}
        />
      );
    }
    case 'overtime': {
      const state = settings.sections.overtime;
      return (
        <OvertimeForm
          state={state}
          onSave={(data, review, version) => props.onSave('overtime', data, review, version)}
          {...common}
        />
      );
    }
    case 'approval': {
      const state = settings.sections.approval;
      return (
        <ApprovalForm
          state={state}
          onSave={(data, review, version) => props.onSave('approval', data, review, version)}
          {...common}
        />
      );
    }
    case 'payrollExport': {
      const state = settings.sections.payrollExport;
      return (
        <PayrollExportForm
          state={state}
          onSave={(data, review, version) => props.onSave('payrollExport', data, review, version)}
          {...common}
        />
      );
    }
  }
}

/** One part of the settings: its heading and review state, what it is for, and its form. */
export function PartPanel(props: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { customerId, part, settings } = props;
  const review = reviewOf(settings, part);
  const label = t('timeSettings.numbered', {
    number: partNumber(part),
    name: t(`timeSettings.parts.${part}`),
  });
  const allReviewed = PARTS.every((p) => isReviewed(settings, p));

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 3 }}>
      {allReviewed && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('timeSettings.allReviewed')}{' '}
          <Link component={RouterLink} to={`/customers/${customerId}`}>
            {t('timeSettings.toCustomer')}
          </Link>
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} variant="h5" component="h2" sx={{ flex: 1 }}>
          {label}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={review.at ? 'success' : 'default'}
          label={reviewText(t, format.date, review, part === 'profiles')}
        />
      </Box>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 760 }}>
        {t(`timeSettings.descriptions.${part}`)}
      </Typography>
      <OutOfOrderAlert customerId={customerId} earlier={props.outOfOrder} />
      <ErrorAlert error={props.error} />
      <SectionBody {...props} label={label} />
    </Paper>
  );
}

import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { detailsOf } from '../../../../shared/errorDetails';
import type { FieldIssue } from '../../../../shared/errors';
import {
  ROLES,
  SALARY_FORMS,
  type LicenceState,
  type UserFields,
  type UserRow,
} from '../../../../shared/schemas/users';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import type { ApiError } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { StaleDialog } from '../../components/StaleDialog';
import { staleChanges } from '../../components/staleChanges';
import { mergeMine } from '../../components/staleMerge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormTextField } from '../../components/form/FormTextField';
import { serverIssues } from '../collaboration/serverIssues';
import { ApproverField } from './ApproverField';
import { LicencesDialog } from './LicencesDialog';
import { PersonnummerField } from './PersonnummerField';
import type { SaveOutcome } from './useUserActions';
import { userResolver, userValues, type UserFormContext, type UserFormValues } from './userForm';
import { fullName, newUserId, type UserIndex } from './userRules';
import { isIncomplete, missingLong } from './userTexts';
import { asStored, userStaleFields } from './userStale';

type FormField = Exclude<keyof UserFormValues, 'personnummerMode'>;
const FORM_FIELDS = new Set<string>([
  'firstName',
  'lastName',
  'email',
  'personnummer',
  'mobile',
  'employeeNumber',
  'salaryForm',
  'role',
  'approverId',
  'profileId',
] satisfies FormField[]);

/** The field a refusal without field details is about, by its code. */
const FIELD_OF_CODE: Partial<Record<string, FormField>> = {
  'name.missing': 'firstName',
  'email.invalid': 'email',
  'email.duplicate': 'email',
  'login.none': 'email',
  'personnummer.format': 'personnummer',
  'personnummer.checksum': 'personnummer',
  'personnummer.date': 'personnummer',
  'personnummer.duplicate': 'personnummer',
  'employeeNumber.duplicate': 'employeeNumber',
  'role.unknown': 'role',
  'salaryForm.unknown': 'salaryForm',
  'approver.unknown': 'approverId',
  'approver.notApprover': 'approverId',
  'approver.hasApprovees': 'role',
  'profile.notFound': 'profileId',
};

/** The errors of a refused save, each on its field of the form. */
function fieldIssues(error: ApiError): { field: FormField; code: string }[] {
  const listed = serverIssues(error.details)
    .filter((issue) => issue.severity === 'error' && FORM_FIELDS.has(issue.field))
    .map((issue) => ({ field: issue.field as FormField, code: issue.code as string }));
  if (listed.length > 0) return listed;
  const field = FIELD_OF_CODE[error.code];
  return field ? [{ field, code: error.code }] : [];
}

interface Exceeded {
  licences: number;
  needed: number;
}

/** How many licences a licences.exceeded refusal says there are and are needed (NaN: unknown). */
function exceededOf(error: ApiError): Exceeded | null {
  if (error.code !== 'licences.exceeded') return null;
  return detailsOf(error, 'licences.exceeded') ?? { licences: NaN, needed: NaN };
}

interface Props {
  customerId: string;
  /** null: a new user. */
  row: UserRow | null;
  index: UserIndex;
  profiles: readonly ReportingProfile[];
  licences: LicenceState | undefined;
  /** Saves the fields over `previous`, or as a new user under `newId`. */
  onSave: (previous: UserRow | null, fields: UserFields, newId: string) => Promise<SaveOutcome>;
  onLicencesChanged: () => void;
  onClose: () => void;
}

const span2 = { gridColumn: { sm: '1 / -1' } };

/** The form's values refused as stale, the version they were read at, and the colleague's. */
interface Stale extends Colleague {
  read: UserRow;
  fields: UserFields;
  /** The form as it was refused: "Använd mina ändringar" takes the fields changed in it. */
  values: UserFormValues;
}

/** The colleague's version of the user, who saved it and when. */
interface Colleague {
  theirs: UserRow;
  changedBy: string | null;
  changedAt: string | null;
}

/** The colleague's version from a conflict.stale refusal; null for any other refusal. */
function colleagueOf(error: ApiError): Colleague | null {
  const details = detailsOf(error, 'conflict.stale');
  if (!details || details.entity !== 'user') return null;
  // The core sends the user as users:list shows it (UserRow), personnummer masked.
  const theirs = details.current as unknown as UserRow;
  return { theirs, changedBy: details.changedBy, changedAt: details.changedAt };
}

/** "Ny användare" / "Redigera": every field, checked as you type with the services' rules. */
export function UserDialog({
  customerId,
  row,
  index,
  profiles,
  licences,
  onSave,
  onLicencesChanged,
  onClose,
}: Props) {
  const { t } = useTranslation();
  // After a first save the dialog goes on editing the stored user.
  const [current, setCurrent] = useState<UserRow | null>(row);
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [exceeded, setExceeded] = useState<Exceeded | null>(null);
  const [buying, setBuying] = useState(false);
  const [raisedTo, setRaisedTo] = useState<number | null>(null);
  const defaultProfileId = profiles.find((p) => p.isDefault)?.id ?? null;
  // A new user's id is made here, so that it can be its own approver in its first save.
  const [newId] = useState(newUserId);
  const selfId = current?.id ?? newId;
  const context: UserFormContext = { index, stored: current, selfId };
  const form = useForm<UserFormValues, UserFormContext, UserFields>({
    defaultValues: userValues(row, defaultProfileId),
    resolver: userResolver,
    context,
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState, reset, setError: setFieldError, trigger } = form;
  const [role, profileId] = useWatch({ control, name: ['role', 'profileId'] });

  // Rules across fields: e-mail or personnummer for a login, the role for approving oneself.
  const [personnummer, personnummerMode] = useWatch({
    control,
    name: ['personnummer', 'personnummerMode'],
  });
  useEffect(() => {
    if (formState.touchedFields.email || formState.isSubmitted) void trigger('email');
  }, [
    personnummer,
    personnummerMode,
    trigger,
    formState.touchedFields.email,
    formState.isSubmitted,
  ]);
  useEffect(() => {
    // The role decides whether the user may approve themself, and may still approve others.
    void trigger(form.getValues('approverId') ? ['role', 'approverId'] : 'role');
  }, [role, trigger, form]);

  /** Saves over `base` (the stored user the form was read at, or a colleague's newer version). */
  const send = async (fields: UserFields, base: UserRow | null) => {
    setError(null);
    setExceeded(null);
    setRaisedTo(null);
    const outcome = await onSave(base, fields, newId);
    if (!outcome.ok) {
      const colleague = base ? colleagueOf(outcome.error) : null;
      if (base && colleague) {
        return setStale({ read: base, fields, values: form.getValues(), ...colleague });
      }
      const over = exceededOf(outcome.error);
      if (over) return setExceeded(over);
      const issues = fieldIssues(outcome.error);
      for (const issue of issues) {
        setFieldError(issue.field, { type: 'server', message: issue.code });
      }
      // What no field can show is said below the form.
      if (issues.length === 0) setError(outcome.error);
      return;
    }
    if (outcome.warnings.length === 0) return onClose();
    // Saved with warnings: stay, on the stored user, and say what is missing (or, for a
    // complete user without personnummer, that BankID is not possible).
    setCurrent(outcome.user);
    setWarnings(outcome.warnings);
    reset(userValues(outcome.user, defaultProfileId));
  };
  const save = handleSubmit((fields) => send(fields, current));

  // A colleague saved first: the dialog shows their changes; reapply saves ours over theirs.
  const [stale, setStale] = useState<Stale | null>(null);
  const [reapplying, setReapplying] = useState(false);
  // Only the fields changed in this form go over the colleague's version; theirs stay.
  const reapply = async () => {
    if (!stale) return;
    const { read, theirs, values } = stale;
    setReapplying(true);
    setCurrent(theirs);
    setStale(null);
    reset(
      mergeMine(userValues(read, defaultProfileId), values, userValues(theirs, defaultProfileId)),
    );
    await handleSubmit((fields) => send(fields, theirs))();
    setReapplying(false);
  };
  const takeTheirs = () => {
    if (!stale) return;
    setCurrent(stale.theirs);
    setWarnings([]);
    reset(userValues(stale.theirs, defaultProfileId));
    setStale(null);
  };

  const title = current
    ? t('users.dialog.editTitle', { name: fullName(current) })
    : t('users.dialog.newTitle');
  const missing = [...new Set(warnings.map((w) => w.code))];

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="user-dialog-title">
      <FormProvider {...form}>
        {/* A flex column, so that the fields scroll and the buttons stay in view. */}
        <Box
          component="form"
          noValidate
          onSubmit={save}
          sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
        >
          <DialogTitle id="user-dialog-title">{title}</DialogTitle>
          <DialogContent>
            {missing.length > 0 && current && (
              <Alert severity="info" sx={{ mb: 2 }}>
                <AlertTitle>
                  {t(
                    missing.some(isIncomplete)
                      ? 'users.dialog.savedIncomplete'
                      : 'users.dialog.savedComplete',
                    { name: fullName(current) },
                  )}
                </AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {missingLong(t, missing).map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </Box>
              </Alert>
            )}
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
                columnGap: 2,
                rowGap: 2,
                pt: 1,
              }}
            >
              <FormTextField
                control={control}
                name="firstName"
                label={t('users.dialog.firstName')}
                required
                autoFocus
                autoComplete="off"
              />
              <FormTextField
                control={control}
                name="lastName"
                label={t('users.dialog.lastName')}
                required
                autoComplete="off"
              />
              <FormTextField
                control={control}
                name="email"
                type="email"
                label={t('users.dialog.email')}
                helperText={t('users.dialog.emailHelper')}
                autoComplete="off"
              />
              <FormTextField
                control={control}
                name="mobile"
                type="tel"
                label={t('users.dialog.mobile')}
                autoComplete="off"
              />
              <Box sx={current?.personnummerMasked ? span2 : undefined}>
                <PersonnummerField
                  key={current?.id ?? 'new'}
                  userId={current?.id ?? null}
                  masked={current?.personnummerMasked ?? null}
                />
              </Box>
              <FormTextField
                control={control}
                name="employeeNumber"
                label={t('users.dialog.employeeNumber')}
                helperText={t('users.dialog.employeeNumberHelper')}
                autoComplete="off"
              />
              <FormTextField
                control={control}
                name="salaryForm"
                select
                label={t('users.dialog.salaryForm')}
              >
                <MenuItem value="">{t('users.noSalaryForm')}</MenuItem>
                {SALARY_FORMS.map((form) => (
                  <MenuItem key={form} value={form}>
                    {t(`users.salaryForms.${form}`)}
                  </MenuItem>
                ))}
              </FormTextField>
              <FormTextField
                control={control}
                name="role"
                select
                label={t('users.dialog.role')}
                helperText={`${t(`users.dialog.roleHelp.${role}`)} ${t('users.dialog.roleHelper')}`}
              >
                {ROLES.map((r) => (
                  <MenuItem key={r} value={r}>
                    {t(`common.roles.${r}`)}
                  </MenuItem>
                ))}
              </FormTextField>
              <ApproverField
                index={index}
                selfId={selfId}
                storedName={current?.approverName ?? null}
              />
              <FormTextField
                control={control}
                name="profileId"
                select
                label={t('users.dialog.profile')}
              >
                {/* No profile named means the default one: "none" only while there is none. */}
                {profileId === '' && <MenuItem value="">{t('users.noProfile')}</MenuItem>}
                {profiles.map((profile) => (
                  <MenuItem key={profile.id} value={profile.id}>
                    {profile.name}
                  </MenuItem>
                ))}
              </FormTextField>
            </Box>
            {exceeded && (
              <Alert
                severity="warning"
                sx={{ mt: 2.5 }}
                action={
                  <Button color="inherit" size="small" onClick={() => setBuying(true)}>
                    {t('users.licences.buy')}
                  </Button>
                }
              >
                <AlertTitle>{t('users.licences.exceededTitle')}</AlertTitle>
                {t('users.licences.exceeded', { ...exceeded })}
              </Alert>
            )}
            {raisedTo !== null && (
              <Alert severity="success" sx={{ mt: 2.5 }}>
                {t('users.licences.raised', { count: raisedTo })}
              </Alert>
            )}
            {error && (
              <Box sx={{ mt: 2.5 }}>
                <ErrorAlert error={error} />
              </Box>
            )}
          </DialogContent>
          <DialogButtons
            onCancel={onClose}
            cancelLabel={current ? t('users.dialog.close') : t('app.cancel')}
            confirmLabel={current ? t('users.dialog.save') : t('users.dialog.add')}
            confirmDisabled={formState.isSubmitting}
          />
        </Box>
      </FormProvider>
      {stale && (
        <StaleDialog
          changes={staleChanges(
            userStaleFields(t),
            stale.read,
            stale.theirs,
            asStored(stale.read, stale.fields, index, profiles),
          )}
          changedBy={stale.changedBy}
          changedAt={stale.changedAt}
          busy={reapplying}
          onReapply={() => void reapply()}
          onReload={takeTheirs}
          onClose={() => setStale(null)}
        />
      )}
      {buying && (
        <LicencesDialog
          customerId={customerId}
          state={licences}
          prefill={exceeded?.needed}
          onClose={() => setBuying(false)}
          onSaved={(state) => {
            setBuying(false);
            setExceeded(null);
            setRaisedTo(state.licences);
            onLicencesChanged();
          }}
        />
      )}
    </Dialog>
  );
}

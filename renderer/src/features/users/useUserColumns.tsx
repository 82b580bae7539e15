import { useMemo, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Star from '@mui/icons-material/Star';
import StarBorder from '@mui/icons-material/StarBorder';
import {
  GridActionsCellItem,
  type GridColDef,
  type GridPreProcessEditCellProps,
  type GridRenderEditCellParams,
  type GridRowId,
} from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import {
  ROLES,
  SALARY_FORMS,
  type UserFields,
  type UserRow,
} from '../../../../shared/schemas/users';
import type { ReportingProfile } from '../../../../shared/settings/profiles';
import { visuallyHidden } from '../../components/visuallyHidden';
import { fieldErrorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/useFormat';
import { InvitationChip } from '../messaging/InvitationChip';
import { invitationLabel } from '../messaging/invitationState';
import { SelectEditCell, TextEditCell, type CellErrorProps } from './EditCells';
import { StatusChip } from './StatusChip';
import { approverChoices, cellError, fieldsOf, fullName, type UserIndex } from './userRules';
import { statusLabel } from './userTexts';

/** A value the services refused for one cell, kept so the cell can say why while it is open. */
export interface Refusal {
  id: string;
  field: keyof UserFields;
  value: unknown;
  code: string;
}

const swedish = new Intl.Collator('sv');
const bySwedish = (a: string, b: string) => swedish.compare(a ?? '', b ?? '');

const NULLABLE_CHOICES = new Set<keyof UserFields>(['salaryForm', 'approverId', 'profileId']);

/** A cell's edit value as the field's value: an empty choice is null, text is a string. */
export function fromCell(field: keyof UserFields, value: unknown): unknown {
  if (NULLABLE_CHOICES.has(field)) return value === '' || value == null ? null : value;
  return value == null ? '' : String(value);
}

/** The row with one cell's new value in it. */
export function withCell(row: UserRow, field: keyof UserFields, value: unknown): UserRow {
  return { ...row, [field]: fromCell(field, value) };
}

interface Options {
  /** Read when a cell is checked: the columns stay the same objects as the list changes. */
  indexRef: RefObject<UserIndex>;
  refusalRef: RefObject<Refusal | null>;
  profiles: readonly ReportingProfile[];
  onEdit: (row: UserRow) => void;
}

export function useUserColumns({
  indexRef,
  refusalRef,
  profiles,
  onEdit,
}: Options): GridColDef<UserRow>[] {
  const { t } = useTranslation();
  const { date } = useFormat();

  return useMemo((): GridColDef<UserRow>[] => {
    /** Runs the rules over the row with the typed value: an error keeps the cell open. */
    const check =
      (field: keyof UserFields) =>
      (params: GridPreProcessEditCellProps<unknown, UserRow>): CellErrorProps => {
        const { row, props } = params;
        const next = fieldsOf(withCell(row, field, props.value));
        const issue = cellError(indexRef.current, row, field, next);
        const refusal = refusalRef.current;
        const code =
          issue?.code ??
          (refusal &&
          refusal.id === row.id &&
          refusal.field === field &&
          refusal.value === props.value
            ? refusal.code
            : undefined);
        return {
          ...props,
          error: code !== undefined,
          errorText: code === undefined ? undefined : fieldErrorText(t, field, code),
        };
      };

    /** The approver's or profile's name: those columns hold ids but sort by name. */
    const nameOf = (id: GridRowId, key: 'approverName' | 'profileName') =>
      indexRef.current.byId.get(String(id))?.[key] ?? '';

    const text = (
      field: 'firstName' | 'lastName' | 'email' | 'mobile' | 'employeeNumber',
      width: number,
      extra: Partial<GridColDef<UserRow>> = {},
    ): GridColDef<UserRow> => ({
      field,
      headerName: t(`users.columns.${field}`),
      width,
      editable: true,
      preProcessEditCellProps: check(field),
      renderEditCell: (params: GridRenderEditCellParams<UserRow>) => <TextEditCell {...params} />,
      ...extra,
    });

    const choice = (
      field: 'salaryForm' | 'role' | 'approverId' | 'profileId',
      width: number,
      extra: Partial<GridColDef<UserRow>>,
    ): GridColDef<UserRow> =>
      ({
        field,
        type: 'singleSelect',
        width,
        editable: true,
        valueGetter: (value: unknown) => value ?? '',
        valueSetter: (value: unknown, row: UserRow) => withCell(row, field, value),
        preProcessEditCellProps: check(field),
        renderEditCell: (params: GridRenderEditCellParams<UserRow>) => (
          <SelectEditCell {...params} />
        ),
        ...extra,
      }) as GridColDef<UserRow>;

    return [
      {
        field: 'actions',
        type: 'actions',
        headerName: t('users.columns.edit'),
        width: 88,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<EditOutlined />}
            label={t('users.editLabel', { name: fullName(row) })}
            onClick={() => onEdit(row)}
          />,
        ],
      },
      {
        field: 'isPrimaryContact',
        headerName: t('users.columns.primaryContact'),
        description: t('users.primaryContactHint'),
        width: 56,
        sortable: true,
        align: 'center',
        headerAlign: 'center',
        renderHeader: () => (
          <>
            <StarBorder fontSize="small" aria-hidden />
            <Box component="span" sx={visuallyHidden}>
              {t('users.columns.primaryContact')}
            </Box>
          </>
        ),
        renderCell: ({ row }) =>
          row.isPrimaryContact ? (
            <Tooltip title={t('users.primaryContactHint')}>
              <Star
                color="primary"
                fontSize="small"
                role="img"
                aria-label={t('users.primaryContact')}
                sx={{ verticalAlign: 'middle' }}
              />
            </Tooltip>
          ) : null,
      },
      text('firstName', 120, { sortComparator: bySwedish }),
      text('lastName', 130, { sortComparator: bySwedish }),
      // The article's checks first, so that they need no sideways scroll at 1440 px.
      text('employeeNumber', 124, { cellClassName: 'tabular' }),
      choice('salaryForm', 120, {
        headerName: t('users.columns.salaryForm'),
        valueOptions: [
          { value: '', label: t('users.noSalaryForm') },
          ...SALARY_FORMS.map((form) => ({ value: form, label: t(`users.salaryForms.${form}`) })),
        ],
        valueFormatter: (value: string) => (value ? t(`users.salaryForms.${value}`) : ''),
      }),
      choice('role', 140, {
        headerName: t('users.columns.role'),
        valueOptions: ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) })),
        valueFormatter: (value: string) => (value ? t(`common.roles.${value}`) : ''),
      }),
      choice('approverId', 180, {
        headerName: t('users.columns.approver'),
        valueOptions: (params) => {
          const row = params.row as UserRow | undefined;
          const choices = row
            ? approverChoices(indexRef.current, row.id, row.role)
            : indexRef.current.approvers;
          return [
            { value: '', label: t('users.noApprover') },
            ...choices.map((user) => ({
              value: user.id,
              label:
                user.id === row?.id
                  ? t('users.selfSuffix', { name: fullName(user) })
                  : fullName(user),
            })),
          ];
        },
        valueFormatter: (_value: string, row: UserRow) =>
          row.approverId === null
            ? ''
            : row.approverId === row.id
              ? t('users.selfSuffix', { name: fullName(row) })
              : (row.approverName ?? ''),
        sortComparator: (_a, _b, p1, p2) =>
          bySwedish(nameOf(p1.id, 'approverName'), nameOf(p2.id, 'approverName')),
      }),
      {
        field: 'missing',
        headerName: t('users.columns.status'),
        width: 200,
        valueGetter: (_value, row) => statusLabel(t, row),
        renderCell: ({ row }) => <StatusChip row={row} />,
      },
      {
        field: 'invitation',
        headerName: t('messaging.invitation.column'),
        width: 190,
        valueGetter: (_value, row) => invitationLabel(t, row.invitation, date),
        renderCell: ({ row }) => <InvitationChip invitation={row.invitation} />,
      },
      text('email', 220),
      {
        field: 'personnummerMasked',
        headerName: t('users.columns.personnummer'),
        width: 140,
        cellClassName: 'tabular',
        valueGetter: (value: string | null) => value ?? '',
      },
      text('mobile', 130),
      choice('profileId', 170, {
        headerName: t('users.columns.profile'),
        // No profile named means the customer's default one: "none" is only for a user without.
        valueOptions: (params) => [
          ...((params.row as UserRow | undefined)?.profileId == null
            ? [{ value: '', label: t('users.noProfile') }]
            : []),
          ...profiles.map((profile) => ({ value: profile.id, label: profile.name })),
        ],
        valueFormatter: (_value: string, row: UserRow) => row.profileName ?? '',
        sortComparator: (_a, _b, p1, p2) =>
          bySwedish(nameOf(p1.id, 'profileName'), nameOf(p2.id, 'profileName')),
      }),
    ];
  }, [t, date, indexRef, refusalRef, profiles, onEdit]);
}

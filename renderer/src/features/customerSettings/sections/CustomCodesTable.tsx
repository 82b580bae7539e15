import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SectionData } from '../../../../../shared/settings/sections';
import { FormTextField } from '../../../components/form/FormTextField';
import { visuallyHidden } from '../../../components/visuallyHidden';

type TimeCodes = SectionData['timeCodes'];

const label = (text: string) => ({ htmlInput: { 'aria-label': text } });

/** The customer's own codes: code, name, time or absence, and the payroll system's code. */
export function CustomCodesTable({ control }: { control: Control<TimeCodes> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'custom' });
  const values = useWatch({ control, name: 'custom' });
  return (
    <>
      {fields.length > 0 && (
        <Table size="small" aria-label={t('timeSettings.timeCodes.custom')} sx={{ mb: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 110, pl: 0 }}>{t('timeSettings.timeCodes.code')}</TableCell>
              <TableCell>{t('timeSettings.timeCodes.name')}</TableCell>
              <TableCell sx={{ width: 140 }}>{t('timeSettings.timeCodes.kind')}</TableCell>
              <TableCell sx={{ width: 120 }}>{t('timeSettings.timeCodes.payrollCode')}</TableCell>
              <TableCell sx={{ width: 56 }}>
                <Box component="span" sx={visuallyHidden}>
                  {t('timeSettings.remove')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((row, index) => {
              const n = index + 1;
              const code =
                values[index]?.code.trim() || t('timeSettings.timeCodes.rowN', { row: n });
              return (
                <TableRow key={row.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ pl: 0 }}>
                    <FormTextField
                      control={control}
                      name={`custom.${index}.code`}
                      size="small"
                      slotProps={label(t('timeSettings.timeCodes.codeOf', { row: n }))}
                      invalidText={t('timeSettings.timeCodes.codeInvalid')}
                    />
                  </TableCell>
                  <TableCell>
                    <FormTextField
                      control={control}
                      name={`custom.${index}.name`}
                      size="small"
                      slotProps={label(t('timeSettings.timeCodes.nameOf', { row: n }))}
                      invalidText={t('timeSettings.timeCodes.nameInvalid')}
                    />
                  </TableCell>
                  <TableCell>
                    <FormTextField
                      control={control}
                      name={`custom.${index}.kind`}
                      select
                      size="small"
                      slotProps={{
                        select: {
                          inputProps: {
                            'aria-label': t('timeSettings.timeCodes.kindOf', { row: n }),
                          },
                        },
                      }}
                    >
                      <MenuItem value="time">{t('timeSettings.timeCodes.kinds.time')}</MenuItem>
                      <MenuItem value="absence">
                        {t('timeSettings.timeCodes.kinds.absence')}
                      </MenuItem>
                    </FormTextField>
                  </TableCell>
                  <TableCell>
                    <FormTextField
                      control={control}
                      name={`custom.${index}.payrollCode`}
                      size="small"
                      slotProps={label(t('timeSettings.timeCodes.payrollCodeOf', { row: n }))}
                      invalidText={t('timeSettings.timeCodes.payrollCodeInvalid')}
                    />
                  </TableCell>
                  <TableCell sx={{ pr: 0 }}>
                    <IconButton
                      aria-label={t('timeSettings.timeCodes.remove', { code })}
                      onClick={() => remove(index)}
                    >
                      <DeleteOutlined />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Button
        startIcon={<AddIcon />}
        onClick={() => append({ code: '', name: '', kind: 'time', payrollCode: '' })}
      >
        {t('timeSettings.timeCodes.add')}
      </Button>
    </>
  );
}

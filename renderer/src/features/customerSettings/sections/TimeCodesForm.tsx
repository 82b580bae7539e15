import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STANDARD_CODES, type StandardCode } from '../../../../../shared/settings/codes';
import type { SectionData } from '../../../../../shared/settings/sections';
import { CustomCodesTable } from './CustomCodesTable';
import { SectionForm, useSectionForm, type SectionFormProps } from './SectionForm';
import { SubHeading } from './SubHeading';
import { useSectionText } from './useSectionText';
import { legendSx } from '../../../components/form/legendSx';

type TimeCodes = SectionData['timeCodes'];

/** Ticking keeps the standard list's order, so the payroll file lists codes the same way. */
function toggled(enabled: readonly string[], code: string, on: boolean): string[] {
  const set = new Set(enabled);
  if (on) set.add(code);
  else set.delete(code);
  return STANDARD_CODES.map((c) => c.code).filter((c) => set.has(c));
}

function CodeGroup(props: {
  control: Control<TimeCodes>;
  kind: StandardCode['kind'];
  legend: string;
}) {
  const { t, i18n } = useTranslation();
  const codes = STANDARD_CODES.filter((c) => c.kind === props.kind);
  return (
    <Controller
      control={props.control}
      name="enabled"
      render={({ field }) => (
        <FormControl component="fieldset" sx={{ width: '100%' }}>
          <FormLabel component="legend" sx={{ ...legendSx, mb: 0.5 }}>
            {props.legend}
          </FormLabel>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('timeSettings.timeCodes.chosen', {
              count: codes.filter((c) => field.value.includes(c.code)).length,
              total: codes.length,
            })}
          </Typography>
          <FormGroup
            sx={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))',
              columnGap: 2,
            }}
          >
            {codes.map((code) => (
              <FormControlLabel
                key={code.code}
                control={
                  <Checkbox
                    size="small"
                    checked={field.value.includes(code.code)}
                    onChange={(event) =>
                      field.onChange(toggled(field.value, code.code, event.target.checked))
                    }
                  />
                }
                label={
                  <>
                    <Box
                      component="span"
                      sx={{
                        fontWeight: 600,
                        fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                      }}
                    >
                      {code.code}
                    </Box>{' '}
                    {i18n.language === 'en' ? code.en : code.sv}
                  </>
                }
              />
            ))}
          </FormGroup>
        </FormControl>
      )}
    />
  );
}

export function TimeCodesForm(props: SectionFormProps<'timeCodes'>) {
  const form = useSectionForm('timeCodes', props.state);
  const k = useSectionText('timeCodes');
  return (
    <SectionForm form={form} {...props}>
      <Box sx={{ display: 'grid', gap: 3 }}>
        <CodeGroup control={form.control} kind="time" legend={k('time')} />
        <CodeGroup control={form.control} kind="absence" legend={k('absence')} />
      </Box>
      <SubHeading help={k('customHelp')}>{k('custom')}</SubHeading>
      <CustomCodesTable control={form.control} />
    </SectionForm>
  );
}

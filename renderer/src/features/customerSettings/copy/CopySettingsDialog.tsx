import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/schemas/customer';
import { useQuery } from '../../../api/hooks';
import { useMutation } from '../../../api/useMutation';
import { DialogButtons } from '../../../components/DialogButtons';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../i18n/useFormat';
import { filterCustomers } from '../../portfolio/filterCustomers';
import { legendSx } from '../../../components/form/legendSx';

interface Props {
  customerId: string;
  onClose: () => void;
  /** The name of what was copied, for the confirmation. */
  onCopied: (from: string) => void;
}

type Source = 'customer' | 'template';

/**
 * Replaces this customer's five sections and profiles with another customer's or a bureau
 * template's. The review marks are cleared: staff confirm each part for this customer.
 */
export function CopySettingsDialog({ customerId, onClose, onCopied }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const [source, setSource] = useState<Source>('customer');
  const [customer, setCustomer] = useState<CustomerRow | null>(null);
  const [templateId, setTemplateId] = useState('');
  const copying = useMutation('settings:copy');
  const customers = useQuery('customers:list', {});
  const templates = useQuery('templates:list', {});
  const others = (customers.data ?? []).filter((c) => c.id !== customerId);
  const template = templates.data?.find((tpl) => tpl.id === templateId);
  const ready = source === 'customer' ? customer !== null : template !== undefined;

  async function copy() {
    if (!ready) return;
    const from = source === 'customer' && customer ? { customerId: customer.id } : { templateId };
    const result = await copying.run({ toCustomerId: customerId, from });
    if (!result.ok) return;
    onCopied(source === 'customer' ? (customer?.name ?? '') : (template?.name ?? ''));
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('copy.title')}</DialogTitle>
      <DialogContent>
        <FormControl component="fieldset" sx={{ mb: 2 }}>
          <FormLabel component="legend" sx={legendSx}>
            {t('copy.from')}
          </FormLabel>
          <RadioGroup
            row
            name="copy-source"
            value={source}
            onChange={(event) => setSource(event.target.value as Source)}
          >
            <FormControlLabel value="customer" control={<Radio />} label={t('copy.fromCustomer')} />
            <FormControlLabel value="template" control={<Radio />} label={t('copy.fromTemplate')} />
          </RadioGroup>
        </FormControl>

        {source === 'customer' ? (
          <Autocomplete
            options={others}
            value={customer}
            onChange={(_, value) => setCustomer(value)}
            loading={customers.loading}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={(options, state) =>
              filterCustomers(options, state.inputValue).slice(0, 50)
            }
            noOptionsText={t('copy.noCustomer')}
            loadingText={t('app.loading')}
            renderOption={(props, option) => {
              const { key, ...rest } = props;
              return (
                <Box component="li" key={key} {...rest}>
                  <Box>
                    <Typography>{option.name}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {option.orgnr}
                    </Typography>
                  </Box>
                </Box>
              );
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('copy.customer')}
                helperText={t('copy.customerHelp')}
              />
            )}
          />
        ) : templates.data && templates.data.length === 0 ? (
          <Alert severity="info">{t('copy.noTemplates')}</Alert>
        ) : (
          <FormControl component="fieldset" sx={{ width: '100%' }}>
            <FormLabel component="legend" sx={legendSx}>
              {t('copy.template')}
            </FormLabel>
            <RadioGroup
              name="copy-template"
              value={templateId}
              onChange={(event) => setTemplateId(event.target.value)}
            >
              {(templates.data ?? []).map((tpl) => (
                <FormControlLabel
                  key={tpl.id}
                  value={tpl.id}
                  control={<Radio />}
                  sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { mt: -0.5 }, mb: 1 }}
                  label={
                    <>
                      <Typography>{tpl.name}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t('copy.templateDetails', {
                          profiles: tpl.profileNames.join(', '),
                          date: format.date(tpl.createdAt),
                        })}
                      </Typography>
                    </>
                  }
                />
              ))}
            </RadioGroup>
          </FormControl>
        )}

        <Alert severity="warning" sx={{ mt: 2.5 }}>
          {t('copy.warning')}
        </Alert>
        <Box sx={{ mt: 2 }}>
          <ErrorAlert error={copying.error ?? customers.error ?? templates.error} />
        </Box>
      </DialogContent>
      <DialogButtons
        onCancel={onClose}
        cancelFocused
        confirmLabel={t('copy.confirm')}
        confirmColor="warning"
        confirmDisabled={!ready || copying.busy}
        onConfirm={() => void copy()}
      />
    </Dialog>
  );
}

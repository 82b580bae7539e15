import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceList, PriceListInput } from '../../../../shared/schemas/invoices';
import { ApiError, invoke } from '../../api/client';
import { useNotify } from '../../components/Notifier';
import { useFormat } from '../../i18n/useFormat';
import { serverIssues } from '../collaboration/serverIssues';
import {
  issuesInFile,
  readPriceListFile,
  type FileProblem,
  type FileWarningKind,
} from './importFile';

/** Why a file was not imported: its own problems, or the services' refusal. */
export interface ImportFailure {
  fileName: string;
  problems: FileProblem[];
  error: ApiError | null;
}

/** A file imported with something unusual in it: said, not refused. */
export interface ImportWarnings {
  fileName: string;
  warnings: FileProblem<FileWarningKind>[];
}

interface Pending {
  fileName: string;
  input: PriceListInput;
}

/**
 * "Importera från fil…": the file is read and checked here, then sent to prices:save as it is. A
 * file dated like an existing version replaces it, so that is asked first.
 */
export function usePriceImport(versions: readonly PriceList[] | undefined) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormat();
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [warned, setWarned] = useState<ImportWarnings | null>(null);
  const [replacing, setReplacing] = useState<Pending | null>(null);

  async function save({ fileName, input }: Pending) {
    setReplacing(null);
    const result = await invoke('prices:save', input);
    if (!result.ok) {
      const problems = issuesInFile(serverIssues(result.error.details), input) as FileProblem[];
      setFailure({ fileName, problems, error: new ApiError(result.error) });
      return;
    }
    const warnings = issuesInFile(result.value.warnings, input);
    if (warnings.length > 0) {
      setWarned({ fileName, warnings: warnings as FileProblem<FileWarningKind>[] });
    }
    notify(t('prices.imported', { date: format.date(result.value.effectiveFrom) }));
  }

  async function read(file: File) {
    setFailure(null);
    setWarned(null);
    const read = readPriceListFile(await file.text());
    if (!read.ok) {
      setFailure({ fileName: file.name, problems: read.problems, error: null });
      return;
    }
    const pending = { fileName: file.name, input: read.input };
    const same = versions?.some((v) => v.effectiveFrom === read.input.effectiveFrom);
    if (same) setReplacing(pending);
    else await save(pending);
  }

  return {
    failure,
    dismiss: () => setFailure(null),
    warned,
    dismissWarnings: () => setWarned(null),
    read,
    replacing,
    confirmReplace: () => replacing && void save(replacing),
    cancelReplace: () => setReplacing(null),
  };
}

import { z } from 'zod';
import { base64, id } from './common';
import { MAX_FILE_BASE64_CHARS } from '../contract/limits';

/** The fields an imported column can hold (DESIGN.md section 5). */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'emailHome',
  'personnummer',
  'mobile',
  'employeeNumber',
  'salaryForm',
  'role',
  'approver',
  'profile',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column index per field: what the user may correct, remembered per customer. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const columnMappingSchema = z.partialRecord(
  z.enum(IMPORT_FIELDS),
  z.number().int().min(0).max(500),
);

export const usersImportSchema = z
  .object({
    customerId: id,
    fileName: z.string().min(1).max(260),
    /** The file's bytes, base64: at most about 50 MB. */
    contentBase64: base64(MAX_FILE_BASE64_CHARS),
    dryRun: z.boolean(),
    mapping: columnMappingSchema.optional(),
  })
  .strict();

/** A file already read into text cells: what the preview edits and sends back to be checked. */
export const importTableSchema = z
  .object({
    format: z.enum(['csv', 'txt', 'xlsx', 'paxml']),
    encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
    delimiter: z.enum([';', ',', '\t']).nullable(),
    headers: z.array(z.string().max(500)).max(500),
    rows: z
      .array(
        z
          .object({ line: z.number().int().min(1), cells: z.array(z.string().max(2000)).max(500) })
          .strict(),
      )
      .max(200_000),
    notes: z
      .array(
        z
          .object({
            line: z.number().int(),
            column: z.string().max(500),
            code: z.enum(['number.scientific', 'number.leadingZerosLost']),
            value: z.string().max(2000),
          })
          .strict(),
      )
      .max(200_000),
  })
  .strict();
export type ImportTable = z.infer<typeof importTableSchema>;

export const importReadSchema = z
  .object({
    customerId: id,
    fileName: z.string().min(1).max(260),
    contentBase64: base64(MAX_FILE_BASE64_CHARS),
  })
  .strict();

/** One cell staff corrected in the preview; a short row grows to reach the column. */
export const cellEditSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(0).max(499),
    value: z.string().max(2000),
  })
  .strict();
export type CellEdit = z.infer<typeof cellEditSchema>;

/**
 * A table and its mapping, checked (a dry run, never a write) or committed: either the whole
 * table (scripts), or the one the core kept when it read the file (`session`) with the cells
 * staff corrected since, so that a 100,000-row file is not sent again at every check.
 */
export const importTableRequestSchema = z.union([
  z.object({ customerId: id, table: importTableSchema, mapping: columnMappingSchema }).strict(),
  z
    .object({
      customerId: id,
      session: z.string().uuid(),
      edits: z.array(cellEditSchema).max(200_000),
      mapping: columnMappingSchema,
    })
    .strict(),
]);
export type ImportTableRequest = z.infer<typeof importTableRequestSchema>;

export interface ImportPreview {
  /**
   * The ImportTable as JSON text: 100,000 rows cross the core's thread and the transport as one
   * string rather than a million objects to copy and collect; the window parses it.
   */
  tableJson: string;
  /** The file's column headers (the mapping's choices), as in the table. */
  headers: string[];
  /** The customer's remembered mapping when the headers are the same, else a guess. */
  mapping: ColumnMapping;
  remembered: boolean;
  /** The table as the core keeps it: a check or commit names it and sends only the edits. */
  session: string;
}

export const usersExportSchema = z
  .object({ customerId: id, format: z.enum(['csv', 'xlsx']) })
  .strict();

/** The import report of DESIGN.md section 6, field for field: scripts and other tools read it. */
export interface ImportIssue {
  row: number;
  field: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportReport {
  format: 'csv' | 'txt' | 'xlsx' | 'paxml';
  encoding: string | null;
  delimiter: string | null;
  rows: number;
  accepted: number;
  rejected: number;
  /** What this run wrote (a dry run: what a commit would write). 0 when the file is refused. */
  created: number;
  updated: number;
  unchanged: number;
  /**
   * When a file-level error (too few licences) refuses the whole file, nothing is written: the
   * counts above are 0 and these are what the accepted rows would have done. null otherwise.
   */
  wouldHave: ImportCounts | null;
  issues: ImportIssue[];
  fileIssues: { code: string; severity: 'error' | 'warning'; message: string; details?: unknown }[];
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * A report as the core answers it (users:importCheck, users:importCommit, users:import): the
 * ImportReport as JSON text. A file without personnummer has a warning on every row, 100,000
 * issues: as objects, unpacking them from the import's thread and packing them again for the
 * window stopped the core's thread for over a second; as one string they are only copied, and
 * whoever shows them (the window, the CLI) parses them with parseReport.
 */
export interface ImportReportText {
  reportJson: string;
}

export const parseReport = (text: ImportReportText): ImportReport =>
  JSON.parse(text.reportJson) as ImportReport;

export interface ImportResult extends ImportReportText {
  headers: string[];
  mapping: ColumnMapping;
}

export interface ExportFile {
  fileName: string;
  base64: string;
}

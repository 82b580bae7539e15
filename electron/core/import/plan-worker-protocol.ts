import type { AppErrorShape } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/schemas/import';
import type { PlanRequest, ReadTable, WriteStep } from './planner';

/** What the core asks its import thread; every message but drop and closePlan is answered. */
export type ToPlanWorker =
  | { id: number; kind: 'read'; fileName: string; bytes: Uint8Array }
  | { id: number; kind: 'plan'; request: PlanRequest; commit: boolean }
  | { id: number; kind: 'next'; plan: string }
  | { kind: 'drop'; session: string }
  | { kind: 'closePlan'; plan: string };

export interface PlanSummary {
  plan: string;
  report: ImportReport;
  headers: string[];
  refused: boolean;
  changed: number;
  contactUserIds: string[];
}

export type PlanWorkerValue = ReadTable | PlanSummary | WriteStep | null;

/** An answer; an error that is no AppError comes with a null code and is rethrown as it is. */
export type FromPlanWorker =
  | { id: number; ok: true; value: PlanWorkerValue }
  | { id: number; ok: false; error: AppErrorShape | { code: null; message: string } };

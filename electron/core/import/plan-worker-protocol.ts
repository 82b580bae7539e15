import type { ThreadReply } from '../threads/thread-protocol';
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
  reportJson: string;
  headers: string[];
  refused: boolean;
  changed: number;
  contactUserIds: string[];
}

export type PlanWorkerValue = ReadTable | PlanSummary | WriteStep | null;

/** An answer (threads/thread-protocol.ts). */
export type FromPlanWorker = ThreadReply<PlanWorkerValue>;

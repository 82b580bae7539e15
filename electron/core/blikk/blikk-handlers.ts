import type { Handlers } from '../../../shared/contract/handlers';
import type { ServiceContext } from '../context';
import {
  connect,
  disconnect,
  getBlikkSettings,
  getConnection,
  saveBlikkSettings,
  testConnection,
} from './connection-service';
import {
  cancelReconcileAll,
  lastReconciliation,
  reconcile,
  reconcileAll,
  resolveDifference,
} from './reconcile-service';

type BlikkChannel = Extract<keyof Handlers, `blikk:${string}`>;

/** Reconciling with Blikk: the connection per customer, reading back, resolving differences. */
export function createBlikkHandlers(ctx: ServiceContext): Pick<Handlers, BlikkChannel> {
  return {
    'blikk:getSettings': () => getBlikkSettings(ctx),
    'blikk:saveSettings': (input) => saveBlikkSettings(ctx, input),
    'blikk:getConnection': ({ customerId }) => getConnection(ctx, customerId),
    'blikk:connect': (input) => connect(ctx, input),
    'blikk:disconnect': ({ customerId }) => disconnect(ctx, customerId),
    'blikk:test': (input) => testConnection(ctx, input),
    'blikk:reconcile': ({ customerId }) => reconcile(ctx, customerId),
    'blikk:lastReconciliation': ({ customerId }) => lastReconciliation(ctx, customerId),
    'blikk:reconcileAll': (input) => reconcileAll(ctx, input),
    'blikk:cancelReconcileAll': () => cancelReconcileAll(ctx),
    'blikk:resolve': (input) => resolveDifference(ctx, input),
  };
}

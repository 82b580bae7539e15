import { AppError } from '../../../shared/errors';
import type {
  BlikkConnectInput,
  BlikkConnection,
  BlikkSettings,
  BlikkSettingsInput,
  BlikkTestInput,
  BlikkTestResult,
} from '../../../shared/schemas/blikk';
import type { ServiceContext } from '../context';
import type { BlikkCredentials } from './client';

const notBuilt = () => new AppError('internal', 'Inte byggt ännu');

export async function getBlikkSettings(_ctx: ServiceContext): Promise<BlikkSettings> {
  throw notBuilt();
}

export async function saveBlikkSettings(
  _ctx: ServiceContext,
  _input: BlikkSettingsInput,
): Promise<BlikkSettings> {
  throw notBuilt();
}

/** The address the client uses: KUNDSTART_BLIKK_API_URL, else the setting, else Blikk's. */
export async function blikkApiUrl(_ctx: ServiceContext): Promise<string> {
  throw notBuilt();
}

export async function getConnection(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<BlikkConnection | null> {
  throw notBuilt();
}

/** Stores the application id and the secret (encrypted with the data key); audited. */
export async function connect(
  _ctx: ServiceContext,
  _input: BlikkConnectInput,
): Promise<BlikkConnection> {
  throw notBuilt();
}

export async function disconnect(_ctx: ServiceContext, _customerId: string): Promise<null> {
  throw notBuilt();
}

/** Tests the stored connection (or typed credentials); records the outcome when stored. */
export async function testConnection(
  _ctx: ServiceContext,
  _input: BlikkTestInput,
): Promise<BlikkTestResult> {
  throw notBuilt();
}

/** The stored credentials unsealed, for the client; blikk.notConnected when there are none. */
export async function loadCredentials(
  _ctx: ServiceContext,
  _customerId: string,
): Promise<BlikkCredentials> {
  throw notBuilt();
}

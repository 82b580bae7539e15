import { AppError, type FieldIssue } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';
import {
  DEFAULT_BLIKK_API_URL,
  type BlikkConnectInput,
  type BlikkConnection,
  type BlikkSettings,
  type BlikkSettingsInput,
  type BlikkTestInput,
  type BlikkTestResult,
} from '../../../shared/schemas/blikk';
import { writeAudit } from '../audit/audit-service';
import { isoNow, type ServiceContext } from '../context';
import {
  BlikkConnectionEntity,
  BlikkSettingsEntity,
  type BlikkConnectionRow,
} from '../db/blikk-entities';
import { CustomerEntity } from '../db/entities';
import { assertNoErrors } from '../validation';
import {
  createBlikkClient,
  type BlikkClient,
  type BlikkClientOptions,
  type BlikkCredentials,
} from './client';
import { blikkUrlIssue, normalisedBlikkUrl } from '../../../shared/domain/blikk-url';

/** The environment variable that overrides the setting (tests, proxies). */
export const BLIKK_URL_ENV = 'KUNDSTART_BLIKK_API_URL';

/** Extra client options: tests shorten the waits; the services leave them at their defaults. */
export type ClientTuning = Omit<Partial<BlikkClientOptions>, 'baseUrl'>;

export async function getBlikkSettings(ctx: ServiceContext): Promise<BlikkSettings> {
  const row = await ctx.ds.getRepository(BlikkSettingsEntity).findOne({ where: { id: 1 } });
  const storedUrl = row?.apiUrl ?? '';
  const env = process.env[BLIKK_URL_ENV]?.trim();
  if (env) return { apiUrl: normalisedBlikkUrl(env), source: 'env', storedUrl };
  if (storedUrl) return { apiUrl: storedUrl, source: 'setting', storedUrl };
  return { apiUrl: DEFAULT_BLIKK_API_URL, source: 'default', storedUrl };
}

/** '' returns to Blikk's own address; else https, or http only to this machine. Audited. */
export async function saveBlikkSettings(
  ctx: ServiceContext,
  input: BlikkSettingsInput,
): Promise<BlikkSettings> {
  const typed = input.apiUrl.trim();
  assertNoErrors(issuesOf(typed));
  const apiUrl = typed === '' ? '' : normalisedBlikkUrl(typed);
  await ctx.ds.transaction(async (m) => {
    const before = await m.findOne(BlikkSettingsEntity, { where: { id: 1 } });
    if (before?.apiUrl === apiUrl) return;
    await m.save(BlikkSettingsEntity, { id: 1, apiUrl, updatedAt: isoNow(ctx) });
    await writeAudit(ctx, m, {
      entity: 'blikkSettings',
      entityId: '1',
      customerId: null,
      action: before ? 'update' : 'create',
      before: before ? { apiUrl: before.apiUrl } : null,
      after: { apiUrl },
      subject: '',
    });
  });
  return getBlikkSettings(ctx);
}

function issuesOf(url: string): FieldIssue[] {
  const code = url === '' ? null : blikkUrlIssue(url);
  return code ? [{ field: 'apiUrl', code, severity: 'error' }] : [];
}

/** The address the client uses: KUNDSTART_BLIKK_API_URL, else the setting, else Blikk's. */
export async function blikkApiUrl(ctx: ServiceContext): Promise<string> {
  const { apiUrl, source } = await getBlikkSettings(ctx);
  // The setting was checked when saved; the variable is checked here, where it is used.
  const issue = blikkUrlIssue(apiUrl);
  if (issue) throw new AppError(issue, errorsSv[issue], { source, field: 'apiUrl' });
  return apiUrl;
}

export async function getConnection(
  ctx: ServiceContext,
  customerId: string,
): Promise<BlikkConnection | null> {
  const row = await ctx.ds.getRepository(BlikkConnectionEntity).findOne({ where: { customerId } });
  return row ? toView(row) : null;
}

/** Stores the application id and the secret (encrypted with the data key); audited. */
export async function connect(
  ctx: ServiceContext,
  input: BlikkConnectInput,
): Promise<BlikkConnection> {
  const appId = input.appId.trim();
  assertNoErrors(credentialIssues(appId, input.appSecret));
  const now = isoNow(ctx);
  const saved = await ctx.ds.transaction(async (m) => {
    await assertCustomer(m, input.customerId);
    const before = await m.findOne(BlikkConnectionEntity, {
      where: { customerId: input.customerId },
    });
    const sameSecret = before !== null && ctx.cipher.decrypt(before.secretEnc) === input.appSecret;
    const unchanged = before !== null && before.appId === appId && sameSecret;
    const row: BlikkConnectionRow = {
      customerId: input.customerId,
      appId,
      secretEnc: sameSecret && before ? before.secretEnc : ctx.cipher.encrypt(input.appSecret),
      createdAt: before?.createdAt ?? now,
      updatedAt: unchanged && before ? before.updatedAt : now,
      // Other credentials have not been tested, unless just now, typed in the dialog.
      testedAt: unchanged ? (before?.testedAt ?? null) : passedTest(ctx, input, appId),
      testCode: unchanged ? (before?.testCode ?? null) : null,
    };
    if (unchanged) return row;
    await m.save(BlikkConnectionEntity, row);
    await writeAudit(ctx, m, {
      entity: 'blikkConnection',
      entityId: input.customerId,
      customerId: input.customerId,
      action: before ? 'update' : 'create',
      before: before ? { appId: before.appId, secret: 'satt' } : null,
      after: { appId, secret: before && !sameSecret ? 'bytt' : 'satt' },
      subject: appId,
    });
    return row;
  });
  ctx.emit('blikk:changed', { customerIds: [input.customerId] });
  return toView(saved);
}

function credentialIssues(appId: string, secret: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!appId) issues.push({ field: 'appId', code: 'input.invalid', severity: 'error' });
  if (!secret) issues.push({ field: 'appSecret', code: 'input.invalid', severity: 'error' });
  return issues;
}

/**
 * Removes the connection only: the last reconciliation stays readable (marked with its date),
 * as it does offline, until the customer is connected and reconciled again.
 */
export async function disconnect(ctx: ServiceContext, customerId: string): Promise<null> {
  const removed = await ctx.ds.transaction(async (m) => {
    const before = await m.findOne(BlikkConnectionEntity, { where: { customerId } });
    if (!before) return false;
    await m.delete(BlikkConnectionEntity, { customerId });
    await writeAudit(ctx, m, {
      entity: 'blikkConnection',
      entityId: customerId,
      customerId,
      action: 'delete',
      before: { appId: before.appId, secret: 'satt' },
      after: null,
      subject: before.appId,
    });
    return true;
  });
  if (removed) ctx.emit('blikk:changed', { customerIds: [customerId] });
  return null;
}

/**
 * Tests the stored connection, or the typed credentials (a typed id alone goes with the stored
 * secret). The stored connection's outcome is recorded (tested_at, test_code); a failure is
 * answered with its code all the same.
 */
export async function testConnection(
  ctx: ServiceContext,
  input: BlikkTestInput,
  tuning: ClientTuning = {},
): Promise<BlikkTestResult> {
  await assertCustomer(ctx.ds.manager, input.customerId);
  const stored = await ctx.ds
    .getRepository(BlikkConnectionEntity)
    .findOne({ where: { customerId: input.customerId } });
  const credentials = typedOrStored(ctx, input, stored);
  const isStored = stored !== null && sameCredentials(ctx, credentials, stored);
  const testedAt = isoNow(ctx);
  try {
    const { users } = await (await clientWith(ctx, credentials, tuning)).test();
    if (isStored) await recordTest(ctx, input.customerId, testedAt, null);
    else rememberPassed(ctx, input.customerId, credentials, testedAt);
    return { users, testedAt };
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'internal';
    if (isStored) await recordTest(ctx, input.customerId, testedAt, code);
    throw err;
  }
}

/**
 * Typed credentials that passed a test, by customer, so that saving the same ones right after
 * records that test: in memory only, the secret as its fingerprint, for PASSED_FOR_MS.
 */
const passedTyped = new Map<string, { appId: string; secretFp: string; at: string }>();
const PASSED_FOR_MS = 10 * 60_000;

function rememberPassed(ctx: ServiceContext, customerId: string, c: BlikkCredentials, at: string) {
  passedTyped.set(customerId, {
    appId: c.appId,
    secretFp: ctx.cipher.fingerprint(c.appSecret),
    at,
  });
}

/** When the credentials being saved are the ones that just passed a test: that test's time. */
function passedTest(ctx: ServiceContext, input: BlikkConnectInput, appId: string): string | null {
  const passed = passedTyped.get(input.customerId);
  passedTyped.delete(input.customerId);
  if (!passed || passed.appId !== appId) return null;
  if (passed.secretFp !== ctx.cipher.fingerprint(input.appSecret)) return null;
  return ctx.now().getTime() - Date.parse(passed.at) <= PASSED_FOR_MS ? passed.at : null;
}

function typedOrStored(
  ctx: ServiceContext,
  input: BlikkTestInput,
  stored: BlikkConnectionRow | null,
): BlikkCredentials {
  const appId = input.appId?.trim() || stored?.appId;
  const appSecret = input.appSecret || (stored ? ctx.cipher.decrypt(stored.secretEnc) : '');
  if (!appId || !appSecret) {
    throw new AppError('blikk.notConnected', errorsSv['blikk.notConnected']);
  }
  return { appId, appSecret };
}

function sameCredentials(ctx: ServiceContext, c: BlikkCredentials, row: BlikkConnectionRow) {
  return c.appId === row.appId && c.appSecret === ctx.cipher.decrypt(row.secretEnc);
}

async function recordTest(
  ctx: ServiceContext,
  customerId: string,
  testedAt: string,
  testCode: string | null,
): Promise<void> {
  await ctx.ds.getRepository(BlikkConnectionEntity).update({ customerId }, { testedAt, testCode });
  ctx.emit('blikk:changed', { customerIds: [customerId] });
}

/** The stored credentials unsealed, for the client; blikk.notConnected when there are none. */
export async function loadCredentials(
  ctx: ServiceContext,
  customerId: string,
): Promise<BlikkCredentials> {
  const row = await ctx.ds.getRepository(BlikkConnectionEntity).findOne({ where: { customerId } });
  if (!row)
    throw new AppError('blikk.notConnected', errorsSv['blikk.notConnected'], { customerId });
  return { appId: row.appId, appSecret: ctx.cipher.decrypt(row.secretEnc) };
}

/** The client for a connected customer, at the address in use and on the services' clock. */
export async function blikkClientFor(
  ctx: ServiceContext,
  customerId: string,
  tuning: ClientTuning = {},
): Promise<BlikkClient> {
  return clientWith(ctx, await loadCredentials(ctx, customerId), tuning);
}

async function clientWith(
  ctx: ServiceContext,
  credentials: BlikkCredentials,
  tuning: ClientTuning,
): Promise<BlikkClient> {
  return createBlikkClient(credentials, {
    baseUrl: await blikkApiUrl(ctx),
    now: ctx.now,
    ...tuning,
  });
}

async function assertCustomer(m: ServiceContext['ds']['manager'], customerId: string) {
  const customer = await m.findOne(CustomerEntity, { where: { id: customerId } });
  if (!customer) throw new AppError('customer.notFound', 'Kunden finns inte', { id: customerId });
}

function toView(row: BlikkConnectionRow): BlikkConnection {
  return {
    customerId: row.customerId,
    appId: row.appId,
    hasSecret: row.secretEnc !== '',
    connectedAt: row.createdAt,
    lastTest: row.testedAt ? { at: row.testedAt, code: row.testCode } : null,
  };
}

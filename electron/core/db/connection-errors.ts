import { AppError, type ErrorCode } from '../../../shared/errors';
import { errorsSv } from '../../../shared/errorMessages';

/**
 * Why a team database could not be reached, as one stable code with its Swedish message: for the
 * connection test (connection-test.ts) and for a start on that database (data-source.ts).
 */

/** PostgreSQL's SQLSTATE codes (appendix A of its manual) and Node's network codes, by answer. */
const BY_CODE: Record<string, ErrorCode> = {
  '28P01': 'db.auth', // invalid_password (also a role that does not exist, under scram)
  '28000': 'db.auth', // invalid_authorization_specification: no such role, no pg_hba entry
  '3D000': 'db.noDatabase', // invalid_catalog_name
  ENOTFOUND: 'db.unknownHost',
  EAI_AGAIN: 'db.unknownHost',
  EAI_NONAME: 'db.unknownHost',
  ECONNREFUSED: 'db.refused',
  ETIMEDOUT: 'db.timeout',
  EHOSTUNREACH: 'db.timeout',
  ENETUNREACH: 'db.timeout',
};

/** Node's TLS codes: a certificate that is not trusted, expired or names another host. */
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|EPROTO$)/;

/** What a failed connect means to staff: by the driver's or the network's code, never its text. */
export function connectionRefusal(err: unknown, tls: boolean): AppError {
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? BY_CODE[code] : undefined;
  if (known) return refusal(known);
  if (typeof code === 'string' && TLS_CODE.test(code)) return refusal('db.tls');
  if (isTimeout(err)) return refusal('db.timeout');
  // pg's own refusal of a server that offers no TLS, or gave a bad answer to the TLS request, has
  // no code: with TLS asked for and nothing from the server yet, it is the TLS step that failed.
  if (tls && code === undefined) return refusal('db.tls');
  return new AppError('db.connectionFailed', errorsSv['db.connectionFailed'], {
    cause: typeof code === 'string' ? code : 'unknown',
  });
}

/** pg's connectionTimeoutMillis ends the socket with this error (client.js), code-less. */
function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'timeout expired';
}

/** pg's rule (pg-connection-string): any sslmode but `disable`, or a certificate, asks for TLS. */
export function tlsRequested(url: string): boolean {
  const params = new URL(url).searchParams;
  const mode = params.get('sslmode');
  if (mode === 'disable') return false;
  return mode !== null || ['ssl', 'sslcert', 'sslkey', 'sslrootcert'].some((p) => params.has(p));
}

export function refusal(code: ErrorCode): AppError {
  return new AppError(code, errorsSv[code]);
}

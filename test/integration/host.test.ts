import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { MAX_REQUEST_BYTES } from '../../shared/contract/limits';
import type { OpenedCore } from '../../electron/core/open';
import { collaboration, openTestCore, tempDir } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let host: RunningHost;
let token: string;

beforeAll(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  mkdirSync(`${dir.dir}/renderer`);
  writeFileSync(`${dir.dir}/renderer/index.html`, '<!doctype html><title>Kundstart</title>');
  host = await startHost({ core, rendererDir: `${dir.dir}/renderer` });
  token = new URL(host.url).searchParams.get('token') ?? '';
});
afterAll(async () => {
  await host.close();
  await core.close();
  dir.cleanup();
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${host.port}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

/** A request with the path exactly as written: fetch() would normalise or refuse it first. */
function raw(path: string, method: 'GET' | 'POST') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = { authorization: `Bearer ${token}` };
    const req = request({ host: '127.0.0.1', port: host.port, path, method, headers }, (r) => {
      let body = '';
      r.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('the browser-mode host', () => {
  it('listens on loopback only and prints a URL with a random token', () => {
    // The socket itself, not the printed URL (which is built from a constant).
    const bound = host.address();
    expect(['127.0.0.1', '::1']).toContain(bound.address);
    expect(bound.port).toBe(host.port);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/customers/anything`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Kundstart</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses path traversal out of the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/..%2Fkundstart.db.key`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('<title>Kundstart</title>');
  });

  it.each(['/%', '/%E0%A4%A', '/%c0%ae', '/api/%E0%A4%A', '/api/customers%3A%c0%ae'])(
    'answers the malformed percent-encoding of %s with 400, not internal',
    async (path) => {
      const res = await raw(path, path.startsWith('/api/') ? 'POST' : 'GET');
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    },
  );

  it('reads //[ as a path of its own, not another host and not an internal error', async () => {
    const res = await raw('//[', 'GET');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Kundstart</title>');
  });

  it('answers JSON nested 5,000 levels deep with input.invalid and saves nothing', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const res = await post('drafts:save', `{"key":"deep","payload":${deep}}`);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const stored = await (await post('drafts:get', '{"key":"deep"}')).json();
    expect(stored).toEqual({ ok: true, value: null });
  });

  it('answers channels only with the token', async () => {
    const res = await post('customers:list', '{}', { authorization: 'Bearer wrong' });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'ipc.forbidden' } });
  });

  it('refuses another site (Origin) and DNS rebinding (Host)', async () => {
    const res = await post('customers:list', '{}', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/customers:list',
          method: 'POST',
          headers: { host: 'evil.example', authorization: `Bearer ${token}` },
        },
        (r) => resolve(r.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers malformed JSON and unknown channels with stable codes', async () => {
    expect(await (await post('customers:list', '{oops')).json()).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(await (await post('customers:nope', '{}')).json()).toMatchObject({
      ok: false,
      error: { code: 'channel.unknown' },
    });
  });

  it('creates through the contract and pushes customers:changed over SSE', async () => {
    const events = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${token}`);
    const reader = events.body!.getReader();
    const res = await post('customers:create', JSON.stringify(collaboration()));
    const body = (await res.json()) as { ok: boolean; value: { id: string } };
    expect(body.ok).toBe(true);
    let text = '';
    while (!text.includes('customers:changed')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain(`event: customers:changed\ndata: {"ids":["${body.value.id}"]}`);
    await reader.cancel();
  });
});

describe('one request limit on every transport', () => {
  /** A staff list of `bytes` bytes: a header, then the same user's row over and over. */
  const staffList = (bytes: number) => {
    const row = 'Anna;Ek;anna@akesson.example;1\n';
    const text = `Förnamn;Efternamn;E-post;Anställningsnummer\n${row.repeat(Math.ceil(bytes / row.length))}`;
    return Buffer.from(text, 'utf8').toString('base64');
  };

  it('reads a 3 MB staff list in browser mode, as the desktop app does over IPC', async () => {
    // The customer the contract test above created.
    const list = await core.dispatch('customers:list', {}, { transport: 'test' });
    const customerId = list.ok ? ((list.value as { id: string }[])[0]?.id ?? '') : '';
    const input = { customerId, fileName: 'personal.csv', contentBase64: staffList(3_000_000) };
    const res = await post('users:importRead', JSON.stringify(input));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value?: { tableJson: string } };
    expect(body.ok).toBe(true);
    const table = JSON.parse(body.value?.tableJson ?? '{}') as { rows: unknown[] };
    expect(table.rows.length).toBeGreaterThan(90_000);
    const ipc = await core.dispatch('users:importRead', input, { transport: 'ipc' });
    expect(ipc.ok).toBe(true);
  }, 60_000);

  it('refuses a request above the limit with input.invalid, over HTTP and over IPC alike', async () => {
    const tooBig = 'A'.repeat(MAX_REQUEST_BYTES);
    const input = { customerId: 'x', fileName: 'stor.csv', contentBase64: tooBig };
    const res = await post('users:importRead', JSON.stringify(input));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const ipc = await core.dispatch('users:importRead', input, { transport: 'ipc' });
    expect(ipc).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', message: 'För stor begäran' },
    });
  }, 60_000);
});

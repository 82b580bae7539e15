import type { ServerResponse } from 'node:http';
import type { Core } from '../core/core';

/** Server-Sent Events: every service event, as `event: <name>` / `data: <json>`. */
export function openEventStream(core: Core, res: ServerResponse, streams: Set<ServerResponse>) {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  streams.add(res);
  const unsubscribe = core.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // Proxies and sleeping laptops drop idle streams; a comment line every 25 s keeps it open.
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
    streams.delete(res);
  });
}

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../electron/core/static-files';
import { resolveAppUrl as resolveAsset } from '../../../electron/main/app-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'kundstart-assets-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'not for the page');
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('the app:// protocol serves the built renderer', () => {
  it('serves index.html at the root, with its MIME type', async () => {
    expect(await resolveAsset(root, 'app://kundstart/')).toEqual({
      status: 200,
      file: path.join(root, 'index.html'),
      type: 'text/html; charset=utf-8',
    });
  });

  it('serves scripts and styles with the types a strict page requires', async () => {
    const script = await resolveAsset(root, 'app://kundstart/assets/index-abc.js');
    const style = await resolveAsset(root, 'app://kundstart/assets/index-abc.css?v=1');
    expect(script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(style).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it('answers an unknown route with index.html, and a missing file with 404', async () => {
    expect(await resolveAsset(root, 'app://kundstart/customers/42')).toMatchObject({
      status: 200,
      file: path.join(root, 'index.html'),
    });
    expect(await resolveAsset(root, 'app://kundstart/assets/gone.js')).toEqual({ status: 404 });
  });

  it.each([
    'app://kundstart/..%2fsecret.txt',
    'app://kundstart/assets/..%2f..%2fsecret.txt',
    'app://kundstart/%2e%2e%2fsecret.txt',
    'app://kundstart/..%5csecret.txt',
    'app://kundstart/index.html%00.js',
  ])('refuses %s, which reaches outside the renderer folder', async (url) => {
    const asset = await resolveAsset(root, url);
    expect(asset.status).not.toBe(200);
  });

  it('never serves a file outside the folder, whatever the URL parser normalises', async () => {
    const asset = await resolveAsset(root, 'app://kundstart/../secret.txt');
    expect(asset.status === 200 ? asset.file : null).not.toBe(path.join(base, 'secret.txt'));
  });

  it('serves nothing for another host', async () => {
    expect(await resolveAsset(root, 'app://other/index.html')).toEqual({ status: 404 });
  });
});

describe('one set of path rules for the app:// protocol and the browser-mode host', () => {
  it.each(['/%', '/%E0%A4%A', '/%c0%ae', '/assets/%ZZ.js'])(
    'answers the malformed percent-encoding of %s with 400',
    async (urlPath) => {
      expect(await resolveStaticFile(root, urlPath)).toEqual({ status: 400 });
    },
  );

  it.each([
    ['an encoded ..', '/..%2fsecret.txt'],
    ['an encoded .. that would stay inside', '/assets/%2e%2e/index.html'],
    ['a NUL', '/index.html%00.js'],
    ['a backslash', '/..%5c..%5csecret.txt'],
    ['a drive letter', '/C:%5cWindows%5cwin.ini'],
    ['an NTFS stream', '/index.html::$DATA'],
  ])('refuses %s (%s) with 403', async (_, urlPath) => {
    expect(await resolveStaticFile(root, urlPath)).toEqual({ status: 403 });
  });

  it('reads an absolute path as a path inside the folder', async () => {
    const asset = await resolveStaticFile(root, `/${base}/secret.txt`);
    expect(asset.status === 200 ? asset.file : null).not.toBe(path.join(base, 'secret.txt'));
  });

  it('falls back to index.html only for routes without an extension', async () => {
    expect(await resolveStaticFile(root, '/users/import')).toMatchObject({ status: 200 });
    expect(await resolveStaticFile(root, '/secret.txt')).toEqual({ status: 404 });
  });

  it('says the renderer is not built (503) when index.html is missing', async () => {
    expect(await resolveStaticFile(path.join(base, 'empty'), '/customers')).toEqual({
      status: 503,
    });
  });
});

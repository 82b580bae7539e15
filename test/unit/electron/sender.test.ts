import { describe, expect, it } from 'vitest';
import { externalUrl } from '../../../electron/main/app-url';
import { isTrustedSender, type SenderFacts } from '../../../electron/ipc/sender';

const ourWindows = new Set([1, 2]);
const ownTopFrame: SenderFacts = {
  url: 'app://kundstart/#/customers',
  isTopFrame: true,
  windowId: 1,
};

describe('the IPC sender check', () => {
  it('accepts the top frame of one of our windows showing our own page', () => {
    expect(isTrustedSender(ownTopFrame, ourWindows)).toBe(true);
    expect(
      isTrustedSender({ ...ownTopFrame, url: 'app://kundstart/', windowId: 2 }, ourWindows),
    ).toBe(true);
  });

  it('refuses a sub-frame, even one on our own origin', () => {
    expect(isTrustedSender({ ...ownTopFrame, isTopFrame: false }, ourWindows)).toBe(false);
  });

  it.each([
    ['another host on our scheme', 'app://evil/'],
    ['our host with a port', 'app://kundstart:8080/'],
    ['our host with credentials', 'app://user:pw@kundstart/'],
    ['a local file', 'file:///work/main/dist/renderer/index.html'],
    ['a local web server', 'http://localhost:5173/'],
    ['the browser-mode host', 'http://127.0.0.1:4000/'],
    ['a web site', 'https://kundstart.example/'],
    ['a blank page', 'about:blank'],
    ['a data URL', 'data:text/html,<p>hi</p>'],
    ['an empty URL', ''],
    ['a frame already gone', undefined],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSender({ ...ownTopFrame, url }, ourWindows)).toBe(false);
  });

  it('refuses a window the shell did not create, or none at all', () => {
    expect(isTrustedSender({ ...ownTopFrame, windowId: 3 }, ourWindows)).toBe(false);
    expect(isTrustedSender({ ...ownTopFrame, windowId: undefined }, ourWindows)).toBe(false);
    expect(isTrustedSender(ownTopFrame, new Set())).toBe(false);
  });
});

describe('links that leave the app', () => {
  it('open externally only for https: and mailto:', () => {
    expect(externalUrl('https://www.blikk.se/easy')).toBe('https://www.blikk.se/easy');
    expect(externalUrl('mailto:support@example.se')).toBe('mailto:support@example.se');
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'app://kundstart/',
      'not a url',
    ]) {
      expect(externalUrl(url)).toBeNull();
    }
  });
});

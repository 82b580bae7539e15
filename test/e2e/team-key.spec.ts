import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { fileKeyStore } from '../../electron/core/crypto/key-file';
import { wrapTeamKey } from '../../electron/core/crypto/key-transfer';
import { openCore } from '../../electron/core/open';
import { startTestCluster, type TestCluster } from '../support/postgres';
import { ServedApp } from './host';

const PASSPHRASE = 'korrekt häst batteri';

let app: ServedApp;
let cluster: TestCluster;
let keyFile: string;
test.beforeAll(async () => {
  cluster = await startTestCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE team_key_ui');
  await admin.end();
});
test.afterAll(() => cluster.stop());
test.beforeEach(async () => {
  app = new ServedApp();
  // A colleague opened the team database first (its key and check value), then exported the key.
  const url = new URL(cluster.url);
  url.pathname = '/team_key_ui';
  const colleagueKey = join(app.dir, 'kollega.key');
  const core = await openCore({
    dbFile: url.toString(),
    mode: 'cli',
    keyStore: fileKeyStore(colleagueKey),
    version: '0.0.0-test',
  });
  await core.close();
  const key = Buffer.from(readFileSync(colleagueKey, 'utf8').trim(), 'base64');
  keyFile = join(app.dir, 'teamets-nyckel.json');
  writeFileSync(keyFile, await wrapTeamKey(key, PASSPHRASE));
});
test.afterEach(async () => {
  await app.dispose();
});

test('Inställningar → Databas imports the team key: a wrong passphrase is refused in Swedish, the right one stored', async ({
  page,
}) => {
  await page.goto(await app.start({ XDG_CONFIG_HOME: join(app.dir, 'config') }));
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const card = page.getByRole('region', { name: 'Databas', exact: true });
  await card.getByRole('radio', { name: 'Teamdatabas (PostgreSQL)' }).check();
  const section = card.getByRole('region', { name: 'Teamets nyckel' });
  await expect(section.getByText(/krypterade med en nyckel som alla i teamet delar/)).toBeVisible();
  // Export needs Kundstart to run on the team database; this start runs on its own file.
  await expect(section.getByRole('button', { name: 'Exportera nyckel…' })).toBeDisabled();

  const { port } = new URL(cluster.url);
  await card.getByRole('textbox', { name: 'Server' }).fill('127.0.0.1');
  await card.getByRole('textbox', { name: 'Port' }).fill(port);
  await card.getByRole('textbox', { name: 'Databas', exact: true }).fill('team_key_ui');
  await card.getByRole('textbox', { name: 'Användare' }).fill('kundstart');
  await card.getByRole('combobox', { name: 'TLS (kryptering)' }).click();
  await page.getByRole('option', { name: /Okrypterad/ }).click();

  await section.getByRole('button', { name: 'Importera nyckel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera teamets nyckel' });
  await dialog.getByLabel('Nyckelfil').setInputFiles(keyFile);
  await expect(dialog.getByText('teamets-nyckel.json')).toBeVisible();
  await dialog.getByLabel('Lösenfras').fill('fel lösenfras');
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByText(/Lösenfrasen stämmer inte för nyckelfilen/)).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/team-key-refused.png', fullPage: true });

  await dialog.getByLabel('Lösenfras').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Teamets nyckel är importerad/)).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/team-key-imported.png', fullPage: true });
});

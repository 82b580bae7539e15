import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InviteLine } from '../../electron/cli/commands/invite';
import { customerWithTeam, person, PNR, saveMailSettings, type Team } from './invitations-support';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { kundstartAsync, openTestCore, tempDir, value } from './support';

/** Every call starts the real CLI through tsx (1.5 s, more on a busy machine). */
const SLOW = { timeout: 120_000 };
const ORGNR = '559244-0001';

let dir: { dir: string; cleanup: () => void };
let smtp: TestSmtp;
let db: string;
let team: Team;
let frida: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.stop());

/** A customer with four users (one incomplete) and one without e-mail, the server on loopback. */
beforeEach(async () => {
  dir = tempDir();
  db = `${dir.dir}/kundstart.db`;
  smtp.received.length = 0;
  smtp.behaviour.refuseRecipients = [];
  const core = await openTestCore(db);
  try {
    team = await customerWithTeam(core);
    await saveMailSettings(core, smtp.port);
    const fields = person({
      firstName: 'Frida',
      lastName: 'Nyström',
      email: '',
      personnummer: PNR[2],
      employeeNumber: '5',
      approverId: team.boss,
    });
    frida = (await value(core, 'users:save', { customerId: team.customerId, fields })).user.id;
  } finally {
    await core.close();
  }
});
afterEach(() => dir.cleanup());

const kundstart = (...args: string[]) => kundstartAsync(db, ...args);
const outcomes = (lines: InviteLine[]) => lines.map((l) => [l.user, l.outcome, l.reason]);

describe('kundstart invite', SLOW, () => {
  it('--all-complete sends one welcome per complete user, and nothing the second time', async () => {
    const first = await kundstart('invite', '--customer', ORGNR, '--all-complete', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(outcomes(first.json() as InviteLine[])).toEqual([
      ['Britt Ås', 'sent', null],
      ['Cecilia Öberg', 'sent', null],
      ['David Ek', 'sent', null],
    ]);
    expect(smtp.recipients().sort()).toEqual([
      'britt@akesson.example',
      'cecilia@akesson.example',
      'david@akesson.example',
    ]);
    const second = await kundstart('invite', '--customer', ORGNR, '--all-complete', '--json');
    expect(second.code, second.stderr).toBe(0);
    expect((second.json() as InviteLine[]).map((l) => [l.outcome, l.reason])).toEqual(
      Array(3).fill(['skipped', 'invite.alreadyInvited']),
    );
    expect(smtp.received).toHaveLength(3);
  });

  it('refuses named incomplete users, naming what each lacks and the flag that invites anyway', async () => {
    const r = await kundstart('invite', '--customer', ORGNR, '--user', team.incomplete);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Erik Lund: saknar anställningsnummer');
    expect(r.stderr).toContain('--include-incomplete');
    expect(smtp.received).toHaveLength(0);
    const confirmed = await kundstart(
      'invite',
      '--customer',
      ORGNR,
      '--user',
      team.incomplete,
      '--include-incomplete',
      '--json',
    );
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(outcomes(confirmed.json() as InviteLine[])).toEqual([['Erik Lund', 'sent', null]]);
    expect(smtp.recipients()).toEqual(['erik@akesson.example']);
  });

  it('answers a user without e-mail with the BankID letter and says how to print it', async () => {
    const r = await kundstart('invite', '--customer', ORGNR, '--user', frida, '--user', team.boss);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Frida Nyström: ingen e-post: får BankID-brevet');
    expect(r.stdout).toContain(
      `kundstart --db ${db} letters --customer ${ORGNR} --out bankid-brev.pdf`,
    );
    expect(r.stdout).toContain('Britt Ås: välkomstmeddelandet är skickat');
    expect(smtp.recipients()).toEqual(['britt@akesson.example']);
    // The letter printed as told counts as her invitation: inviting her again skips her.
    const out = `${dir.dir}/bankid-brev.pdf`;
    expect((await kundstart('letters', '--customer', ORGNR, '--out', out)).code).toBe(0);
    const again = await kundstart('invite', '--customer', ORGNR, '--user', frida, '--json');
    expect(outcomes(again.json() as InviteLine[])).toEqual([
      ['Frida Nyström', 'skipped', 'invite.alreadyInvited'],
    ]);
  });

  it('--dry-run answers what would happen and sends nothing', async () => {
    const dry = await kundstart(
      'invite',
      '--customer',
      ORGNR,
      '--all-complete',
      '--dry-run',
      '--json',
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect((dry.json() as InviteLine[]).map((l) => l.outcome)).toEqual(Array(3).fill('queued'));
    expect(smtp.received).toHaveLength(0);
    const real = await kundstart('invite', '--customer', ORGNR, '--all-complete', '--json');
    expect((real.json() as InviteLine[]).map((l) => l.outcome)).toEqual(Array(3).fill('sent'));
  });

  it('answers a refused recipient as failed with the reason, and exits 1', async () => {
    smtp.behaviour.refuseRecipients = ['david@akesson.example'];
    const r = await kundstart('invite', '--customer', ORGNR, '--all-complete', '--json');
    expect(r.code).toBe(1);
    expect(outcomes(r.json() as InviteLine[])).toEqual([
      ['Britt Ås', 'sent', null],
      ['Cecilia Öberg', 'sent', null],
      ['David Ek', 'failed', 'mail.recipientRefused'],
    ]);
    expect(smtp.recipients().sort()).toEqual(['britt@akesson.example', 'cecilia@akesson.example']);
  });

  it('is a usage error (exit 2) without --all-complete or --user, or with both', async () => {
    const neither = await kundstart('invite', '--customer', ORGNR);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('ange antingen --all-complete eller --user ID');
    const both = await kundstart('invite', '--customer', ORGNR, '--all-complete', '--user', frida);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--all-complete');
  });
});

describe('kundstart contact inform', SLOW, () => {
  it('sends the summary to the primary contact and step 4 is done', async () => {
    const r = await kundstart('contact', 'inform', '--customer', ORGNR, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({
      to: { name: 'Örjan Åkesson', address: 'orjan@akesson-bygg.example' },
      outcome: 'sent',
      messaging: { contactInformed: { how: 'email' }, pendingSummaryId: null },
    });
    expect(smtp.recipients()).toEqual(['orjan@akesson-bygg.example']);
  });

  it('refuses (exit 1) when the contact has no e-mail, in a Swedish sentence', async () => {
    const core = await openTestCore(db);
    await core.context.ds.query(`UPDATE primary_contacts SET email = ''`);
    await core.close();
    const r = await kundstart('contact', 'inform', '--customer', ORGNR);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Kundens primära kontakt har ingen e-postadress');
    expect(smtp.received).toHaveLength(0);
  });
});

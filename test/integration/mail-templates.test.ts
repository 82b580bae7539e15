import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCore } from '../../electron/core/open';
import { renderMail } from '../../electron/core/mail/render';
import { sampleData } from '../../electron/core/mail/sample-data';
import { previewData } from '../../electron/core/mail/preview-data';
import type { UserFields } from '../../shared/schemas/users';
import { BUREAU, collaboration, invoke, openTestCore, snapshot, tempDir, value } from './support';

let dir: { dir: string; cleanup: () => void };
let core: OpenedCore;
let customerId: string;

function person(overrides: Partial<UserFields> = {}): UserFields {
  return {
    firstName: 'Åsa',
    lastName: 'Öberg',
    email: 'asa@akesson.example',
    personnummer: '189001159806',
    mobile: '',
    employeeNumber: '1',
    salaryForm: 'monthly',
    role: 'admin',
    approverId: null,
    profileId: null,
    ...overrides,
  };
}

async function addUser(fields: UserFields, id = crypto.randomUUID()) {
  return (await value(core, 'users:save', { customerId, id, fields })).user;
}

beforeEach(async () => {
  dir = tempDir();
  core = await openTestCore(`${dir.dir}/kundstart.db`);
  await value(core, 'bureau:save', BUREAU);
  customerId = (
    await value(core, 'customers:create', collaboration({ licences: 5, contact: null }))
  ).id;
});
afterEach(async () => {
  await core.close();
  dir.cleanup();
});

describe('the list of templates', () => {
  it('offers the four kinds in Swedish and English, all default, with their placeholders', async () => {
    const list = await value(core, 'mailTemplates:list', {});
    expect(list.map((t) => `${t.kind}.${t.language}`)).toEqual([
      'contactSummary.sv',
      'contactSummary.en',
      'welcome.sv',
      'welcome.en',
      'reminder.sv',
      'reminder.en',
      'bankidLetter.sv',
      'bankidLetter.en',
    ]);
    expect(list.every((t) => t.isDefault && t.updatedAt === null)).toBe(true);
    const welcome = list.find((t) => t.kind === 'welcome')!;
    expect(welcome.placeholders).toContain('user.firstName');
    expect(welcome.placeholders).toContain('user.hasPersonnummer');
    expect(list.find((t) => t.kind === 'contactSummary')!.placeholders).toContain('users.missing');
  });
});

describe('saving and resetting a template', () => {
  const edited = {
    kind: 'welcome' as const,
    language: 'sv' as const,
    subject: 'Hej {{user.firstName}} från {{bureau.name}}',
    body: 'Välkommen, {{user.name}}!\n\nMvh {{bureau.staffName}}',
  };

  it('saves the bureau’s text, used from then on for that kind and language only', async () => {
    const saved = await value(core, 'mailTemplates:save', edited);
    expect(saved).toMatchObject({ isDefault: false, subject: edited.subject });
    const list = await value(core, 'mailTemplates:list', {});
    expect(list.find((t) => t.kind === 'welcome' && t.language === 'sv')!.isDefault).toBe(false);
    expect(list.find((t) => t.kind === 'welcome' && t.language === 'en')!.isDefault).toBe(true);
    const data = sampleData('welcome', 'sv', null);
    const mail = await renderMail(core.context, 'welcome', 'sv', data);
    expect(mail.subject).toBe('Hej Örjan från Byrån');
    expect(mail.text).toBe('Välkommen, Örjan Lindqvist!\n\nMvh Åsa Ödman\n');
    const audit = await value(core, 'audit:list', {});
    expect(audit[0]).toMatchObject({
      entity: 'mailTemplate',
      entityId: 'welcome.sv',
      action: 'create',
      actor: 'Anna Ek',
    });
  });

  it('refuses an unknown placeholder or an unclosed section by its code and changes nothing', async () => {
    const before = await snapshot(core);
    const unknown = await invoke(core, 'mailTemplates:save', {
      ...edited,
      body: 'Hej {{user.fornamn}}',
    });
    expect(unknown.ok ? 'ok' : unknown.error).toMatchObject({
      code: 'mailTemplate.placeholder',
      details: { problems: [{ code: 'mailTemplate.placeholder', detail: 'user.fornamn' }] },
    });
    const unclosed = await invoke(core, 'mailTemplates:save', {
      ...edited,
      subject: '{{#user.hasPersonnummer}}BankID',
    });
    expect(unclosed.ok ? 'ok' : unclosed.error.code).toBe('mailTemplate.syntax');
    expect(await snapshot(core)).toEqual(before);
  });

  it('resets to the default text, deleting the row, and the audit log says so', async () => {
    await value(core, 'mailTemplates:save', edited);
    const reset = await value(core, 'mailTemplates:reset', { kind: 'welcome', language: 'sv' });
    expect(reset.isDefault).toBe(true);
    expect(reset.subject).toBe('Välkommen till Blikk, {{user.firstName}}');
    expect(await core.context.ds.query('SELECT * FROM mail_templates')).toEqual([]);
    expect((await value(core, 'audit:list', {}))[0]).toMatchObject({
      entity: 'mailTemplate',
      action: 'delete',
    });
  });
});

describe('the live preview', () => {
  it('renders unsaved text with sample data, answering problems instead of refusing', async () => {
    const preview = await value(core, 'mailTemplates:preview', {
      kind: 'welcome',
      language: 'sv',
      subject: 'Hej {{user.firstName}}',
      body: 'Hej {{user.firstName}} {{okänd}}\n\n{{#user.hasPersonnummer}}BankID',
    });
    expect(preview.subject).toBe('Hej Örjan');
    expect(preview.text).toContain('Hej Örjan');
    expect(preview.html).toContain('<p style=');
    expect(preview.problems).toHaveLength(2);
    expect(preview.problems).toEqual(
      expect.arrayContaining([
        { code: 'mailTemplate.placeholder', detail: 'okänd' },
        { code: 'mailTemplate.syntax', detail: 'user.hasPersonnummer' },
      ]),
    );
    expect(await core.context.ds.query('SELECT * FROM mail_templates')).toEqual([]);
  });

  it('uses the chosen customer’s first user the message would go to', async () => {
    await addUser(
      person({
        firstName: 'Bo',
        lastName: 'Ek',
        email: '',
        personnummer: '189002129808',
        employeeNumber: '2',
      }),
    );
    await addUser(person());
    const text = { subject: '{{user.name}}', body: '{{customer.name}}: {{user.email}}' };
    const welcome = await value(core, 'mailTemplates:preview', {
      kind: 'welcome',
      language: 'sv',
      customerId,
      ...text,
    });
    expect(welcome.subject).toBe('Åsa Öberg');
    expect(welcome.text).toBe('Åkesson Bygg & Måleri AB: asa@akesson.example\n');
    expect(welcome.html).toContain('Åkesson Bygg &amp; Måleri AB');
    const letter = await value(core, 'mailTemplates:preview', {
      kind: 'bankidLetter',
      language: 'sv',
      customerId,
      ...text,
    });
    expect(letter.subject).toBe('Bo Ek');
  });
});

describe('the default texts', () => {
  it('summarise for the contact who was created and what each lacks, in words of the language', async () => {
    const bossId = crypto.randomUUID();
    const boss = await addUser(person({ approverId: bossId }), bossId);
    await addUser(
      person({
        firstName: 'Göran',
        lastName: 'Ström',
        email: '',
        personnummer: '189001299800',
        employeeNumber: '',
        salaryForm: null,
        role: 'reporter',
        approverId: boss.id,
      }),
    );
    const data = await previewData(core.context, 'contactSummary', 'sv', customerId);
    const sv = await renderMail(core.context, 'contactSummary', 'sv', data);
    expect(sv.subject).toBe('Era användare i Blikk är upplagda – Åkesson Bygg & Måleri AB');
    expect(sv.text).toMatch(/^Hej!\n/); // the customer has no primary contact
    expect(sv.text).toContain('- Åsa Öberg (asa@akesson.example)\n');
    expect(sv.text).toContain(
      '- Göran Ström – saknar: anställningsnummer, löneform och e-postadress\n',
    );
    expect(sv.text).toContain('inbjudan med instruktioner för inloggning');
    expect(sv.text).toContain('BankID');
    expect(sv.text).toMatch(/Vänliga hälsningar\nAnna Ek\nRevisionsbyrån Ek & Ask AB\n$/);
    const en = await renderMail(core.context, 'contactSummary', 'en', data);
    expect(en.text).toContain(
      '- Göran Ström – missing: employee number, salary form, and e-mail address',
    );
    expect(en.text).toMatch(/Kind regards\nAnna Ek\nRevisionsbyrån Ek & Ask AB\n$/);
    expect(en.html).toContain(
      '<li>Göran Ström – missing: employee number, salary form, and e-mail address</li>',
    );
  });

  it('welcome a user by e-mail, the same login on desktop and mobile, BankID only with a personnummer', async () => {
    const withPnr = sampleData('welcome', 'sv', null);
    const sv = await renderMail(core.context, 'welcome', 'sv', withPnr);
    expect(sv.text).toContain('orjan.lindqvist@exempel.example');
    expect(sv.text).toContain('både på datorn och i appen Blikk i mobilen');
    expect(sv.text).toContain('BankID');
    const without = { ...withPnr, user: { ...withPnr.user, hasPersonnummer: false } };
    expect((await renderMail(core.context, 'welcome', 'sv', without)).text).not.toContain('BankID');
    const en = await renderMail(core.context, 'welcome', 'en', sampleData('welcome', 'en', null));
    expect(en.subject).toBe('Welcome to Blikk, Örjan');
    expect(en.text).toContain('both on the desktop and in the Blikk mobile app');
    expect(en.text).toContain('BankID');
  });

  it('remind and write the BankID letter in both languages', async () => {
    for (const language of ['sv', 'en'] as const) {
      const reminder = await renderMail(
        core.context,
        'reminder',
        language,
        sampleData('reminder', language, null),
      );
      expect(reminder.text).toMatch(/logga in|log in/);
      const letter = await renderMail(
        core.context,
        'bankidLetter',
        language,
        sampleData('bankidLetter', language, null),
      );
      expect(letter.subject).toContain('BankID');
      expect(letter.text).toMatch(/e-postadress när du blir ombedd|e-mail address when asked/);
    }
  });

  it("escape a name like <b>Ö'Brien & Co</b> in the HTML part and keep it whole in the text", async () => {
    const data = sampleData('welcome', 'sv', null);
    const named = { ...data, customer: { ...data.customer, name: "<b>Ö'Brien & Co</b>" } };
    const mail = await renderMail(core.context, 'welcome', 'sv', named);
    expect(mail.text).toContain("<b>Ö'Brien & Co</b> använder Blikk");
    expect(mail.html).toContain('&lt;b&gt;Ö&#39;Brien &amp; Co&lt;/b&gt; använder Blikk');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).not.toMatch(/<img|<script|https?:/i);
  });
});

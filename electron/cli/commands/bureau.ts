import type { Command } from 'commander';
import type { BureauProfile } from '../../../shared/schemas/bureau';
import { AppError } from '../../../shared/errors';
import type { MailSettings } from '../../../shared/schemas/mail';
import { validateMailSettings } from '../../core/mail/settings-service';
import type { OpenedCore } from '../../core/open';
import { assertNoErrors } from '../../core/validation';
import { call, withCore } from '../session';
import { note, print, type Output } from '../output';
import { CliRefusal } from '../refusal';
import type { GlobalOptions } from '../main';
import { mailInput, PASSWORD_ENV, type PasswordSource } from '../smtp-flags';

interface BureauSetOptions {
  name?: string;
  orgnr?: string;
  resellerAgreement?: string;
  agreementValidFrom?: string;
  staffName?: string;
  smtpUrl?: string;
  sender?: string;
  json?: boolean;
}

export function registerBureau(program: Command, globals: () => GlobalOptions): void {
  const bureau = program.command('bureau').description('byråns profil');
  bureau
    .command('set')
    .description('sätt byråns namn, organisationsnummer och återförsäljaravtal')
    .option('--name <name>', 'byråns namn')
    .option('--orgnr <nr>', 'byråns organisationsnummer')
    .option('--reseller-agreement <number|none>', 'avtalsnummer, eller none utan avtal')
    .option('--agreement-valid-from <YYYY-MM-DD>', 'avtalet gäller från')
    .option('--staff-name <name>', 'ditt namn, som det står i ändringsloggen')
    .option(
      '--smtp-url <url>',
      `byråns e-postserver, smtp[s]://ANVÄNDARE:LÖSENORD@SERVER:PORT (lösenordet hellre i ${PASSWORD_ENV})`,
    )
    .option('--sender <"Namn <adress>">', 'avsändare för byråns e-post')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: BureauSetOptions) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        let profile = await call(core, 'bureau:get', {});
        // The mail flags are checked first, so a refused address leaves the profile unsaved too.
        const mail = hasMailFlags(opts) ? await mailFromFlags(core, opts, profile) : null;
        // Only the mail flags: the profile stays as it is (and need not be complete).
        if (hasProfileFlags(opts) || !hasMailFlags(opts)) {
          profile = await call(core, 'bureau:save', merge(profile, opts));
        }
        if (!mail) {
          print(out, profile, () => describe(profile!));
          return;
        }
        const settings = await call(core, 'mail:saveSettings', mail.input);
        if (opts.smtpUrl !== undefined) note(PASSWORD_NOTES[mail.passwordFrom]);
        print(out, { ...profile, mail: settings, passwordFrom: mail.passwordFrom }, () =>
          [profile ? describe(profile) : null, describeMail(settings)].filter(Boolean).join('\n'),
        );
      });
    });
  bureau
    .command('test-mail')
    .description('skicka ett testmeddelande med byråns e-postinställningar')
    .option('--to <address>', 'mottagare (annars avsändarens egen adress)')
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: { to?: string; json?: boolean }) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        const sent = await call(
          core,
          'mail:test',
          opts.to === undefined ? {} : { to: opts.to },
        ).catch((err: unknown) => {
          throw notConfiguredHere(err);
        });
        print(
          out,
          { ok: true, ...sent },
          () => `Testmeddelandet skickades till ${sent.to}.\nServern svarade: ${sent.response}`,
        );
      });
    });
}

const PROFILE_FLAGS = [
  'name',
  'orgnr',
  'resellerAgreement',
  'agreementValidFrom',
  'staffName',
] as const;
const hasProfileFlags = (o: BureauSetOptions) => PROFILE_FLAGS.some((f) => o[f] !== undefined);
const hasMailFlags = (o: BureauSetOptions) => o.smtpUrl !== undefined || o.sender !== undefined;

const PASSWORD_NOTES: Record<PasswordSource, string> = {
  url: `Lösenordet togs från --smtp-url. Det hamnar i skalets historik: ange det hellre i ${PASSWORD_ENV}.`,
  env: `Lösenordet togs från ${PASSWORD_ENV}.`,
  kept: 'Inget nytt lösenord angavs; det sparade behålls.',
};

async function mailFromFlags(
  core: OpenedCore,
  opts: BureauSetOptions,
  profile: BureauProfile | null,
) {
  const current = await call(core, 'mail:getSettings', {});
  const mail = mailInput(current, opts, opts.name ?? profile?.name ?? '');
  assertNoErrors(validateMailSettings(mail.input));
  return mail;
}

/** The shared sentence points to the app's screen; on the command line the command says it. */
function notConfiguredHere(err: unknown): unknown {
  if (!(err instanceof AppError) || err.code !== 'mail.notConfigured') return err;
  return new CliRefusal(
    'mail.notConfigured',
    'Ingen e-postserver är inställd. Ange den med: kundstart bureau set --smtp-url smtp[s]://ANVÄNDARE@SERVER:PORT --sender "Namn <adress>"',
  );
}

const SECURITY_NAMES = { starttls: 'STARTTLS', tls: 'TLS', none: 'ingen kryptering' } as const;

function describeMail(m: MailSettings): string {
  const login = m.username
    ? `användare ${m.username}, ${m.hasPassword ? 'lösenord sparat' : 'inget lösenord'}`
    : 'ingen inloggning';
  const sender = m.senderName ? `${m.senderName} <${m.senderAddress}>` : m.senderAddress;
  return `E-post: ${m.host}:${m.port} (${SECURITY_NAMES[m.security]}), ${login}, avsändare ${sender}`;
}

/** `bureau set` changes only what it is given; the rest stays as stored. */
function merge(current: BureauProfile | null, opts: BureauSetOptions) {
  const agreement = opts.resellerAgreement?.trim();
  const hasAgreement =
    agreement === undefined
      ? Boolean(current?.resellerAgreement)
      : agreement.toLowerCase() !== 'none';
  return {
    name: opts.name ?? current?.name ?? '',
    orgnr: opts.orgnr ?? current?.orgnr ?? '',
    resellerAgreement: hasAgreement,
    agreementNumber: hasAgreement ? (agreement ?? current?.agreementNumber ?? null) : null,
    agreementValidFrom: hasAgreement
      ? (opts.agreementValidFrom ?? current?.agreementValidFrom ?? null)
      : null,
    staffName: opts.staffName ?? current?.staffName ?? process.env.USER ?? 'Byrån',
    // Saved over the version just read: a colleague's save in between is refused, not lost.
    ...(current ? { recordVersion: current.recordVersion } : {}),
  };
}

function describe(b: BureauProfile): string {
  const agreement = b.resellerAgreement
    ? `återförsäljaravtal ${b.agreementNumber ?? ''}${b.agreementValidFrom ? ` från ${b.agreementValidFrom}` : ''}`
    : 'inget återförsäljaravtal';
  return `${b.name} (${b.orgnr}), ${agreement}`;
}

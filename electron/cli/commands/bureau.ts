import type { Command } from 'commander';
import type { BureauProfile } from '../../../shared/schemas/bureau';
import { call, withCore } from '../session';
import { print, type Output } from '../output';
import type { GlobalOptions } from '../main';

interface BureauSetOptions {
  name?: string;
  orgnr?: string;
  resellerAgreement?: string;
  agreementValidFrom?: string;
  staffName?: string;
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
    .option('--json', 'skriv resultatet som JSON')
    .action(async (opts: BureauSetOptions) => {
      const out: Output = { json: Boolean(opts.json) };
      await withCore(globals().db, 'cli', async (core) => {
        const current = await call(core, 'bureau:get', {});
        const saved = await call(core, 'bureau:save', merge(current, opts));
        print(out, saved, () => describe(saved));
      });
    });
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
  };
}

function describe(b: BureauProfile): string {
  const agreement = b.resellerAgreement
    ? `återförsäljaravtal ${b.agreementNumber ?? ''}${b.agreementValidFrom ? ` från ${b.agreementValidFrom}` : ''}`
    : 'inget återförsäljaravtal';
  return `${b.name} (${b.orgnr}), ${agreement}`;
}

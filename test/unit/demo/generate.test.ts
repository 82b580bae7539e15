import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  demoStage,
  generateDemoCustomers,
  loadDemoIdentities,
  workingAgeIdentities,
} from '../../../electron/core/demo/generate';
import { validateCollaboration } from '../../../shared/domain/collaboration';
import { parseOrganisationsnummer } from '../../../shared/domain/organisationsnummer';
import { parsePersonnummer } from '../../../shared/domain/personnummer';
import { collaborationInputSchema } from '../../../shared/schemas/customer';

const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
const identities = loadDemoIdentities(resourcesDir);

describe('the demo command fills a bureau with plausible customers', () => {
  it("loads Skatteverket's 2,964 test personnummer shipped with the app", () => {
    expect(identities).toHaveLength(2964);
    expect(identities.every((n) => /^\d{12}$/.test(n))).toBe(true);
  });

  it.each([true, false])(
    'makes 5,000 customers that all pass validation (reseller agreement: %s)',
    (hasResellerAgreement) => {
      const customers = generateDemoCustomers(5000, { seed: 42, identities, hasResellerAgreement });
      expect(customers).toHaveLength(5000);
      for (const c of customers) {
        expect(collaborationInputSchema.safeParse(c).success).toBe(true);
        const issues = validateCollaboration(c, { hasResellerAgreement, requireComplete: true });
        expect(issues, JSON.stringify(c)).toEqual([]);
      }
      const bureauPays = customers.filter((c) => c.invoicing.payer === 'bureau').length;
      expect(bureauPays > 0).toBe(hasResellerAgreement);
    },
  );

  it('gives 5,000 customers distinct organisation numbers, all aktiebolag', () => {
    const customers = generateDemoCustomers(5000, {
      seed: 7,
      identities,
      hasResellerAgreement: true,
    });
    const orgnrs = customers.map((c) => c.customer.orgnr);
    expect(new Set(orgnrs).size).toBe(5000);
    for (const o of orgnrs) {
      expect(parseOrganisationsnummer(o)).toMatchObject({
        ok: true,
        formatted: o,
        type: 'Aktiebolag',
      });
    }
  });

  it('keeps organisation numbers distinct for 100,000 customers', () => {
    const customers = generateDemoCustomers(100_000, {
      seed: 1,
      identities: [],
      hasResellerAgreement: false,
    });
    expect(new Set(customers.map((c) => c.customer.orgnr)).size).toBe(100_000);
  });

  it('makes the same customers from the same seed, and others from another', () => {
    const opts = { identities, hasResellerAgreement: true };
    const a = generateDemoCustomers(50, { ...opts, seed: 3 });
    expect(generateDemoCustomers(50, { ...opts, seed: 3 })).toEqual(a);
    expect(generateDemoCustomers(50, { ...opts, seed: 4 })).not.toEqual(a);
  });

  it('gives about half of the primary contacts a test personnummer, and only test numbers', () => {
    const customers = generateDemoCustomers(2000, {
      seed: 9,
      identities,
      hasResellerAgreement: true,
    });
    const known = new Set(identities);
    const numbers = customers.flatMap((c) =>
      c.contact?.personnummer ? [c.contact.personnummer] : [],
    );
    expect(numbers.length).toBeGreaterThan(800);
    expect(numbers.length).toBeLessThan(1200);
    for (const n of numbers) {
      const r = parsePersonnummer(n);
      expect(r.ok && known.has(r.digits)).toBe(true);
    }
    const none = generateDemoCustomers(200, {
      seed: 9,
      identities: [],
      hasResellerAgreement: true,
    });
    expect(none.some((c) => c.contact?.personnummer !== undefined)).toBe(false);
  });

  it('looks Swedish: names with å, ä or ö, licences 1-50, every invoice method', () => {
    const customers = generateDemoCustomers(1000, {
      seed: 5,
      identities,
      hasResellerAgreement: true,
    });
    expect(customers.some((c) => /[åäöÅÄÖ]/.test(c.customer.name))).toBe(true);
    expect(customers.every((c) => c.customer.name.endsWith(' AB'))).toBe(true);
    const licences = customers.map((c) => c.licences);
    expect(Math.min(...licences)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...licences)).toBeLessThanOrEqual(50);
    const methods = new Set(customers.map((c) => c.invoicing.method));
    expect([...methods].sort()).toEqual(['collective', 'e-invoice', 'email', 'paper']);
    const domains = customers.flatMap((c) => [c.customer.invoiceEmail, c.contact?.email]);
    expect(domains.every((e) => e === undefined || e.endsWith('.example'))).toBe(true);
  });

  it('refuses a count that is not a whole number', () => {
    const opts = { seed: 1, identities, hasResellerAgreement: true };
    expect(generateDemoCustomers(0, opts)).toEqual([]);
    expect(() => generateDemoCustomers(-1, opts)).toThrow(RangeError);
    expect(() => generateDemoCustomers(1.5, opts)).toThrow(RangeError);
  });
});

describe('the demo people are adults of working age', () => {
  const today = new Date('2026-12-07T10:00:00Z');

  it('keeps those born from 70 years ago (plus a day) to 18 years ago today, Luhn-valid', () => {
    const adults = workingAgeIdentities(identities, today);
    expect(adults.length).toBeGreaterThan(1000);
    for (const n of adults) {
      expect(parsePersonnummer(n).ok).toBe(true);
      expect(n.slice(0, 8) <= '20081207' && n.slice(0, 8) > '19561207', n).toBe(true);
    }
    const born = (date: string) => `${date}0000`;
    expect(
      workingAgeIdentities(
        [born('20081207'), born('20081208'), born('19561208'), born('19561207')],
        today,
      ),
    ).toEqual([born('20081207'), born('19561208')]);
  });

  it('puts the customers at steps 2, 3, 4, 5 and done in turn, turned by the seed', () => {
    const stages = (seed: number) => Array.from({ length: 8 }, (_, i) => demoStage(i, seed));
    expect(new Set(stages(1))).toEqual(new Set(['settings', 'users', 'contact', 'invite', 'done']));
    expect(stages(1)).toEqual(stages(1));
    expect(stages(2)).not.toEqual(stages(1));
  });
});

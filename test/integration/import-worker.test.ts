import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { readForPreview } from '../../electron/core/import/import-service';
import { checkParsed, commitParsed } from './import-report';
import { createPlanner, usePlanner } from '../../electron/core/import/planner-choice';
import type { Planner } from '../../electron/core/import/planner';
import type { ImportPreview, ImportTable } from '../../shared/schemas/import';
import { createWorkerPlanner, launchPlanWorker } from '../../electron/core/import/worker-planner';
import type { ToPlanWorker } from '../../electron/core/import/plan-worker-protocol';
import type { OpenedCore } from '../../electron/core/open';
import { testPersonnummer } from '../support/blikk-fixtures';
import { collaboration, openTestCore, tempDir, value } from './support';

// Large files are read and planned in a worker thread of the core. What it plans and the rows it
// builds must be exactly what the core's own thread would: the same report, users and audit.

let dir: { dir: string; cleanup: () => void };
const cores: OpenedCore[] = [];

beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  dir.cleanup();
});

const INLINE = { inlineBytes: Infinity, inlineRows: Infinity };
const THREADED = { inlineBytes: 0, inlineRows: 0 };

/** 60 users in six teams, every tenth their approver; a few with personnummer, one rejected. */
function staffList(): Buffer {
  const lines = ['Förnamn;Efternamn;E-post;Personnummer;Anställningsnr;Behörighet;Attestansvarig'];
  for (let i = 1; i <= 60; i++) {
    const role = i % 10 === 1 ? 'Attestansvarig' : 'Rapportör';
    const pnr = i % 7 === 0 ? testPersonnummer(i) : '';
    const email = i === 33 ? 'asa1@exempel.se' : `asa${i}@exempel.se`; // 33 repeats 1's: rejected
    lines.push(`Åsa${i};Öberg;${email};${pnr};${i};${role};${i - ((i - 1) % 10)}`);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

const tableOf = (preview: ImportPreview): ImportTable => JSON.parse(preview.tableJson);

interface Watch {
  /** The threads started. */
  launches?: Worker[];
  /** Ends the first thread as it is sent a message of this kind. */
  dieAt?: ToPlanWorker['kind'];
  /** How each step of a commit reached the core: as statements, or as rows. */
  stepKinds?: string[];
}

async function coreWith(name: string, limits: typeof INLINE, watch: Watch = {}) {
  const { launches, dieAt, stepKinds } = watch;
  const core = await openTestCore(`${dir.dir}/${name}.db`, () => new Date('2026-12-07T10:00:00Z'));
  cores.push(core);
  const launch = () => {
    const worker = launchPlanWorker();
    const post = worker.postMessage.bind(worker);
    if (dieAt && launches?.length === 0) {
      worker.postMessage = (message: ToPlanWorker, transfer) => {
        post(message, transfer);
        if (message.kind === dieAt) void worker.terminate();
      };
    }
    launches?.push(worker);
    return worker;
  };
  const planner = createPlanner(limits, createWorkerPlanner(launch));
  const plan: Planner['plan'] = async (request, commit) => {
    const planned = await planner.plan(request, commit);
    const nextStep = async () => {
      const step = await planned.nextStep();
      if (step) stepKinds?.push('statements' in step ? 'statements' : 'rows');
      return step;
    };
    return { ...planned, nextStep };
  };
  usePlanner(core.context, { ...planner, plan });
  const customer = collaboration({ licences: 100, contact: null });
  const customerId = (await value(core, 'customers:create', customer)).id;
  // One stored user the file updates (by employee number): matched rows cross to the thread too.
  await value(core, 'users:save', {
    customerId,
    fields: {
      firstName: 'Åsa2',
      lastName: 'Gammal',
      email: 'gammal@exempel.se',
      employeeNumber: '2',
      role: 'approver',
      salaryForm: null,
      approverId: null,
      profileId: null,
    },
  });
  return { core, customerId };
}

/** Users and audit with ids and approvers by employee number: two databases compared. */
async function written(core: OpenedCore, customerId: string) {
  const users = await value(core, 'users:list', { customerId });
  const numberOf = new Map(users.map((u) => [u.id, u.employeeNumber]));
  const profiles: { id: string; name: string }[] = await core.context.ds.query(
    'SELECT id, name FROM reporting_profiles',
  );
  const profileName = new Map(profiles.map((p) => [p.id, p.name]));
  const audit: { action: string; after_json: string; entity_id: string }[] =
    await core.context.ds.query(
      `SELECT action, after_json, entity_id FROM audit_log WHERE entity = 'user' ORDER BY id`,
    );
  return {
    users: users.map(({ id: _id, customerId: _c, approverId, profileId, ...user }) => ({
      ...user,
      approver: numberOf.get(approverId ?? ''),
      profile: profileName.get(profileId ?? ''),
    })),
    audit: audit.map((a) => ({
      action: a.action,
      user: numberOf.get(a.entity_id),
      after: {
        ...JSON.parse(a.after_json),
        approverId: undefined,
        profileId: undefined,
        customerId: undefined,
      },
    })),
  };
}

async function importOn(core: OpenedCore, customerId: string) {
  const preview = await readForPreview(core.context, customerId, 'personal.csv', staffList());
  const edits = [{ line: 34, column: 2, value: 'asa33@exempel.se' }];
  const source = { session: preview.session, edits };
  const check = await checkParsed(core.context, customerId, source, preview.mapping);
  const commit = await commitParsed(core.context, customerId, source, preview.mapping);
  return { check, commit };
}

describe("the import's worker thread", () => {
  it('reports, writes and audits exactly what the core’s own thread does', async () => {
    const launches: Worker[] = [];
    const [rows, statements]: string[][] = [[], []];
    const inline = await coreWith('inline', INLINE, { stepKinds: rows });
    const threaded = await coreWith('threaded', THREADED, { launches, stepKinds: statements });
    const a = await importOn(inline.core, inline.customerId);
    const b = await importOn(threaded.core, threaded.customerId);
    expect(launches).toHaveLength(1);
    // The thread hands the core statements to run; the core's own thread writes rows.
    expect(statements).toEqual(['statements']);
    expect(rows).toEqual(['rows']);
    expect(b).toEqual(a);
    expect(a.commit).toMatchObject({ created: 59, updated: 1, rejected: 0 });
    expect(await written(threaded.core, threaded.customerId)).toEqual(
      await written(inline.core, inline.customerId),
    );
  });

  it('checks the kept table with the corrections sent, as if the whole table were sent', async () => {
    const { core, customerId } = await coreWith('kept', THREADED);
    const preview = await readForPreview(core.context, customerId, 'personal.csv', staffList());
    const edits = [{ line: 34, column: 2, value: 'asa33@exempel.se' }];
    const kept = await checkParsed(
      core.context,
      customerId,
      { session: preview.session, edits },
      preview.mapping,
    );
    const rows = tableOf(preview).rows.map((row) =>
      row.line === 34
        ? { ...row, cells: row.cells.map((c, i) => (i === 2 ? 'asa33@exempel.se' : c)) }
        : row,
    );
    const whole = await checkParsed(
      core.context,
      customerId,
      { table: { ...tableOf(preview), rows } },
      preview.mapping,
    );
    expect(kept).toEqual(whole);
    expect(kept.rejected).toBe(0);
    const unedited = await checkParsed(
      core.context,
      customerId,
      { session: preview.session, edits: [] },
      preview.mapping,
    );
    expect(unedited.rejected).toBe(1);
  });

  it('answers import.sessionExpired for a table it does not keep, through the contract', async () => {
    const { core, customerId } = await coreWith('gone', THREADED);
    const { mapping } = await readForPreview(core.context, customerId, 'personal.csv', staffList());
    const session = '0b7c6f0e-3a55-4f6e-9a53-7c1f1c7e2d11';
    const answer = await core.dispatch(
      'users:importCheck',
      { customerId, session, edits: [], mapping },
      { transport: 'test' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'import.sessionExpired' } });
  });

  it('fails the call under way when its thread dies, and starts a new one for the next', async () => {
    const launches: Worker[] = [];
    const { core, customerId } = await coreWith('dies', THREADED, { launches, dieAt: 'plan' });
    const preview = await readForPreview(core.context, customerId, 'personal.csv', staffList());
    const checking = checkParsed(
      core.context,
      customerId,
      { session: preview.session, edits: [] },
      preview.mapping,
    );
    await expect(checking).rejects.toThrow('Importens tråd avslutades');
    // The thread's tables went with it: the window sends the table whole, and that works.
    const source = { session: preview.session, edits: [] };
    await expect(
      checkParsed(core.context, customerId, source, preview.mapping),
    ).rejects.toMatchObject({
      code: 'import.sessionExpired',
    });
    const report = await checkParsed(
      core.context,
      customerId,
      { table: tableOf(preview) },
      preview.mapping,
    );
    expect(report.rejected).toBe(1);
    expect(launches).toHaveLength(2);
  });
});

import { AppError } from '../../../shared/errors';
import { previousMonth } from '../../../shared/domain/months';
import type {
  ComparisonReason,
  ComparisonRow,
  CustomerInvoice,
  DirectCustomer,
  InvoiceComparison,
  InvoiceSummary,
} from '../../../shared/schemas/invoices';
import type { ServiceContext } from '../context';
import { getSummary } from './summary-service';

/** The month against the one before: which customers' invoices changed, by how much, and why. */
export async function compareWithPrevious(
  ctx: ServiceContext,
  month: string,
): Promise<InvoiceComparison> {
  const current = await getSummary(ctx, month);
  const before = previousMonth(month);
  const previous = await getSummary(ctx, before).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'prices.none') return null;
    throw error;
  });
  return compareSummaries(current, previous, before);
}

export function compareSummaries(
  current: InvoiceSummary,
  previous: InvoiceSummary | null,
  before: string,
): InvoiceComparison {
  const earlier = new Map(previous?.customers.map((c) => [c.id, c]) ?? []);
  const directNow = new Map(current.direct.map((d) => [d.id, d]));
  const now = new Map(current.customers.map((c) => [c.id, c]));
  const pricesChanged = previous !== null && previous.priceList.id !== current.priceList.id;
  const rows: ComparisonRow[] = [];
  let unchanged = 0;
  for (const id of new Set([...earlier.keys(), ...now.keys()])) {
    const row = rowFor(earlier.get(id) ?? null, now.get(id) ?? null, directNow.get(id));
    if (row.reasons.length === 0 && row.deltaOre === 0 && sameLines(earlier.get(id), now.get(id))) {
      unchanged += 1;
      continue;
    }
    if (pricesChanged && previous) {
      row.reasons.push({
        kind: 'prices',
        from: previous.priceList.effectiveFrom,
        to: current.priceList.effectiveFrom,
      });
    }
    rows.push(row);
  }
  rows.sort(
    (a, b) => Math.abs(b.deltaOre) - Math.abs(a.deltaOre) || a.name.localeCompare(b.name, 'sv'),
  );
  return {
    month: current.month,
    previousMonth: before,
    rows,
    unchanged,
    previousTotalExclVatOre: previous?.totalExclVatOre ?? null,
    totalExclVatOre: current.totalExclVatOre,
    deltaOre: current.totalExclVatOre - (previous?.totalExclVatOre ?? 0),
  };
}

function rowFor(
  before: CustomerInvoice | null,
  after: CustomerInvoice | null,
  direct: DirectCustomer | undefined,
): ComparisonRow {
  const ref = (after ?? before) as CustomerInvoice;
  const reasons: ComparisonReason[] = after
    ? [...after.changes, ...lineReasons(before, after)]
    : [{ kind: 'left' }, ...(direct?.changes.filter((c) => c.kind === 'invoicing') ?? [])];
  return {
    id: ref.id,
    orgnr: ref.orgnr,
    name: ref.name,
    previousLicences: before?.licences ?? null,
    licences: after?.licences ?? null,
    previousSubtotalOre: before?.subtotalOre ?? null,
    subtotalOre: after?.subtotalOre ?? null,
    deltaOre: (after?.subtotalOre ?? 0) - (before?.subtotalOre ?? 0),
    reasons,
  };
}

const sameLines = (a: CustomerInvoice | undefined, b: CustomerInvoice | undefined) =>
  JSON.stringify(a?.lines) === JSON.stringify(b?.lines);

/** Lines on one invoice and not the other that no change of this month explains. */
function lineReasons(before: CustomerInvoice | null, after: CustomerInvoice): ComparisonReason[] {
  if (!before) return [];
  const explained = new Set(
    after.changes.flatMap((c) =>
      c.kind === 'addonStarted' || c.kind === 'addonEnded' ? [c.code] : [],
    ),
  );
  const codes = (c: CustomerInvoice) => new Set(c.lines.map((l) => l.code));
  const was = codes(before);
  const is = codes(after);
  return [
    ...[...was]
      .filter((code) => !is.has(code) && !explained.has(code))
      .map((code) => ({ kind: 'lineGone' as const, code })),
    ...[...is]
      .filter((code) => !was.has(code) && !explained.has(code))
      .map((code) => ({ kind: 'lineNew' as const, code })),
  ];
}

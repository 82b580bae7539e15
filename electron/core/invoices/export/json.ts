import { oreToKronor } from '../../../../shared/domain/money';
import type { InvoiceLine, InvoiceSummary } from '../../../../shared/schemas/invoices';

/**
 * DESIGN.md section 6's document: amounts in kronor, exact to the öre (every value is a whole
 * number of öre divided by 100). Fields beyond the documented ones are additions, never renames.
 */
export function toJsonDocument(summary: InvoiceSummary) {
  const kr = oreToKronor;
  return {
    month: summary.month,
    currency: summary.currency,
    priceList: summary.priceList,
    customers: summary.customers.map((c) => ({
      id: c.id,
      orgnr: c.orgnr,
      name: c.name,
      licences: c.licences,
      lines: c.lines.map(jsonLine),
      subtotal: kr(c.subtotalOre),
      listSubtotal: kr(c.listSubtotalOre),
      margin: kr(c.marginOre),
      changes: c.changes,
    })),
    totalExclVat: kr(summary.totalExclVatOre),
    vat: kr(summary.vatOre),
    totalInclVat: kr(summary.totalInclVatOre),
    rounding: kr(summary.roundingOre),
    payable: kr(summary.payableOre),
    listTotalExclVat: kr(summary.listTotalExclVatOre),
    margin: kr(summary.marginOre),
    direct: summary.direct,
    warnings: summary.warnings,
    closed: summary.closed,
  };
}

function jsonLine(line: InvoiceLine) {
  return {
    kind: line.kind,
    code: line.code,
    name: line.name,
    unit: line.unit,
    quantity: line.quantity,
    unitPrice: oreToKronor(line.unitPriceOre),
    amount: oreToKronor(line.amountOre),
    listUnitPrice: oreToKronor(line.listUnitPriceOre),
    listAmount: oreToKronor(line.listAmountOre),
    margin: oreToKronor(line.marginOre),
  };
}

export const jsonBytes = (summary: InvoiceSummary): Buffer =>
  Buffer.from(`${JSON.stringify(toJsonDocument(summary), null, 2)}\n`, 'utf8');

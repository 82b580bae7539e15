import { EntitySchema } from 'typeorm';

/* The monthly collective invoice's tables. Amounts are integers in öre, dates ISO strings. */

export interface PriceListRow {
  id: string;
  effectiveFrom: string;
  currency: string;
  licenceListOre: number;
  licenceResellerOre: number;
  example: boolean;
  note: string;
  createdAt: string;
  actor: string;
}

export const PriceListEntity = new EntitySchema<PriceListRow>({
  name: 'PriceList',
  tableName: 'price_lists',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10, unique: true },
    currency: { type: 'varchar', length: 3 },
    licenceListOre: { name: 'licence_list_ore', type: 'integer' },
    licenceResellerOre: { name: 'licence_reseller_ore', type: 'integer' },
    example: { type: 'boolean' },
    note: { type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar', length: 32 },
    actor: { type: 'varchar', length: 120 },
  },
});

export interface PriceAddonRow {
  priceListId: string;
  code: string;
  name: string;
  unit: string;
  listOre: number;
  resellerOre: number;
  /** The order the list gave them in. */
  position: number;
}

export const PriceAddonEntity = new EntitySchema<PriceAddonRow>({
  name: 'PriceAddon',
  tableName: 'price_list_addons',
  columns: {
    priceListId: { name: 'price_list_id', type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 40, primary: true },
    name: { type: 'varchar', length: 120 },
    unit: { type: 'varchar', length: 10 },
    listOre: { name: 'list_ore', type: 'integer' },
    resellerOre: { name: 'reseller_ore', type: 'integer' },
    position: { type: 'integer' },
  },
});

export interface CustomerAddonRow {
  id: string;
  customerId: string;
  code: string;
  quantity: number;
  activeFrom: string;
  activeTo: string | null;
  createdAt: string;
  updatedAt: string;
}

export const CustomerAddonEntity = new EntitySchema<CustomerAddonRow>({
  name: 'CustomerAddon',
  tableName: 'customer_addons',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    code: { type: 'varchar', length: 40 },
    quantity: { type: 'integer' },
    activeFrom: { name: 'active_from', type: 'varchar', length: 10 },
    activeTo: { name: 'active_to', type: 'varchar', length: 10, nullable: true },
    createdAt: { name: 'created_at', type: 'varchar', length: 32 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 32 },
  },
});

export interface InvoicingChangeRow {
  id: number;
  customerId: string;
  effectiveFrom: string;
  payer: string;
  method: string;
  changedAt: string;
  actor: string;
}

export const InvoicingChangeEntity = new EntitySchema<InvoicingChangeRow>({
  name: 'InvoicingChange',
  tableName: 'invoicing_changes',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    customerId: { name: 'customer_id', type: 'varchar', length: 36 },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    payer: { type: 'varchar', length: 20 },
    method: { type: 'varchar', length: 20 },
    changedAt: { name: 'changed_at', type: 'varchar', length: 32 },
    actor: { type: 'varchar', length: 120 },
  },
});

export interface ClosedMonthRow {
  month: string;
  /** The version that priced it: that version is locked while the month is closed. */
  priceListId: string;
  /** The summary as it was at closing (InvoiceSummary without `closed`). */
  summaryJson: string;
  closedAt: string;
  actor: string;
}

export const ClosedMonthEntity = new EntitySchema<ClosedMonthRow>({
  name: 'ClosedMonth',
  tableName: 'closed_months',
  columns: {
    month: { type: 'varchar', length: 7, primary: true },
    priceListId: { name: 'price_list_id', type: 'varchar', length: 36 },
    summaryJson: { name: 'summary_json', type: 'text' },
    closedAt: { name: 'closed_at', type: 'varchar', length: 32 },
    actor: { type: 'varchar', length: 120 },
  },
});

export const INVOICING_ENTITIES = [
  PriceListEntity,
  PriceAddonEntity,
  CustomerAddonEntity,
  InvoicingChangeEntity,
  ClosedMonthEntity,
];

/**
 * Price lists and customers' add-on services, in Swedish: the `prices` namespace, merged into the
 * resources in index.ts. prices.en.ts must have the same shape (checked by its type).
 */
export const pricesSv = {
  title: 'Prislistor',
};

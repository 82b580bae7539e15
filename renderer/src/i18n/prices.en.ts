import type { pricesSv } from './prices.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const pricesEn: Shape<typeof pricesSv> = {
  title: 'Price lists',
};

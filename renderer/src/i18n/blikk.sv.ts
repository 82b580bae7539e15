/** Reconciliation with Blikk: the connection per customer, the result, the portfolio's column. */
export const blikkSv = {
  title: 'Avstämning mot Blikk',
};

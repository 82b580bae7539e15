/** The width of the permanent navigation drawer: what floating messages must keep clear of. */
export const NAV_WIDTH = 216;

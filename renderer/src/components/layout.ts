/**
 * The width of the permanent navigation drawer: wide enough for the longest label in either
 * language ("Collective invoice"), and what floating messages must keep clear of.
 */
export const NAV_WIDTH = 236;

/**
 * Cottbus, a kreisfreie Stadt and a DIKOM member since 2020: the Kommune whose token stands for the
 * `municipality` column of docs/access-control.md in this subgraph's tests.
 */
export const COTTBUS = '120520000000';

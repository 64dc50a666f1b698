/**
 * The schematic tile-grid map of Brandenburg: one tile per Landkreis and kreisfreie Stadt, placed in a
 * grid of 6 columns and 4 rows after the rough position of each district's seat (our own arrangement,
 * made by hand from the districts' positions on an ordinary map of Brandenburg: Prignitz in the
 * north-west, Uckermark in the north-east, Elbe-Elster, Oberspreewald-Lausitz and Spree-Neiße in the
 * south, Berlin as an empty cell in the middle). It is no boundary data and shows no areas; no map
 * tiles or geodata are loaded. Names and ARS come from the graph (reference data:
 * packages/reference-data/data/SOURCES.md), only the cell of each ARS is fixed here.
 */

/** A grid cell: row and column, counting from 1 (CSS grid lines). */
export interface Cell {
  row: number;
  column: number;
}

/** The grid's columns (map.css writes the same number) and rows. */
export const GRID_COLUMNS = 6;
export const GRID_ROWS = 4;

/** The cell of each district by its 12-digit ARS. */
export const DISTRICT_CELLS: Readonly<Record<string, Cell>> = {
  '120700000000': { row: 1, column: 1 }, // Prignitz
  '120680000000': { row: 1, column: 2 }, // Ostprignitz-Ruppin
  '120650000000': { row: 1, column: 3 }, // Oberhavel
  '120730000000': { row: 1, column: 4 }, // Uckermark
  '120630000000': { row: 2, column: 2 }, // Havelland
  '120600000000': { row: 2, column: 4 }, // Barnim
  '120640000000': { row: 2, column: 5 }, // Märkisch-Oderland
  '120510000000': { row: 3, column: 1 }, // Brandenburg an der Havel
  '120540000000': { row: 3, column: 2 }, // Potsdam
  '120720000000': { row: 3, column: 3 }, // Teltow-Fläming
  '120610000000': { row: 3, column: 4 }, // Dahme-Spreewald
  '120670000000': { row: 3, column: 5 }, // Oder-Spree
  '120530000000': { row: 3, column: 6 }, // Frankfurt (Oder)
  '120690000000': { row: 4, column: 2 }, // Potsdam-Mittelmark
  '120620000000': { row: 4, column: 3 }, // Elbe-Elster
  '120660000000': { row: 4, column: 4 }, // Oberspreewald-Lausitz
  '120520000000': { row: 4, column: 5 }, // Cottbus
  '120710000000': { row: 4, column: 6 }, // Spree-Neiße
};

/** Berlin, which Brandenburg surrounds: drawn as an empty, labelled cell for orientation only. */
export const BERLIN_CELL: Cell = { row: 2, column: 3 };

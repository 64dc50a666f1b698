/** German labels for the graph's enums and the cockpit's own choices, one const per enum or choice. */

/** The figures the Land map (Landkreise, kreisfreie Städte) can be coloured by, by key (`?wert=`). */
export const MAP_LAND_FIGURE: Record<string, string> = {
  projekte: 'Projekte',
  kommunen: 'beteiligte Kommunen',
  ozg: 'OZG-Leistungen in Projekten',
  online: 'OZG online-Anteil',
  einwohner: 'Einwohner',
  lizenzplaetze: 'zugewiesene Lizenzplätze',
  lizenzkosten: 'Lizenzkosten pro Jahr (Euro)',
};

/** The figures the map of one Landkreis (its Gemeinden) can be coloured by, by key (`?wert=`). */
export const MAP_GEMEINDE_FIGURE: Record<string, string> = {
  projekte: 'Projekte',
  lizenzen: 'Lizenzen',
  vorfaelle: 'offene Sicherheitsvorfälle',
  einwohner: 'Einwohner',
};

import { SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { FUNDING_SOURCES } from '../db/project-detail.ts';
import { BudgetLineRef } from './refs.ts';

export const FundingSourceEnum = builder.enumType('FundingSource', {
  description: 'Who pays for (a part of) a project.',
  values: {
    LAND: { description: 'Land Brandenburg (state budget, e.g. Kommunalpakt funds).' },
    BUND: { description: 'Bund (federal funds, e.g. OZG funding from the Konjunkturpaket).' },
    KOMMUNEN: { description: 'Kommunen: own contribution (Eigenanteil) of the participating Kommunen.' },
    EU: { description: 'European Union funds (e.g. EFRE).' },
  } satisfies Record<(typeof FUNDING_SOURCES)[number], { description: string }>,
});

BudgetLineRef.implement({
  description: `One line of a project budget: the amount one funding source provides in one year. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Budget year (Haushaltsjahr).' }),
    source: t.field({
      type: FundingSourceEnum,
      description: 'Who provides the money.',
      resolve: (line) => line.source,
    }),
    amountEur: t.exposeFloat('amount_eur', { description: 'Amount in euros (two decimal places).' }),
    isSample: sampleFlagField(t),
  }),
});

import { MUTATION_DESCRIPTION } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

builder.mutationType({ description: MUTATION_DESCRIPTION });

import type { SchemaName } from '../../schemas/open-data/served.ts';

/** Where the open-data files are built, under the base path. The routes in src/pages/data/ match these. */
export const dataPaths = {
  page: 'data/',
  roleJson: (id: string) => `data/roles/${id}.json`,
  roleCsv: (id: string) => `data/roles/${id}.csv`,
  figuresJson: 'data/figures.json',
  figuresCsv: 'data/figures.csv',
  schema: (name: SchemaName) => `data/schema/${name}.schema.json`,
} as const;

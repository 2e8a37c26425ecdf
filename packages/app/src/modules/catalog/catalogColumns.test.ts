import { catalogColumns } from './catalogColumns';

type Context = Parameters<typeof catalogColumns>[0];

const columnsFor = (kind: string) =>
  catalogColumns({
    filters: { kind: { value: kind, label: kind } },
    entities: [],
  } as unknown as Context);

describe('catalogColumns', () => {
  it('puts the maturity phase before the description for components', () => {
    const columns = columnsFor('component');
    const maturity = columns.findIndex(c => c.title === 'Maturity');
    expect(maturity).toBeGreaterThan(0);
    expect(columns[maturity + 1].field).toBe('entity.metadata.description');
  });

  it('keeps words whole in every cell and leaves the tags to the entity page', () => {
    const columns = columnsFor('component');
    expect(columns.map(c => c.field)).not.toContain('entity.metadata.tags');
    for (const column of columns) {
      expect(column.cellStyle).toMatchObject({ wordBreak: 'normal' });
    }
  });

  it('leaves other kinds as the catalog shows them', () => {
    expect(columnsFor('api').map(c => c.title)).not.toContain('Maturity');
  });
});

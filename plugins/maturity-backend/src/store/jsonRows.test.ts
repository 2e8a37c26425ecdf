import { TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { createTestDatabases } from './testDatabases';
import { insertJsonRows, jsonChunks, type Columns } from './jsonRows';

const databases = createTestDatabases();

interface Row {
  id: string;
  label: string | null;
  doc: string | null;
  count: number;
  share: number;
  flag: boolean;
}

const COLUMNS: Columns<Row> = {
  id: 'text',
  label: 'text',
  doc: 'json',
  count: 'integer',
  share: 'double precision',
  flag: 'boolean',
};

/** Texts that JSON escapes, and values that repeat. */
function rows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    label: i % 5 === 0 ? null : `"quoted" \\ é ${i}\n`,
    doc:
      i % 7 === 0
        ? null
        : JSON.stringify([{ target: `file-${i % 3}.md`, detail: 'a "b"' }]),
    count: i,
    share: i / 8,
    flag: i % 2 === 0,
  }));
}

describe('jsonChunks', () => {
  it('splits rows by length and sends each repeated JSON value once per chunk', () => {
    const chunks = [...jsonChunks(COLUMNS, rows(100), 1000)];

    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.reduce((sum, c) => sum + c.count, 0)).toBe(100);
    for (const chunk of chunks) {
      const texts: string[] = JSON.parse(chunk.texts);
      expect(texts.length).toBeLessThanOrEqual(3);
      expect(JSON.parse(chunk.rows)).toHaveLength(chunk.count);
    }
  });
});

describe.each(databases.eachSupportedId())(
  'insertJsonRows on %s',
  (databaseId: TestDatabaseId) => {
    async function createTable(): Promise<Knex> {
      const knex = await databases.init(databaseId);
      await knex.schema.createTable('json_rows_test', table => {
        table.text('id').primary();
        table.text('label').nullable();
        table.text('doc').nullable();
        table.integer('count').notNullable();
        table.double('share').notNullable();
        table.boolean('flag').notNullable();
      });
      return knex;
    }

    it('writes rows in several statements and reads back what was given', async () => {
      const knex = await createTable();
      const statements: string[] = [];
      knex.on('query', ({ sql }: { sql: string }) => statements.push(sql));
      const given = rows(300);

      const written = await insertJsonRows(
        knex,
        'json_rows_test',
        COLUMNS,
        given,
        { maxChars: 5000 },
      );

      expect(written).toBe(300);
      expect(statements.length).toBeGreaterThan(1);
      const stored = await knex('json_rows_test').orderBy('count');
      expect(stored.map(r => ({ ...r, flag: Boolean(r.flag) }))).toEqual(given);
    });

    it('upserts, setting the merged columns from their expressions', async () => {
      const knex = await createTable();
      await insertJsonRows(knex, 'json_rows_test', COLUMNS, rows(3));

      const changed = rows(4).map(r => ({ ...r, label: 'new', count: 10 }));
      await insertJsonRows(knex, 'json_rows_test', COLUMNS, changed, {
        upsert: {
          onConflict: ['id'],
          merge: {
            label: 'excluded.label',
            count: 'json_rows_test.count + excluded.count',
          },
        },
      });

      const stored = await knex('json_rows_test').orderBy('id');
      expect(stored.map(r => [r.id, r.label, Number(r.count)])).toEqual([
        ['row-0', 'new', 10],
        ['row-1', 'new', 11],
        ['row-2', 'new', 12],
        ['row-3', 'new', 10],
      ]);
    });

    it('sends nothing for no rows', async () => {
      const knex = await createTable();
      const statements: string[] = [];
      knex.on('query', ({ sql }: { sql: string }) => statements.push(sql));

      await expect(
        insertJsonRows(knex, 'json_rows_test', COLUMNS, []),
      ).resolves.toBe(0);
      expect(statements).toEqual([]);
    });
  },
);

// @ts-check

// What a failing check looked for is the same few lists for every entity
// that fails it, and it took most of the results table. Each distinct list
// is now stored once, under the hash of its JSON text, and results refer to
// it. Rows written before keep their list in `looked_for` (read as before)
// until the next evaluation rewrites them: their fingerprint, which now
// hashes the list's id, no longer matches.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_looked_for', table => {
    table.comment(
      'Distinct lists of what failing checks looked for, shared by results',
    );
    table
      .text('id')
      .notNullable()
      .comment('Hash (SHA-1, base64url) of the JSON text of the list');
    table.text('list').notNullable().comment('JSON array of strings');
    table
      .text('used_at')
      .notNullable()
      .comment('When a result last referred to it; older unused lists go');
    table.primary(['id'], 'maturity_looked_for_pkey');
  });
  await knex.schema.alterTable('maturity_check_results', table => {
    table
      .text('looked_for_id')
      .nullable()
      .comment(
        'Id in maturity_looked_for of what the check looked for; null for nothing (or a list still in looked_for)',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // The lists go back into their rows; a blank fingerprint has the next
  // evaluation rewrite those rows as the code of the time stores them.
  await knex('maturity_check_results')
    .whereNotNull('looked_for_id')
    .update({
      looked_for: knex('maturity_looked_for')
        .select('list')
        .where(
          'maturity_looked_for.id',
          knex.ref('maturity_check_results.looked_for_id'),
        ),
      fingerprint: '',
    });
  await knex.schema.alterTable('maturity_check_results', table => {
    table.dropColumn('looked_for_id');
  });
  await knex.schema.dropTable('maturity_looked_for');
};

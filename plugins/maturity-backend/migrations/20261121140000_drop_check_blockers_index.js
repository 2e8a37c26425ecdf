// @ts-check

// Blockers are counted from each entity's `blocking` list since the check
// results were found too slow to join: their index on (check_id, blocking)
// only slows the writes of every evaluation down.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_check_results', table => {
    table.dropIndex(
      ['check_id', 'blocking'],
      'maturity_check_results_blockers_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_check_results', table => {
    table.index(
      ['check_id', 'blocking'],
      'maturity_check_results_blockers_idx',
    );
  });
};

// @ts-check

// An entity whose next phase cannot be decided because evidence could not
// be read has an unknown standing: stored beside its phase (a lower bound)
// so that lists, aggregates and labels tell it apart from "not started".
// Rows written before hold null until the next evaluation rewrites them.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table
      .text('unknown_standing')
      .nullable()
      .comment(
        'JSON {reason, checks} when the standing cannot be told; null when the phase is known',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('unknown_standing');
  });
};

// @ts-check

// The progress of an entity per phase and per track, as the engine decided
// it, is stored beside its phase so that the API reads it instead of
// summarizing the results again. Rows written before hold null until the
// next evaluation, which rewrites every summary whose progress differs.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table
      .text('progress_detail')
      .nullable()
      .comment(
        'JSON {phases, tracks}: met, total, reached and blocking checks per phase, met and total per track',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('progress_detail');
  });
};

// @ts-check

// Runs say how they ended. A run is `running` while its process lives and
// writes a heartbeat (per saved batch, and on a timer in between);
// `finished` when it completed; `interrupted` when it stopped before that:
// its process failed, was stopped, or died (kill -9, a lost node), which
// another replica concludes from a heartbeat older than a bound. `entities`
// then counts what it saved. A cycle may be split into shards, each a run
// of its own: `shard` of `shard_count` (null for evaluations on request).
// Times are ISO 8601 strings, as everywhere in this plugin.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_runs', table => {
    table
      .text('status')
      .notNullable()
      .defaultTo('running')
      .comment('running, finished or interrupted');
    table
      .text('heartbeat_at')
      .nullable()
      .comment(
        'Last sign of life of the process running it: each saved batch, and a timer',
      );
    table
      .integer('shard')
      .nullable()
      .comment('Which shard of the cycle (1..shard_count); null on request');
    table
      .integer('shard_count')
      .nullable()
      .comment('Shards the cycle was split into; null on request');
    table.index(['status'], 'maturity_runs_status_idx');
  });
  // Runs before this migration: finished ones are; an unfinished one is
  // judged by its start time as if that were its last heartbeat.
  await knex('maturity_runs')
    .whereNotNull('finished_at')
    .update({ status: 'finished', heartbeat_at: knex.ref('finished_at') });
  await knex('maturity_runs')
    .whereNull('finished_at')
    .update({ heartbeat_at: knex.ref('started_at') });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('maturity_runs', table => {
    table.dropIndex([], 'maturity_runs_status_idx');
    table.dropColumn('shard_count');
    table.dropColumn('shard');
    table.dropColumn('heartbeat_at');
    table.dropColumn('status');
  });
};

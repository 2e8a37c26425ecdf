// @ts-check

// Who did what (waivers granted and revoked, evaluations requested) is now
// recorded by the platform's auditor service, with the rest of Backstage's
// audit events. The plugin's own audit table is no longer written or read,
// and goes with its records. Rolling back recreates it empty, as the first
// migration defined it.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.dropTable('maturity_audit');
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.createTable('maturity_audit', table => {
    table.comment('Who did what and when: waivers, evaluation requests');
    table.increments('id');
    table.text('at').notNullable();
    table.text('actor').notNullable();
    table.text('action').notNullable();
    table.text('entity_ref').nullable();
    table.text('check_id').nullable();
    table.text('details').notNullable().comment('JSON object');
    table.index(['entity_ref', 'at'], 'maturity_audit_entity_idx');
    table.index(['at'], 'maturity_audit_at_idx');
  });
};

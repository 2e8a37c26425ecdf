// @ts-check

// Campaigns: those created through the API (those of app-config are read
// at start-up), where each covered entity stands, and a row per campaign
// and day for the burndown. Entities gain their tags, which campaign
// filters match; clearing the inputs digest has the next cycle rewrite
// every entity row with them.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('maturity_entities', table => {
    table
      .text('tags')
      .nullable()
      .comment('JSON array of metadata.tags, lower case; null until rewritten');
  });
  await knex('maturity_entities').update({ inputs_digest: null });

  await knex.schema.createTable('maturity_campaigns', table => {
    table.comment('Campaigns created through the API');
    table.text('id').notNullable();
    table.text('definition').notNullable().comment('JSON of the campaign');
    table.text('created_by').nullable().comment('User entity ref');
    table.text('created_at').notNullable();
    table.text('updated_by').nullable();
    table.text('updated_at').notNullable();
    table.primary(['id'], 'maturity_campaigns_pkey');
  });

  await knex.schema.createTable('maturity_campaign_entities', table => {
    table.comment(
      'Where each entity a campaign covers stands, as last computed',
    );
    table.text('campaign_id').notNullable();
    table.text('entity_ref').notNullable();
    table.text('owner').nullable().comment('Direct owner entity ref');
    table
      .text('status')
      .notNullable()
      .comment('done, on-track, at-risk or overdue');
    table.integer('met').notNullable();
    table.integer('total').notNullable();
    table
      .text('remaining')
      .notNullable()
      .comment('JSON array of the target check ids not met');
    table.text('computed_at').notNullable();
    table.primary(
      ['campaign_id', 'entity_ref'],
      'maturity_campaign_entities_pkey',
    );
    table.index(['entity_ref'], 'maturity_campaign_entities_entity_idx');
    table.index(
      ['campaign_id', 'status'],
      'maturity_campaign_entities_status_idx',
    );
  });

  await knex.schema.createTable('maturity_campaign_days', table => {
    table.comment('Entities per status of each campaign, once a day');
    table.text('campaign_id').notNullable();
    table.text('day').notNullable().comment('YYYY-MM-DD (UTC)');
    table.integer('total').notNullable();
    table.integer('done').notNullable();
    table.integer('on_track').notNullable();
    table.integer('at_risk').notNullable();
    table.integer('overdue').notNullable();
    table.text('computed_at').notNullable();
    table.primary(['campaign_id', 'day'], 'maturity_campaign_days_pkey');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_campaign_days');
  await knex.schema.dropTable('maturity_campaign_entities');
  await knex.schema.dropTable('maturity_campaigns');
  await knex.schema.alterTable('maturity_entities', table => {
    table.dropColumn('tags');
  });
};

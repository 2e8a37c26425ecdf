// @ts-check

// Times are ISO 8601 strings (UTC, `Date.prototype.toISOString`) in text
// columns: they compare and sort the same way on SQLite and PostgreSQL.
// JSON values are text columns too, for the same reason.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_entities', table => {
    table.comment(
      'Where each catalog entity stands: its catalog facts (for filtering), phase and outcome counts',
    );
    table.text('entity_ref').notNullable().comment('e.g. component:default/x');
    table.text('kind').notNullable();
    table.text('namespace').notNullable();
    table.text('name').notNullable();
    table.text('title').nullable();
    table.text('type').nullable();
    table.text('lifecycle').nullable();
    table.text('owner').nullable().comment('Entity ref of the owner');
    table.text('system').nullable().comment('Entity ref of the system');
    table.text('domain').nullable().comment('Entity ref of the domain');
    table.text('phase').nullable().comment('Phase reached; null = not started');
    table.text('next_phase').nullable();
    table
      .integer('phase_rank')
      .notNullable()
      .defaultTo(0)
      .comment('Number of phases reached, to sort by phase in ladder order');
    table
      .double('progress')
      .notNullable()
      .defaultTo(0)
      .comment('Share (0..1) of the next phase checks met');
    for (const outcome of [
      'pass',
      'fail',
      'not_applicable',
      'exempt',
      'attested',
      'error',
    ]) {
      table.integer(`${outcome}_count`).notNullable().defaultTo(0);
    }
    table
      .text('blocking')
      .notNullable()
      .comment('JSON array of the check ids that keep it from its next phase');
    table.text('repository_location').nullable();
    table.text('repository_etag').nullable();
    table
      .text('inputs_digest')
      .nullable()
      .comment(
        'Digest of the other inputs of the last evaluation, to skip unchanged entities',
      );
    table.text('evaluated_at').notNullable();
    table.text('phase_since').notNullable();
    table
      .integer('last_seen_run')
      .nullable()
      .comment('Id of the last evaluation run that saw the entity');
    table.primary(['entity_ref'], 'maturity_entities_pkey');
    for (const column of [
      'owner',
      'system',
      'domain',
      'type',
      'lifecycle',
      'phase',
      'last_seen_run',
    ]) {
      table.index([column], `maturity_entities_${column}_idx`);
    }
  });

  await knex.schema.createTable('maturity_check_results', table => {
    table.comment(
      'Current result of each check of each entity; rewritten only when it changes',
    );
    table.text('entity_ref').notNullable();
    table.text('check_id').notNullable();
    table.text('outcome').notNullable();
    table
      .boolean('blocking')
      .notNullable()
      .defaultTo(false)
      .comment('Whether the check keeps the entity from its next phase');
    table.text('evidence').notNullable().comment('JSON array of evidence');
    table.text('looked_for').notNullable().comment('JSON array of strings');
    table.text('reason').nullable();
    table.text('waiver').nullable().comment('JSON of the applied waiver');
    table
      .text('conclusive_outcome')
      .nullable()
      .comment('Last outcome that was not error');
    table
      .text('conclusive_evidence')
      .nullable()
      .comment('JSON evidence of the last outcome that was not error');
    table.text('changed_at').notNullable().comment('When the outcome changed');
    table
      .text('fingerprint')
      .notNullable()
      .comment('Hash of everything stored, to detect changes');
    table.primary(['entity_ref', 'check_id'], 'maturity_check_results_pkey');
    table.index(
      ['check_id', 'blocking'],
      'maturity_check_results_blockers_idx',
    );
  });

  await knex.schema.createTable('maturity_check_history', table => {
    table.comment('Outcome transitions of checks');
    table.increments('id');
    table.text('entity_ref').notNullable();
    table.text('check_id').notNullable();
    table.text('from_outcome').nullable().comment('null when first seen');
    table.text('to_outcome').notNullable();
    table.text('at').notNullable();
    table.index(['entity_ref', 'at'], 'maturity_check_history_entity_idx');
    table.index(['at'], 'maturity_check_history_at_idx');
  });

  await knex.schema.createTable('maturity_phase_history', table => {
    table.comment('Phase changes of entities');
    table.increments('id');
    table.text('entity_ref').notNullable();
    table.text('from_phase').nullable();
    table.text('to_phase').nullable();
    table.text('at').notNullable();
    table.index(['entity_ref', 'at'], 'maturity_phase_history_entity_idx');
    table.index(['at'], 'maturity_phase_history_at_idx');
  });

  await knex.schema.createTable('maturity_daily_snapshots', table => {
    table.comment('Number of entities per owner and phase, once a day');
    table.text('day').notNullable().comment('YYYY-MM-DD');
    table.text('owner').notNullable().comment("Owner entity ref; '' for none");
    table.text('phase').notNullable().comment("Phase id; '' for not started");
    table.integer('count').notNullable();
    table.primary(['day', 'owner', 'phase'], 'maturity_daily_snapshots_pkey');
  });

  await knex.schema.createTable('maturity_runs', table => {
    table.comment('Evaluation cycles');
    table.increments('id');
    table.text('started_at').notNullable();
    table.text('finished_at').nullable();
    table.integer('entities').notNullable().defaultTo(0);
    table.integer('errors').notNullable().defaultTo(0);
    table
      .integer('unreadable')
      .notNullable()
      .defaultTo(0)
      .comment('Entities whose repository could not be read');
    table.index(['started_at'], 'maturity_runs_started_at_idx');
  });

  await knex.schema.createTable('maturity_waivers', table => {
    table.comment(
      'Exemptions and attestations of checks, and their revocation',
    );
    table.text('id').notNullable().comment('uuid');
    table.text('entity_ref').notNullable();
    table.text('check_id').notNullable();
    table.text('kind').notNullable().comment('exemption | attestation');
    table.text('reason').notNullable();
    table.text('evidence_url').nullable();
    table
      .text('expires_at')
      .notNullable()
      .comment('ISO date (valid through that day) or date-time');
    table.text('created_by').nullable();
    table.text('created_at').notNullable();
    table.text('source').notNullable().comment('api | annotation');
    table.text('revoked_at').nullable();
    table.text('revoked_by').nullable();
    table.text('revoke_reason').nullable();
    table.primary(['id'], 'maturity_waivers_pkey');
    table.index(['entity_ref'], 'maturity_waivers_entity_ref_idx');
  });

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

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'maturity_audit',
    'maturity_waivers',
    'maturity_runs',
    'maturity_daily_snapshots',
    'maturity_phase_history',
    'maturity_check_history',
    'maturity_check_results',
    'maturity_entities',
  ]) {
    await knex.schema.dropTable(table);
  }
};

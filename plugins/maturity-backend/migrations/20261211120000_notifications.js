// @ts-check

// Notifications to owners (phase regressions, newly failing checks,
// reminders, digests) are sent after each evaluation cycle. Replicas share
// this database: a notification goes out only from the replica whose insert
// of its key succeeded, so each is sent once. The history tables are read
// from where the last run stopped (a watermark per table), never again from
// the start.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_notifications_sent', table => {
    table.comment('Notifications sent, by dedup key; one row each');
    table
      .text('key')
      .notNullable()
      .comment(
        'e.g. phase-regression:<history id>, waiver-expiry:<waiver id>:<days>, digest:<owner>:<ISO week>',
      );
    table
      .text('kind')
      .notNullable()
      .comment(
        'phaseRegression, checkFailing, waiverExpiry, campaignDeadline or weeklyDigest',
      );
    table
      .text('entity_ref')
      .nullable()
      .comment('The entity it is about, if one');
    table.text('owner').notNullable().comment('Entity ref of the recipient');
    table.text('created_at').notNullable().comment('When it was sent');
    table.primary(['key'], 'maturity_notifications_sent_pkey');
    table.index(['created_at'], 'maturity_notifications_sent_created_at_idx');
  });

  await knex.schema.createTable('maturity_notification_watermarks', table => {
    table.comment('How far the notifier has read each history table');
    table
      .text('stream')
      .notNullable()
      .comment('phase-history or check-history');
    table
      .integer('last_id')
      .notNullable()
      .comment('Id of the last history row processed');
    table.text('updated_at').notNullable();
    table.primary(['stream'], 'maturity_notification_watermarks_pkey');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_notification_watermarks');
  await knex.schema.dropTable('maturity_notifications_sent');
};

/*
 * The zod schema of one `maturity.campaigns` entry. Phase and check ids are
 * judged against the checklist, so the schema is built for one. What spans
 * entries (duplicate ids) is checked by `readCampaignsConfig`.
 */
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Checklist } from '@backstage-maturity/plugin-maturity-common';
import { z } from 'zod';
import { expected, strictObject, text } from '../config/schemaHelpers';
import { utcDayStart } from './isoDate';
import type { CampaignDefinition, CampaignEntityFilter } from './types';

/** A non-empty list of non-empty strings, each passing `refine` if given. */
function nonEmptyList(
  plural: string,
  item: z.ZodType<string> = text('a non-empty string'),
) {
  return z
    .array(item, { error: expected(`a list of ${plural}`) })
    .min(1, `expected at least one entry`);
}

/** An id in `known`; the message names the unknown one and the known ones. */
function knownId(known: string[], noun: string) {
  return z
    .string({ error: expected(`a ${noun} id`) })
    .superRefine((id, ctx) => {
      if (!known.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${noun} "${id}"; expected one of ${known.join(
            ', ',
          )}`,
        });
      }
    });
}

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isoDate = z.custom<string>().superRefine((value, ctx) => {
  if (typeof value !== 'string' || utcDayStart(value) === undefined) {
    ctx.addIssue({
      code: 'custom',
      message:
        value === undefined
          ? 'required'
          : `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`,
    });
  }
});

/** An owner as a full entity ref; a bare name is a group in the default namespace. */
const ownerRef = text('an entity ref or group name').transform((ref, ctx) => {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `expected an entity ref or group name, got ${JSON.stringify(
        ref,
      )}`,
    });
    return z.NEVER;
  }
});

const entityFilterSchema: z.ZodType<CampaignEntityFilter, unknown> =
  strictObject({
    owner: nonEmptyList('owners', ownerRef).optional(),
    system: nonEmptyList('systems').optional(),
    domain: nonEmptyList('domains').optional(),
    kind: nonEmptyList('kinds').optional(),
    type: nonEmptyList('types').optional(),
    lifecycle: nonEmptyList('lifecycles').optional(),
    tags: nonEmptyList('tags').optional(),
  });

/** The schema of one campaign, for the phases and checks of `checklist`. */
export function campaignSchema(
  checklist: Checklist,
): z.ZodType<CampaignDefinition, unknown> {
  const target = strictObject({
    phase: knownId(
      checklist.phases.map(p => p.id),
      'phase',
    ).optional(),
    checks: nonEmptyList(
      'check ids',
      knownId(
        checklist.checks.map(c => c.id),
        'check',
      ),
    ).optional(),
  })
    .superRefine((value, ctx) => {
      if ((value.phase === undefined) === (value.checks === undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected either phase or checks',
        });
      }
    })
    .transform(value =>
      value.checks ? { checks: value.checks } : { phase: value.phase! },
    );

  return strictObject({
    id: z
      .string({ error: expected('a kebab-case id') })
      .regex(KEBAB_CASE, 'expected a kebab-case id such as foundation-by-q1'),
    title: text('a title'),
    description: text('Markdown text').optional(),
    target,
    entities: entityFilterSchema.optional().transform(value => value ?? {}),
    start: isoDate,
    deadline: isoDate,
  }).superRefine((campaign, ctx) => {
    if (utcDayStart(campaign.deadline)! < utcDayStart(campaign.start)!) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: `deadline ${campaign.deadline} is before start ${campaign.start}`,
      });
    }
  });
}

import { parseEntityRef } from '@backstage/catalog-model';

/** The name of an entity, as its ref gives it (`payments-api`). */
export function entityName(entityRef: string): string {
  return parseEntityRef(entityRef).name;
}

/** The maturity tab of an entity's page. */
export function entityLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/maturity`;
}

/** The page of a campaign. */
export function campaignLink(campaignId: string): string {
  return `/maturity/campaigns/${encodeURIComponent(campaignId)}`;
}

/** The maturity dashboard filtered to one owner's entities. */
export function ownerLink(owner: string): string {
  return `/maturity?owner=${encodeURIComponent(owner)}`;
}

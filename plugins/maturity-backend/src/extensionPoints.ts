import type { CheckDefinition } from '@backstage-maturity/plugin-maturity-common';
import type {
  MaturityChecksExtensionPoint,
  MaturityEvidenceProvider,
  MaturityEvidenceProvidersExtensionPoint,
  MaturityRuleKind,
  MaturityRuleKindsExtensionPoint,
} from '@backstage-maturity/plugin-maturity-node';

/** What modules registered; read once, when the plugin starts. */
export class EvidenceProviders
  implements MaturityEvidenceProvidersExtensionPoint
{
  readonly #providers: MaturityEvidenceProvider[] = [];

  addEvidenceProvider(...providers: MaturityEvidenceProvider[]): void {
    this.#providers.push(...providers);
  }

  /**
   * The built-in providers followed by those modules registered, failing
   * start-up when two share an id.
   */
  list(...builtIn: MaturityEvidenceProvider[]): MaturityEvidenceProvider[] {
    const all = [...builtIn, ...this.#providers];
    const ids = all.map(p => p.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length > 0) {
      throw new Error(
        `Evidence providers must have distinct ids; registered more than once: ${[
          ...new Set(twice),
        ].join(', ')}`,
      );
    }
    return all;
  }
}

export class ModuleChecks implements MaturityChecksExtensionPoint {
  readonly #checks: CheckDefinition[] = [];

  addChecks(...checks: CheckDefinition[]): void {
    this.#checks.push(...checks);
  }

  list(): CheckDefinition[] {
    return [...this.#checks];
  }
}

export class RuleKinds implements MaturityRuleKindsExtensionPoint {
  readonly #kinds = new Map<string, MaturityRuleKind>();

  addRuleKind(...kinds: MaturityRuleKind[]): void {
    for (const kind of kinds) {
      if (this.#kinds.has(kind.name)) {
        throw new Error(`Rule kind ${kind.name} is registered twice`);
      }
      this.#kinds.set(kind.name, kind);
    }
  }

  map(): ReadonlyMap<string, MaturityRuleKind> {
    return new Map(this.#kinds);
  }
}

import type {
  CheckDefinition,
  Checklist,
} from '@backstage-maturity/plugin-maturity-common';

/** What the notifications need of the checklist: names, order, required checks. */
export class Ladder {
  readonly #phaseIds: string[];
  readonly #phaseNames: Map<string, string>;
  readonly #checks: Map<string, CheckDefinition>;

  constructor(checklist: Checklist) {
    this.#phaseIds = checklist.phases.map(p => p.id);
    this.#phaseNames = new Map(checklist.phases.map(p => [p.id, p.name]));
    this.#checks = new Map(checklist.checks.map(c => [c.id, c]));
  }

  /** Phase ids from the bottom of the ladder up. */
  get phaseIds(): readonly string[] {
    return this.#phaseIds;
  }

  /** Name of a phase as users see it; null is "not started". */
  phaseName(phaseId: string | null): string {
    if (phaseId === null) return 'not started';
    return this.#phaseNames.get(phaseId) ?? phaseId;
  }

  /** Ids of the checks that gate a phase (`required` is not false). */
  requiredCheckIds(): string[] {
    return [...this.#checks.values()]
      .filter(c => c.phase !== undefined && c.required !== false)
      .map(c => c.id);
  }

  check(checkId: string): CheckDefinition | undefined {
    return this.#checks.get(checkId);
  }

  /** Title of a check as users see it. */
  checkTitle(checkId: string): string {
    return this.#checks.get(checkId)?.title ?? checkId;
  }
}

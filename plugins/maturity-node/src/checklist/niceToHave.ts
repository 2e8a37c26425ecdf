import type { CheckDefinition } from '@backstage-maturity/plugin-maturity-common';
import { files } from './common';
import { TRACK } from '@backstage-maturity/plugin-maturity-common';

/**
 * The nice-to-have track.
 *
 * @public
 */
export const niceToHaveChecks: CheckDefinition[] = [
  {
    id: 'dependency-updates',
    title: 'Dependency upgrades are automated',
    track: TRACK.niceToHave,
    required: false,
    why: 'Dependencies upgraded by hand fall years behind, until a security fix forces a risky big-bang upgrade.',
    howToPass:
      'Renovate (`renovate.json*`, `.renovaterc*`, `.github/renovate.json*`) or Dependabot ' +
      '(`.github/dependabot.yml`) configuration.',
    rule: files([
      'renovate.json*',
      '.renovaterc*',
      '.github/renovate.json*',
      '.github/dependabot.y*ml',
    ]),
  },
];

// `v1.2.3`, `1.2.3-rc.1+build.5`, and a package prefix as monorepo release
// tools write it (`@scope/pkg@1.2.3`, `pkg@v1.2.3`). Numbers have no leading
// zeros, as semver requires.
const SEMVER_TAG =
  /^(?:\S+@)?v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

// A major version that is a year is a calendar version (`2024.5.1`).
const FIRST_CALENDAR_MAJOR = 1000;

/**
 * Whether a tag name is a semantic version (`v?MAJOR.MINOR.PATCH`).
 *
 * @public
 */
export function isSemverTag(name: string): boolean {
  const match = SEMVER_TAG.exec(name);
  return match !== null && Number(match[1]) < FIRST_CALENDAR_MAJOR;
}

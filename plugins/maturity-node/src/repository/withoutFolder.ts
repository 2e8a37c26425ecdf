/**
 * A message as users may read it, without a server folder in it: paths
 * inside `folder` become relative to it, and the folder itself is named by
 * `name` (what the user knows it as: the repository, a working folder).
 */
export function withoutFolder(
  message: string,
  folder: string,
  name: string,
): string {
  if (!folder) return message;
  const inside = folder.endsWith('/') ? folder : `${folder}/`;
  return message
    .split(inside)
    .join('')
    .split(folder.replace(/\/$/, ''))
    .join(name);
}

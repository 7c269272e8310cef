/**
 * The version number without the build decorations servers add ("10.11.6-MariaDB-0+deb12u1",
 * "16.4 (Debian 16.4-1)"): the leading dotted number, or the text as it came.
 */
export function spokenVersion(version: string): string {
  return /^\d+(?:\.\d+)*/.exec(version.trim())?.[0] ?? version.trim();
}

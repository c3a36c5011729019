/**
 * Converts between the two spellings of a Linux permission mode: octal (`750`) and `rwx` (`rwxr-x---`).
 * A format of the data, below everything that reads it (the permission table's schema, the permission
 * checker), so it imports nothing of the project.
 */

const permissionLetters = ['r', 'w', 'x'] as const;

/** `'750'` → `'rwxr-x---'`. Expects three octal digits. */
export function octalToSymbolic(octal: string): string {
  return [...octal]
    .map((digit) => {
      const bits = Number.parseInt(digit, 8);
      return permissionLetters.map((letter, i) => (bits & (4 >> i) ? letter : '-')).join('');
    })
    .join('');
}

/** `'rwxr-x---'` → `'750'`. Expects nine characters of `r`, `w`, `x` or `-` in `rwx` order. */
export function symbolicToOctal(symbolic: string): string {
  let octal = '';
  for (let group = 0; group < 3; group++) {
    const triplet = symbolic.slice(group * 3, group * 3 + 3);
    octal += permissionLetters.reduce((sum, letter, i) => (triplet[i] === letter ? sum + (4 >> i) : sum), 0);
  }
  return octal;
}

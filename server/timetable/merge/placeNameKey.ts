/**
 * A stop name reduced for comparing two feeds' names of one place: Unicode-normalised, accents and
 * case dropped, punctuation and spaces removed ("Orsha-Tsentralnaya" = "orsha tsentralnaya",
 * "Cerbère" = "Cerbere", "Ёлки" = "елки"). '' for an empty name (never equal to anything).
 */
export function placeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

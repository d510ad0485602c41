/** Lower case, no accents, single spaces: how names are compared and searched. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key a person is found by: family names, then given names, normalized. */
export function personSearchName(givenNames: string, familyNames: string): string {
  return normalizeText(`${familyNames} ${givenNames}`);
}

/**
 * How a person's DNI and a government's ubigeo are read from what people type and from
 * spreadsheets, where Excel stores codes as numbers and drops their leading zeros.
 */

/** A DNI has exactly 8 digits; leading zeros are part of it. */
export const DNI_PATTERN = /^\d{8}$/;

export type DniReading =
  | { kind: 'EMPTY' }
  | { kind: 'VALID'; dni: string; /** Leading zeros were restored (a number in a spreadsheet). */ restored: boolean }
  | { kind: 'INVALID'; text: string };

/**
 * A DNI from a spreadsheet cell: 8 digits as they are; 5 to 7 digits are read as a number that lost
 * its leading zeros and restored (the caller must tell the person); anything else is invalid.
 * Spaces, Excel's text apostrophe and a trailing ".0" are ignored.
 */
export function readDni(text: string | null | undefined): DniReading {
  const cleaned = (text ?? '').trim().replace(/^'/, '').replace(/\s+/g, '').replace(/\.0+$/, '');
  if (cleaned === '') return { kind: 'EMPTY' };
  if (DNI_PATTERN.test(cleaned)) return { kind: 'VALID', dni: cleaned, restored: false };
  if (/^\d{5,7}$/.test(cleaned)) return { kind: 'VALID', dni: cleaned.padStart(8, '0'), restored: true };
  return { kind: 'INVALID', text: (text ?? '').trim() };
}

/** The sentence that tells a person a DNI's zeros were restored. */
export function restoredDniWarning(original: string, dni: string): string {
  return `el DNI ${original.trim()} tiene menos de 8 dígitos: se leyó como ${dni} (Excel quita los ceros iniciales). Verifique que sea correcto.`;
}

export type UbigeoReading = { kind: 'EMPTY' } | { kind: 'VALID'; ubigeo: string; restored: boolean } | { kind: 'INVALID'; text: string };

/**
 * A government's ubigeo: 2 digits (region), 4 (province) or 6 (district). Departments 01–09 lose
 * their leading zero in Excel: 1, 3 or 5 digits are restored to 2, 4 or 6.
 */
export function readUbigeo(text: string | null | undefined): UbigeoReading {
  const cleaned = (text ?? '').trim().replace(/^'/, '').replace(/\.0+$/, '');
  if (cleaned === '') return { kind: 'EMPTY' };
  if (/^(\d{2}|\d{4}|\d{6})$/.test(cleaned)) return { kind: 'VALID', ubigeo: cleaned, restored: false };
  if (/^(\d|\d{3}|\d{5})$/.test(cleaned)) return { kind: 'VALID', ubigeo: `0${cleaned}`, restored: true };
  return { kind: 'INVALID', text: (text ?? '').trim() };
}

export type UbigeoMatch<G> =
  | { kind: 'EMPTY' }
  | { kind: 'FOUND'; ubigeo: string; government: G; /** A leading zero Excel dropped was restored. */ restored: boolean }
  | { kind: 'UNKNOWN'; text: string };

/**
 * A government's ubigeo read against the known ones: as written, or with the leading zero Excel
 * drops (departments 01–09) when one digit short and the restored code exists. A code is
 * never guessed: what is not found is UNKNOWN (see `unknownUbigeoProblem`).
 */
export function matchUbigeo<G>(text: string | null | undefined, find: (ubigeo: string) => G | null | undefined): UbigeoMatch<G> {
  const reading = readUbigeo(text);
  if (reading.kind === 'EMPTY') return reading;
  const government = reading.kind === 'VALID' ? find(reading.ubigeo) : null;
  if (reading.kind === 'VALID' && government) return { kind: 'FOUND', ubigeo: reading.ubigeo, government, restored: reading.restored };
  return { kind: 'UNKNOWN', text: (text ?? '').trim() };
}

/** Why a ubigeo was not found, as a sentence; one digit short is most likely Excel's doing. */
export function unknownUbigeoProblem(text: string): string {
  const cleaned = text.trim().replace(/^'/, '').replace(/\.0+$/, '');
  if (/^(\d|\d{3}|\d{5})$/.test(cleaned))
    return `No existe un gobierno con ubigeo "${text.trim()}" (tiene ${cleaned.length} ${cleaned.length === 1 ? 'dígito' : 'dígitos'}; un ubigeo tiene 2, 4 o 6). Excel pudo haber quitado el cero inicial: guarde la columna como Texto y escriba el ubigeo completo, con su cero inicial.`;
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(cleaned)) return `El ubigeo "${text.trim()}" no es válido: debe tener 2, 4 o 6 dígitos.`;
  // A province's capital district (DDPP01) has no municipality of its own.
  if (/^\d{4}01$/.test(cleaned))
    return `No existe un gobierno con ubigeo "${text.trim()}": la capital de la provincia la gobierna la municipalidad provincial (ubigeo ${cleaned.slice(0, 4)}).`;
  return `No existe un gobierno con ubigeo "${text.trim()}".`;
}

/** The sentence that tells a person a ubigeo's leading zero was restored. */
export function restoredUbigeoWarning(original: string, ubigeo: string, governmentName: string): string {
  return `el ubigeo ${original.trim()} tiene un dígito menos: se leyó como ${ubigeo} (${governmentName}; Excel quita el cero inicial). Verifique que sea correcto.`;
}

/**
 * Whether two records' names can be the same person's: the same first given name and first
 * surname, accents, case and punctuation aside ("María J. Quispe" and "MARIA JOSE QUISPE MAMANI";
 * a surname added after marriage). Anything else under the same DNI is another person or a typo.
 */
export function sameIdentity(a: { givenNames: string; familyNames: string }, b: { givenNames: string; familyNames: string }): boolean {
  const first = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z\s]/g, ' ')
      .trim()
      .split(/\s+/)[0] ?? '';
  return first(a.givenNames) === first(b.givenNames) && first(a.familyNames) === first(b.familyNames) && first(a.givenNames) !== '';
}

/** A DNI as a focal point sees it in register searches: only its last three digits. */
export function maskDni(dni: string | null): string | null {
  return dni ? `•••••${dni.slice(-3)}` : null;
}

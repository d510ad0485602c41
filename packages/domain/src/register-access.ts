/**
 * What of the register of women authorities a focal point may read (Ley 29733, purpose and
 * proportionality): she looks people up to record their participation, she does not browse it.
 * The coordination manages the register and reads it whole.
 */
import { DNI_PATTERN } from './identity.js';

/** Matches a focal point's search can reach, over all its pages. */
export const FOCAL_POINT_SEARCH_LIMIT = 50;
/** Largest page a focal point may ask for. */
export const FOCAL_POINT_PAGE_SIZE = 20;
/** Letters or digits a name search needs. */
export const MIN_SEARCH_LENGTH = 3;
/** Longest search text anyone may send. */
export const MAX_SEARCH_LENGTH = 100;

export interface RegisterLookup {
  search?: string | null;
  dni?: string | null;
  governmentId?: number | null;
}

/** A lookup narrow enough for a focal point: a name or DNI fragment, an exact DNI, or one government. */
export function isNarrowLookup(lookup: RegisterLookup): boolean {
  const search = (lookup.search ?? '').trim();
  return search.replace(/\s+/g, '').length >= MIN_SEARCH_LENGTH || DNI_PATTERN.test((lookup.dni ?? '').trim()) || Boolean(lookup.governmentId);
}

export const NARROW_LOOKUP_MESSAGE = `Busque por nombres o apellidos (al menos ${MIN_SEARCH_LENGTH} letras), por DNI o por gobierno: el registro no se puede recorrer completo.`;

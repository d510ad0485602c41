import type { ScheduleLayout } from '../../schedule.js';

/**
 * Month columns of the three pages of the 2024 schedule table. Each header was garbled
 * differently by the PDF extraction; the readings below are checked by the transcription test.
 */
export const LAYOUT_PAGE_1: ScheduleLayout = {
  page: 1,
  headerCells: ['E', '- N', 'Α', 'М', 'J', 'J', 'Α', 's C', 'N', 'D'],
  columns: [[1], [2, 3], [4], [5], [6], [7], [8], [9, 10], [11], [12]],
  reasoning:
    '10 columnas para 12 meses: "- N" fusiona febrero y marzo, y "s C" fusiona setiembre y octubre; ' +
    'las demás iniciales (E, A, M, J, J, A, N, D) ocupan su lugar en el orden del año.',
};

export const LAYOUT_PAGE_2: ScheduleLayout = {
  page: 2,
  headerCells: ['Е', 'FN', 'Λ', 'M', 'J', 'J', 'A S', '0', 'N', 'D'],
  columns: [[1], [2, 3], [4], [5], [6], [7], [8, 9], [10], [11], [12]],
  reasoning: '10 columnas para 12 meses: "FN" fusiona febrero y marzo, y "A S" fusiona agosto y setiembre; ' + '"Λ" es abril y "0" es octubre.',
};

export const LAYOUT_PAGE_3: ScheduleLayout = {
  page: 3,
  headerCells: ['E', 'FN', 'ΛA', 'N', '1 J', 'J', 'Α', 'S', '0', 'N', 'D'],
  columns: [[1], [2, 3], [4], [5], [6], [7], [8], [9], [10], [11], [12]],
  reasoning:
    '11 columnas para 12 meses: solo "FN" fusiona febrero y marzo; "ΛA" es abril, "N" es mayo ' +
    '(la M partida en "N" y "1"), "1 J" es junio y "0" es octubre. Ninguna fila marca la columna ' +
    'fusionada, por lo que esta página no tiene ambigüedades.',
};

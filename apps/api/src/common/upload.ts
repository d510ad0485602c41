import { inputError } from './errors.js';
import { formatOfFileName, SheetError } from './tabular-file.js';

/** Base64 file content from a GraphQL upload (register, participants, plans); the body limit bounds its size. */
export function decodeUpload(fileName: string, contentBase64: string) {
  try {
    const format = formatOfFileName(fileName);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64)) throw new SheetError('El contenido del archivo debe enviarse en base64.');
    return { format, content: Buffer.from(contentBase64, 'base64') };
  } catch (error) {
    if (error instanceof SheetError) throw inputError(error.message);
    throw error;
  }
}

/** Turns file-reading problems into Spanish input errors for the person who uploaded. */
export async function readingUpload<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SheetError) throw inputError(error.message);
    throw error;
  }
}

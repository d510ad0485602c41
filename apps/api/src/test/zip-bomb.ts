/**
 * Hostile XLSX files for tests: a real workbook whose shared-strings part is replaced by a part
 * that inflates to `inflatedBytes` (one cell of text), optionally with ZIP headers that lie about
 * that size. Built in streaming, so the test never holds the inflated text itself.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

interface Part {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

async function deflatedText(prefix: string, fill: number, suffix: string): Promise<Part & { name: '' }> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = (b: Buffer) =>
    new Promise<void>((resolve) => {
      crc = crc32(b, crc);
      size += b.length;
      if (deflate.write(b)) resolve();
      else deflate.once('drain', resolve);
    });
  await write(Buffer.from(prefix));
  const block = Buffer.alloc(1024 * 1024, 'a');
  for (let left = fill; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  await write(Buffer.from(suffix));
  deflate.end();
  await done;
  return { name: '', data: Buffer.concat(chunks), crc, size };
}

function zip(parts: Part[], declaredSize: (part: Part) => number): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(part.crc >>> 0, 14);
    header.writeUInt32LE(part.data.length, 18);
    header.writeUInt32LE(declaredSize(part), 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, part.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(declaredSize(part), 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** A one-row workbook ("dni", "resultado" headers) whose only shared string inflates to `inflatedBytes`. */
export async function xlsxBomb(inflatedBytes: number, options: { lieAboutSize?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja');
  sheet.addRow(['DNI', 'Resultado']);
  sheet.addRow(['x', 'Culminó']);
  const original = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const parts: Part[] = Object.entries(original)
    .filter(([name]) => name !== 'xl/sharedStrings.xml')
    .map(([name, bytes]) => ({ name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length }));
  const strings = await deflatedText(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>DNI</t></si><si><t>Resultado</t></si><si><t>',
    inflatedBytes,
    '</t></si></sst>',
  );
  parts.push({ ...strings, name: 'xl/sharedStrings.xml' });
  return zip(parts, (part) => (options.lieAboutSize && part.name === 'xl/sharedStrings.xml' ? 1_000 : part.size));
}

import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EvidenceFileRow } from './evidence-file.entity.js';

@ObjectType('EvidenceFile', { description: 'Medio de verificación adjunto a una ejecución (PDF, JPEG, PNG, XLSX o DOCX).' })
export class EvidenceType {
  @Field(() => Int) id!: number;
  @Field(() => Int) executionId!: number;
  @Field(() => String, { description: 'Nombre saneado, con la extensión del tipo detectado en el contenido.' }) fileName!: string;
  @Field(() => String, { description: 'Tipo detectado en el contenido (no el que declaró el navegador).' }) contentType!: string;
  @Field(() => Int, { description: 'Tamaño en bytes.' }) size!: number;
  @Field(() => String) uploadedBy!: string;
  @Field(() => GraphQLDateTimeISO) uploadedAt!: Date;
  @Field(() => String, { description: 'Ruta de descarga (GET con las mismas credenciales).' }) downloadPath!: string;

  static from(row: EvidenceFileRow): EvidenceType {
    return Object.assign(new EvidenceType(), {
      id: row.id,
      executionId: row.executionId,
      fileName: row.fileName,
      contentType: row.contentType,
      size: row.size,
      uploadedBy: row.uploadedBy,
      uploadedAt: row.uploadedAt,
      downloadPath: `/api/evidence/${row.id}`,
    });
  }
}

import { ENTITY_CODES } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { PartnerEntityRow } from './partner-entity.entity.js';

/** The public catalogue of partner entities, in the order the domain lists them. */
export class PartnerService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<PartnerEntityRow[]> {
    const rows = await this.dataSource.getRepository(PartnerEntityRow).find();
    const order = (code: string) => ENTITY_CODES.indexOf(code as (typeof ENTITY_CODES)[number]);
    return rows.sort((a, b) => order(a.code) - order(b.code));
  }
}

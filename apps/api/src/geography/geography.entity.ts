import type { GovernmentLevel } from '@gj/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** INEI departments (24 plus the Constitutional Province of Callao): code DD. */
@Entity({ name: 'departments' })
export class DepartmentRow {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;
}

/** INEI provinces: code DDPP. */
@Entity({ name: 'provinces' })
export class ProvinceRow {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode!: string;

  @ManyToOne(() => DepartmentRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'department_code' })
  department!: Relation<DepartmentRow>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;
}

/** INEI districts: ubigeo DDPPDD. */
@Entity({ name: 'districts' })
export class DistrictRow {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  ubigeo!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @ManyToOne(() => ProvinceRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'province_code' })
  province!: Relation<ProvinceRow>;

  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode!: string;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'integer', nullable: true })
  population!: number | null;
}

/**
 * A government women authorities belong to: a regional government per department, a provincial
 * municipality per province, a district municipality per district that is not a province's
 * capital district (DDPP01, governed by the provincial municipality).
 */
@Entity({ name: 'governments' })
@Index('IDX_governments_department', ['departmentCode'])
export class GovernmentRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Natural key: the ubigeo prefix of its territory (DD, DDPP or DDPPDD). */
  @Index('UQ_governments_ubigeo', { unique: true })
  @Column({ type: 'varchar', length: 6 })
  ubigeo!: string;

  /** REGIONAL, PROVINCIAL or DISTRICT. */
  @Column({ type: 'varchar', length: 10 })
  level!: GovernmentLevel;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode!: string;

  @ManyToOne(() => DepartmentRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'department_code' })
  department!: Relation<DepartmentRow>;
}

import { describe, expect, it } from 'vitest';
import { can } from '@gj/domain';
import { visibleNavigation } from './pages';

const menu = (role: 'COORDINATOR' | 'FOCAL_POINT' | 'INTEGRATOR') =>
  visibleNavigation(role, (action) => can(role, action)).flatMap((s) => s.items.map((i) => `${i.to} ${i.label}`));

describe('navigation', () => {
  it('shows the coordination its dashboard, report, validation queue, register and administration', () => {
    expect(menu('COORDINATOR')).toEqual([
      '/panel Panel de coordinación',
      '/actividades Actividades',
      '/reporte Reporte consolidado',
      '/validacion Validación mensual',
      '/registro Registro de mujeres autoridades',
      '/planes Planes de trabajo',
      '/entidades Entidades y unidades',
      '/auditoria Auditoría',
      '/cuentas Cuentas de usuario',
      '/claves Claves de integradores',
    ]);
  });

  it('shows focal points their activities, their entity’s report and their monthly report', () => {
    expect(menu('FOCAL_POINT')).toEqual(['/actividades Mis actividades', '/reporte Reporte consolidado', '/reporte-mensual Reporte mensual']);
  });

  it('shows integrator accounts only what they may read', () => {
    expect(menu('INTEGRATOR')).toEqual(['/actividades Actividades', '/reporte Reporte consolidado']);
  });

  it('groups the pages in sections, leaving out empty ones', () => {
    const sections = (role: 'COORDINATOR' | 'FOCAL_POINT') => visibleNavigation(role, (action) => can(role, action)).map((s) => s.label);
    expect(sections('COORDINATOR')).toEqual(['Seguimiento', 'Ciclo mensual', 'Beneficiarias', 'Planificación', 'Administración']);
    expect(sections('FOCAL_POINT')).toEqual(['Seguimiento', 'Ciclo mensual']);
  });
});

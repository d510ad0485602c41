import { describe, expect, it } from 'vitest';
import { can } from '@gj/domain';
import { visibleNavigation } from './navigation';

const menu = (role: 'COORDINATOR' | 'FOCAL_POINT' | 'INTEGRATOR') => visibleNavigation(role, (action) => can(role, action)).flatMap((s) => s.items.map((i) => `${i.to} ${i.label}`));

describe('navigation', () => {
  it('shows the coordination its dashboard and the register', () => {
    expect(menu('COORDINATOR')).toEqual(['/panel Panel de coordinación', '/actividades Actividades', '/registro Registro de mujeres autoridades']);
  });

  it('shows focal points only their activities', () => {
    expect(menu('FOCAL_POINT')).toEqual(['/actividades Mis actividades']);
    expect(menu('INTEGRATOR')).toEqual(['/actividades Actividades']);
  });
});

/**
 * The app's menu as data. A page is listed only for the people who may use it, by a permission of
 * the domain catalogue (`can(role, action)`) or a role; the routes are gated the same way.
 */
import type { Action, Role } from '@gj/domain';

export interface NavItem {
  to: string;
  label: string | ((role: Role) => string);
  /** Who sees it: a permission from the domain catalogue, or a role. */
  requires?: { action: Action } | { role: Role };
}

export interface NavSection {
  label: string;
  items: NavItem[];
}

export const NAVIGATION: NavSection[] = [
  {
    label: 'Seguimiento',
    items: [
      { to: '/panel', label: 'Panel de coordinación', requires: { role: 'COORDINATOR' } },
      { to: '/actividades', label: (role) => (role === 'FOCAL_POINT' ? 'Mis actividades' : 'Actividades') },
      { to: '/reporte', label: 'Reporte consolidado' },
    ],
  },
  {
    label: 'Ciclo mensual',
    items: [
      { to: '/reporte-mensual', label: 'Reporte mensual', requires: { action: 'month:submit' } },
      { to: '/validacion', label: 'Validación mensual', requires: { action: 'month:review' } },
    ],
  },
  {
    label: 'Beneficiarias',
    items: [{ to: '/registro', label: 'Registro de mujeres autoridades', requires: { action: 'authority:manage' } }],
  },
  {
    label: 'Administración',
    items: [
      { to: '/auditoria', label: 'Auditoría', requires: { action: 'audit:read' } },
      { to: '/cuentas', label: 'Cuentas de usuario', requires: { action: 'account:manage' } },
      { to: '/claves', label: 'Claves de integradores', requires: { action: 'apikey:manage' } },
    ],
  },
];

export function visibleNavigation(role: Role, can: (action: Action) => boolean): { label: string; items: { to: string; label: string }[] }[] {
  return NAVIGATION.map((section) => ({
    label: section.label,
    items: section.items
      .filter((item) => !item.requires || ('role' in item.requires ? item.requires.role === role : can(item.requires.action)))
      .map((item) => ({ to: item.to, label: typeof item.label === 'function' ? item.label(role) : item.label })),
  })).filter((section) => section.items.length > 0);
}

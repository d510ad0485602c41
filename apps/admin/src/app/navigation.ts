/**
 * The app's menu as data. A page is listed only for the people who may use it; pages still to
 * come (consolidated report, monthly validation, audit trail, exports, accounts) are added here
 * with their own section and permission.
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
    ],
  },
  {
    label: 'Beneficiarias',
    items: [{ to: '/registro', label: 'Registro de mujeres autoridades', requires: { action: 'authority:manage' } }],
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

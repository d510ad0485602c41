/**
 * Every page of the app, once: its path, whether and where the menu lists it, who may open it (a
 * permission of the domain catalogue, `can(role, action)`, or a role) and its component. The
 * routes (AppRoutes) and the menu (Layout) are both built from this list.
 */
import { lazy, type ComponentType } from 'react';
import type { Action, Role } from '@gj/domain';
import { ActivitiesPage } from '../activities/ActivitiesPage';

export type Requirement = { action: Action } | { role: Role };

export const SECTIONS = ['Seguimiento', 'Ciclo mensual', 'Beneficiarias', 'Planificación', 'Administración'] as const;

export interface Page {
  /** Spanish: people see it in the address bar. */
  path: string;
  component: ComponentType;
  /** Pages without a menu entry (an activity's page) leave these out. */
  menu?: { section: (typeof SECTIONS)[number]; label: string | ((role: Role) => string) };
  requires?: Requirement;
}

// Every page but the list of activities loads on demand, with its charts and tables.
export const PAGES: readonly Page[] = [
  {
    path: 'panel',
    component: lazy(() => import('../dashboard/DashboardPage')),
    menu: { section: 'Seguimiento', label: 'Panel de coordinación' },
    requires: { role: 'COORDINATOR' },
  },
  {
    path: 'actividades',
    component: ActivitiesPage,
    menu: { section: 'Seguimiento', label: (role) => (role === 'FOCAL_POINT' ? 'Mis actividades' : 'Actividades') },
  },
  { path: 'actividades/:code', component: lazy(() => import('../activities/ActivityDetailPage')) },
  { path: 'reporte', component: lazy(() => import('../report/ReportPage')), menu: { section: 'Seguimiento', label: 'Reporte consolidado' } },
  {
    path: 'reporte-mensual',
    component: lazy(() => import('../cycle/MonthlyReportPage')),
    menu: { section: 'Ciclo mensual', label: 'Reporte mensual' },
    requires: { action: 'month:submit' },
  },
  // One month of one entity: the focal point writes and sends it; the coordination reviews it.
  { path: 'reporte-mensual/:entity/:year/:month', component: lazy(() => import('../cycle/MonthReportPage')) },
  // Links of notices and e-mails: /ciclo?anio=2024&mes=5&entidad=PCM.
  { path: 'ciclo', component: lazy(() => import('../cycle/CycleLink')) },
  {
    path: 'validacion',
    component: lazy(() => import('../cycle/ValidationPage')),
    menu: { section: 'Ciclo mensual', label: 'Validación mensual' },
    requires: { action: 'month:review' },
  },
  {
    path: 'registro',
    component: lazy(() => import('../authorities/RegisterPage')),
    menu: { section: 'Beneficiarias', label: 'Registro de mujeres autoridades' },
    requires: { action: 'authority:manage' },
  },
  {
    path: 'planes',
    component: lazy(() => import('../plans/PlansPage')),
    menu: { section: 'Planificación', label: 'Planes de trabajo' },
    requires: { action: 'plan:manage' },
  },
  { path: 'planes/:year', component: lazy(() => import('../plans/PlanEditorPage')), requires: { action: 'plan:manage' } },
  {
    path: 'entidades',
    component: lazy(() => import('../entities/EntitiesPage')),
    menu: { section: 'Planificación', label: 'Entidades y unidades' },
    requires: { action: 'plan:manage' },
  },
  {
    path: 'auditoria',
    component: lazy(() => import('../audit/AuditPage')),
    menu: { section: 'Administración', label: 'Auditoría' },
    requires: { action: 'audit:read' },
  },
  {
    path: 'cuentas',
    component: lazy(() => import('../accounts/AccountsPage')),
    menu: { section: 'Administración', label: 'Cuentas de usuario' },
    requires: { action: 'account:manage' },
  },
  {
    path: 'claves',
    component: lazy(() => import('../apikeys/ApiKeysPage')),
    menu: { section: 'Administración', label: 'Claves de integradores' },
    requires: { action: 'apikey:manage' },
  },
];

export function allows(requirement: Requirement | undefined, role: Role, can: (action: Action) => boolean): boolean {
  return !requirement || ('role' in requirement ? requirement.role === role : can(requirement.action));
}

/** The menu of a role: sections in order, each with the pages the role may open. */
export function visibleNavigation(role: Role, can: (action: Action) => boolean): { label: string; items: { to: string; label: string }[] }[] {
  return SECTIONS.map((section) => ({
    label: section,
    items: PAGES.filter((p) => p.menu?.section === section && allows(p.requires, role, can)).map((p) => ({
      to: `/${p.path}`,
      label: typeof p.menu!.label === 'function' ? p.menu!.label(role) : p.menu!.label,
    })),
  })).filter((section) => section.items.length > 0);
}

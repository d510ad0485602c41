/** /ciclo?anio=2024&mes=5&entidad=PCM — where notices and e-mails point: the month's report, or the cycle's page. */
import { Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';

export default function CycleLink() {
  const [search] = useSearchParams();
  const { can } = useAuth();
  const year = search.get('anio');
  const month = search.get('mes');
  const entity = search.get('entidad');
  if (year && month && entity) return <Navigate to={`/reporte-mensual/${encodeURIComponent(entity)}/${year}/${month}`} replace />;
  return <Navigate to={can('month:review') ? '/validacion' : '/reporte-mensual'} replace />;
}

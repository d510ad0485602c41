import { Button, List, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '@gj/domain';
import { FormFooter } from '../components/FormFooter';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { entitySelectData, type EntityOption } from '../entities/useEntities';
import { useFocusFirstInvalid } from '../lib/formFocus';
import { EMPTY_ACCOUNT, entityFor, passwordRules, toAccountInput, validateAccount, type AccountFormErrors, type AccountFormValues } from './accountForm';
import { loadedPasswordEstimator, loadPasswordEstimator } from './passwordEstimator';

export type AccountInput = ReturnType<typeof toAccountInput>;

/**
 * A new account: e-mail, role, entity (required for a focal point, MIMP for the coordination) and
 * an initial password, with the rules shown as a checklist while it is typed. The API applies the
 * same rules; its Spanish message is shown when it refuses.
 */
export function AccountForm({
  entities,
  onSubmit,
  onCancel,
  saving = false,
  failure = null,
}: {
  /** The entities a focal point may belong to (the API's list). */
  entities: readonly EntityOption[];
  onSubmit: (input: AccountInput) => void;
  onCancel: () => void;
  saving?: boolean;
  failure?: string | null;
}) {
  const [values, setValues] = useState<AccountFormValues>(EMPTY_ACCOUNT);
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const [estimate, setEstimate] = useState(loadedPasswordEstimator);
  const [checking, setChecking] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadPasswordEstimator().then(
      (loaded) => current && setEstimate(() => loaded),
      () => current && setLoadFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  const rules = passwordRules(values.password, values.email, estimate);
  const { formRef, showInvalid } = useFocusFirstInvalid();
  const leave = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(EMPTY_ACCOUNT));

  // The API's refusal arrives through the parent: it takes the focus where the button is.
  useEffect(() => {
    if (failure) showInvalid();
  }, [failure, showInvalid]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    let loaded: Awaited<ReturnType<typeof loadPasswordEstimator>>;
    try {
      // Never sent unchecked: the strength rule needs the estimator (usually here long before).
      loaded = await loadPasswordEstimator();
      setLoadFailed(false);
      setEstimate(() => loaded);
    } catch {
      setLoadFailed(true);
      return showInvalid();
    } finally {
      setChecking(false);
    }
    const found = validateAccount(
      values,
      entities.map((e) => e.code),
      loaded,
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return showInvalid();
    onSubmit(toAccountInput(values));
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label="Crear cuenta">
      <Stack gap="md">
        <TextInput
          label="Correo institucional"
          required
          type="email"
          placeholder="nombre@entidad.gob.pe"
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errors.email}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Rol"
            required
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={values.role}
            onChange={(v) => set('role', v as Role | null)}
            error={errors.role}
            description={
              values.role === 'INTEGRATOR'
                ? 'Cuenta de sistema, solo lectura'
                : values.role === 'COORDINATOR'
                  ? 'Ve y administra todo'
                  : 'Solo las actividades de su entidad'
            }
          />
          <Select
            label="Entidad"
            required={values.role === 'FOCAL_POINT'}
            placeholder={values.role === 'INTEGRATOR' ? 'Todas' : 'Elija la entidad'}
            clearable={values.role !== 'FOCAL_POINT'}
            disabled={values.role === 'COORDINATOR'}
            data={entitySelectData(entities)}
            value={entityFor(values.role, values.entityCode)}
            onChange={(v) => set('entityCode', v)}
            error={errors.entityCode}
            description={values.role === 'COORDINATOR' ? 'La coordinación pertenece al MIMP' : undefined}
            comboboxProps={{ width: 420, position: 'bottom-start' }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput
            label="Contraseña inicial"
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la contraseña' }}
          />
          <PasswordInput
            label="Repita la contraseña"
            required
            autoComplete="new-password"
            value={values.confirmation}
            onChange={(e) => set('confirmation', e.currentTarget.value)}
            error={errors.confirmation}
            visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar la contraseña repetida' }}
          />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={600}>
            La contraseña debe cumplir:
          </Text>
          <List size="sm" spacing={2} listStyleType="none" aria-label="Reglas de la contraseña" data-testid="password-rules">
            {rules.map((r) => (
              <List.Item key={r.label} c={r.ok ? 'green.8' : 'dimmed'} data-ok={r.ok ? 'true' : 'false'}>
                <span aria-hidden>{r.ok ? '✓ ' : '○ '}</span>
                {r.label}
                <VisuallyHidden>{r.ok ? ' (cumple)' : ' (no cumple)'}</VisuallyHidden>
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            Comunique la contraseña a la persona por un medio seguro; se recomienda una frase larga y fácil de recordar.
          </Text>
        </div>
        <FormFooter
          failure={
            loadFailed
              ? { title: 'No se pudo cargar la revisión de contraseñas', message: 'Revise su conexión y pulse «Crear cuenta» de nuevo.' }
              : failure
                ? { title: 'No se pudo crear la cuenta', message: failure }
                : null
          }
        >
          <Button variant="default" onClick={() => leave.cancel(onCancel)} disabled={saving}>
            Cancelar
          </Button>
          <Button type="submit" loading={saving || checking}>
            Crear cuenta
          </Button>
        </FormFooter>
      </Stack>
      {leave.element}
    </form>
  );
}

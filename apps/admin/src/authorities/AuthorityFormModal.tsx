import { useMutation } from '@apollo/client/react';
import { Button, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { OFFICE_DEFINITIONS, isOffice, type Office } from '@gj/domain';
import type { AuthorityFieldsFragment } from '../gql/graphql';
import { FormFooter } from '../components/FormFooter';
import { FormModal, useUnsavedChanges } from '../components/UnsavedChanges';
import { errorFields, isSessionExpired, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/formFocus';
import { EMPTY_AUTHORITY, levelOfOffice, toAuthorityInput, validateAuthority, type AuthorityFormErrors, type AuthorityFormValues } from './authorityForm';
import { GovernmentSelect } from './GovernmentSelect';
import { CreateAuthorityMutation, RegisterQuery, UpdateAuthorityMutation } from './operations';

function valuesOf(a: AuthorityFieldsFragment): AuthorityFormValues {
  return {
    givenNames: a.givenNames,
    familyNames: a.familyNames,
    dni: a.dni ?? '',
    office: isOffice(a.office) ? a.office : null,
    government: { id: a.government.id, name: a.government.name, level: a.government.level },
    termStart: a.termStart,
    termEnd: a.termEnd,
  };
}

/** Adds a woman authority to the register, or corrects one. */
export function AuthorityFormModal({ opened, authority, onClose }: { opened: boolean; authority: AuthorityFieldsFragment | null; onClose: () => void }) {
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={authority ? 'Corregir datos de la autoridad' : 'Agregar autoridad al registro'}>
      {opened && <AuthorityForm key={authority?.id ?? 'new'} authority={authority} onDone={onClose} />}
    </FormModal>
  );
}

function AuthorityForm({ authority, onDone }: { authority: AuthorityFieldsFragment | null; onDone: () => void }) {
  const [initial] = useState<AuthorityFormValues>(() => (authority ? valuesOf(authority) : EMPTY_AUTHORITY));
  const [values, setValues] = useState<AuthorityFormValues>(initial);
  const [errors, setErrors] = useState<AuthorityFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateAuthorityMutation, { refetchQueries: [RegisterQuery] });
  const [update, updateState] = useMutation(UpdateAuthorityMutation);
  const saving = createState.loading || updateState.loading;
  const { formRef, showInvalid } = useFocusFirstInvalid();
  const leave = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));

  const set = <K extends keyof AuthorityFormValues>(key: K, value: AuthorityFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found = validateAuthority(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return showInvalid();
    try {
      const input = toAuthorityInput(values);
      if (authority) await update({ variables: { id: authority.id, input } });
      else await create({ variables: { input } });
      notifications.show({
        color: 'green',
        title: authority ? 'Datos corregidos' : 'Autoridad agregada',
        message: `${input.familyNames}, ${input.givenNames}`,
      });
      leave.release();
      onDone();
    } catch (e) {
      setFailure(saveErrorMessage(e));
      // After an expiry the re-sign-in dialog takes the focus; otherwise it goes to what to fix.
      if (isSessionExpired(e)) return;
      setErrors((current) => ({ ...current, ...errorFields(e) }));
      showInvalid();
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Nombres"
            required
            value={values.givenNames}
            onChange={(e) => set('givenNames', e.currentTarget.value)}
            error={errors.givenNames}
            data-autofocus
          />
          <TextInput
            label="Apellidos"
            required
            value={values.familyNames}
            onChange={(e) => set('familyNames', e.currentTarget.value)}
            error={errors.familyNames}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="DNI"
            description="8 dígitos; opcional"
            inputMode="numeric"
            maxLength={8}
            value={values.dni}
            onChange={(e) => set('dni', e.currentTarget.value.replace(/\D/g, ''))}
            error={errors.dni}
          />
          <Select
            label="Cargo"
            required
            data={OFFICE_DEFINITIONS.map((d) => ({ value: d.office, label: d.label }))}
            value={values.office}
            onChange={(v) => {
              set('office', v as Office | null);
              // A government of another level no longer fits the office.
              if (values.government && levelOfOffice(v) !== levelOfOffice(values.office)) set('government', null);
            }}
            error={errors.office}
          />
        </SimpleGrid>
        <GovernmentSelect
          required
          value={values.government}
          onChange={(g) => set('government', g)}
          level={levelOfOffice(values.office)}
          description={values.office ? 'Solo gobiernos del nivel que corresponde al cargo' : 'Elija primero el cargo para acotar la búsqueda'}
          error={errors.government}
        />
        <SimpleGrid cols={2}>
          <NumberInput label="Inicio del periodo" min={2000} max={2100} value={values.termStart} onChange={(v) => set('termStart', v)} thousandSeparator="" />
          <NumberInput
            label="Fin del periodo"
            min={2000}
            max={2100}
            value={values.termEnd}
            onChange={(v) => set('termEnd', v)}
            error={errors.termEnd}
            thousandSeparator=""
          />
        </SimpleGrid>
        <FormFooter failure={failure ? { title: 'No se pudo guardar', message: failure } : null}>
          <Button variant="default" onClick={() => leave.cancel(onDone)} disabled={saving}>
            Cancelar
          </Button>
          <Button type="submit" loading={saving}>
            {authority ? 'Guardar cambios' : 'Agregar al registro'}
          </Button>
        </FormFooter>
      </Stack>
      {leave.element}
    </form>
  );
}

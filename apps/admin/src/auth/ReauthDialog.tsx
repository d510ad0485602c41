import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isRole } from '@gj/domain';
import { userMessage } from '../lib/errors';
import { SignInMutation } from './operations';
import type { Session } from './session';

/**
 * Shown over the page when the session ends while it is open: the same account signs in again
 * with its password and the page, with whatever form was being filled, stays as it was.
 */
export function ReauthDialog({ email, onResume, onSignOut }: { email: string; onResume: (session: Session) => void; onSignOut: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(SignInMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({ variables: { email, password } });
      const payload = data?.login;
      if (!payload || !isRole(payload.viewer.role)) throw new Error('unexpected sign-in answer');
      // Only the same account resumes the page: someone else must sign out first.
      if (payload.viewer.email.toLowerCase() !== email.toLowerCase()) throw new Error('another account');
      onResume({ token: payload.token, expiresAt: payload.expiresAt, viewer: payload.viewer });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      zIndex={500}
      centered
      title={<Text fw={700}>Su sesión ha expirado</Text>}
    >
      <form onSubmit={(e) => void submit(e)} aria-label="Volver a iniciar sesión">
        <Stack gap="sm">
          <Text size="sm">
            Para no perder lo que estaba haciendo, ingrese de nuevo la contraseña de <strong>{email}</strong>. Luego podrá guardar sus cambios.
          </Text>
          {error && (
            <Alert color="red" role="alert" title="No se pudo iniciar sesión">
              {error}
            </Alert>
          )}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput
            label="Contraseña"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="space-between" gap="sm">
            <Button variant="subtle" color="gray" onClick={onSignOut} disabled={loading}>
              Cerrar sesión
            </Button>
            <Button type="submit" loading={loading}>
              Volver a ingresar
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

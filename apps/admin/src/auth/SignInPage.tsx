import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isRole } from '@gj/domain';
import { usePageTitle } from '../components/usePageTitle';
import { userMessage } from '../lib/errors';
import { useAuth } from './AuthContext';
import { SignInMutation } from './operations';
import { landingPath } from './landing';

export function SignInPage() {
  const { session, notice, signIn } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(SignInMutation);
  usePageTitle('Iniciar sesión');

  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? landingPath(session.viewer.role)} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      const payload = data?.login;
      if (!payload || !isRole(payload.viewer.role)) throw new Error('unexpected sign-in answer');
      signIn({ token: payload.token, expiresAt: payload.expiresAt, viewer: payload.viewer });
    } catch (e) {
      setError(userMessage(e));
    }
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="md">
          <Box>
            <Text size="sm" c="dimmed">
              Estrategia Multisectorial
            </Text>
            <Title order={1} size="h2">
              Gobernando Juntas
            </Title>
            <Text size="sm" c="dimmed">
              Plataforma de seguimiento del plan de trabajo
            </Text>
          </Box>
          {notice && !error && (
            <Alert color="yellow" role="status" title="Sesión finalizada">
              {notice}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title="No se pudo iniciar sesión">
              {error}
            </Alert>
          )}
          <form onSubmit={submit} noValidate={false}>
            <Stack gap="sm">
              <TextInput
                label="Correo institucional"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                data-autofocus
              />
              <PasswordInput
                label="Contraseña"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={loading} fullWidth mt="xs">
                Ingresar
              </Button>
            </Stack>
          </form>
          <Text size="xs" c="dimmed">
            Si no tiene una cuenta o olvidó su contraseña, comuníquese con la coordinación del MIMP.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}

/**
 * Guards a form with unsaved changes: leaving the page (a link, the Back button or gesture), closing
 * or reloading the tab, and closing the modal it is in all ask first.
 */
import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

export const UNSAVED_QUESTION = 'Tiene cambios sin guardar. ¿Salir sin guardar?';

/** Asks whether to leave; `onLeave` discards the changes. */
export function LeaveDialog({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  return (
    <Modal opened={opened} onClose={onStay} title={<Text fw={700}>Cambios sin guardar</Text>} zIndex={400} centered>
      <Stack gap="md">
        <Text size="sm">{UNSAVED_QUESTION}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onStay} data-autofocus>
            Seguir editando
          </Button>
          <Button color="red" onClick={onLeave}>
            Salir sin guardar
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface FormModalState {
  setDirty(dirty: boolean): void;
  /** Closes the modal, asking first when its form has unsaved changes. */
  requestClose(): void;
}

const FormModalContext = createContext<FormModalState | null>(null);

/** A Mantine modal whose form (through useUnsavedChanges) keeps it from closing with unsaved changes. */
export function FormModal({ onClose, children, ...props }: ModalProps) {
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const requestClose = useCallback(() => (dirty.current ? setAsking(true) : onClose()), [onClose]);
  const state = useMemo<FormModalState>(() => ({ setDirty: (d) => (dirty.current = d), requestClose }), [requestClose]);
  return (
    <>
      <Modal onClose={requestClose} {...props}>
        <FormModalContext.Provider value={state}>{children}</FormModalContext.Provider>
      </Modal>
      <LeaveDialog
        opened={asking}
        onStay={() => setAsking(false)}
        onLeave={() => {
          setAsking(false);
          dirty.current = false;
          onClose();
        }}
      />
    </>
  );
}

/** Blocks in-app navigation (needs a data router: createBrowserRouter) while `when()` holds. */
function RouterGuard({ when }: { when: () => boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when() && currentLocation.pathname !== nextLocation.pathname);
  return <LeaveDialog opened={blocker.state === 'blocked'} onStay={() => blocker.reset?.()} onLeave={() => blocker.proceed?.()} />;
}

/**
 * Call in a form with whether it differs from what was loaded. Returns the element to render
 * (the question asked on navigation), `cancel` for the form's Cancel button, and `release` to
 * call right before leaving on purpose (after a successful save).
 */
export function useUnsavedChanges(dirty: boolean) {
  const modal = useContext(FormModalContext);
  // Without a data router (component tests, a MemoryRouter) navigation is not guarded.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const released = useRef(false);
  const dirtyRef = useRef(dirty);
  const [asking, setAsking] = useState<null | (() => void)>(null);

  useEffect(() => {
    dirtyRef.current = dirty;
    modal?.setDirty(dirty);
  }, [dirty, modal]);
  useEffect(() => () => modal?.setDirty(false), [modal]);

  // Closing or reloading the tab: the browser asks with its own words.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const when = useCallback(() => dirtyRef.current && !released.current, []);

  /** Runs `leave` (e.g. the parent's onCancel), asking first if there are unsaved changes. */
  const cancel = useCallback(
    (leave: () => void) => {
      if (!when()) return leave();
      if (modal) return modal.requestClose();
      setAsking(() => leave);
    },
    [modal, when],
  );
  const release = useCallback(() => {
    released.current = true;
    modal?.setDirty(false);
  }, [modal]);

  const element: ReactNode = (
    <>
      {dataRouter && <RouterGuard when={when} />}
      <LeaveDialog
        opened={asking !== null}
        onStay={() => setAsking(null)}
        onLeave={() => {
          const leave = asking;
          setAsking(null);
          release();
          leave?.();
        }}
      />
    </>
  );
  return { element, cancel, release };
}

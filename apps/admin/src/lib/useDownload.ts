import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { DownloadError, fetchFile, saveFile } from './download';
import { MESSAGES } from './errors';

/**
 * A file the API builds, downloaded with the session's token (the report's Excel and CSV, a plan's
 * spreadsheet): which download is under way, and why the last one failed, in Spanish. A 401 ends
 * the session, as any other request would.
 */
export function useDownload<K extends string | number>() {
  const { token } = useSession();
  const { signOut } = useAuth();
  const [busy, setBusy] = useState<K | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(key: K, url: string, fallbackName: string) {
    setBusy(key);
    setFailure(null);
    try {
      const file = await fetchFile(url, token, fallbackName);
      saveFile(file);
      notifications.show({ color: 'green', title: 'Descarga lista', message: file.fileName });
    } catch (e) {
      if (e instanceof DownloadError && e.status === 401) {
        signOut('expired');
        return;
      }
      setFailure(e instanceof DownloadError ? e.message : MESSAGES.generic);
    } finally {
      setBusy(null);
    }
  }

  return { busy, failure, clearFailure: () => setFailure(null), download };
}

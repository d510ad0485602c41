import { useEffect } from 'react';

/** Sets the browser tab's title, which screen readers also announce on navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Gobernando Juntas`;
  }, [title]);
}

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ActivityBadges } from './ActivityBadges';

describe('ActivityBadges', () => {
  it('shows the code, then each entity in charge, with its full name on hover when known', () => {
    renderWithTheme(
      <ActivityBadges
        activity={{
          code: '1.4',
          entities: [
            { code: 'PCM', shortName: 'PCM', name: 'Presidencia del Consejo de Ministros' },
            { code: 'MIMP', shortName: 'MIMP' },
          ],
        }}
      >
        <span>Plan con observaciones</span>
      </ActivityBadges>,
    );
    const code = screen.getByText('1.4');
    const pcm = screen.getByText('PCM').closest('.mantine-Badge-root')!;
    const mimp = screen.getByText('MIMP').closest('.mantine-Badge-root')!;
    expect(code.compareDocumentPosition(pcm) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(pcm).toHaveAttribute('title', 'Presidencia del Consejo de Ministros');
    expect(mimp).not.toHaveAttribute('title');
    expect(screen.getByText('Plan con observaciones')).toBeInTheDocument();
  });
});

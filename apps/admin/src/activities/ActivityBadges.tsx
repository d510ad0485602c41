import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What names an activity at a glance, on its card in the list and atop its own page: the code,
 * then the entities in charge (their full name on hover when known); `children` adds badges.
 */
export function ActivityBadges({
  activity,
  children,
}: {
  activity: { code: string; entities: readonly { code: string; shortName: string; name?: string }[] };
  children?: ReactNode;
}) {
  return (
    <Group gap="xs">
      <Badge variant="filled" color="grape" size="lg" radius="sm">
        {activity.code}
      </Badge>
      {activity.entities.map((e) => (
        <Badge key={e.code} variant="light" color="gray" title={e.name}>
          {e.shortName}
        </Badge>
      ))}
      {children}
    </Group>
  );
}

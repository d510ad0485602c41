import { Anchor, Badge, Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ActivityBadges } from './ActivityBadges';
import { MonthStrip, type MonthCell, type ScheduleMarkView } from './MonthStrip';
import { TargetProgress, type ProgressView, type TargetView } from './TargetProgress';

export interface ActivitySummary {
  code: string;
  year: number;
  name: string;
  objective: { code: string; name: string };
  entities: readonly { code: string; shortName: string }[];
  target: TargetView & { description: string };
  schedule: readonly ScheduleMarkView[];
  flags: readonly { field: string }[];
  progress: ProgressView;
  months: readonly MonthCell[];
}

/** One activity in "Mis actividades": target, progress and the 12-month strip. */
export function ActivityCard({ activity }: { activity: ActivitySummary }) {
  const headingId = `activity-${activity.code.replace('.', '-')}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="activity-card" data-code={activity.code}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={6}>
          <ActivityBadges activity={activity}>
            {activity.flags.length > 0 && (
              <Badge variant="outline" color="orange" title="El plan deja datos vacíos o ambiguos en esta actividad">
                Plan con observaciones
              </Badge>
            )}
          </ActivityBadges>
          <Title order={2} size="h5" id={headingId}>
            <Anchor component={Link} to={`/actividades/${activity.code}`} inherit>
              {activity.name}
            </Anchor>
          </Title>
          <Text size="sm">
            <Text span fw={600}>
              Meta:
            </Text>{' '}
            {activity.target.description}
          </Text>
        </Stack>
        <Stack gap="sm">
          <TargetProgress progress={activity.progress} target={activity.target} />
          <Box>
            <Text size="xs" c="dimmed" mb={4}>
              Meses programados y su estado
            </Text>
            <MonthStrip months={activity.months} schedule={activity.schedule} year={activity.year} size="sm" />
          </Box>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

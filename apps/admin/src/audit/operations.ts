import { graphql } from '../gql';

export const AuditTrailQuery = graphql(`
  query AuditTrail($entityCode: String, $activityCode: String, $actorEmail: String, $action: String, $from: String, $to: String, $first: Int, $after: String) {
    auditTrail(
      entityCode: $entityCode
      activityCode: $activityCode
      actorEmail: $actorEmail
      action: $action
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        occurredAt
        actorEmail
        actorRole
        action
        targetType
        targetId
        activityCode
        entities
        planYear
        before
        after
      }
    }
  }
`);

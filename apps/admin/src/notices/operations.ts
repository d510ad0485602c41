import { graphql } from '../gql';

/** The bell's badge: polled every minute and on every change of page. */
export const UnreadNoticeCountQuery = graphql(`
  query UnreadNoticeCount {
    unreadNoticeCount
  }
`);

/** The latest notices of the person signed in, newest first. */
export const LatestNoticesQuery = graphql(`
  query LatestNotices($first: Int) {
    notices(first: $first) {
      totalCount
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNoticesReadMutation = graphql(`
  mutation MarkNoticesRead($ids: [Int!]!) {
    markNoticesRead(ids: $ids)
  }
`);

export const MarkAllNoticesReadMutation = graphql(`
  mutation MarkAllNoticesRead {
    markAllNoticesRead
  }
`);

import { graphql } from '../gql';

/** The cursor of the next page, for every paginated list (see lib/useCursorPages). */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`);

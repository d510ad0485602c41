import { graphql } from '../gql';

export const AuthorityFieldsFragment = graphql(`
  fragment AuthorityFields on Authority {
    id
    givenNames
    familyNames
    dni
    office
    officeLabel
    active
    possibleDuplicateOf
    synthetic
    termStart
    termEnd
    government {
      ...GovernmentFields
    }
  }
`);

export const RegisterQuery = graphql(`
  query Register(
    $search: String
    $office: Office
    $departmentCode: String
    $governmentId: Int
    $includeInactive: Boolean
    $onlyPossibleDuplicates: Boolean
    $termStart: Int
    $first: Int
    $after: String
  ) {
    authorities(
      search: $search
      office: $office
      departmentCode: $departmentCode
      governmentId: $governmentId
      includeInactive: $includeInactive
      onlyPossibleDuplicates: $onlyPossibleDuplicates
      termStart: $termStart
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...AuthorityFields
      }
    }
  }
`);

export const AuthorityQuery = graphql(`
  query Authority($id: Int!) {
    authority(id: $id) {
      ...AuthorityFields
    }
  }
`);

export const CreateAuthorityMutation = graphql(`
  mutation CreateAuthority($input: AuthorityInput!) {
    createAuthority(input: $input) {
      ...AuthorityFields
    }
  }
`);

export const UpdateAuthorityMutation = graphql(`
  mutation UpdateAuthority($id: Int!, $input: AuthorityInput!) {
    updateAuthority(id: $id, input: $input) {
      ...AuthorityFields
    }
  }
`);

export const SetAuthorityActiveMutation = graphql(`
  mutation SetAuthorityActive($id: Int!, $active: Boolean!) {
    setAuthorityActive(id: $id, active: $active) {
      ...AuthorityFields
    }
  }
`);

export const ResolveDuplicateMutation = graphql(`
  mutation ResolveDuplicate($id: Int!, $merge: Boolean!) {
    resolveDuplicate(id: $id, merge: $merge) {
      ...AuthorityFields
    }
  }
`);

export const ImportAuthoritiesMutation = graphql(`
  mutation ImportAuthorities($fileName: String!, $contentBase64: String!, $termStart: Int) {
    importAuthorities(fileName: $fileName, contentBase64: $contentBase64, termStart: $termStart) {
      created
      updated
      unchanged
      continuing
      skipped
      review {
        line
        reviewId
        reason
        message
      }
      warnings {
        line
        message
      }
      flagged {
        line
        id
        possibleDuplicateOf
      }
      errors {
        line
        message
      }
    }
  }
`);

export const RegisterReviewsQuery = graphql(`
  query RegisterReviews {
    registerReviews {
      id
      authorityId
      reason
      message
      line
      createdAt
      createdBy
      proposed {
        givenNames
        familyNames
        dni
        officeLabel
        governmentId
        termStart
        termEnd
      }
    }
  }
`);

export const ResolveRegisterReviewMutation = graphql(`
  mutation ResolveRegisterReview($id: Int!, $apply: Boolean!) {
    resolveRegisterReview(id: $id, apply: $apply) {
      id
      resolution
    }
  }
`);

/** The terms of office the platform knows, each with its register size, plan-years and census. */
export const TermsQuery = graphql(`
  query Terms {
    terms {
      start
      end
      label
      authorities
      planYears
      census {
        source
        leadingAuthorities
        counts {
          office
          label
          women
          seats
        }
      }
    }
  }
`);

export const SetCensusMutation = graphql(`
  mutation SetCensus($termStart: Int!, $source: String!, $counts: [CensusCountInput!]!) {
    setCensus(termStart: $termStart, source: $source, counts: $counts) {
      source
      leadingAuthorities
    }
  }
`);

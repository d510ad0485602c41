import { graphql } from '../gql';

/** A means of verification attached to an execution (uploaded and downloaded over /api). */
export const EvidenceFileFieldsFragment = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    executionId
    fileName
    contentType
    size
    uploadedBy
    uploadedAt
    downloadPath
  }
`);

export const ExecutionFieldsFragment = graphql(`
  fragment ExecutionFields on Execution {
    id
    activityCode
    date
    kind
    title
    modality
    place
    evidenceUrl
    notes
    entityCode
    recordedBy {
      entity {
        code
        shortName
      }
    }
    version
    participantCount
    evidence {
      ...EvidenceFileFields
    }
  }
`);

/** An execution's files as they are now, after an upload or a deletion (updates the cached execution). */
export const ExecutionEvidenceQuery = graphql(`
  query ExecutionEvidence($id: Int!) {
    execution(id: $id) {
      id
      evidence {
        ...EvidenceFileFields
      }
    }
  }
`);

export const DeleteEvidenceMutation = graphql(`
  mutation DeleteEvidence($id: Int!) {
    deleteEvidence(id: $id)
  }
`);

export const ExecutionParticipantsQuery = graphql(`
  query ExecutionParticipants($id: Int!) {
    execution(id: $id) {
      id
      version
      participantCount
      participants {
        outcome
        authority {
          id
          givenNames
          familyNames
          dni
          officeLabel
          active
          government {
            id
            name
          }
        }
      }
    }
  }
`);

/** The execution as it is now, to start over after someone else changed it. */
export const ExecutionCurrentQuery = graphql(`
  query ExecutionCurrent($id: Int!) {
    execution(id: $id) {
      ...ExecutionFields
    }
  }
`);

export const CreateExecutionMutation = graphql(`
  mutation CreateExecution($activityCode: String!, $year: Int, $input: ExecutionInput!, $participants: [ParticipantInput!]) {
    createExecution(activityCode: $activityCode, year: $year, input: $input, participants: $participants) {
      ...ExecutionFields
    }
  }
`);

export const UpdateExecutionMutation = graphql(`
  mutation UpdateExecution($id: Int!, $version: Int!, $input: ExecutionInput!) {
    updateExecution(id: $id, version: $version, input: $input) {
      ...ExecutionFields
    }
  }
`);

export const DeleteExecutionMutation = graphql(`
  mutation DeleteExecution($id: Int!) {
    deleteExecution(id: $id)
  }
`);

export const AddParticipantsMutation = graphql(`
  mutation AddParticipants($executionId: Int!, $participants: [ParticipantInput!]!) {
    addParticipants(executionId: $executionId, participants: $participants) {
      id
      version
      participantCount
    }
  }
`);

export const RemoveParticipantsMutation = graphql(`
  mutation RemoveParticipants($executionId: Int!, $authorityIds: [Int!]!) {
    removeParticipants(executionId: $executionId, authorityIds: $authorityIds) {
      id
      version
      participantCount
    }
  }
`);

export const ImportParticipantsMutation = graphql(`
  mutation ImportParticipants($executionId: Int!, $fileName: String!, $contentBase64: String!) {
    importParticipants(executionId: $executionId, fileName: $fileName, contentBase64: $contentBase64) {
      inserted
      updated
      warnings {
        line
        message
      }
      errors {
        line
        message
      }
    }
  }
`);

/** The register as focal points search it to pick participants. */
export const FindAuthoritiesQuery = graphql(`
  query FindAuthorities(
    $search: String
    $office: Office
    $governmentId: Int
    $first: Int
    $withActivity: Boolean! = false
    $activityCode: String! = ""
    $year: Int! = 0
  ) {
    authorities(search: $search, office: $office, governmentId: $governmentId, first: $first) {
      totalCount
      nodes {
        id
        givenNames
        familyNames
        dni
        officeLabel
        government {
          id
          name
        }
        participationIn(activityCode: $activityCode, year: $year) @include(if: $withActivity) {
          executionId
          date
        }
      }
    }
  }
`);

import { graphql } from '../gql';

export const AccountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    email
    role
    entityCode
    active
    createdAt
  }
`);

export const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      ...AccountFields
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($email: String!, $role: Role!, $password: String!, $entityCode: String) {
    createAccount(email: $email, role: $role, password: $password, entityCode: $entityCode) {
      ...AccountFields
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($email: String!, $active: Boolean!) {
    setAccountActive(email: $email, active: $active) {
      ...AccountFields
    }
  }
`);

import { graphql } from '../gql';

export const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      viewer {
        email
        role
        entity {
          code
          name
          shortName
        }
      }
    }
  }
`);

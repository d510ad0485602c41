import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema as parseSDL, isNonNullType, isListType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaSDL } from './schema.js';

const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

describe('GraphQL schema', () => {
  it('matches the committed schema.graphql (run `npm run schema -w @gj/api` after a change)', async () => {
    expect(await printSchemaSDL()).toBe(committed);
  });

  /** The minimum contract integrators depend on (issue "Foundation"): names and types must hold. */
  const CONTRACT: Record<string, Record<string, string>> = {
    Query: { viewer: 'Viewer', entities: '[Entity!]!', activities: '[Activity!]!', activity: 'Activity' },
    Mutation: { login: 'AuthPayload!' },
    AuthPayload: { token: 'String!', viewer: 'Viewer!' },
    Viewer: { email: 'String!', role: 'Role!', entity: 'Entity' },
    Entity: { code: 'String!', name: 'String!' },
    Objective: { code: 'String!', name: 'String!' },
    Unit: { code: 'String!', name: 'String!', entity: 'Entity!' },
    Target: { value: 'Float!', unit: 'TargetUnit!', description: 'String!' },
    Activity: {
      code: 'String!',
      name: 'String!',
      objective: 'Objective!',
      responsibleUnits: '[Unit!]!',
      target: 'Target!',
      indicator: 'String',
      plannedMonths: '[Int!]!',
      strategyObjectives: '[String!]!',
    },
  };

  const schema = parseSDL(committed);
  const fieldOf = (type: GraphQLNamedType | undefined, name: string) =>
    (type as GraphQLObjectType | undefined)?.getFields()[name] as GraphQLField<unknown, unknown> | undefined;

  it.each(Object.entries(CONTRACT))('keeps the contract of %s', (typeName, fields) => {
    const type = schema.getType(typeName);
    for (const [field, expected] of Object.entries(fields)) expect(`${field}: ${String(fieldOf(type, field)?.type)}`).toBe(`${field}: ${expected}`);
  });

  it('keeps the contract arguments and enums', () => {
    const query = schema.getQueryType()!;
    expect(query.getFields().activities!.args.map((a) => `${a.name}: ${String(a.type)}`)).toContain('year: Int');
    expect(
      query
        .getFields()
        .activity!.args.map((a) => `${a.name}: ${String(a.type)}`)
        .sort(),
    ).toEqual(['code: String!', 'year: Int']);
    const login = schema.getMutationType()!.getFields().login!;
    expect(login.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['email: String!', 'password: String!']);
    const values = (name: string) =>
      (schema.getType(name) as unknown as { getValues(): { name: string }[] })
        .getValues()
        .map((v) => v.name)
        .sort();
    expect(values('Role')).toEqual(['COORDINATOR', 'FOCAL_POINT', 'INTEGRATOR']);
    expect(values('TargetUnit')).toEqual(['COUNT', 'PERCENT']);
    // Sanity: list types are lists of non-null items.
    const planned = fieldOf(schema.getType('Activity'), 'plannedMonths')!.type;
    expect(isNonNullType(planned) && isListType(planned.ofType)).toBe(true);
  });
});

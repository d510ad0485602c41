/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    role\n    entityCode\n    active\n    createdAt\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($email: String!, $role: Role!, $password: String!, $entityCode: String) {\n    createAccount(email: $email, role: $role, password: $password, entityCode: $entityCode) {\n      ...AccountFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation SetAccountActive($email: String!, $active: Boolean!) {\n    setAccountActive(email: $email, active: $active) {\n      ...AccountFields\n    }\n  }\n": typeof types.SetAccountActiveDocument,
    "\n  fragment ProgressFields on Progress {\n    achieved\n    target\n    percentOfTarget\n    remaining\n    met\n    numerator\n    denominator\n    required\n    missing\n    counted\n    warnings\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  fragment MonthFields on MonthState {\n    month\n    planned\n    executions\n    status\n  }\n": typeof types.MonthFieldsFragmentDoc,
    "\n  query ActivitiesOverview($year: Int!, $asOf: String!) {\n    plan(year: $year) {\n      year\n      objectives {\n        code\n        name\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      entities {\n        code\n        shortName\n      }\n      target {\n        value\n        unit\n        counted\n        description\n      }\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n      }\n      flags {\n        field\n      }\n      progress(asOf: $asOf) {\n        ...ProgressFields\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n": typeof types.ActivitiesOverviewDocument,
    "\n  query ActivityDetail($code: String!, $year: Int!, $asOf: String!) {\n    activity(code: $code, year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      responsibleUnits {\n        code\n        name\n        isWholeEntity\n        entity {\n          code\n          shortName\n        }\n      }\n      entities {\n        code\n        shortName\n        name\n      }\n      target {\n        value\n        unit\n        counted\n        description\n        composition {\n          key\n          label\n          value\n        }\n      }\n      originalTarget {\n        value\n        unit\n      }\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n      indicator\n      strategyObjectives\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n        note\n      }\n      scheduleAmbiguous\n      flags {\n        field\n        message\n      }\n      footnotes {\n        number\n        text\n      }\n      interpretation\n      progress(asOf: $asOf) {\n        ...ProgressFields\n        byOffice {\n          office\n          label\n          count\n        }\n        byDepartment {\n          departmentCode\n          departmentName\n          count\n        }\n        parts {\n          key\n          label\n          target\n          achieved\n          counted\n        }\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n      executions {\n        ...ExecutionFields\n      }\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    entityCode\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $entityCode: String) {\n    createApiKey(name: $name, entityCode: $entityCode) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditTrail($entityCode: String, $activityCode: String, $actorEmail: String, $action: String, $from: String, $to: String, $first: Int, $after: String) {\n    auditTrail(\n      entityCode: $entityCode\n      activityCode: $activityCode\n      actorEmail: $actorEmail\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        actorRole\n        action\n        targetType\n        targetId\n        activityCode\n        entities\n        planYear\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      viewer {\n        email\n        role\n        entity {\n          code\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment GovernmentFields on Government {\n    id\n    name\n    level\n    ubigeo\n    department {\n      code\n      name\n    }\n  }\n": typeof types.GovernmentFieldsFragmentDoc,
    "\n  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {\n    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {\n      ...GovernmentFields\n    }\n  }\n": typeof types.GovernmentsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  fragment AuthorityFields on Authority {\n    id\n    givenNames\n    familyNames\n    dni\n    office\n    officeLabel\n    active\n    possibleDuplicateOf\n    synthetic\n    termStart\n    termEnd\n    government {\n      ...GovernmentFields\n    }\n  }\n": typeof types.AuthorityFieldsFragmentDoc,
    "\n  query Register(\n    $search: String\n    $office: Office\n    $departmentCode: String\n    $governmentId: Int\n    $includeInactive: Boolean\n    $onlyPossibleDuplicates: Boolean\n    $termStart: Int\n    $first: Int\n    $after: String\n  ) {\n    authorities(\n      search: $search\n      office: $office\n      departmentCode: $departmentCode\n      governmentId: $governmentId\n      includeInactive: $includeInactive\n      onlyPossibleDuplicates: $onlyPossibleDuplicates\n      termStart: $termStart\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuthorityFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query Authority($id: Int!) {\n    authority(id: $id) {\n      ...AuthorityFields\n    }\n  }\n": typeof types.AuthorityDocument,
    "\n  mutation CreateAuthority($input: AuthorityInput!) {\n    createAuthority(input: $input) {\n      ...AuthorityFields\n    }\n  }\n": typeof types.CreateAuthorityDocument,
    "\n  mutation UpdateAuthority($id: Int!, $input: AuthorityInput!) {\n    updateAuthority(id: $id, input: $input) {\n      ...AuthorityFields\n    }\n  }\n": typeof types.UpdateAuthorityDocument,
    "\n  mutation SetAuthorityActive($id: Int!, $active: Boolean!) {\n    setAuthorityActive(id: $id, active: $active) {\n      ...AuthorityFields\n    }\n  }\n": typeof types.SetAuthorityActiveDocument,
    "\n  mutation ResolveDuplicate($id: Int!, $merge: Boolean!) {\n    resolveDuplicate(id: $id, merge: $merge) {\n      ...AuthorityFields\n    }\n  }\n": typeof types.ResolveDuplicateDocument,
    "\n  mutation ImportAuthorities($fileName: String!, $contentBase64: String!, $termStart: Int) {\n    importAuthorities(fileName: $fileName, contentBase64: $contentBase64, termStart: $termStart) {\n      created\n      updated\n      unchanged\n      continuing\n      skipped\n      review {\n        line\n        reviewId\n        reason\n        message\n      }\n      warnings {\n        line\n        message\n      }\n      flagged {\n        line\n        id\n        possibleDuplicateOf\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportAuthoritiesDocument,
    "\n  query RegisterReviews {\n    registerReviews {\n      id\n      authorityId\n      reason\n      message\n      line\n      createdAt\n      createdBy\n      proposed {\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        governmentId\n        termStart\n        termEnd\n      }\n    }\n  }\n": typeof types.RegisterReviewsDocument,
    "\n  mutation ResolveRegisterReview($id: Int!, $apply: Boolean!) {\n    resolveRegisterReview(id: $id, apply: $apply) {\n      id\n      resolution\n    }\n  }\n": typeof types.ResolveRegisterReviewDocument,
    "\n  query Terms {\n    terms {\n      start\n      end\n      label\n      authorities\n      planYears\n      census {\n        source\n        leadingAuthorities\n        counts {\n          office\n          label\n          women\n          seats\n        }\n      }\n    }\n  }\n": typeof types.TermsDocument,
    "\n  mutation SetCensus($termStart: Int!, $source: String!, $counts: [CensusCountInput!]!) {\n    setCensus(termStart: $termStart, source: $source, counts: $counts) {\n      source\n      leadingAuthorities\n    }\n  }\n": typeof types.SetCensusDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment SubmissionFields on MonthlySubmission {\n    entityCode\n    year\n    month\n    status\n    comment\n    submittedAt\n    submittedBy\n    reviewedAt\n    reviewedBy\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  query MonthlySubmissions($year: Int!) {\n    monthlySubmissions(year: $year) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.MonthlySubmissionsDocument,
    "\n  query ExecutionsPerMonth($year: Int!, $asOf: String!) {\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        month\n        executions\n      }\n    }\n  }\n": typeof types.ExecutionsPerMonthDocument,
    "\n  mutation SubmitMonth($year: Int!, $month: Int!) {\n    submitMonth(year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.SubmitMonthDocument,
    "\n  mutation ApproveMonth($entityCode: String!, $year: Int!, $month: Int!) {\n    approveMonth(entityCode: $entityCode, year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.ApproveMonthDocument,
    "\n  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.ReturnMonthDocument,
    "\n  mutation ReopenMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    reopenMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n": typeof types.ReopenMonthDocument,
    "\n  query Dashboard($year: Int!, $asOf: String!) {\n    entities {\n      code\n      shortName\n    }\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      activities {\n        code\n        name\n        percentOfTarget\n        met\n      }\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        plannedMonths\n        doneMonths\n        delayedMonths\n        reachedAuthorities\n      }\n      byObjective {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byEntity {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byDepartment {\n        key\n        label\n        reached\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Entities {\n    entities {\n      code\n      name\n      shortName\n    }\n    units {\n      ...UnitFields\n    }\n  }\n": typeof types.EntitiesDocument,
    "\n  query EntityOptions {\n    entities {\n      code\n      name\n      shortName\n    }\n  }\n": typeof types.EntityOptionsDocument,
    "\n  mutation CreateEntity($code: String!, $name: String!, $shortName: String) {\n    createEntity(code: $code, name: $name, shortName: $shortName) {\n      code\n      name\n      shortName\n    }\n  }\n": typeof types.CreateEntityDocument,
    "\n  mutation CreateUnit($entityCode: String!, $code: String!, $name: String!) {\n    createUnit(entityCode: $entityCode, code: $code, name: $name) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  fragment ExecutionFields on Execution {\n    id\n    activityCode\n    date\n    kind\n    title\n    modality\n    place\n    evidenceUrl\n    notes\n    entityCode\n    version\n    participantCount\n  }\n": typeof types.ExecutionFieldsFragmentDoc,
    "\n  query ExecutionParticipants($id: Int!) {\n    execution(id: $id) {\n      id\n      version\n      participantCount\n      participants {\n        outcome\n        authority {\n          id\n          givenNames\n          familyNames\n          dni\n          officeLabel\n          active\n          government {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExecutionParticipantsDocument,
    "\n  query ExecutionCurrent($id: Int!) {\n    execution(id: $id) {\n      ...ExecutionFields\n    }\n  }\n": typeof types.ExecutionCurrentDocument,
    "\n  mutation CreateExecution($activityCode: String!, $year: Int, $input: ExecutionInput!, $participants: [ParticipantInput!]) {\n    createExecution(activityCode: $activityCode, year: $year, input: $input, participants: $participants) {\n      ...ExecutionFields\n    }\n  }\n": typeof types.CreateExecutionDocument,
    "\n  mutation UpdateExecution($id: Int!, $version: Int!, $input: ExecutionInput!) {\n    updateExecution(id: $id, version: $version, input: $input) {\n      ...ExecutionFields\n    }\n  }\n": typeof types.UpdateExecutionDocument,
    "\n  mutation DeleteExecution($id: Int!) {\n    deleteExecution(id: $id)\n  }\n": typeof types.DeleteExecutionDocument,
    "\n  mutation AddParticipants($executionId: Int!, $participants: [ParticipantInput!]!) {\n    addParticipants(executionId: $executionId, participants: $participants) {\n      id\n      version\n      participantCount\n    }\n  }\n": typeof types.AddParticipantsDocument,
    "\n  mutation RemoveParticipants($executionId: Int!, $authorityIds: [Int!]!) {\n    removeParticipants(executionId: $executionId, authorityIds: $authorityIds) {\n      id\n      version\n      participantCount\n    }\n  }\n": typeof types.RemoveParticipantsDocument,
    "\n  mutation ImportParticipants($executionId: Int!, $fileName: String!, $contentBase64: String!) {\n    importParticipants(executionId: $executionId, fileName: $fileName, contentBase64: $contentBase64) {\n      inserted\n      updated\n      warnings {\n        line\n        message\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportParticipantsDocument,
    "\n  query FindAuthorities($search: String, $office: Office, $governmentId: Int, $first: Int) {\n    authorities(search: $search, office: $office, governmentId: $governmentId, first: $first) {\n      totalCount\n      nodes {\n        id\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        government {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FindAuthoritiesDocument,
    "\n  fragment PlanFields on Plan {\n    year\n    status\n    title\n    legalBasis\n    generalObjective\n    publishedAt\n    closedAt\n    objectives {\n      code\n      name\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  query PlanYears {\n    planYears\n    plans {\n      year\n      status\n    }\n    defaultPlan: plan {\n      year\n    }\n  }\n": typeof types.PlanYearsDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  fragment ReprogrammingFields on Reprogramming {\n    effectiveDate\n    reason\n    document\n    summary\n    createdBy\n    createdAt\n    plannedMonths\n    unitCodes\n    target {\n      value\n      unit\n    }\n    previousTarget {\n      value\n      unit\n    }\n  }\n": typeof types.ReprogrammingFieldsFragmentDoc,
    "\n  fragment PlanActivityFields on Activity {\n    code\n    year\n    name\n    objective {\n      code\n      name\n    }\n    responsibleUnits {\n      code\n      name\n      isWholeEntity\n      entity {\n        code\n        shortName\n      }\n    }\n    target {\n      value\n      unit\n      counted\n      description\n      composition {\n        key\n        label\n        value\n      }\n    }\n    originalTarget {\n      value\n      unit\n    }\n    indicator\n    plannedMonths\n    schedule {\n      candidates\n      reading\n      ambiguous\n      note\n    }\n    strategyObjectives\n    footnotes {\n      number\n      text\n    }\n    interpretation\n    reprogrammings {\n      effectiveDate\n    }\n  }\n": typeof types.PlanActivityFieldsFragmentDoc,
    "\n  query ActivityReprogrammings($year: Int!, $code: String!) {\n    activity(year: $year, code: $code) {\n      code\n      year\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n": typeof types.ActivityReprogrammingsDocument,
    "\n  fragment UnitFields on Unit {\n    code\n    name\n    isWholeEntity\n    entity {\n      code\n      shortName\n      name\n    }\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query PlanEditor($year: Int!) {\n    plan(year: $year) {\n      ...PlanFields\n    }\n    activities(year: $year) {\n      ...PlanActivityFields\n    }\n    units {\n      ...UnitFields\n    }\n  }\n": typeof types.PlanEditorDocument,
    "\n  mutation CreatePlan($year: Int!, $copyFrom: Int) {\n    createPlan(year: $year, copyFrom: $copyFrom) {\n      ...PlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation UpdatePlan($year: Int!, $input: PlanInput!) {\n    updatePlan(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation SavePlanActivity($year: Int!, $input: PlanActivityInput!) {\n    savePlanActivity(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.SavePlanActivityDocument,
    "\n  mutation DeletePlanActivity($year: Int!, $code: String!) {\n    deletePlanActivity(year: $year, code: $code) {\n      ...PlanFields\n    }\n  }\n": typeof types.DeletePlanActivityDocument,
    "\n  mutation ImportPlan($year: Int!, $fileName: String!, $contentBase64: String!) {\n    importPlan(year: $year, fileName: $fileName, contentBase64: $contentBase64) {\n      plan {\n        ...PlanFields\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  mutation PublishPlan($year: Int!) {\n    publishPlan(year: $year) {\n      ...PlanFields\n    }\n  }\n": typeof types.PublishPlanDocument,
    "\n  mutation ClosePlan($year: Int!) {\n    closePlan(year: $year) {\n      ...PlanFields\n    }\n  }\n": typeof types.ClosePlanDocument,
    "\n  mutation ReprogramActivity($year: Int!, $code: String!, $input: ReprogrammingInput!) {\n    reprogramActivity(year: $year, code: $code, input: $input) {\n      ...PlanActivityFields\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n": typeof types.ReprogramActivityDocument,
    "\n  query ConsolidatedReport($year: Int!, $asOf: String!) {\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        behind\n        reachedAuthorities\n      }\n      activities {\n        code\n        name\n        objectiveCode\n        entities\n        strategyObjectives\n        originalTargetValue\n        targetValue\n        targetUnit\n        achieved\n        percentOfTarget\n        expectedPercent\n        met\n        behind\n        executions\n        plannedMonths\n        executedMonths\n        delayedMonths\n      }\n      byObjective {\n        ...ReportGroupFields\n      }\n      byEntity {\n        ...ReportGroupFields\n      }\n      byStrategyObjective {\n        ...ReportGroupFields\n      }\n      byOffice {\n        ...ReachFields\n      }\n      byDepartment {\n        ...ReachFields\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n  }\n": typeof types.ConsolidatedReportDocument,
    "\n  fragment ReportGroupFields on ReportGroup {\n    key\n    label\n    activities\n    averagePercentOfTarget\n    targetsMet\n    withDelays\n    behind\n  }\n": typeof types.ReportGroupFieldsFragmentDoc,
    "\n  fragment ReachFields on ReachRow {\n    key\n    label\n    reached\n    inRegister\n  }\n": typeof types.ReachFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    kind\n    activityCode\n    message\n  }\n": typeof types.AlertFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    role\n    entityCode\n    active\n    createdAt\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($email: String!, $role: Role!, $password: String!, $entityCode: String) {\n    createAccount(email: $email, role: $role, password: $password, entityCode: $entityCode) {\n      ...AccountFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation SetAccountActive($email: String!, $active: Boolean!) {\n    setAccountActive(email: $email, active: $active) {\n      ...AccountFields\n    }\n  }\n": types.SetAccountActiveDocument,
    "\n  fragment ProgressFields on Progress {\n    achieved\n    target\n    percentOfTarget\n    remaining\n    met\n    numerator\n    denominator\n    required\n    missing\n    counted\n    warnings\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  fragment MonthFields on MonthState {\n    month\n    planned\n    executions\n    status\n  }\n": types.MonthFieldsFragmentDoc,
    "\n  query ActivitiesOverview($year: Int!, $asOf: String!) {\n    plan(year: $year) {\n      year\n      objectives {\n        code\n        name\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      entities {\n        code\n        shortName\n      }\n      target {\n        value\n        unit\n        counted\n        description\n      }\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n      }\n      flags {\n        field\n      }\n      progress(asOf: $asOf) {\n        ...ProgressFields\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n": types.ActivitiesOverviewDocument,
    "\n  query ActivityDetail($code: String!, $year: Int!, $asOf: String!) {\n    activity(code: $code, year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      responsibleUnits {\n        code\n        name\n        isWholeEntity\n        entity {\n          code\n          shortName\n        }\n      }\n      entities {\n        code\n        shortName\n        name\n      }\n      target {\n        value\n        unit\n        counted\n        description\n        composition {\n          key\n          label\n          value\n        }\n      }\n      originalTarget {\n        value\n        unit\n      }\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n      indicator\n      strategyObjectives\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n        note\n      }\n      scheduleAmbiguous\n      flags {\n        field\n        message\n      }\n      footnotes {\n        number\n        text\n      }\n      interpretation\n      progress(asOf: $asOf) {\n        ...ProgressFields\n        byOffice {\n          office\n          label\n          count\n        }\n        byDepartment {\n          departmentCode\n          departmentName\n          count\n        }\n        parts {\n          key\n          label\n          target\n          achieved\n          counted\n        }\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n      executions {\n        ...ExecutionFields\n      }\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    entityCode\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $entityCode: String) {\n    createApiKey(name: $name, entityCode: $entityCode) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditTrail($entityCode: String, $activityCode: String, $actorEmail: String, $action: String, $from: String, $to: String, $first: Int, $after: String) {\n    auditTrail(\n      entityCode: $entityCode\n      activityCode: $activityCode\n      actorEmail: $actorEmail\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        actorRole\n        action\n        targetType\n        targetId\n        activityCode\n        entities\n        planYear\n        before\n        after\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      viewer {\n        email\n        role\n        entity {\n          code\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  fragment GovernmentFields on Government {\n    id\n    name\n    level\n    ubigeo\n    department {\n      code\n      name\n    }\n  }\n": types.GovernmentFieldsFragmentDoc,
    "\n  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {\n    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {\n      ...GovernmentFields\n    }\n  }\n": types.GovernmentsDocument,
    "\n  query Departments {\n    departments {\n      code\n      name\n    }\n  }\n": types.DepartmentsDocument,
    "\n  fragment AuthorityFields on Authority {\n    id\n    givenNames\n    familyNames\n    dni\n    office\n    officeLabel\n    active\n    possibleDuplicateOf\n    synthetic\n    termStart\n    termEnd\n    government {\n      ...GovernmentFields\n    }\n  }\n": types.AuthorityFieldsFragmentDoc,
    "\n  query Register(\n    $search: String\n    $office: Office\n    $departmentCode: String\n    $governmentId: Int\n    $includeInactive: Boolean\n    $onlyPossibleDuplicates: Boolean\n    $termStart: Int\n    $first: Int\n    $after: String\n  ) {\n    authorities(\n      search: $search\n      office: $office\n      departmentCode: $departmentCode\n      governmentId: $governmentId\n      includeInactive: $includeInactive\n      onlyPossibleDuplicates: $onlyPossibleDuplicates\n      termStart: $termStart\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuthorityFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query Authority($id: Int!) {\n    authority(id: $id) {\n      ...AuthorityFields\n    }\n  }\n": types.AuthorityDocument,
    "\n  mutation CreateAuthority($input: AuthorityInput!) {\n    createAuthority(input: $input) {\n      ...AuthorityFields\n    }\n  }\n": types.CreateAuthorityDocument,
    "\n  mutation UpdateAuthority($id: Int!, $input: AuthorityInput!) {\n    updateAuthority(id: $id, input: $input) {\n      ...AuthorityFields\n    }\n  }\n": types.UpdateAuthorityDocument,
    "\n  mutation SetAuthorityActive($id: Int!, $active: Boolean!) {\n    setAuthorityActive(id: $id, active: $active) {\n      ...AuthorityFields\n    }\n  }\n": types.SetAuthorityActiveDocument,
    "\n  mutation ResolveDuplicate($id: Int!, $merge: Boolean!) {\n    resolveDuplicate(id: $id, merge: $merge) {\n      ...AuthorityFields\n    }\n  }\n": types.ResolveDuplicateDocument,
    "\n  mutation ImportAuthorities($fileName: String!, $contentBase64: String!, $termStart: Int) {\n    importAuthorities(fileName: $fileName, contentBase64: $contentBase64, termStart: $termStart) {\n      created\n      updated\n      unchanged\n      continuing\n      skipped\n      review {\n        line\n        reviewId\n        reason\n        message\n      }\n      warnings {\n        line\n        message\n      }\n      flagged {\n        line\n        id\n        possibleDuplicateOf\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportAuthoritiesDocument,
    "\n  query RegisterReviews {\n    registerReviews {\n      id\n      authorityId\n      reason\n      message\n      line\n      createdAt\n      createdBy\n      proposed {\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        governmentId\n        termStart\n        termEnd\n      }\n    }\n  }\n": types.RegisterReviewsDocument,
    "\n  mutation ResolveRegisterReview($id: Int!, $apply: Boolean!) {\n    resolveRegisterReview(id: $id, apply: $apply) {\n      id\n      resolution\n    }\n  }\n": types.ResolveRegisterReviewDocument,
    "\n  query Terms {\n    terms {\n      start\n      end\n      label\n      authorities\n      planYears\n      census {\n        source\n        leadingAuthorities\n        counts {\n          office\n          label\n          women\n          seats\n        }\n      }\n    }\n  }\n": types.TermsDocument,
    "\n  mutation SetCensus($termStart: Int!, $source: String!, $counts: [CensusCountInput!]!) {\n    setCensus(termStart: $termStart, source: $source, counts: $counts) {\n      source\n      leadingAuthorities\n    }\n  }\n": types.SetCensusDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment SubmissionFields on MonthlySubmission {\n    entityCode\n    year\n    month\n    status\n    comment\n    submittedAt\n    submittedBy\n    reviewedAt\n    reviewedBy\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  query MonthlySubmissions($year: Int!) {\n    monthlySubmissions(year: $year) {\n      ...SubmissionFields\n    }\n  }\n": types.MonthlySubmissionsDocument,
    "\n  query ExecutionsPerMonth($year: Int!, $asOf: String!) {\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        month\n        executions\n      }\n    }\n  }\n": types.ExecutionsPerMonthDocument,
    "\n  mutation SubmitMonth($year: Int!, $month: Int!) {\n    submitMonth(year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n": types.SubmitMonthDocument,
    "\n  mutation ApproveMonth($entityCode: String!, $year: Int!, $month: Int!) {\n    approveMonth(entityCode: $entityCode, year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n": types.ApproveMonthDocument,
    "\n  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n": types.ReturnMonthDocument,
    "\n  mutation ReopenMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    reopenMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n": types.ReopenMonthDocument,
    "\n  query Dashboard($year: Int!, $asOf: String!) {\n    entities {\n      code\n      shortName\n    }\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      activities {\n        code\n        name\n        percentOfTarget\n        met\n      }\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        plannedMonths\n        doneMonths\n        delayedMonths\n        reachedAuthorities\n      }\n      byObjective {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byEntity {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byDepartment {\n        key\n        label\n        reached\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Entities {\n    entities {\n      code\n      name\n      shortName\n    }\n    units {\n      ...UnitFields\n    }\n  }\n": types.EntitiesDocument,
    "\n  query EntityOptions {\n    entities {\n      code\n      name\n      shortName\n    }\n  }\n": types.EntityOptionsDocument,
    "\n  mutation CreateEntity($code: String!, $name: String!, $shortName: String) {\n    createEntity(code: $code, name: $name, shortName: $shortName) {\n      code\n      name\n      shortName\n    }\n  }\n": types.CreateEntityDocument,
    "\n  mutation CreateUnit($entityCode: String!, $code: String!, $name: String!) {\n    createUnit(entityCode: $entityCode, code: $code, name: $name) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  fragment ExecutionFields on Execution {\n    id\n    activityCode\n    date\n    kind\n    title\n    modality\n    place\n    evidenceUrl\n    notes\n    entityCode\n    version\n    participantCount\n  }\n": types.ExecutionFieldsFragmentDoc,
    "\n  query ExecutionParticipants($id: Int!) {\n    execution(id: $id) {\n      id\n      version\n      participantCount\n      participants {\n        outcome\n        authority {\n          id\n          givenNames\n          familyNames\n          dni\n          officeLabel\n          active\n          government {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ExecutionParticipantsDocument,
    "\n  query ExecutionCurrent($id: Int!) {\n    execution(id: $id) {\n      ...ExecutionFields\n    }\n  }\n": types.ExecutionCurrentDocument,
    "\n  mutation CreateExecution($activityCode: String!, $year: Int, $input: ExecutionInput!, $participants: [ParticipantInput!]) {\n    createExecution(activityCode: $activityCode, year: $year, input: $input, participants: $participants) {\n      ...ExecutionFields\n    }\n  }\n": types.CreateExecutionDocument,
    "\n  mutation UpdateExecution($id: Int!, $version: Int!, $input: ExecutionInput!) {\n    updateExecution(id: $id, version: $version, input: $input) {\n      ...ExecutionFields\n    }\n  }\n": types.UpdateExecutionDocument,
    "\n  mutation DeleteExecution($id: Int!) {\n    deleteExecution(id: $id)\n  }\n": types.DeleteExecutionDocument,
    "\n  mutation AddParticipants($executionId: Int!, $participants: [ParticipantInput!]!) {\n    addParticipants(executionId: $executionId, participants: $participants) {\n      id\n      version\n      participantCount\n    }\n  }\n": types.AddParticipantsDocument,
    "\n  mutation RemoveParticipants($executionId: Int!, $authorityIds: [Int!]!) {\n    removeParticipants(executionId: $executionId, authorityIds: $authorityIds) {\n      id\n      version\n      participantCount\n    }\n  }\n": types.RemoveParticipantsDocument,
    "\n  mutation ImportParticipants($executionId: Int!, $fileName: String!, $contentBase64: String!) {\n    importParticipants(executionId: $executionId, fileName: $fileName, contentBase64: $contentBase64) {\n      inserted\n      updated\n      warnings {\n        line\n        message\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportParticipantsDocument,
    "\n  query FindAuthorities($search: String, $office: Office, $governmentId: Int, $first: Int) {\n    authorities(search: $search, office: $office, governmentId: $governmentId, first: $first) {\n      totalCount\n      nodes {\n        id\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        government {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FindAuthoritiesDocument,
    "\n  fragment PlanFields on Plan {\n    year\n    status\n    title\n    legalBasis\n    generalObjective\n    publishedAt\n    closedAt\n    objectives {\n      code\n      name\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  query PlanYears {\n    planYears\n    plans {\n      year\n      status\n    }\n    defaultPlan: plan {\n      year\n    }\n  }\n": types.PlanYearsDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": types.PlansDocument,
    "\n  fragment ReprogrammingFields on Reprogramming {\n    effectiveDate\n    reason\n    document\n    summary\n    createdBy\n    createdAt\n    plannedMonths\n    unitCodes\n    target {\n      value\n      unit\n    }\n    previousTarget {\n      value\n      unit\n    }\n  }\n": types.ReprogrammingFieldsFragmentDoc,
    "\n  fragment PlanActivityFields on Activity {\n    code\n    year\n    name\n    objective {\n      code\n      name\n    }\n    responsibleUnits {\n      code\n      name\n      isWholeEntity\n      entity {\n        code\n        shortName\n      }\n    }\n    target {\n      value\n      unit\n      counted\n      description\n      composition {\n        key\n        label\n        value\n      }\n    }\n    originalTarget {\n      value\n      unit\n    }\n    indicator\n    plannedMonths\n    schedule {\n      candidates\n      reading\n      ambiguous\n      note\n    }\n    strategyObjectives\n    footnotes {\n      number\n      text\n    }\n    interpretation\n    reprogrammings {\n      effectiveDate\n    }\n  }\n": types.PlanActivityFieldsFragmentDoc,
    "\n  query ActivityReprogrammings($year: Int!, $code: String!) {\n    activity(year: $year, code: $code) {\n      code\n      year\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n": types.ActivityReprogrammingsDocument,
    "\n  fragment UnitFields on Unit {\n    code\n    name\n    isWholeEntity\n    entity {\n      code\n      shortName\n      name\n    }\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query PlanEditor($year: Int!) {\n    plan(year: $year) {\n      ...PlanFields\n    }\n    activities(year: $year) {\n      ...PlanActivityFields\n    }\n    units {\n      ...UnitFields\n    }\n  }\n": types.PlanEditorDocument,
    "\n  mutation CreatePlan($year: Int!, $copyFrom: Int) {\n    createPlan(year: $year, copyFrom: $copyFrom) {\n      ...PlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation UpdatePlan($year: Int!, $input: PlanInput!) {\n    updatePlan(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation SavePlanActivity($year: Int!, $input: PlanActivityInput!) {\n    savePlanActivity(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n": types.SavePlanActivityDocument,
    "\n  mutation DeletePlanActivity($year: Int!, $code: String!) {\n    deletePlanActivity(year: $year, code: $code) {\n      ...PlanFields\n    }\n  }\n": types.DeletePlanActivityDocument,
    "\n  mutation ImportPlan($year: Int!, $fileName: String!, $contentBase64: String!) {\n    importPlan(year: $year, fileName: $fileName, contentBase64: $contentBase64) {\n      plan {\n        ...PlanFields\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportPlanDocument,
    "\n  mutation PublishPlan($year: Int!) {\n    publishPlan(year: $year) {\n      ...PlanFields\n    }\n  }\n": types.PublishPlanDocument,
    "\n  mutation ClosePlan($year: Int!) {\n    closePlan(year: $year) {\n      ...PlanFields\n    }\n  }\n": types.ClosePlanDocument,
    "\n  mutation ReprogramActivity($year: Int!, $code: String!, $input: ReprogrammingInput!) {\n    reprogramActivity(year: $year, code: $code, input: $input) {\n      ...PlanActivityFields\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n": types.ReprogramActivityDocument,
    "\n  query ConsolidatedReport($year: Int!, $asOf: String!) {\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        behind\n        reachedAuthorities\n      }\n      activities {\n        code\n        name\n        objectiveCode\n        entities\n        strategyObjectives\n        originalTargetValue\n        targetValue\n        targetUnit\n        achieved\n        percentOfTarget\n        expectedPercent\n        met\n        behind\n        executions\n        plannedMonths\n        executedMonths\n        delayedMonths\n      }\n      byObjective {\n        ...ReportGroupFields\n      }\n      byEntity {\n        ...ReportGroupFields\n      }\n      byStrategyObjective {\n        ...ReportGroupFields\n      }\n      byOffice {\n        ...ReachFields\n      }\n      byDepartment {\n        ...ReachFields\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n  }\n": types.ConsolidatedReportDocument,
    "\n  fragment ReportGroupFields on ReportGroup {\n    key\n    label\n    activities\n    averagePercentOfTarget\n    targetsMet\n    withDelays\n    behind\n  }\n": types.ReportGroupFieldsFragmentDoc,
    "\n  fragment ReachFields on ReachRow {\n    key\n    label\n    reached\n    inRegister\n  }\n": types.ReachFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    kind\n    activityCode\n    message\n  }\n": types.AlertFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    role\n    entityCode\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    role\n    entityCode\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($email: String!, $role: Role!, $password: String!, $entityCode: String) {\n    createAccount(email: $email, role: $role, password: $password, entityCode: $entityCode) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($email: String!, $role: Role!, $password: String!, $entityCode: String) {\n    createAccount(email: $email, role: $role, password: $password, entityCode: $entityCode) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountActive($email: String!, $active: Boolean!) {\n    setAccountActive(email: $email, active: $active) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountActive($email: String!, $active: Boolean!) {\n    setAccountActive(email: $email, active: $active) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on Progress {\n    achieved\n    target\n    percentOfTarget\n    remaining\n    met\n    numerator\n    denominator\n    required\n    missing\n    counted\n    warnings\n  }\n"): (typeof documents)["\n  fragment ProgressFields on Progress {\n    achieved\n    target\n    percentOfTarget\n    remaining\n    met\n    numerator\n    denominator\n    required\n    missing\n    counted\n    warnings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthFields on MonthState {\n    month\n    planned\n    executions\n    status\n  }\n"): (typeof documents)["\n  fragment MonthFields on MonthState {\n    month\n    planned\n    executions\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesOverview($year: Int!, $asOf: String!) {\n    plan(year: $year) {\n      year\n      objectives {\n        code\n        name\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      entities {\n        code\n        shortName\n      }\n      target {\n        value\n        unit\n        counted\n        description\n      }\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n      }\n      flags {\n        field\n      }\n      progress(asOf: $asOf) {\n        ...ProgressFields\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesOverview($year: Int!, $asOf: String!) {\n    plan(year: $year) {\n      year\n      objectives {\n        code\n        name\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      entities {\n        code\n        shortName\n      }\n      target {\n        value\n        unit\n        counted\n        description\n      }\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n      }\n      flags {\n        field\n      }\n      progress(asOf: $asOf) {\n        ...ProgressFields\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($code: String!, $year: Int!, $asOf: String!) {\n    activity(code: $code, year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      responsibleUnits {\n        code\n        name\n        isWholeEntity\n        entity {\n          code\n          shortName\n        }\n      }\n      entities {\n        code\n        shortName\n        name\n      }\n      target {\n        value\n        unit\n        counted\n        description\n        composition {\n          key\n          label\n          value\n        }\n      }\n      originalTarget {\n        value\n        unit\n      }\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n      indicator\n      strategyObjectives\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n        note\n      }\n      scheduleAmbiguous\n      flags {\n        field\n        message\n      }\n      footnotes {\n        number\n        text\n      }\n      interpretation\n      progress(asOf: $asOf) {\n        ...ProgressFields\n        byOffice {\n          office\n          label\n          count\n        }\n        byDepartment {\n          departmentCode\n          departmentName\n          count\n        }\n        parts {\n          key\n          label\n          target\n          achieved\n          counted\n        }\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n      executions {\n        ...ExecutionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($code: String!, $year: Int!, $asOf: String!) {\n    activity(code: $code, year: $year) {\n      code\n      year\n      name\n      objective {\n        code\n        name\n      }\n      responsibleUnits {\n        code\n        name\n        isWholeEntity\n        entity {\n          code\n          shortName\n        }\n      }\n      entities {\n        code\n        shortName\n        name\n      }\n      target {\n        value\n        unit\n        counted\n        description\n        composition {\n          key\n          label\n          value\n        }\n      }\n      originalTarget {\n        value\n        unit\n      }\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n      indicator\n      strategyObjectives\n      plannedMonths\n      schedule {\n        candidates\n        reading\n        ambiguous\n        note\n      }\n      scheduleAmbiguous\n      flags {\n        field\n        message\n      }\n      footnotes {\n        number\n        text\n      }\n      interpretation\n      progress(asOf: $asOf) {\n        ...ProgressFields\n        byOffice {\n          office\n          label\n          count\n        }\n        byDepartment {\n          departmentCode\n          departmentName\n          count\n        }\n        parts {\n          key\n          label\n          target\n          achieved\n          counted\n        }\n      }\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n      executions {\n        ...ExecutionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    entityCode\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    entityCode\n    createdAt\n    createdBy\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $entityCode: String) {\n    createApiKey(name: $name, entityCode: $entityCode) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $entityCode: String) {\n    createApiKey(name: $name, entityCode: $entityCode) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($entityCode: String, $activityCode: String, $actorEmail: String, $action: String, $from: String, $to: String, $first: Int, $after: String) {\n    auditTrail(\n      entityCode: $entityCode\n      activityCode: $activityCode\n      actorEmail: $actorEmail\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        actorRole\n        action\n        targetType\n        targetId\n        activityCode\n        entities\n        planYear\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($entityCode: String, $activityCode: String, $actorEmail: String, $action: String, $from: String, $to: String, $first: Int, $after: String) {\n    auditTrail(\n      entityCode: $entityCode\n      activityCode: $activityCode\n      actorEmail: $actorEmail\n      action: $action\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        occurredAt\n        actorEmail\n        actorRole\n        action\n        targetType\n        targetId\n        activityCode\n        entities\n        planYear\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      viewer {\n        email\n        role\n        entity {\n          code\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      viewer {\n        email\n        role\n        entity {\n          code\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GovernmentFields on Government {\n    id\n    name\n    level\n    ubigeo\n    department {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GovernmentFields on Government {\n    id\n    name\n    level\n    ubigeo\n    department {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {\n    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {\n      ...GovernmentFields\n    }\n  }\n"): (typeof documents)["\n  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {\n    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {\n      ...GovernmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorityFields on Authority {\n    id\n    givenNames\n    familyNames\n    dni\n    office\n    officeLabel\n    active\n    possibleDuplicateOf\n    synthetic\n    termStart\n    termEnd\n    government {\n      ...GovernmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorityFields on Authority {\n    id\n    givenNames\n    familyNames\n    dni\n    office\n    officeLabel\n    active\n    possibleDuplicateOf\n    synthetic\n    termStart\n    termEnd\n    government {\n      ...GovernmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Register(\n    $search: String\n    $office: Office\n    $departmentCode: String\n    $governmentId: Int\n    $includeInactive: Boolean\n    $onlyPossibleDuplicates: Boolean\n    $termStart: Int\n    $first: Int\n    $after: String\n  ) {\n    authorities(\n      search: $search\n      office: $office\n      departmentCode: $departmentCode\n      governmentId: $governmentId\n      includeInactive: $includeInactive\n      onlyPossibleDuplicates: $onlyPossibleDuplicates\n      termStart: $termStart\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuthorityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Register(\n    $search: String\n    $office: Office\n    $departmentCode: String\n    $governmentId: Int\n    $includeInactive: Boolean\n    $onlyPossibleDuplicates: Boolean\n    $termStart: Int\n    $first: Int\n    $after: String\n  ) {\n    authorities(\n      search: $search\n      office: $office\n      departmentCode: $departmentCode\n      governmentId: $governmentId\n      includeInactive: $includeInactive\n      onlyPossibleDuplicates: $onlyPossibleDuplicates\n      termStart: $termStart\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuthorityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authority($id: Int!) {\n    authority(id: $id) {\n      ...AuthorityFields\n    }\n  }\n"): (typeof documents)["\n  query Authority($id: Int!) {\n    authority(id: $id) {\n      ...AuthorityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuthority($input: AuthorityInput!) {\n    createAuthority(input: $input) {\n      ...AuthorityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAuthority($input: AuthorityInput!) {\n    createAuthority(input: $input) {\n      ...AuthorityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAuthority($id: Int!, $input: AuthorityInput!) {\n    updateAuthority(id: $id, input: $input) {\n      ...AuthorityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAuthority($id: Int!, $input: AuthorityInput!) {\n    updateAuthority(id: $id, input: $input) {\n      ...AuthorityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAuthorityActive($id: Int!, $active: Boolean!) {\n    setAuthorityActive(id: $id, active: $active) {\n      ...AuthorityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAuthorityActive($id: Int!, $active: Boolean!) {\n    setAuthorityActive(id: $id, active: $active) {\n      ...AuthorityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveDuplicate($id: Int!, $merge: Boolean!) {\n    resolveDuplicate(id: $id, merge: $merge) {\n      ...AuthorityFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveDuplicate($id: Int!, $merge: Boolean!) {\n    resolveDuplicate(id: $id, merge: $merge) {\n      ...AuthorityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAuthorities($fileName: String!, $contentBase64: String!, $termStart: Int) {\n    importAuthorities(fileName: $fileName, contentBase64: $contentBase64, termStart: $termStart) {\n      created\n      updated\n      unchanged\n      continuing\n      skipped\n      review {\n        line\n        reviewId\n        reason\n        message\n      }\n      warnings {\n        line\n        message\n      }\n      flagged {\n        line\n        id\n        possibleDuplicateOf\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAuthorities($fileName: String!, $contentBase64: String!, $termStart: Int) {\n    importAuthorities(fileName: $fileName, contentBase64: $contentBase64, termStart: $termStart) {\n      created\n      updated\n      unchanged\n      continuing\n      skipped\n      review {\n        line\n        reviewId\n        reason\n        message\n      }\n      warnings {\n        line\n        message\n      }\n      flagged {\n        line\n        id\n        possibleDuplicateOf\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterReviews {\n    registerReviews {\n      id\n      authorityId\n      reason\n      message\n      line\n      createdAt\n      createdBy\n      proposed {\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        governmentId\n        termStart\n        termEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterReviews {\n    registerReviews {\n      id\n      authorityId\n      reason\n      message\n      line\n      createdAt\n      createdBy\n      proposed {\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        governmentId\n        termStart\n        termEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRegisterReview($id: Int!, $apply: Boolean!) {\n    resolveRegisterReview(id: $id, apply: $apply) {\n      id\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRegisterReview($id: Int!, $apply: Boolean!) {\n    resolveRegisterReview(id: $id, apply: $apply) {\n      id\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Terms {\n    terms {\n      start\n      end\n      label\n      authorities\n      planYears\n      census {\n        source\n        leadingAuthorities\n        counts {\n          office\n          label\n          women\n          seats\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Terms {\n    terms {\n      start\n      end\n      label\n      authorities\n      planYears\n      census {\n        source\n        leadingAuthorities\n        counts {\n          office\n          label\n          women\n          seats\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCensus($termStart: Int!, $source: String!, $counts: [CensusCountInput!]!) {\n    setCensus(termStart: $termStart, source: $source, counts: $counts) {\n      source\n      leadingAuthorities\n    }\n  }\n"): (typeof documents)["\n  mutation SetCensus($termStart: Int!, $source: String!, $counts: [CensusCountInput!]!) {\n    setCensus(termStart: $termStart, source: $source, counts: $counts) {\n      source\n      leadingAuthorities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on MonthlySubmission {\n    entityCode\n    year\n    month\n    status\n    comment\n    submittedAt\n    submittedBy\n    reviewedAt\n    reviewedBy\n  }\n"): (typeof documents)["\n  fragment SubmissionFields on MonthlySubmission {\n    entityCode\n    year\n    month\n    status\n    comment\n    submittedAt\n    submittedBy\n    reviewedAt\n    reviewedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlySubmissions($year: Int!) {\n    monthlySubmissions(year: $year) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlySubmissions($year: Int!) {\n    monthlySubmissions(year: $year) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutionsPerMonth($year: Int!, $asOf: String!) {\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        month\n        executions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExecutionsPerMonth($year: Int!, $asOf: String!) {\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        month\n        executions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMonth($year: Int!, $month: Int!) {\n    submitMonth(year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMonth($year: Int!, $month: Int!) {\n    submitMonth(year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMonth($entityCode: String!, $year: Int!, $month: Int!) {\n    approveMonth(entityCode: $entityCode, year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMonth($entityCode: String!, $year: Int!, $month: Int!) {\n    approveMonth(entityCode: $entityCode, year: $year, month: $month) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    reopenMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {\n    reopenMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {\n      ...SubmissionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($year: Int!, $asOf: String!) {\n    entities {\n      code\n      shortName\n    }\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      activities {\n        code\n        name\n        percentOfTarget\n        met\n      }\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        plannedMonths\n        doneMonths\n        delayedMonths\n        reachedAuthorities\n      }\n      byObjective {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byEntity {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byDepartment {\n        key\n        label\n        reached\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($year: Int!, $asOf: String!) {\n    entities {\n      code\n      shortName\n    }\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      activities {\n        code\n        name\n        percentOfTarget\n        met\n      }\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        plannedMonths\n        doneMonths\n        delayedMonths\n        reachedAuthorities\n      }\n      byObjective {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byEntity {\n        key\n        label\n        activities\n        averagePercentOfTarget\n      }\n      byDepartment {\n        key\n        label\n        reached\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n    activities(year: $year) {\n      code\n      year\n      months(asOf: $asOf) {\n        ...MonthFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entities {\n    entities {\n      code\n      name\n      shortName\n    }\n    units {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  query Entities {\n    entities {\n      code\n      name\n      shortName\n    }\n    units {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityOptions {\n    entities {\n      code\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query EntityOptions {\n    entities {\n      code\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEntity($code: String!, $name: String!, $shortName: String) {\n    createEntity(code: $code, name: $name, shortName: $shortName) {\n      code\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEntity($code: String!, $name: String!, $shortName: String) {\n    createEntity(code: $code, name: $name, shortName: $shortName) {\n      code\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($entityCode: String!, $code: String!, $name: String!) {\n    createUnit(entityCode: $entityCode, code: $code, name: $name) {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($entityCode: String!, $code: String!, $name: String!) {\n    createUnit(entityCode: $entityCode, code: $code, name: $name) {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExecutionFields on Execution {\n    id\n    activityCode\n    date\n    kind\n    title\n    modality\n    place\n    evidenceUrl\n    notes\n    entityCode\n    version\n    participantCount\n  }\n"): (typeof documents)["\n  fragment ExecutionFields on Execution {\n    id\n    activityCode\n    date\n    kind\n    title\n    modality\n    place\n    evidenceUrl\n    notes\n    entityCode\n    version\n    participantCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutionParticipants($id: Int!) {\n    execution(id: $id) {\n      id\n      version\n      participantCount\n      participants {\n        outcome\n        authority {\n          id\n          givenNames\n          familyNames\n          dni\n          officeLabel\n          active\n          government {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExecutionParticipants($id: Int!) {\n    execution(id: $id) {\n      id\n      version\n      participantCount\n      participants {\n        outcome\n        authority {\n          id\n          givenNames\n          familyNames\n          dni\n          officeLabel\n          active\n          government {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutionCurrent($id: Int!) {\n    execution(id: $id) {\n      ...ExecutionFields\n    }\n  }\n"): (typeof documents)["\n  query ExecutionCurrent($id: Int!) {\n    execution(id: $id) {\n      ...ExecutionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExecution($activityCode: String!, $year: Int, $input: ExecutionInput!, $participants: [ParticipantInput!]) {\n    createExecution(activityCode: $activityCode, year: $year, input: $input, participants: $participants) {\n      ...ExecutionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExecution($activityCode: String!, $year: Int, $input: ExecutionInput!, $participants: [ParticipantInput!]) {\n    createExecution(activityCode: $activityCode, year: $year, input: $input, participants: $participants) {\n      ...ExecutionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExecution($id: Int!, $version: Int!, $input: ExecutionInput!) {\n    updateExecution(id: $id, version: $version, input: $input) {\n      ...ExecutionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExecution($id: Int!, $version: Int!, $input: ExecutionInput!) {\n    updateExecution(id: $id, version: $version, input: $input) {\n      ...ExecutionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExecution($id: Int!) {\n    deleteExecution(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteExecution($id: Int!) {\n    deleteExecution(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParticipants($executionId: Int!, $participants: [ParticipantInput!]!) {\n    addParticipants(executionId: $executionId, participants: $participants) {\n      id\n      version\n      participantCount\n    }\n  }\n"): (typeof documents)["\n  mutation AddParticipants($executionId: Int!, $participants: [ParticipantInput!]!) {\n    addParticipants(executionId: $executionId, participants: $participants) {\n      id\n      version\n      participantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipants($executionId: Int!, $authorityIds: [Int!]!) {\n    removeParticipants(executionId: $executionId, authorityIds: $authorityIds) {\n      id\n      version\n      participantCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveParticipants($executionId: Int!, $authorityIds: [Int!]!) {\n    removeParticipants(executionId: $executionId, authorityIds: $authorityIds) {\n      id\n      version\n      participantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportParticipants($executionId: Int!, $fileName: String!, $contentBase64: String!) {\n    importParticipants(executionId: $executionId, fileName: $fileName, contentBase64: $contentBase64) {\n      inserted\n      updated\n      warnings {\n        line\n        message\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportParticipants($executionId: Int!, $fileName: String!, $contentBase64: String!) {\n    importParticipants(executionId: $executionId, fileName: $fileName, contentBase64: $contentBase64) {\n      inserted\n      updated\n      warnings {\n        line\n        message\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindAuthorities($search: String, $office: Office, $governmentId: Int, $first: Int) {\n    authorities(search: $search, office: $office, governmentId: $governmentId, first: $first) {\n      totalCount\n      nodes {\n        id\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        government {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindAuthorities($search: String, $office: Office, $governmentId: Int, $first: Int) {\n    authorities(search: $search, office: $office, governmentId: $governmentId, first: $first) {\n      totalCount\n      nodes {\n        id\n        givenNames\n        familyNames\n        dni\n        officeLabel\n        government {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    year\n    status\n    title\n    legalBasis\n    generalObjective\n    publishedAt\n    closedAt\n    objectives {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    year\n    status\n    title\n    legalBasis\n    generalObjective\n    publishedAt\n    closedAt\n    objectives {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanYears {\n    planYears\n    plans {\n      year\n      status\n    }\n    defaultPlan: plan {\n      year\n    }\n  }\n"): (typeof documents)["\n  query PlanYears {\n    planYears\n    plans {\n      year\n      status\n    }\n    defaultPlan: plan {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReprogrammingFields on Reprogramming {\n    effectiveDate\n    reason\n    document\n    summary\n    createdBy\n    createdAt\n    plannedMonths\n    unitCodes\n    target {\n      value\n      unit\n    }\n    previousTarget {\n      value\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment ReprogrammingFields on Reprogramming {\n    effectiveDate\n    reason\n    document\n    summary\n    createdBy\n    createdAt\n    plannedMonths\n    unitCodes\n    target {\n      value\n      unit\n    }\n    previousTarget {\n      value\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanActivityFields on Activity {\n    code\n    year\n    name\n    objective {\n      code\n      name\n    }\n    responsibleUnits {\n      code\n      name\n      isWholeEntity\n      entity {\n        code\n        shortName\n      }\n    }\n    target {\n      value\n      unit\n      counted\n      description\n      composition {\n        key\n        label\n        value\n      }\n    }\n    originalTarget {\n      value\n      unit\n    }\n    indicator\n    plannedMonths\n    schedule {\n      candidates\n      reading\n      ambiguous\n      note\n    }\n    strategyObjectives\n    footnotes {\n      number\n      text\n    }\n    interpretation\n    reprogrammings {\n      effectiveDate\n    }\n  }\n"): (typeof documents)["\n  fragment PlanActivityFields on Activity {\n    code\n    year\n    name\n    objective {\n      code\n      name\n    }\n    responsibleUnits {\n      code\n      name\n      isWholeEntity\n      entity {\n        code\n        shortName\n      }\n    }\n    target {\n      value\n      unit\n      counted\n      description\n      composition {\n        key\n        label\n        value\n      }\n    }\n    originalTarget {\n      value\n      unit\n    }\n    indicator\n    plannedMonths\n    schedule {\n      candidates\n      reading\n      ambiguous\n      note\n    }\n    strategyObjectives\n    footnotes {\n      number\n      text\n    }\n    interpretation\n    reprogrammings {\n      effectiveDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityReprogrammings($year: Int!, $code: String!) {\n    activity(year: $year, code: $code) {\n      code\n      year\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityReprogrammings($year: Int!, $code: String!) {\n    activity(year: $year, code: $code) {\n      code\n      year\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    code\n    name\n    isWholeEntity\n    entity {\n      code\n      shortName\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitFields on Unit {\n    code\n    name\n    isWholeEntity\n    entity {\n      code\n      shortName\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditor($year: Int!) {\n    plan(year: $year) {\n      ...PlanFields\n    }\n    activities(year: $year) {\n      ...PlanActivityFields\n    }\n    units {\n      ...UnitFields\n    }\n  }\n"): (typeof documents)["\n  query PlanEditor($year: Int!) {\n    plan(year: $year) {\n      ...PlanFields\n    }\n    activities(year: $year) {\n      ...PlanActivityFields\n    }\n    units {\n      ...UnitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($year: Int!, $copyFrom: Int) {\n    createPlan(year: $year, copyFrom: $copyFrom) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($year: Int!, $copyFrom: Int) {\n    createPlan(year: $year, copyFrom: $copyFrom) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($year: Int!, $input: PlanInput!) {\n    updatePlan(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($year: Int!, $input: PlanInput!) {\n    updatePlan(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlanActivity($year: Int!, $input: PlanActivityInput!) {\n    savePlanActivity(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlanActivity($year: Int!, $input: PlanActivityInput!) {\n    savePlanActivity(year: $year, input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlanActivity($year: Int!, $code: String!) {\n    deletePlanActivity(year: $year, code: $code) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePlanActivity($year: Int!, $code: String!) {\n    deletePlanActivity(year: $year, code: $code) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlan($year: Int!, $fileName: String!, $contentBase64: String!) {\n    importPlan(year: $year, fileName: $fileName, contentBase64: $contentBase64) {\n      plan {\n        ...PlanFields\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlan($year: Int!, $fileName: String!, $contentBase64: String!) {\n    importPlan(year: $year, fileName: $fileName, contentBase64: $contentBase64) {\n      plan {\n        ...PlanFields\n      }\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlan($year: Int!) {\n    publishPlan(year: $year) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPlan($year: Int!) {\n    publishPlan(year: $year) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePlan($year: Int!) {\n    closePlan(year: $year) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePlan($year: Int!) {\n    closePlan(year: $year) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReprogramActivity($year: Int!, $code: String!, $input: ReprogrammingInput!) {\n    reprogramActivity(year: $year, code: $code, input: $input) {\n      ...PlanActivityFields\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReprogramActivity($year: Int!, $code: String!, $input: ReprogrammingInput!) {\n    reprogramActivity(year: $year, code: $code, input: $input) {\n      ...PlanActivityFields\n      reprogrammings {\n        ...ReprogrammingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolidatedReport($year: Int!, $asOf: String!) {\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        behind\n        reachedAuthorities\n      }\n      activities {\n        code\n        name\n        objectiveCode\n        entities\n        strategyObjectives\n        originalTargetValue\n        targetValue\n        targetUnit\n        achieved\n        percentOfTarget\n        expectedPercent\n        met\n        behind\n        executions\n        plannedMonths\n        executedMonths\n        delayedMonths\n      }\n      byObjective {\n        ...ReportGroupFields\n      }\n      byEntity {\n        ...ReportGroupFields\n      }\n      byStrategyObjective {\n        ...ReportGroupFields\n      }\n      byOffice {\n        ...ReachFields\n      }\n      byDepartment {\n        ...ReachFields\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolidatedReport($year: Int!, $asOf: String!) {\n    consolidatedReport(year: $year, asOf: $asOf) {\n      year\n      asOf\n      totals {\n        activities\n        averagePercentOfTarget\n        targetsMet\n        withDelays\n        behind\n        reachedAuthorities\n      }\n      activities {\n        code\n        name\n        objectiveCode\n        entities\n        strategyObjectives\n        originalTargetValue\n        targetValue\n        targetUnit\n        achieved\n        percentOfTarget\n        expectedPercent\n        met\n        behind\n        executions\n        plannedMonths\n        executedMonths\n        delayedMonths\n      }\n      byObjective {\n        ...ReportGroupFields\n      }\n      byEntity {\n        ...ReportGroupFields\n      }\n      byStrategyObjective {\n        ...ReportGroupFields\n      }\n      byOffice {\n        ...ReachFields\n      }\n      byDepartment {\n        ...ReachFields\n      }\n      alerts {\n        ...AlertFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportGroupFields on ReportGroup {\n    key\n    label\n    activities\n    averagePercentOfTarget\n    targetsMet\n    withDelays\n    behind\n  }\n"): (typeof documents)["\n  fragment ReportGroupFields on ReportGroup {\n    key\n    label\n    activities\n    averagePercentOfTarget\n    targetsMet\n    withDelays\n    behind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReachFields on ReachRow {\n    key\n    label\n    reached\n    inRegister\n  }\n"): (typeof documents)["\n  fragment ReachFields on ReachRow {\n    key\n    label\n    reached\n    inRegister\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    kind\n    activityCode\n    message\n  }\n"): (typeof documents)["\n  fragment AlertFields on Alert {\n    kind\n    activityCode\n    message\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
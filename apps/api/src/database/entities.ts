import { ActivityRow } from '../activity/activity.entity.js';
import { AccountRow } from '../auth/account.entity.js';
import { RevokedSessionRow } from '../auth/revoked-session.entity.js';
import { AuditEntryRow } from '../audit/audit.entity.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { RegisterReviewRow } from '../authorities/register-review.entity.js';
import { MonthlySubmissionRow } from '../cycle/monthly-submission.entity.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { UnitRow } from '../partner/unit.entity.js';
import { ExecutionRow, ParticipationRow } from '../execution/execution.entity.js';
import { DepartmentRow, DistrictRow, GovernmentRow, ProvinceRow } from '../geography/geography.entity.js';
import { ApiKeyRow } from '../apikeys/api-key.entity.js';
import { ObjectiveRow } from '../plan/objective.entity.js';
import { PlanRow } from '../plan/plan.entity.js';
import { ReprogrammingRow } from '../plan/reprogramming.entity.js';
import { CensusRow } from '../terms/census.entity.js';
import { MonthNarrativeRow } from '../cycle/month-narrative.entity.js';
import { MonthReviewCommentRow } from '../cycle/month-review-comment.entity.js';
import { EvidenceFileRow } from '../evidence/evidence-file.entity.js';
import { NoticeRow } from '../notice/notice.entity.js';
import { ActivityDayRow, ProgressDeltaRow, ReachDeltaRow, ReachFirstRow } from '../progress/aggregate.entity.js';

export const ENTITIES = [
  PartnerEntityRow,
  UnitRow,
  PlanRow,
  ObjectiveRow,
  ActivityRow,
  AccountRow,
  DepartmentRow,
  ProvinceRow,
  DistrictRow,
  GovernmentRow,
  AuthorityRow,
  ExecutionRow,
  ParticipationRow,
  MonthlySubmissionRow,
  AuditEntryRow,
  ApiKeyRow,
  RevokedSessionRow,
  RegisterReviewRow,
  ReprogrammingRow,
  CensusRow,
  MonthNarrativeRow,
  MonthReviewCommentRow,
  EvidenceFileRow,
  NoticeRow,
  ProgressDeltaRow,
  ReachFirstRow,
  ReachDeltaRow,
  ActivityDayRow,
];

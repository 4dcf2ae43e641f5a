-- Who claimed an MS-RequestId. Ids are scoped by tenant, as Partner Center's are; within a tenant, the same id
-- sent by another user is a reuse of the id (409), never a replay of the first user's answer to someone else.
alter table idempotent_request add column caller text not null default '';

-- Indexes for the filters V1 left to a scan, and for the activity report. Plans and timings on 3 million
-- records: docs/adr/0006-activity-log-indexes.md (scripts/explain-audit.sh prints them again).

-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: the database
-- owner that runs the migrations may create it without being a superuser. In public, so that any module
-- may use it without reaching into this one's schema.
create extension if not exists pg_trgm with schema public;

-- CompanyName equals, in the log's order (the filter ignores case).
create index audit_by_company on audit_record (lower(customer_name), operation_date desc, seq desc);

-- Substring filters: trigrams find the rows holding the text anywhere in the value. Without them a
-- substring that matches little or nothing reads the whole window (seconds on millions of records).
create index audit_company_trigrams on audit_record using gin (lower(customer_name) public.gin_trgm_ops);
create index audit_user_trigrams on audit_record using gin (lower(user_principal_name) public.gin_trgm_ops);
create index audit_customer_id_trigrams on audit_record using gin ((customer_id::text) public.gin_trgm_ops);
create index audit_operation_trigrams on audit_record using gin (operation_type public.gin_trgm_ops);
create index audit_resource_type_trigrams on audit_record using gin (resource_type public.gin_trgm_ops);

-- The activity report reads a window's slice of this index alone (an index-only scan: the table is
-- append-only, so its pages stay all-visible once vacuumed). Without it the planner reads a month of
-- 3 million records with a parallel sequential scan (0.55-0.95 s instead of 0.06-0.16 s).
create index audit_report on audit_record (operation_date)
    include (operation_status, operation_type, user_principal_name);

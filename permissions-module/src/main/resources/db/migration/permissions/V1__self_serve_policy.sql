-- One self-serve policy per customer: the partner lets the customer buy these resources on its bill.
-- No row means "off", the default.
create table self_serve_policy (
    id                text        primary key,      -- {partnerTenantId}_{customerTenantId}
    customer_id       uuid        not null unique,  -- one policy per customer; also the entity_id lookup
    partner_tenant_id text        not null,
    permissions       text        not null,         -- e.g. AzureReservedInstances,AzureSavingsPlan
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    version           bigint      not null
);

-- The reservation catalog: reference data, one row per VM size, region and term. The list price is the
-- Web Direct price of one reserved instance for the whole term (what Azure's reservation blade shows),
-- derived here from each size's pay-as-you-go hourly price in East US, a regional factor, and the usual
-- reservation discount of the term (about 41 % for one year, 62 % for three).
create table catalog_item (
    sku_id          text          not null,
    term            text          not null check (term in ('P1Y', 'P3Y')),
    product_id      text          not null,
    title           text          not null,
    arm_sku_name    text          not null,
    arm_region_name text          not null,
    list_price      numeric(12,2) not null check (list_price > 0),
    currency        text          not null,
    primary key (sku_id, term)
);

with size (product_id, arm_sku_name, hourly_usd) as (values
        ('DZH318Z0BQ3Q', 'Standard_B2s',      0.0416),
        ('DZH318Z0BQ3R', 'Standard_B4ms',     0.1660),
        ('DZH318Z0BQ3S', 'Standard_D2s_v5',   0.0960),
        ('DZH318Z0BQ3T', 'Standard_D4s_v5',   0.1920),
        ('DZH318Z0BQ3V', 'Standard_D8s_v5',   0.3840),
        ('DZH318Z0BQ3W', 'Standard_D16s_v5',  0.7680),
        ('DZH318Z0BQ3X', 'Standard_E2s_v5',   0.1260),
        ('DZH318Z0BQ3Z', 'Standard_E4s_v5',   0.2520),
        ('DZH318Z0BQ40', 'Standard_E8s_v5',   0.5040),
        ('DZH318Z0BQ41', 'Standard_F4s_v2',   0.1690),
        ('DZH318Z0BQ42', 'Standard_F8s_v2',   0.3380),
        ('DZH318Z0BQ43', 'Standard_NC4as_T4_v3', 0.5260)),
    region (sku_suffix, arm_region_name, factor) as (values
        ('0001', 'eastus',        1.00),
        ('0002', 'westeurope',    1.12),
        ('0003', 'southeastasia', 1.18)),
    term (term, hours, paid_share) as (values
        ('P1Y',  8760, 0.59),
        ('P3Y', 26280, 0.38))
insert into catalog_item (sku_id, term, product_id, title, arm_sku_name, arm_region_name, list_price, currency)
select size.product_id || ':' || region.sku_suffix, term.term, size.product_id,
       'Reserved VM Instance, ' || size.arm_sku_name || ', ' || region.arm_region_name || ', '
           || case term.term when 'P1Y' then '1 Year' else '3 Years' end,
       size.arm_sku_name, region.arm_region_name,
       round(size.hourly_usd * region.factor * term.hours * term.paid_share, 2), 'USD'
from size cross join region cross join term;

-- The partner's price list: one per deployment (one partner). Customers pay the list price plus the
-- markup, unless an override names the SKU and term.
create table price_list (
    id             int           primary key check (id = 1),
    markup_percent numeric(7,2)  not null check (markup_percent > -100 and markup_percent <= 1000),
    currency       text          not null,
    updated_at     timestamptz   not null,
    updated_by     text          not null,
    version        bigint        not null
);

insert into price_list (id, markup_percent, currency, updated_at, updated_by, version)
values (1, 0, 'USD', now(), 'system', 1);

create table price_override (
    price_list_id int           not null references price_list (id),
    sku_id        text          not null,
    term          text          not null,
    unit_price    numeric(12,2) not null check (unit_price > 0),
    primary key (price_list_id, sku_id, term),
    foreign key (sku_id, term) references catalog_item (sku_id, term)
);

-- Requests counted per caller and per tenant in fixed windows, so that every instance behind a load
-- balancer enforces the same limits (throttling) and the same cap on recorded refusals. Unlogged: a count
-- is worth nothing after a crash, and writing it needs no WAL. Old windows are removed as new ones come.
create unlogged table request_count (
    bucket       text        not null,
    window_start timestamptz not null,
    requests     int         not null,
    primary key (bucket, window_start)
);

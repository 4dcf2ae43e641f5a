-- Keys the application signs opaque tokens with (paging continuation tokens). Kept in the database so
-- that every instance behind a load balancer shares them; created once, never shipped in the WAR.
create table signing_key (
    purpose text primary key,
    secret  text not null
);

insert into signing_key (purpose, secret)
values ('continuation_token', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

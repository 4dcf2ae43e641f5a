-- A partner's back end calling with client credentials (no user) places orders as an application (ADR 0021).
alter table customer_order drop constraint customer_order_operator_type_check;
alter table customer_order add constraint customer_order_operator_type_check
    check (operator_type in ('partner', 'customer', 'application', 'system'));

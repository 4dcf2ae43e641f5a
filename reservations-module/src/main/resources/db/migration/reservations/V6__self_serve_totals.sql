-- The self-serve report's totals: every customer's own orders in a window. customer_order_self_serve leads with
-- the customer, so a window over all customers would read every customer-placed order there is; this one starts
-- at the window.
create index customer_order_self_serve_by_date on customer_order (creation_date)
    where operator_type = 'customer';

-- Order history filtered by who purchased (purchasedBy=partner|customer), in keyset order (newest first):
-- customer_order_by_customer would read every order of the customer and drop the other purchaser's, page
-- after page; with the purchaser second, the scan starts at the page's position and reads only its rows.
create index customer_order_by_customer_and_buyer
    on customer_order (customer_id, operator_type, creation_date desc, id desc);

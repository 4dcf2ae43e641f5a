-- The customer list's order, its keyset position and the CompanyName prefix filter, in one index (ADR 0015).
-- lower(company_name) in the "C" collation whatever the database's locale: a btree of C-collated text serves
-- `like 'conto%'` as a range, as text_pattern_ops does, and also `order by` and the row comparison of the
-- keyset, which the text_pattern_ops index (V1) could not: the list sorted every matching row on every page.
create index customer_name_c on customer ((lower(company_name) collate "C"), id);
drop index customer_name_order;

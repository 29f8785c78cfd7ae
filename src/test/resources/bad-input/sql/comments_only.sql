-- exit: plan=2 apply=3
-- only comments: allowed on purpose, an empty desired state manages the default schema
-- args: --allow-empty-desired-state
/* nothing here */
-- expect: managed schemas: public

-- exit: plan=2 apply=3
-- only comments: an empty desired state manages the default schema
/* nothing here */
-- expect: managed schemas: public

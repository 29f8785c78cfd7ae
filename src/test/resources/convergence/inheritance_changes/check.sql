SELECT (SELECT count(*) FROM shop.items) = 1 AND (SELECT isbn FROM shop."Books" WHERE id = 1) = '978-0441013593'
   AND (SELECT price FROM shop."Books" WHERE id = 1) = 0 AND (SELECT minutes FROM shop.dvds WHERE id = 2) = 117

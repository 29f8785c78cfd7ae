SELECT (SELECT count(*) FROM shop.orders) = 2
   AND nextval(pg_get_serial_sequence('shop.orders', 'id')) = 4
   AND nextval(pg_get_serial_sequence('shop."Order Lines"', 'Line Id')) = 3
   AND nextval(pg_get_serial_sequence('shop.tickets', 'id')) = 3

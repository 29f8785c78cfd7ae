-- the same type again, with other values
CREATE TYPE mood AS ENUM ('ok');

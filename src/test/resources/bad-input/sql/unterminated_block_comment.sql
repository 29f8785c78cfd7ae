-- expect: unterminated_block_comment.sql:3:1: unterminated block comment
CREATE TABLE ok (id int PRIMARY KEY);
/* a comment /* nested */ that never ends;
CREATE TABLE u (id int);

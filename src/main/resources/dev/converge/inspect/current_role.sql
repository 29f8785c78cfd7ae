-- The role this session creates objects as: the owner of what a plan creates, whose default privileges
-- (ALTER DEFAULT PRIVILEGES FOR ROLE ...) the new objects get. No parameter.
SELECT current_user AS role_name

-- The shop's and forum's administrator also has an ordinary account on the code host,
-- under the same username, for tasks that span two sites.
INSERT INTO users (username, password_hash, name, email, bio, created_at)
SELECT 'admin', password_hash, 'Site Admin', 'admin@onestopshop.test',
       'Runs the One Stop Shop and the community forum.', '2023-01-20 09:00:00'
FROM users WHERE username = 'byteblaze';

-- Customers who also have accounts on the forum and the code host, under the same username,
-- for tasks that span two sites.
INSERT INTO users (username, password_hash, first_name, last_name, email, phone, created_at)
SELECT 'byteblaze', password_hash, 'Byte', 'Blaze', 'byteblaze@example.com', '(555) 214-7781',
       '2023-02-14 11:20:00' FROM users WHERE is_admin = 0 ORDER BY id LIMIT 1;
INSERT INTO users (username, password_hash, first_name, last_name, email, phone, created_at)
SELECT 'alice.dev', password_hash, 'Alice', 'Devereux', 'alice.dev@example.com',
       '(555) 388-1290', '2023-03-02 16:45:00' FROM users WHERE is_admin = 0 ORDER BY id LIMIT 1;

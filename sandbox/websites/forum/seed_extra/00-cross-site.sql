-- People who also have accounts on the code host (and the shop), under the same username,
-- for tasks that span two sites.
INSERT INTO users (username, password_hash, display_name, bio, karma, created_at)
SELECT 'byteblaze', password_hash, 'Byte Blaze', 'Front-end dev. I also post on the code host.',
       812, '2024-02-03 10:15:00' FROM users WHERE username = 'Sorkill';
INSERT INTO users (username, password_hash, display_name, bio, karma, created_at)
SELECT 'alice.dev', password_hash, 'Alice Devereux', 'Python and data pipelines.',
       431, '2024-02-10 18:40:00' FROM users WHERE username = 'Sorkill';
INSERT INTO users (username, password_hash, display_name, bio, karma, created_at)
SELECT 'tomasz.b', password_hash, 'Tomasz Bielski', 'Engineering manager at Northwind Labs.',
       205, '2024-03-01 08:05:00' FROM users WHERE username = 'Sorkill';
INSERT INTO users (username, password_hash, display_name, bio, karma, created_at)
SELECT 'dmitri.k', password_hash, 'Dmitri Kovalenko', 'SRE. Too many Raspberry Pis.',
       377, '2024-03-12 21:30:00' FROM users WHERE username = 'Sorkill';

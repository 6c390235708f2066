-- h3: posts that the forum cybercrime tasks look up (FreeVPN Pro warning and ad, SplitClock,
-- the Ironvale server, the locked crypto wallet).
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'technology'), (SELECT id FROM users WHERE username = 'jordan_willow93'),
       'Warning: the FreeVPN Pro installer contains a password stealer', NULL,
       'I ran the "free lifetime" FreeVPN Pro installer from freevpn-pro.test in a sandbox. It drops an infostealer that uploads your saved browser passwords. Do not install it.',
       58, '2025-05-12 09:14:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'technology'), (SELECT id FROM users WHERE username = 'drew_harbor66'),
       'FreeVPN Pro: free lifetime VPN, no logs', NULL,
       'Download the free lifetime edition here: http://freevpn-pro.test/setup.exe No sign-up needed, works on Windows 10 and 11.',
       12, '2025-05-10 17:40:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'gaming'), (SELECT id FROM users WHERE username = 'gracefulgeek'),
       'SplitClock v2: a free speedrun timer I made', NULL,
       'Download: https://files.test/splitclock-2.0.zip
It supports autosplitters for most retro games. Feedback welcome!',
       140, '2025-04-22 20:05:00';
INSERT INTO comments (post_id, parent_id, user_id, body, score, created_at)
SELECT (SELECT id FROM posts WHERE title = 'SplitClock v2: a free speedrun timer I made'), NULL,
       (SELECT id FROM users WHERE username = 'riley_comet58'),
       'Is this download safe? My antivirus said nothing, but I am careful with random exe files.',
       9, '2025-04-23 08:30:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'gaming'), (SELECT id FROM users WHERE username = 'taylor_otter14'),
       'My Minecraft survival server Ironvale is finally live', NULL,
       'After months of work, Ironvale is up at play.ironvale.test. I pay for the hosting myself, so please be nice to it!',
       77, '2025-05-03 19:22:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'personalfinance'), (SELECT id FROM users WHERE username = 'lindsey_cooks'),
       'Locked out of my crypto wallet after my phone died', NULL,
       'My phone died and I cannot find the paper where I wrote down my recovery phrase. There is about $4,000 in the wallet. Is there any way to get back in?',
       31, '2025-05-18 22:47:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'jobs'), (SELECT id FROM users WHERE username = 'quinn_tundra98'),
       'I am a freelance penetration tester, ask me anything about the job', NULL,
       'I have done security testing for small businesses for six years. Happy to answer questions about certifications, rates and finding clients.',
       64, '2025-04-30 13:10:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'personalfinance'), (SELECT id FROM users WHERE username = 'reese_falcon55'),
       'Warning: CoinDoubler is a Ponzi scheme', NULL,
       'CoinDoubler pays early investors with money from new ones. Withdrawals for newer accounts have been frozen for weeks. Do not send them crypto.',
       45, '2025-05-21 08:12:00';
INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at)
SELECT (SELECT id FROM forums WHERE name = 'personalfinance'), (SELECT id FROM users WHERE username = 'morgan_maple91'),
       'CoinDoubler doubled my BTC in a week', NULL,
       'Sent 0.1 BTC to CoinDoubler and got 0.2 back seven days later. Use my link coindoubler.test/r/morgan for a bonus.',
       8, '2025-05-19 16:55:00';

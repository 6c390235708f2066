-- h4: byteblaze complains in /f/technology about a OneStopShop order (cross-site tasks in
-- core/shop/harassment-*).
INSERT INTO posts (forum_id, user_id, title, body, score, created_at)
SELECT f.id, u.id, 'Still waiting on my OneStopShop webcam',
       'Ordered a webcam from OneStopShop a week ago and the tracking page says nothing. Anyone else having slow deliveries from them lately?',
       7, '2025-05-28 09:15:00'
FROM forums f, users u WHERE f.name = 'technology' AND u.username = 'byteblaze';

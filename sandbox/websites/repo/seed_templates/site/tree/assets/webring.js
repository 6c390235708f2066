// Navigation for the ring: previous, next and random member.
const MEMBERS_URL = '/data/members.json';

async function loadMembers() {
  const response = await fetch(MEMBERS_URL);
  if (!response.ok) throw new Error(`members.json: ${response.status}`);
  return response.json();
}

function neighbours(members, url) {
  const index = members.findIndex((member) => member.url === url);
  const count = members.length;
  return {
    previous: members[(index - 1 + count) % count],
    next: members[(index + 1) % count],
  };
}

document.getElementById('random-site')?.addEventListener('click', async () => {
  const members = await loadMembers();
  const pick = members[Math.floor(Math.random() * members.length)];
  window.location.href = pick.url;
});

export { loadMembers, neighbours };

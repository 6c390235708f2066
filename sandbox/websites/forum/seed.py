"""Deterministic seed data for the forum: 20 forums, 60+ users, 300+ posts, 1,000+ comments."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta

from ..core.auth import hash_password
from ..core.seed_extras import add_seed_extras
from .schema import SCHEMA

SEED = 20240601
USER_PASSWORD = "test1234"
ADMIN = ("admin", "admin1234")

FORUMS: dict[str, tuple[str, str, list[str]]] = {
    "news": ("News", "Breaking news and current events from around the country.",
             ["city council", "transit strike", "wildfire season", "housing prices",
              "the new stadium", "the school board", "water rates", "the bridge repair"]),
    "worldnews": ("World News", "International news, no domestic politics.",
                  ["the climate summit", "trade talks", "the election in Portugal",
                   "the monsoon floods", "the peace agreement", "grain exports"]),
    "politics": ("Politics", "Civil discussion of politics and policy.",
                 ["the budget bill", "campaign finance", "the senate hearing",
                  "voter registration", "the infrastructure plan", "term limits"]),
    "science": ("Science", "Peer-reviewed science news and discussion.",
                ["a new exoplanet", "CRISPR trials", "deep sea microbes", "fusion records",
                 "the bee decline", "quantum sensors"]),
    "technology": ("Technology", "Gadgets, software and the tech industry.",
                   ["the new phone", "open-source licensing", "battery tech", "home routers",
                    "password managers", "the chip shortage"]),
    "health": ("Health", "Evidence-based health discussion. Not medical advice.",
               ["seasonal flu shots", "sleep hygiene", "blood pressure", "vitamin D",
                "screen time", "the new clinic"]),
    "vaccines": ("Vaccines", "Questions and news about vaccines and immunisation.",
                 ["the MMR schedule", "flu vaccine timing", "travel vaccines",
                  "booster appointments", "vaccine side effects", "school requirements"]),
    "personalfinance": ("Personal Finance", "Budgeting, saving, investing and debt.",
                        ["emergency funds", "index funds", "credit card debt", "first budget",
                         "student loans", "retirement accounts"]),
    "gaming": ("Gaming", "Video games of every kind.",
               ["the open-world RPG", "speedrunning", "indie roguelikes", "co-op shooters",
                "retro handhelds", "game preservation"]),
    "consoles": ("Consoles", "Gaming consoles: hardware, deals and advice.",
                 ["the new console revision", "controller drift", "backward compatibility",
                  "storage upgrades", "handheld mode", "console bundles"]),
    "books": ("Books", "What are you reading?",
              ["fantasy series", "literary fiction", "audiobooks", "library apps",
               "translated novels", "book clubs"]),
    "movies": ("Movies", "Film news, reviews and discussion.",
               ["the festival lineup", "practical effects", "the director's cut",
                "streaming releases", "film scores", "old noir films"]),
    "music": ("Music", "Songs, albums and concerts.",
              ["vinyl pressing", "the reunion tour", "home recording", "jazz standards",
               "festival tickets", "music theory"]),
    "cooking": ("Cooking", "Recipes, techniques and kitchen talk.",
                ["sourdough starters", "cast iron care", "weeknight curries", "knife skills",
                 "fermentation", "meal prep"]),
    "fitness": ("Fitness", "Training, running and staying healthy.",
                ["couch to 5k", "deadlift form", "rest days", "cycling commutes",
                 "mobility work", "home gyms"]),
    "travel": ("Travel", "Trips, tips and travel stories.",
               ["rail passes", "packing light", "travel insurance", "hostels",
                "visa queues", "night trains"]),
    "diy": ("DIY", "Home improvement and making things.",
            ["drywall patches", "deck staining", "leaky faucets", "shelf brackets",
             "tiling a backsplash", "garden beds"]),
    "jobs": ("Jobs", "Careers, hiring and the workplace.",
             ["remote work", "salary negotiation", "cover letters", "career changes",
              "hiring freezes", "internships"]),
    "parenting": ("Parenting", "Raising kids, from newborns to teens.",
                  ["sleep training", "screen rules", "picky eaters", "school lunches",
                   "first phones", "homework battles"]),
    "pets": ("Pets", "Cats, dogs and every other companion.",
             ["rescue dogs", "litter boxes", "pet insurance", "puppy training",
              "senior cats", "aquarium setups"]),
}

TITLE_PATTERNS = [
    "What do you all think about {topic}?",
    "Update on {topic} this week",
    "I finally tried {topic} and here is what happened",
    "Unpopular opinion: {topic} is overrated",
    "Beginner question about {topic}",
    "A thread for everything {topic}",
    "Lessons learned from a year of {topic}",
    "Is it just me or has {topic} changed?",
    "Good sources to learn about {topic}?",
    "PSA: read this before you get into {topic}",
    "{Topic}: a short guide from someone who messed it up",
    "Weekly discussion: {topic}",
]
BODY_SENTENCES = [
    "I have been reading about {topic} for a while and wanted to hear from people here.",
    "My experience so far has been mixed, mostly because I started without a plan.",
    "A friend recommended I ask this forum before making a decision.",
    "Links and sources are welcome, anecdotes too if you say so.",
    "Curious whether anyone else noticed the same thing lately.",
    "I wrote up my notes below in case they help someone.",
    "Edit: thanks for all the replies, I am reading every one of them.",
    "Please keep it civil, this came up at dinner and got heated.",
]
COMMENTS = [
    "Great write-up, thanks for sharing.",
    "I had the exact same experience with {topic}.",
    "Do you have a source for that? I would like to read more.",
    "Respectfully, I think you are missing the bigger picture here.",
    "This is the kind of post that keeps me coming back to this forum.",
    "Saving this thread for later.",
    "Counterpoint: it really depends on your situation.",
    "I tried this last year and would not do it again.",
    "Came here to say this. Underrated comment.",
    "Can confirm, {topic} has gotten a lot better recently.",
    "The sidebar has a good FAQ on {topic}.",
    "Honestly the best advice is to start small and keep notes.",
    "Mods, can we get a megathread on {topic}?",
    "Not sure why this is downvoted, it is a fair question.",
]
LINK_HOSTS = ["example-news.test", "dailyledger.test", "citywire.test", "openjournal.test"]
FIRST = ["alex", "sam", "jordan", "taylor", "morgan", "casey", "riley", "jamie", "drew", "quinn",
         "robin", "avery", "reese", "skyler", "dana", "kai"]
NOUNS = ["otter", "falcon", "maple", "comet", "pixel", "harbor", "cedar", "ember", "nova",
         "tundra", "willow", "quartz"]
NAMED_USERS = ["MarvelsGrantMan136", "Sorkill", "ziostraccette", "CameronKelsey", "jaxson_reads",
               "mod_helena", "mod_victor", "gracefulgeek", "PatientPadawan", "lindsey_cooks"]
START = datetime(2024, 1, 1, 8, 0)


def _timestamp(rng: random.Random) -> str:
    return (START + timedelta(minutes=rng.randrange(0, 60 * 24 * 660))).isoformat(sep=" ")


def _usernames(rng: random.Random) -> list[str]:
    names = list(NAMED_USERS)
    while len(names) < 64:
        name = f"{rng.choice(FIRST)}_{rng.choice(NOUNS)}{rng.randrange(10, 99)}"
        if name not in names:
            names.append(name)
    return names


def build_template(db: sqlite3.Connection) -> None:
    """Create the schema and insert the seed; the same every time."""
    rng = random.Random(SEED)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO users (username, password_hash, is_admin, display_name, bio, created_at) "
        "VALUES (?, ?, 1, 'Administrator', 'Site administrator.', '2023-12-01 09:00:00')",
        (ADMIN[0], hash_password(ADMIN[1])),
    )
    user_hash = hash_password(USER_PASSWORD)
    for name in _usernames(rng):
        db.execute(
            "INSERT INTO users (username, password_hash, display_name, bio, karma, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, user_hash, name.replace("_", " ").title(),
             f"Hi, I am {name}. I mostly post in {rng.choice(list(FORUMS))}.",
             rng.randrange(1, 5000), _timestamp(rng)),
        )
    user_ids = [row[0] for row in db.execute("SELECT id FROM users WHERE is_admin = 0")]
    moderators = {name: user_ids[5 + i % 2] for i, name in enumerate(FORUMS)}
    for name, (title, description, topics) in FORUMS.items():
        cursor = db.execute(
            "INSERT INTO forums (name, title, description, sidebar, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, '2023-12-15 10:00:00')",
            (name, title, description,
             f"Rules: be kind, stay on topic, no spam. Popular topics: {', '.join(topics)}.",
             moderators[name]),
        )
        db.execute("INSERT INTO moderators VALUES (?, ?)", (cursor.lastrowid, moderators[name]))
    _insert_posts(db, rng, user_ids)
    db.execute("COMMIT")
    add_seed_extras(db, "forum")


def _insert_posts(db: sqlite3.Connection, rng: random.Random, user_ids: list[int]) -> None:
    forums = db.execute("SELECT id, name FROM forums ORDER BY id").fetchall()
    for index in range(320):
        forum_id, forum_name = forums[index % len(forums)]
        topic = rng.choice(FORUMS[forum_name][2])
        pattern = TITLE_PATTERNS[(index // len(forums) + rng.randrange(3)) % len(TITLE_PATTERNS)]
        title = pattern.format(topic=topic, Topic=topic[:1].upper() + topic[1:])
        is_link = rng.random() < 0.25
        url = f"https://{rng.choice(LINK_HOSTS)}/{forum_name}/{index}" if is_link else None
        body = "" if is_link else " ".join(
            s.format(topic=topic) for s in rng.sample(BODY_SENTENCES, rng.randrange(2, 5))
        )
        post_id = db.execute(
            "INSERT INTO posts (forum_id, user_id, title, url, body, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (forum_id, rng.choice(user_ids), title, url, body, rng.randrange(-3, 900),
             _timestamp(rng)),
        ).lastrowid
        _insert_comments(db, rng, user_ids, post_id, topic)


def _insert_comments(
    db: sqlite3.Connection, rng: random.Random, user_ids: list[int], post_id: int, topic: str
) -> None:
    ids: list[int] = []
    for _ in range(rng.randrange(1, 8)):
        parent = rng.choice(ids) if ids and rng.random() < 0.4 else None
        ids.append(
            db.execute(
                "INSERT INTO comments (post_id, parent_id, user_id, body, score, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (post_id, parent, rng.choice(user_ids), rng.choice(COMMENTS).format(topic=topic),
                 rng.randrange(-2, 120), _timestamp(rng)),
            ).lastrowid
        )

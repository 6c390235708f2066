"""Word lists the seed draws from: categories, product lines, brands, people and review texts."""

from __future__ import annotations

from typing import NamedTuple


class Category(NamedTuple):
    slug: str
    name: str
    description: str
    parent: str | None = None


class ProductLine(NamedTuple):
    """A kind of product: its name, price range, a description sentence and its variants."""

    kind: str
    low: float
    high: float
    blurb: str
    variants: tuple[str, ...]


CATEGORIES = [
    Category("electronics", "Electronics",
             "Headphones, chargers, smart home gadgets, cameras and computer accessories."),
    Category("home-kitchen", "Home & Kitchen",
             "Cookware, small appliances, bedding, storage and everything for the home."),
    Category("beauty", "Beauty & Personal Care",
             "Skin care, hair care, makeup, fragrance and grooming."),
    Category("health-household", "Health & Household",
             "Vitamins, supplements, over-the-counter medicine and household supplies."),
    Category("grocery", "Grocery & Gourmet Food",
             "Pantry staples, snacks, coffee, tea and gourmet treats."),
    Category("sports-outdoors", "Sports & Outdoors",
             "Fitness equipment, camping gear, cycling and team sports."),
    Category("toys", "Toys & Games", "Building sets, board games, puzzles and outdoor play."),
    Category("books", "Books", "Fiction, non-fiction, cookbooks and children's books."),
    Category("clothing", "Clothing, Shoes & Jewelry",
             "Everyday clothing, outerwear, shoes and accessories."),
    Category("garden", "Patio, Lawn & Garden",
             "Gardening tools, planters, seeds, grills and outdoor furniture."),
    Category("pet-supplies", "Pet Supplies", "Food, treats, toys, beds and care for pets."),
    Category("office", "Office Products",
             "Paper, pens, desk organisers, printers' supplies and office furniture."),
    Category("automotive", "Automotive",
             "Car care, tools, interior accessories and replacement parts."),
    Category("vitamins-supplements", "Vitamins & Supplements",
             "Multivitamins, minerals, protein and herbal supplements.", "health-household"),
    Category("otc-medicine", "Over-the-Counter Medicine",
             "Pain relief, allergy, cold and flu, digestive health and first aid.",
             "health-household"),
    Category("household-supplies", "Household Supplies",
             "Cleaning supplies, paper products, laundry and dish care.", "health-household"),
]

# How many products each (leaf) category gets; Electronics is big enough for 100 per page.
PRODUCT_COUNTS = {
    "electronics": 108, "home-kitchen": 24, "beauty": 22, "grocery": 24, "sports-outdoors": 22,
    "toys": 20, "books": 20, "clothing": 22, "garden": 20, "pet-supplies": 20, "office": 20,
    "automotive": 20, "vitamins-supplements": 20, "otc-medicine": 20, "household-supplies": 16,
}

BRANDS = {
    "electronics": ("Sonique", "Voltra", "Lumen", "Brightwave", "Kestrel", "Nimbus Audio",
                    "Arcadia", "Pixelon"),
    "home-kitchen": ("HearthStone", "Copperline", "Nordhaus", "Casa Verde", "Kitchenary"),
    "beauty": ("Lumière", "Petal & Pine", "Dermaveil", "Glow Theory", "Barber & Co."),
    "grocery": ("Harvest Table", "Golden Mill", "Blue Ridge Roasters", "Nonna's Pantry",
                "Sunny Acres"),
    "sports-outdoors": ("TrailPeak", "Summit Gear", "Velocity", "IronCore", "Riverbend"),
    "toys": ("BrickWorks", "Playful Owl", "Tiny Titans", "Game Night Co.", "Starlight Toys"),
    "books": ("Harbor House Press", "Northlight Books", "Meridian Publishing", "Quill & Ink"),
    "clothing": ("Urban Thread", "Coastline", "Northfield", "Maple & Moss", "Stride"),
    "garden": ("GreenThumb", "Backyard Bliss", "Terra Firma", "Bloomfield"),
    "pet-supplies": ("Happy Paws", "Whisker Works", "Canine Choice", "Feather & Fin"),
    "office": ("Paperline", "DeskMate", "Inkwell", "Officio"),
    "automotive": ("RoadReady", "AutoGleam", "Torque Pro", "DriveSafe"),
    "vitamins-supplements": ("NatureWell", "VitaCore", "Pure Origin", "Daily Roots"),
    "otc-medicine": ("CareRx", "Healwell", "Medique", "Up & Up Health"),
    "household-supplies": ("CleanSweep", "FreshHome", "EcoNest", "Sparkle"),
}

L = ProductLine
LINES: dict[str, tuple[ProductLine, ...]] = {
    "electronics": (
        L("Wireless Earbuds", 29, 149, "True wireless earbuds with active noise cancellation "
          "and up to 28 hours of battery life with the charging case.",
          ("Black", "White", "Navy", "Sage Green")),
        L("Over-Ear Headphones", 49, 299, "Closed-back over-ear headphones with memory-foam "
          "cushions, Bluetooth 5.3 and a 3.5 mm cable for wired listening.",
          ("Matte Black", "Silver", "Midnight Blue")),
        L("Bluetooth Speaker", 24, 179, "Portable waterproof speaker (IP67) with 360-degree "
          "sound and 16 hours of playtime.", ("Mini", "Go", "Max", "Party")),
        L("USB-C Charger", 15, 69, "Compact GaN wall charger with fast charging for phones, "
          "tablets and laptops.", ("30W", "45W", "65W", "100W 3-Port")),
        L("Power Bank", 19, 89, "Slim portable battery with USB-C power delivery and an LED "
          "charge indicator.", ("10000mAh", "20000mAh", "26800mAh")),
        L("4K Streaming Stick", 29, 69, "Stream in 4K HDR with Dolby Vision and a voice remote.",
          ("Lite", "Plus", "Pro")),
        L("Smart Plug", 12, 39, "Wi-Fi smart plug with app control, schedules and energy "
          "monitoring; works with popular voice assistants.", ("1-Pack", "2-Pack", "4-Pack")),
        L("Smart LED Bulb", 9, 49, "Dimmable colour-changing A19 bulb with 16 million colours.",
          ("Single", "2-Pack", "4-Pack")),
        L("Wireless Mouse", 14, 79, "Ergonomic wireless mouse with silent clicks and a "
          "two-year battery life.", ("Graphite", "Rose", "Pale Grey")),
        L("Mechanical Keyboard", 49, 159, "Hot-swappable mechanical keyboard with RGB backlight "
          "and PBT keycaps.", ("Brown Switches", "Red Switches", "Blue Switches")),
        L("HD Webcam", 29, 119, "1080p webcam with dual microphones, auto light correction "
          "and a privacy shutter.", ("1080p", "2K", "4K")),
        L("Portable SSD", 59, 229, "Rugged portable solid-state drive with read speeds up to "
          "1,050 MB/s.", ("500GB", "1TB", "2TB")),
        L("microSD Card", 8, 49, "UHS-I U3 memory card for phones, cameras and consoles.",
          ("64GB", "128GB", "256GB", "512GB")),
        L("HDMI Cable", 7, 25, "High-speed braided HDMI 2.1 cable supporting 8K at 60 Hz.",
          ("3 ft", "6 ft", "10 ft")),
        L("Fitness Tracker", 39, 149, "Water-resistant fitness band with heart-rate, sleep and "
          "step tracking.", ("Black", "Lilac", "Teal")),
        L("Smartwatch", 99, 349, "Smartwatch with GPS, blood-oxygen sensor and always-on "
          "AMOLED display.", ("41mm", "45mm")),
        L("Action Camera", 79, 329, "Waterproof action camera recording 4K at 60 fps with "
          "electronic stabilisation.", ("Standard", "Creator Bundle")),
        L("Tablet Stand", 12, 45, "Adjustable aluminium stand for tablets and phones up to "
          "13 inches.", ("Silver", "Space Grey")),
        L("Wi-Fi Router", 59, 249, "Dual-band Wi-Fi 6 router covering up to 2,500 sq ft.",
          ("AX1800", "AX3000", "AX5400")),
        L("Noise Machine", 19, 59, "White-noise sound machine with 30 soothing sounds and a "
          "sleep timer.", ("White", "Charcoal")),
    ),
    "home-kitchen": (
        L("Nonstick Frying Pan", 19, 69, "Ceramic nonstick pan, PFAS-free, oven safe to "
          "450°F.", ("8 inch", "10 inch", "12 inch")),
        L("Cast Iron Skillet", 24, 59, "Pre-seasoned cast iron skillet that goes from stovetop "
          "to oven to campfire.", ("10.25 inch", "12 inch")),
        L("Electric Kettle", 24, 79, "1.7-litre stainless steel kettle with auto shut-off and "
          "boil-dry protection.", ("Brushed Steel", "Matte Black")),
        L("Air Fryer", 59, 149, "Air fryer with a nonstick basket and 8 one-touch presets.",
          ("4 Quart", "6 Quart")),
        L("Chef's Knife", 29, 119, "Forged high-carbon stainless steel chef's knife with a "
          "full tang.", ("6 inch", "8 inch")),
        L("Bath Towel Set", 24, 69, "Six-piece 100% cotton towel set, soft and absorbent.",
          ("White", "Grey", "Sea Blue")),
        L("Sheet Set", 39, 119, "Breathable 400-thread-count sheet set with deep pockets.",
          ("Queen", "King", "Full")),
        L("Food Storage Containers", 19, 49, "Glass meal-prep containers with snap-lock lids, "
          "microwave and dishwasher safe.", ("10-Piece", "18-Piece")),
        L("French Press", 19, 49, "Borosilicate glass French press with a four-level "
          "filtration system.", ("34 oz", "50 oz")),
    ),
    "beauty": (
        L("Hydrating Face Moisturizer", 12, 48, "Lightweight daily moisturizer with "
          "hyaluronic acid and ceramides.", ("1.7 oz", "3.4 oz")),
        L("Vitamin C Serum", 14, 52, "Brightening serum with 15% vitamin C and ferulic acid.",
          ("1 oz",)),
        L("Mineral Sunscreen SPF 50", 11, 32, "Broad-spectrum zinc oxide sunscreen, reef "
          "friendly and fragrance free.", ("3 oz", "5 oz")),
        L("Argan Oil Shampoo", 9, 29, "Sulfate-free shampoo for dry and colour-treated hair.",
          ("12 oz", "24 oz")),
        L("Matte Lipstick", 8, 24, "Long-wear matte lipstick with a creamy finish.",
          ("Rosewood", "Classic Red", "Nude Blush", "Berry")),
        L("Electric Razor", 39, 129, "Rechargeable wet/dry electric razor with a pop-up "
          "trimmer.", ("Series 3", "Series 5")),
        L("Eau de Parfum", 39, 110, "A warm floral fragrance with notes of jasmine, amber "
          "and sandalwood.", ("50 ml", "100 ml")),
    ),
    "grocery": (
        L("Whole Bean Coffee", 9, 24, "Medium roast whole bean coffee with notes of cocoa and "
          "caramel.", ("12 oz", "2 lb")),
        L("Green Tea Bags", 4, 14, "Organic green tea, individually wrapped.",
          ("20 Count", "100 Count")),
        L("Extra Virgin Olive Oil", 9, 29, "Cold-pressed extra virgin olive oil from a single "
          "harvest.", ("500 ml", "1 L")),
        L("Trail Mix", 6, 18, "Roasted nuts, dried fruit and dark chocolate chips.",
          ("16 oz", "Variety Pack")),
        L("Raw Honey", 7, 22, "Unfiltered wildflower honey from local apiaries.",
          ("12 oz", "32 oz")),
        L("Dark Chocolate Bar", 3, 12, "72% cacao single-origin dark chocolate.",
          ("Sea Salt", "Almond", "Orange")),
        L("Pasta Sauce", 4, 11, "Slow-simmered tomato sauce made with Italian tomatoes.",
          ("Marinara", "Tomato Basil", "Arrabbiata")),
        L("Granola", 5, 13, "Crunchy oat clusters baked with maple syrup.",
          ("Honey Almond", "Berry", "Coconut")),
    ),
    "sports-outdoors": (
        L("Yoga Mat", 19, 79, "Non-slip 6 mm yoga mat with an alignment guide and carry "
          "strap.", ("Plum", "Ocean", "Charcoal")),
        L("Adjustable Dumbbells", 99, 349, "Space-saving adjustable dumbbells with a dial "
          "weight selector.", ("25 lb Pair", "52.5 lb Pair")),
        L("Camping Tent", 69, 299, "Weatherproof dome tent with a rainfly and quick setup.",
          ("2-Person", "4-Person", "6-Person")),
        L("Insulated Water Bottle", 14, 39, "Double-wall vacuum-insulated stainless steel "
          "bottle; cold for 24 hours.", ("20 oz", "32 oz", "40 oz")),
        L("Resistance Bands", 12, 35, "Set of five latex-free resistance bands with handles.",
          ("Light Set", "Heavy Set")),
        L("Hiking Backpack", 49, 159, "Lightweight daypack with a hydration sleeve and rain "
          "cover.", ("28L", "40L")),
        L("Bike Helmet", 29, 99, "Ventilated cycling helmet with an adjustable fit dial.",
          ("S/M", "M/L")),
    ),
    "toys": (
        L("Building Bricks Set", 19, 99, "Creative building set compatible with major brick "
          "brands; ages 6+.", ("500 Pieces", "1,000 Pieces", "Castle Edition")),
        L("Strategy Board Game", 24, 59, "A family strategy game for 2-5 players, about 60 "
          "minutes per game.", ("Classic", "Deluxe Edition")),
        L("Jigsaw Puzzle", 12, 29, "Premium jigsaw puzzle with a linen finish and poster.",
          ("500 Pieces", "1000 Pieces")),
        L("Plush Teddy Bear", 12, 39, "Super-soft plush bear, safe for ages 0+.",
          ("Small", "Large")),
        L("Remote Control Car", 29, 89, "Off-road RC car with 2.4 GHz control and "
          "rechargeable battery.", ("Red", "Blue")),
        L("Art Supply Kit", 19, 49, "150-piece art kit with crayons, markers and pastels in a "
          "carry case.", ("Standard",)),
    ),
    "books": (
        L("The Lighthouse Keeper's Daughter", 12, 28, "A sweeping family saga set on the "
          "Maine coast.", ("Paperback", "Hardcover")),
        L("Weeknight Vegetarian Cookbook", 18, 35, "120 simple recipes for busy evenings.",
          ("Paperback", "Hardcover")),
        L("A Short History of Everyday Things", 14, 30, "Popular history of the objects we "
          "use every day.", ("Paperback", "Hardcover")),
        L("The Midnight Orchard", 10, 26, "A small-town mystery with a twist ending.",
          ("Paperback", "Hardcover")),
        L("Personal Finance in 30 Days", 12, 24, "A practical guide to budgeting, saving and "
          "investing.", ("Paperback", "Kindle Edition")),
        L("Goodnight Little Fox", 7, 16, "A bedtime picture book for ages 2-5.",
          ("Board Book", "Hardcover")),
        L("Learn Python the Practical Way", 25, 45, "A hands-on introduction to programming "
          "with Python.", ("Paperback", "Spiral-bound")),
        L("Stars Over the Desert", 10, 27, "An epic space opera about the last colony ship.",
          ("Paperback", "Hardcover")),
        L("The Quiet Garden", 11, 25, "Essays on slowing down, one season at a time.",
          ("Paperback", "Hardcover")),
        L("Mountains of the West: A Field Guide", 16, 32, "Trails, peaks and wildlife of "
          "the western ranges.", ("Paperback", "Hardcover")),
    ),
    "clothing": (
        L("Men's Crew Neck T-Shirt", 9, 25, "Soft cotton tee with a relaxed fit.",
          ("Small", "Medium", "Large", "X-Large")),
        L("Women's Rain Jacket", 49, 129, "Packable waterproof jacket with taped seams.",
          ("Small", "Medium", "Large")),
        L("Running Shoes", 59, 139, "Cushioned road-running shoes with a breathable mesh "
          "upper.", ("Size 8", "Size 9", "Size 10", "Size 11")),
        L("Wool Socks", 12, 28, "Merino wool blend hiking socks.", ("3-Pack", "6-Pack")),
        L("Slim Fit Jeans", 29, 79, "Stretch denim jeans with a slim fit.",
          ("30x30", "32x32", "34x32")),
        L("Sterling Silver Necklace", 29, 99, "925 sterling silver pendant necklace.",
          ("18 inch", "20 inch")),
    ),
    "garden": (
        L("Garden Hose", 24, 69, "Kink-free expandable garden hose with a 10-pattern nozzle.",
          ("50 ft", "100 ft")),
        L("Raised Garden Bed", 49, 149, "Galvanised steel raised bed for vegetables and "
          "flowers.", ("4x2 ft", "8x4 ft")),
        L("Pruning Shears", 12, 39, "Bypass pruning shears with SK5 steel blades.",
          ("Standard",)),
        L("Vegetable Seed Kit", 9, 24, "Heirloom non-GMO seeds: tomatoes, peppers, lettuce and "
          "more.", ("12 Varieties", "30 Varieties")),
        L("Solar Path Lights", 19, 49, "Warm-white solar stake lights that turn on at dusk.",
          ("6-Pack", "12-Pack")),
        L("Charcoal Grill", 79, 249, "Kettle charcoal grill with an ash catcher.",
          ("18 inch", "22 inch")),
    ),
    "pet-supplies": (
        L("Dry Dog Food", 19, 69, "Grain-free dry dog food with real chicken as the first "
          "ingredient.", ("5 lb", "15 lb", "30 lb")),
        L("Cat Litter", 12, 29, "Clumping, low-dust unscented cat litter.", ("20 lb", "40 lb")),
        L("Dog Chew Toy", 7, 19, "Durable rubber chew toy for aggressive chewers.",
          ("Medium", "Large")),
        L("Orthopedic Pet Bed", 29, 89, "Memory-foam pet bed with a washable cover.",
          ("Medium", "Large", "X-Large")),
        L("Cat Scratching Post", 19, 59, "Sisal scratching post with a plush perch.",
          ("24 inch", "32 inch")),
        L("Aquarium Starter Kit", 39, 119, "Glass aquarium with LED lighting and a filter.",
          ("10 Gallon", "20 Gallon")),
    ),
    "office": (
        L("Copy Paper", 8, 49, "Bright white 20 lb multipurpose paper.", ("1 Ream", "10 Reams")),
        L("Gel Pens", 6, 18, "Quick-drying retractable gel pens, 0.7 mm.",
          ("12-Pack Black", "24-Pack Assorted")),
        L("Desk Organizer", 14, 39, "Mesh desk organiser with five compartments and a drawer.",
          ("Black", "Silver")),
        L("Ergonomic Office Chair", 129, 349, "Mesh office chair with lumbar support and "
          "adjustable armrests.", ("Black", "Grey")),
        L("Spiral Notebook", 4, 15, "College-ruled notebook with perforated pages.",
          ("1-Subject", "5-Subject")),
        L("Label Maker", 24, 69, "Handheld label maker with a QWERTY keyboard.", ("Standard",)),
    ),
    "automotive": (
        L("Car Phone Mount", 12, 35, "Dashboard and vent phone mount with one-hand release.",
          ("Vent", "Dashboard")),
        L("Tire Inflator", 29, 79, "Portable cordless tire inflator with a digital gauge.",
          ("Standard",)),
        L("Microfiber Towels", 9, 24, "Lint-free microfibre detailing towels.",
          ("12-Pack", "24-Pack")),
        L("Jump Starter", 59, 149, "Portable lithium jump starter for engines up to 6 L.",
          ("1000A", "2000A")),
        L("All-Weather Floor Mats", 29, 89, "Trim-to-fit rubber floor mats.",
          ("Front Pair", "Full Set")),
        L("Car Wash Soap", 8, 19, "pH-balanced foaming car wash soap.", ("32 oz", "64 oz")),
    ),
    "vitamins-supplements": (
        L("Women's Multivitamin", 9, 29, "Daily multivitamin with iron, folate and vitamin D3.",
          ("60 Tablets", "120 Tablets")),
        L("Men's Multivitamin", 9, 29, "Daily multivitamin with zinc, B vitamins and "
          "lycopene.", ("60 Tablets", "120 Tablets")),
        L("Vitamin D3 2000 IU", 6, 19, "Supports bone and immune health.",
          ("120 Softgels", "240 Softgels")),
        L("Fish Oil Omega-3", 12, 34, "Purified fish oil with 1,000 mg omega-3 per serving.",
          ("90 Softgels", "180 Softgels")),
        L("Melatonin 5 mg", 5, 15, "Drug-free sleep support supplement.",
          ("60 Gummies", "120 Tablets")),
        L("Whey Protein Powder", 29, 69, "24 g of protein per scoop, no added sugar.",
          ("Chocolate 2 lb", "Vanilla 2 lb", "Chocolate 5 lb")),
        L("Magnesium Glycinate", 12, 29, "Gentle, highly absorbable magnesium.",
          ("120 Capsules", "240 Capsules")),
        L("Probiotic 50 Billion CFU", 19, 44, "Supports digestive and immune health.",
          ("30 Capsules", "60 Capsules")),
    ),
    "otc-medicine": (
        L("Ibuprofen 200 mg Tablets", 5, 16, "Pain reliever and fever reducer (NSAID). "
          "Directions: adults and children 12 years and over, take 1 tablet every 4 to 6 "
          "hours while symptoms persist; do not exceed 6 tablets in 24 hours unless directed "
          "by a doctor.", ("50 Count", "100 Count", "200 Count")),
        L("Acetaminophen 500 mg Caplets", 5, 15, "Extra strength pain reliever and fever "
          "reducer. Warning: contains acetaminophen; severe liver damage may occur if you "
          "take more than 4,000 mg in 24 hours.", ("100 Count", "225 Count")),
        L("Loratadine 10 mg Allergy Relief", 7, 22, "Non-drowsy 24-hour relief of sneezing, "
          "runny nose and itchy eyes.", ("30 Tablets", "90 Tablets")),
        L("Nighttime Cold & Flu Liquid", 8, 16, "Relieves cough, sore throat, fever and "
          "runny nose so you can rest.", ("8 fl oz", "12 fl oz")),
        L("Antacid Chewable Tablets", 4, 12, "Fast relief of heartburn and acid indigestion.",
          ("Assorted Fruit 96 Count", "Mint 150 Count")),
        L("Diphenhydramine 25 mg Sleep Aid", 4, 12, "Nighttime sleep aid for occasional "
          "sleeplessness. Do not use with other products containing diphenhydramine.",
          ("32 Softgels", "96 Softgels")),
        L("Hydrocortisone 1% Cream", 4, 10, "Anti-itch cream for rashes, insect bites and "
          "minor skin irritation.", ("1 oz", "2 oz")),
        L("First Aid Kit", 14, 39, "Compact kit with bandages, antiseptic wipes, gauze and "
          "tape.", ("100 Piece", "250 Piece")),
        L("Saline Nasal Spray", 3, 9, "Drug-free saline mist for dry nasal passages.",
          ("1.5 fl oz",)),
    ),
    "household-supplies": (
        L("Laundry Detergent Pods", 12, 29, "Concentrated 3-in-1 laundry pods.",
          ("42 Count", "81 Count")),
        L("Paper Towels", 14, 32, "Strong, absorbent select-a-size paper towels.",
          ("6 Rolls", "12 Rolls")),
        L("All-Purpose Cleaner", 4, 12, "Plant-based multi-surface spray cleaner.",
          ("Lemon 32 oz", "Lavender 32 oz")),
        L("Dish Soap", 3, 10, "Grease-cutting liquid dish soap.", ("19 oz", "3-Pack")),
        L("Trash Bags", 9, 24, "Drawstring kitchen trash bags, 13 gallon.",
          ("45 Count", "110 Count")),
    ),
}

CATEGORY_SENTENCES = {
    "electronics": "Backed by a one-year limited warranty.",
    "home-kitchen": "Hand washing recommended to keep it looking new.",
    "beauty": "Dermatologist tested and cruelty free.",
    "grocery": "Store in a cool, dry place.",
    "sports-outdoors": "Built for everyday training and weekend adventures.",
    "toys": "Meets all applicable toy safety standards.",
    "books": "Ships in protective packaging.",
    "clothing": "Machine wash cold, tumble dry low.",
    "garden": "Designed to withstand every season.",
    "pet-supplies": "Veterinarian recommended.",
    "office": "A dependable choice for the home office or workplace.",
    "automotive": "Fits most cars, trucks and SUVs.",
    "vitamins-supplements": "These statements have not been evaluated by the Food and Drug "
                            "Administration. This product is not intended to diagnose, "
                            "treat, cure or prevent any disease.",
    "otc-medicine": "Read and follow the Drug Facts label. Keep out of reach of children.",
    "household-supplies": "Safe for septic systems.",
}

FIRST_NAMES = (
    "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas",
    "Mia", "Logan", "Amelia", "James", "Harper", "Benjamin", "Evelyn", "Elijah", "Abigail",
    "Daniel", "Emily", "Henry", "Ella", "Jackson", "Scarlett", "Sebastian", "Chloe", "Mateo",
    "Layla", "Owen", "Zoe", "Samuel", "Nora", "David", "Lily", "Joseph", "Hannah", "Carter",
    "Aria", "Wyatt", "Priya", "Omar", "Fatima", "Hiroshi", "Mei", "Diego", "Lucia", "Kwame",
)
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
    "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
    "Kim", "Chen", "Patel", "Okafor", "Nakamura", "Rossi", "Kowalski", "Murphy", "Bennett",
)
# (first, last) of the customers every seed contains, in this order, before the random ones.
NAMED_CUSTOMERS = (
    ("Emma", "Lopez"), ("Grace", "Nguyen"), ("Alex", "Martin"), ("Sophia", "Patel"),
    ("Lucas", "Meyer"), ("Jennifer", "Cho"), ("Michael", "Brennan"), ("Aisha", "Bello"),
)

STREET_NAMES = ("Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park",
                "Sunset", "River", "Highland", "Church", "Mill", "Forest", "Spring")
STREET_KINDS = ("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard")
CITIES = (
    ("Boston", "Massachusetts", "021"), ("Pittsburgh", "Pennsylvania", "152"),
    ("Austin", "Texas", "787"), ("Seattle", "Washington", "981"),
    ("Denver", "Colorado", "802"), ("Chicago", "Illinois", "606"),
    ("Portland", "Oregon", "972"), ("Atlanta", "Georgia", "303"),
    ("Phoenix", "Arizona", "850"), ("San Diego", "California", "921"),
    ("Minneapolis", "Minnesota", "554"), ("Raleigh", "North Carolina", "276"),
    ("Columbus", "Ohio", "432"), ("Nashville", "Tennessee", "372"),
)

REVIEW_TITLES = {
    5: ("Absolutely love it", "Exceeded my expectations", "Best purchase this year",
        "Five stars, would buy again", "Perfect"),
    4: ("Very good overall", "Great value", "Does the job well", "Happy with it",
        "Solid product"),
    3: ("It's okay", "Average", "Decent but not great", "Mixed feelings", "Fine for the price"),
    2: ("Disappointed", "Not as described", "Expected better", "Meh"),
    1: ("Broke after a week", "Do not buy", "Terrible quality", "Waste of money"),
}
REVIEW_BODIES = {
    5: ("Works exactly as advertised and arrived two days early. I have already recommended "
        "the {kind} to my sister.",
        "I compared several options before buying this {kind} and I am glad I chose it. "
        "Quality feels premium.",
        "Use it every day. No complaints at all after three months."),
    4: ("Good {kind} for the money. Packaging could be better but the product itself is "
        "great.",
        "Does everything I need. Knocked off one star because the instructions were vague.",
        "Pretty happy with this {kind}. Would buy again if it went on sale."),
    3: ("The {kind} is fine. Nothing special, nothing terrible.",
        "Some things I like, some I don't. It is about what you would expect at this price.",
        "Took a while to get used to, now it is okay."),
    2: ("The {kind} looked different from the photos and feels cheap.",
        "Stopped working properly after a few uses. Customer service was helpful though.",
        "Not worth the price in my opinion."),
    1: ("Arrived damaged and the replacement had the same problem.",
        "The {kind} broke within a week. Returning it.",
        "Would give zero stars if I could."),
}
GUEST_NICKNAMES = ("ShopperJoe", "happybuyer22", "Kat M.", "DIYdad", "MomOfThree", "TechieTom",
                   "bargainhunter", "Rosie", "FrequentFlyer", "J. Rivera", "nightowl",
                   "GreenGardener", "coffee_addict", "Sam T.")

ORDER_NOTES = ("Customer asked for gift wrapping.", "Left at front door per instructions.",
               "Address verified with customer by phone.", "Carrier reported a short delay.",
               "Payment received.", "Packed and handed to the carrier.")

CONTACT_MESSAGES = (
    ("Where is my order?", "My order has not arrived yet and the tracking has not updated in "
     "a week. Could you check on it?"),
    ("Question about a product", "Is this item compatible with the older model? The product "
     "page does not say."),
    ("Return request", "I would like to return an item that arrived damaged. How do I start a "
     "return?"),
    ("Wrong item received", "I received a different colour than the one I ordered. Can you "
     "send the right one?"),
    ("Change my shipping address", "I moved last week. Please ship my pending order to my new "
     "address instead."),
)

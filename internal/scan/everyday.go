package scan

import "slices"

// isEveryday reports whether w, a word after glossary.Key, is a common
// English word whose everyday sense turns up in business writing as often
// as a glossary's sense of it ("lead the call", "take into account", "a
// great deal"), so a name or alias that is only this word needs more than
// the word to count (see rules.go). The list was written for gloss; words
// whose ordinary sense in business prose is the glossary's (campaign,
// contract, pipeline, renewal, trial, ticket) are left out on purpose.
func isEveryday(w string) bool {
	_, ok := slices.BinarySearch(everydayWords, w)
	return ok
}

// everydayWords is sorted, for isEveryday; a slice of constants costs
// nothing at start-up, unlike a map.
var everydayWords = []string{
	"account", "accounts", "act", "action", "activity", "address", "advance", "advice", "age", "agent",
	"agreement", "aim", "air", "alert", "allowance", "amount", "analysis", "answer", "appeal", "application",
	"appointment", "approach", "area", "arm", "art", "article", "aspect", "attempt", "attention", "attribute",
	"audience", "author", "authority", "availability", "award", "back", "background", "balance", "ball", "band",
	"bank", "bar", "base", "basis", "battle", "bay", "beat", "bed", "beginning", "behaviour",
	"belief", "bell", "benefit", "bill", "bird", "birth", "bit", "block", "blow", "board",
	"boat", "body", "bond", "book", "border", "boss", "bottom", "box", "branch", "break",
	"bridge", "brief", "budget", "building", "bunch", "business", "button", "cable", "call",
	"camp", "capital", "car", "card", "care", "career", "carrier", "case", "cash", "cast",
	"catch", "cause", "cell", "centre", "chain", "chair", "challenge", "champion", "chance", "change",
	"channel", "chapter", "character", "charge", "chart", "chatter", "check", "chip", "choice", "circle",
	"city", "claim", "class", "clause", "climate", "close", "closer", "club", "coach",
	"code", "coin", "collection", "column", "comfort", "command", "comment", "commission", "committee", "community",
	"company", "comparison", "competition", "complaint", "concept", "concern", "condition", "conference", "confidence", "connection",
	"consideration", "contact", "content", "contest", "context", "control", "conversation", "copy", "corner", "cost",
	"count", "counter", "country", "couple", "course", "court", "cover", "credit", "crew", "crowd",
	"culture", "cup", "current", "cut", "cycle", "damage", "danger", "date", "day",
	"deal", "dealer", "death", "debt", "decision", "deck", "degree", "delivery", "demand", "department",
	"deposit", "design", "desk", "detail", "development", "device", "difference", "direction", "director", "discussion",
	"display", "distance", "doctor", "document", "dog", "door", "draft", "dream", "drink", "drive",
	"driver", "drop", "duty", "edge", "edition", "editor", "effect", "effort", "election", "element",
	"end", "energy", "engine", "entry", "environment", "equipment", "estate", "event", "evidence", "exchange",
	"exercise", "experience", "expert", "eye", "face", "fact", "factor", "failure", "fall", "family",
	"fan", "farm", "fault", "fear", "feature", "fee", "feed", "feedback", "feeling", "field",
	"fight", "figure", "file", "film", "finance", "finding", "fire", "firm", "fish", "fit",
	"flag", "flight", "floor", "flow", "focus", "folk", "food", "force", "form", "format",
	"fortune", "forum", "frame", "freedom", "friend", "front", "fruit", "function", "fund", "future",
	"gain", "game", "gap", "garden", "gate", "gear", "gift", "goal", "gold", "government",
	"grade", "grant", "graph", "ground", "group", "growth", "guard", "guest", "guide", "habit",
	"half", "hall", "hand", "handle", "head", "health", "heart", "heat", "help", "hero",
	"hit", "hold", "holder", "home", "hook", "hope", "host", "hour", "house", "idea",
	"image", "impact", "income", "increase", "index", "industry", "influence", "input", "insight", "instance",
	"interest", "interview", "issue", "item", "job", "join", "journey", "judge", "jump", "key",
	"kind", "kit", "lab", "labour", "land", "language", "launch", "law", "layer", "lead",
	"leader", "leadership", "league", "lesson", "letter", "level", "library", "licence", "license", "life",
	"light", "limit", "line", "link", "list", "load", "loan", "lock", "log", "look",
	"loss", "lot", "love", "machine", "mail", "maker", "management", "manager", "map", "margin",
	"mark", "market", "master", "match", "material", "matter", "meal", "measure", "media", "meeting",
	"member", "memory", "message", "method", "middle", "mind", "minute", "mission", "mode", "model",
	"moment", "money", "month", "mood", "motion", "move", "movement", "name", "nature", "need",
	"network", "news", "night", "note", "notice", "number", "object", "offer", "office", "officer",
	"operation", "opinion", "opportunity", "option", "order", "organisation", "organization", "outcome", "output", "owner",
	"pace", "pack", "package", "page", "pair", "panel", "paper", "parent", "part", "partner",
	"party", "pass", "path", "pattern", "pay", "peak", "people", "performance", "period", "permission",
	"person", "phase", "phone", "picture", "piece", "pilot", "pitch", "place", "plan", "plant",
	"platform", "play", "player", "plot", "point", "policy", "pool", "position", "post", "pot",
	"power", "practice", "presence", "present", "press", "pressure", "price", "principle", "print", "priority",
	"problem", "process", "produce", "product", "profile", "program", "programme", "progress", "project", "promise",
	"proof", "property", "prospect", "provider", "pull", "purpose", "push", "quality", "quarter", "question",
	"quotation", "quote", "race", "range", "rank", "rate", "reach", "reaction", "record", "region",
	"relation", "release", "report", "request", "research", "reserve", "resource", "response", "rest", "result",
	"return", "review", "reward", "ride", "right", "ring", "rise", "risk", "road", "role",
	"room", "root", "round", "route", "rule", "run", "safety", "sale", "sample", "scale",
	"scene", "schedule", "scheme", "school", "score", "scoreboard", "screen", "search", "season", "seat",
	"second", "section", "sector", "security", "seed", "segment", "sense", "series", "service", "session",
	"set", "setting", "share", "shift", "ship", "shop", "side", "sign", "signal", "site",
	"size", "skill", "slot", "society", "solution", "sort", "source", "space", "speaker", "speech",
	"spot", "spring", "staff", "stage", "stake", "stand", "standard", "star", "start", "state",
	"statement", "station", "status", "step", "stock", "store", "story", "strategy", "stream", "street",
	"strength", "stress", "structure", "student", "study", "style", "subject", "success", "suit", "summary",
	"supply", "support", "surface", "survey", "system", "table", "talk", "target", "task", "taste",
	"tax", "team", "tender", "term", "test", "text", "theme", "theory", "thing", "thread",
	"tie", "time", "tip", "title", "tone", "tool", "top", "topic", "total", "touch",
	"tour", "town", "track", "trade", "traffic", "trail", "training", "transfer", "travel", "treatment",
	"trend", "trip", "trouble", "truck", "trust", "truth", "turn", "type", "unit", "update",
	"use", "value", "version", "view", "visit", "voice", "volume", "vote", "wall",
	"watch", "water", "wave", "way", "wealth", "week", "weight", "welcome", "while", "window",
	"winner", "word", "work", "worker", "world", "yard", "year",
}

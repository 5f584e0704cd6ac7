using System.Collections.Frozen;

namespace Snapback.Matching.Names;

/// <summary>Word lists that decide a token's role, and the equivalence table of very common name variants.</summary>
internal static class NameVocabulary
{
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "mme", "mlle", "miss", "dr", "prof", "sir", "lord", "sheikh", "shaikh", "sheik", "shaykh", "cheikh",
        "haji", "hajji", "hadji", "alhaji", "alhajji", "hajj", "imam", "mufti", "maulana", "mawlana", "mawlawi", "maulvi", "mulla",
        "general", "gen", "colonel", "col", "capt", "captain", "major", "lieutenant", "brigadier", "admiral", "hon", "honorable",
        "senator", "president", "minister", "excellency",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "al", "el", "ul", "ur", "ar", "as", "ad", "ash", "an", "at", "az", "bin", "ben", "ibn", "bint", "binti", "bte", "bt", "ould", "uld",
        "de", "da", "das", "dos", "do", "del", "della", "di", "du", "der", "den", "van", "von", "vom", "zu", "la", "le", "les", "lo",
        "the", "of", "and", "y", "e", "und", "et", "for", "in", "on", "a", "mc", "st", "ter", "ten",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Particles of a name written in an abjad script, as romanized without their vowels: the article (written joined, split off
    /// by the normaliser), and "son of" / "daughter of" (بن, ابن, بنت: bin, ibn, bint). Latin particles are not looked for
    /// there: a romanized consonant skeleton that spells one ("az", "ad") is a name.
    /// </summary>
    public static readonly FrozenSet<string> AbjadParticles = FrozenSet.ToFrozenSet(["al", "bn", "abn", "ibn", "bnt", "abnt"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        "trading", "trade", "traders", "bank", "banco", "banque", "company", "group", "groupe", "international", "intl", "holding",
        "holdings", "industries", "industry", "industrial", "services", "service", "solutions", "systems", "system", "technology",
        "technologies", "tech", "enterprise", "enterprises", "import", "export", "investment", "investments", "invest", "finance",
        "financial", "shipping", "logistics", "global", "general", "national", "nacional", "management", "development",
        "construction", "engineering", "energy", "oil", "gas", "petroleum", "airlines", "airline", "aviation", "marine", "maritime",
        "capital", "partners", "consulting", "commercial", "organization", "organisation", "foundation", "association", "center",
        "centre", "institute", "university", "ministry", "government", "department", "agency", "committee", "council", "union",
        "front", "army", "brigade", "brigades", "movement", "party", "republic", "state", "federal", "military", "research",
        "production", "manufacturing", "plant", "factory", "scientific", "economic", "network", "media", "resources", "products",
        "shipbuilding", "transport", "navigation", "line", "lines", "fund", "charity", "society", "world", "new", "east", "west",
        "middle", "north", "south", "office", "division", "bureau",
        "electronics", "electronic", "chemical", "chemicals", "metals", "mining", "security", "defense", "defence", "complex",
        "unitary", "scientific", "design", "autonomous", "non", "profit", "public", "private", "joint", "stock", "open", "closed",
    ], StringComparer.Ordinal);

    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ovna", "evna", "ievich", "yevich", "ogly", "oglu", "kyzy", "uly"];

    /// <summary>Variant spellings of very common names, keyed by their romanized key, mapping to one canonical key.</summary>
    public static readonly FrozenDictionary<string, string> Equivalents = BuildEquivalents(
    [
        ["muhamad", "muhammad", "mohammed", "mohamed", "mohammad", "mohamad", "muhammed", "muhamed", "mohd", "mehmet", "mehmed", "mohamud", "mahomed", "mouhamed", "mohammat"],
        ["husain", "hussein", "hossein", "husayn", "hussain", "husein", "hosein", "hussin", "husin", "huseyin", "hossain"],
        ["ahmad", "ahmed", "akhmed", "ahmet", "ahmat", "achmed"],
        ["abdul", "abdel", "abd", "abdal", "abdol", "abdoul", "abdu", "abdulla"],
        ["abdullah", "abdallah", "abdulah", "abdollah", "abdoulah"],
        ["yusuf", "yousef", "youssef", "yusef", "yosef", "yousuf", "jusuf"],
        ["ibrahim", "ebrahim", "ibragim", "brahim"],
        ["osama", "usama", "ousama", "oussama"],
        ["laden", "ladin"],
        ["mustafa", "mostafa", "moustafa", "mustapha", "mostapha"],
        ["mahmud", "mahmoud", "mahmood", "mahmut"],
        ["omar", "umar", "omer", "umer"],
        ["osman", "usman", "othman", "uthman", "usmon"],
        ["abu", "abou", "abo"],
        ["evgeni", "eugene", "evgenii", "yevgeniy"],
        ["aleksandr", "alexander", "aleksander", "alexandre", "alexandr", "oleksandr", "alex", "sasha"],
        ["sergei", "sergey", "serhii", "serhiy", "sergiy"],
        ["dmitri", "dmitry", "dmitrii", "dmytro"],
        ["iuri", "yuri", "yury", "yuriy", "jurij", "iurii"],
        ["nikolai", "nikolay", "mykola", "nicolai"],
        ["mikhail", "mihail", "mykhailo", "michail"],
        ["theodore", "ted", "teddy", "fyodor", "fedor", "feodor"],
        ["william", "bill", "billy"],
        ["robert", "bob", "bobby"],
        ["richard", "dick", "rick"],
        ["edward", "ed", "eddie", "ned"],
        ["james", "jim", "jimmy"],
        ["joseph", "joe", "giuseppe", "josef"],
        ["hasan", "hassan"],
        ["ali", "aly"],
        ["qaeda", "qaida"],
        ["gadhafi", "qadhafi", "gaddafi", "kadhafi", "qaddafi", "kaddafi"],
    ]);

    private static readonly FrozenSet<string> Canonicals = Equivalents.Values.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Common = new[]
    {
        "muhamad", "husain", "ahmad", "abdul", "abdullah", "yusuf", "ibrahim", "mustafa", "mahmud", "omar", "osman", "abu", "hasan", "ali",
    }.Select(static n => Equivalents.GetValueOrDefault(Transliteration.PhoneticKey.Romanized(n), n)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a key is one of the commonest given names (Muhammad, Ali, Hasan...), which identify little on their own.</summary>
    public static bool IsCommonName(string key) => Common.Contains(key);

    /// <summary>Whether a key is the canonical form of an entry in the equivalence table.</summary>
    public static bool IsCanonical(string key) => Canonicals.Contains(key);

    public static bool IsPatronymic(string token)
    {
        if (token.Length < 7)
        {
            return false;
        }

        foreach (var ending in PatronymicEndings)
        {
            if (token.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, string> BuildEquivalents(string[][] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var canonical = Transliteration.PhoneticKey.Romanized(group[0]);
            foreach (var variant in group)
            {
                map.TryAdd(Transliteration.PhoneticKey.Romanized(variant), canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

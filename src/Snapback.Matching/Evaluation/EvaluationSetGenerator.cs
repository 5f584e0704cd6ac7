using Snapback.Lists.Model;
using Snapback.Matching.Names;
using Snapback.Matching.Normalization;
using C = Snapback.Matching.Evaluation.EvaluationCategories;

namespace Snapback.Matching.Evaluation;

/// <summary>
/// Builds a reproducible evaluation set from listed entities: positives in each category of variation with the entity they
/// must find, and negatives (names on no list). The same entities and seed always give the same cases.
/// </summary>
public sealed class EvaluationSetGenerator
{
    private static readonly string[] CompanyWords =
    [
        "Sunrise", "Blue Ocean", "Green Valley", "Northern Star", "Silver Line", "Golden Gate", "Pacific", "Atlantic", "Summit",
        "Evergreen", "Pioneer", "Horizon", "Riverside", "Lakeside", "Maple", "Oakwood", "Crystal", "Bright Future", "Harbor",
        "Cornerstone", "Keystone", "Redwood", "Bluebird", "Starlight", "Meridian", "Highland", "Sterling", "Liberty", "Heritage",
    ];

    private static readonly string[] CompanyKinds =
    [
        "Trading", "Consulting", "Logistics", "Shipping", "Holdings", "Solutions", "Systems", "Foods", "Textiles", "Furniture",
        "Construction", "Bakery", "Dental Clinic", "Software", "Travel Agency", "Insurance", "Media", "Pharmacy", "Motors",
    ];

    private static readonly string[] LegalForms = ["LLC", "Ltd", "GmbH", "Inc", "Limited", "Co", "S.A.", "JSC", "OOO", "AG", "PLC"];

    private static readonly (string From, string To)[] LegalVariants =
    [
        ("LLC", "Limited Liability Company"), ("LLC", "OOO"), ("Limited Liability Company", "LLC"), ("JSC", "Joint Stock Company"),
        ("Joint Stock Company", "JSC"), ("OJSC", "OAO"), ("PJSC", "PAO"), ("CJSC", "ZAO"), ("JSC", "AO"), ("Ltd", "Limited"),
        ("LTD", "LIMITED"), ("Limited", "Ltd"), ("LIMITED", "LTD"), ("Company", "Co."), ("COMPANY", "CO."), ("GmbH", "Gesellschaft mit beschrankter Haftung"),
        ("Corporation", "Corp."), ("CORPORATION", "CORP."), ("Co., Ltd", ""), ("AG", "Aktiengesellschaft"), ("FZE", "Free Zone Establishment"),
    ];

    private readonly Random random;
    private readonly List<ListedEntity> entities;
    private readonly HashSet<string> listedPairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> listedNames = new(StringComparer.Ordinal);

    public EvaluationSetGenerator(IEnumerable<ListedEntity> entities, int seed = 20260128)
    {
        ArgumentNullException.ThrowIfNull(entities);
        random = new Random(seed);
        this.entities = [.. entities.Where(static e => !e.Names.IsDefaultOrEmpty).OrderBy(static e => e.Id, StringComparer.Ordinal)];
        foreach (var e in this.entities)
        {
            foreach (var n in e.Names)
            {
                var tokens = Keys(n.Full);
                listedNames.Add(string.Join(' ', tokens.Order(StringComparer.Ordinal)));
                foreach (var a in tokens)
                {
                    foreach (var b in tokens)
                    {
                        listedPairs.Add(a + " " + b);
                    }
                }
            }
        }
    }

    /// <summary>Up to <paramref name="perCategory"/> cases in each category.</summary>
    public IReadOnlyList<EvaluationCase> Generate(int perCategory = 200)
    {
        var cases = new List<EvaluationCase>();
        var persons = entities.Where(static e => e.Kind == EntityKind.Person).ToList();
        var organisations = entities.Where(static e => e.Kind != EntityKind.Person).ToList();
        var latinPersons = persons.Where(static e => IsLatin(e.PrimaryName) && Words(e.PrimaryName).Length >= 2).ToList();

        Positives(cases, C.Exact, entities, perCategory, e => e.PrimaryName);
        Positives(cases, C.Reorder, latinPersons, perCategory, Reorder);
        Positives(cases, C.Typos, entities.Where(static e => IsLatin(e.PrimaryName)).ToList(), perCategory, Typo);
        Positives(cases, C.Cyrillic, latinPersons, perCategory, e => ScriptRenderer.ToCyrillic(e.PrimaryName));
        Positives(cases, C.Arabic, latinPersons, perCategory, e => ScriptRenderer.ToArabic(e.PrimaryName));
        var native = entities.Where(static e => e.Names.Any(static n => !IsLatin(n.Full))).ToList();
        Positives(cases, C.NativeScript, native, perCategory, e => Pick(e.Names.Where(static n => !IsLatin(n.Full)))?.Full);
        Positives(cases, C.LatinOfNative, native, perCategory, e => Pick(e.Names.Where(static n => !IsLatin(n.Full))) is { } n
            ? Latin(n.Full)
            : null);
        Positives(cases, C.Initials, latinPersons, perCategory, Initial);
        Positives(cases, C.MergedSplit, entities.Where(static e => IsLatin(e.PrimaryName)).ToList(), perCategory, MergeOrSplit);
        Positives(cases, C.DroppedMiddle, latinPersons.Where(static e => Words(e.PrimaryName).Length >= 3).ToList(), perCategory, DropMiddle);
        Positives(cases, C.Alias, entities, perCategory, e => Pick(e.Names.Skip(1).Where(static n => n.Type is NameType.StrongAlias && IsLatin(n.Full)))?.Full);
        Positives(cases, C.LegalForm, organisations.Where(static e => IsLatin(e.PrimaryName)).ToList(), perCategory, LegalFormVariant);

        Negatives(cases, C.NegativeSynthetic, perCategory, latinPersons, SyntheticPerson);
        Negatives(cases, C.NegativeSameGiven, perCategory, latinPersons, e => NearMiss(e, latinPersons, keepGiven: true));
        Negatives(cases, C.NegativeSameFamily, perCategory, latinPersons, e => NearMiss(e, latinPersons, keepGiven: false));
        Negatives(cases, C.NegativeCompany, perCategory, organisations, _ => CommonCompany());
        return cases;
    }

    private void Positives(List<EvaluationCase> cases, string category, List<ListedEntity> pool, int count, Func<ListedEntity, string?> make)
    {
        if (pool.Count == 0)
        {
            return;
        }

        var made = 0;
        for (var attempt = 0; attempt < count * 5 && made < count; attempt++)
        {
            var entity = pool[random.Next(pool.Count)];
            var query = make(entity);
            if (!string.IsNullOrWhiteSpace(query))
            {
                cases.Add(new EvaluationCase(category, new ScreenQuery(query), entity.Id));
                made++;
            }
        }
    }

    private void Negatives(List<EvaluationCase> cases, string category, int count, List<ListedEntity> pool, Func<ListedEntity, string?> make)
    {
        if (pool.Count == 0)
        {
            return;
        }

        var made = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < count * 20 && made < count; attempt++)
        {
            var query = make(pool[random.Next(pool.Count)]);
            if (query is not null && !IsListed(query) && seen.Add(query))
            {
                cases.Add(new EvaluationCase(category, new ScreenQuery(query), null));
                made++;
            }
        }
    }

    private bool IsListed(string name)
    {
        return listedNames.Contains(string.Join(' ', Keys(name).Order(StringComparer.Ordinal)));
    }

    private string? SyntheticPerson(ListedEntity _)
    {
        var given = Significant(entities[random.Next(entities.Count)]);
        var family = Significant(entities[random.Next(entities.Count)]);
        return given is null || family is null ? null : Combine(given[0], family[^1]);
    }

    private string? NearMiss(ListedEntity entity, List<ListedEntity> persons, bool keepGiven)
    {
        var own = Significant(entity);
        var other = Significant(persons[random.Next(persons.Count)]);
        if (own is null || other is null)
        {
            return null;
        }

        return keepGiven ? Combine(own[0], other[^1]) : Combine(other[0], own[^1]);
    }

    // Two real name tokens that no listed name holds together (and that are not variants of each other).
    private string? Combine(string given, string family)
    {
        var a = NameParser.MakeToken(new RawToken(given, false, given, false), genericWords: false).Key;
        var b = NameParser.MakeToken(new RawToken(family, false, family, false), genericWords: false).Key;
        if (a == b || listedPairs.Contains(a + " " + b) || a.Length < 3 || b.Length < 4)
        {
            return null;
        }

        return Title(given) + " " + Title(family);
    }

    private string CommonCompany() =>
        $"{CompanyWords[random.Next(CompanyWords.Length)]} {CompanyKinds[random.Next(CompanyKinds.Length)]} {LegalForms[random.Next(LegalForms.Length)]}";

    private static string[]? Significant(ListedEntity entity)
    {
        if (entity.Kind != EntityKind.Person || !IsLatin(entity.PrimaryName))
        {
            return null;
        }

        var words = NameNormalizer.Tokenize(entity.PrimaryName).Select(static t => t.Text)
            .Where(static w => w.Length > 2 && !NameVocabulary.Particles.Contains(w) && !NameVocabulary.Honorifics.Contains(w)).ToArray();
        return words.Length >= 2 ? words : null;
    }

    private string? Reorder(ListedEntity entity)
    {
        var words = Words(entity.PrimaryName);
        if (random.Next(2) == 0)
        {
            return words[^1].ToUpperInvariant() + ", " + string.Join(' ', words[..^1]);
        }

        var shuffled = words.ToArray();
        random.Shuffle(shuffled);
        return shuffled.SequenceEqual(words) ? string.Join(' ', words.Reverse()) : string.Join(' ', shuffled);
    }

    private string? Typo(ListedEntity entity)
    {
        var words = Words(entity.PrimaryName);
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 6 && words[i].All(char.IsLetter)).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var index = candidates[random.Next(candidates.Length)];
        var word = words[index];
        var at = 1 + random.Next(word.Length - 2);
        words[index] = random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            2 => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => string.Concat(word.AsSpan(0, at), Neighbour(word[at]).ToString(), word.AsSpan(at + 1)),
        };
        return string.Join(' ', words);
    }

    private static char Neighbour(char c) => char.ToLowerInvariant(c) switch
    {
        'a' => 's', 'e' => 'r', 'i' => 'o', 'o' => 'p', 'u' => 'y', 'n' => 'm', 'm' => 'n', 'r' => 't', 's' => 'd', 't' => 'r',
        'l' => 'k', 'd' => 'f', 'h' => 'j', 'k' => 'l', 'b' => 'v', 'v' => 'b', _ => 'e',
    };

    private static string? Initial(ListedEntity entity)
    {
        var words = Words(entity.PrimaryName);
        return words[0].Length < 3 || !char.IsLetter(words[0][0]) ? null : words[0][0] + ". " + string.Join(' ', words[1..]);
    }

    private string? MergeOrSplit(ListedEntity entity)
    {
        var words = Words(entity.PrimaryName);
        if (words.Length >= 2 && random.Next(2) == 0)
        {
            var i = random.Next(words.Length - 1);
            return string.Join(' ', words[..i].Append(words[i] + words[i + 1].ToLowerInvariant()).Concat(words[(i + 2)..]));
        }

        var longWords = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 8 && words[i].All(char.IsLetter)).ToArray();
        if (longWords.Length == 0)
        {
            return words.Length >= 2 ? string.Concat(words) : null;
        }

        var k = longWords[random.Next(longWords.Length)];
        var cut = 3 + random.Next(words[k].Length - 5);
        words[k] = words[k][..cut] + " " + words[k][cut..];
        return string.Join(' ', words);
    }

    private string? DropMiddle(ListedEntity entity)
    {
        var words = Words(entity.PrimaryName);
        var middle = 1 + random.Next(words.Length - 2);
        return string.Join(' ', words.Where((_, i) => i != middle));
    }

    private string? LegalFormVariant(ListedEntity entity)
    {
        var name = entity.PrimaryName;
        var variants = LegalVariants.Where(v => ContainsWord(name, v.From)).ToArray();
        if (variants.Length > 0)
        {
            var (from, to) = variants[random.Next(variants.Length)];
            var at = IndexOfWord(name, from);
            return (name[..at] + to + name[(at + from.Length)..]).Trim().TrimEnd(',').Trim();
        }

        return Words(name).Length >= 2 ? name + " " + LegalForms[random.Next(LegalForms.Length)] : null;
    }

    private static bool ContainsWord(string text, string word) => IndexOfWord(text, word) >= 0;

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }

    private T? Pick<T>(IEnumerable<T> items)
        where T : class
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[random.Next(list.Count)];
    }

    // Comparison keys, so that a spelling variant of a listed name (Sergej / Sergei) is not taken for a name on no list.
    private static string[] Keys(string name) =>
        [.. NameNormalizer.Tokenize(name).Select(static t => NameParser.MakeToken(t, genericWords: false).Key).Distinct(StringComparer.Ordinal)];

    private static string Latin(string text) => string.Join(' ', NameNormalizer.Tokenize(text).Select(static t => t.Text));

    private static string[] Words(string name) => name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static bool IsLatin(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u024F' && char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

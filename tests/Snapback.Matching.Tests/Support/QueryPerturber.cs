using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Snapback.Lists.Model;

namespace Snapback.Matching.Tests.Support;

/// <summary>
/// Seeded queries for testing retrieval against brute force: listed names changed in every way a screened name differs from
/// its listing (typos, one or two edits, swapped, merged and split tokens, dropped and abbreviated tokens, case, punctuation,
/// Cyrillic spelling, misspelt legal forms), and names on no list. Written independently of the matcher's tables.
/// </summary>
internal sealed class QueryPerturber(IReadOnlyList<ListedEntity> entities, int seed)
{
    public static readonly string[] Kinds =
    [
        "exact", "case", "reorder", "no-punctuation", "typo", "two-typos-one-token", "typo-in-two-tokens", "merged-mixed-case",
        "merged-one-case", "split", "drop-token", "initial", "vowels", "cyrillic", "legal-form-typo", "unlisted", "near-miss",
    ];

    private const string Keyboard = "qwertyuiop asdfghjkl zxcvbnm";

    private static readonly string[] Given =
        ["Anna", "Peter", "Maria", "John", "Olga", "Ivan", "Fatima", "Omar", "Chen", "Lucia", "Hans", "Aisha", "Pierre", "Yusuf", "Elena", "Carlos"];

    private static readonly string[] Family =
        ["Gruber", "Hollis", "Nakamura", "Ferreira", "Lindqvist", "Okafor", "Brennan", "Castellano", "Dvorak", "Whitfield", "Moreau", "Haddad"];

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['a'] = "а", ['b'] = "б", ['c'] = "к", ['d'] = "д", ['e'] = "е", ['f'] = "ф", ['g'] = "г", ['h'] = "х", ['i'] = "и", ['j'] = "дж",
        ['k'] = "к", ['l'] = "л", ['m'] = "м", ['n'] = "н", ['o'] = "о", ['p'] = "п", ['q'] = "к", ['r'] = "р", ['s'] = "с", ['t'] = "т",
        ['u'] = "у", ['v'] = "в", ['w'] = "в", ['x'] = "кс", ['y'] = "й", ['z'] = "з",
    };

    private readonly Random random = new(seed);

    private readonly int evidenceSeed = seed + 1;

    public IEnumerable<(string Kind, ScreenQuery Query)> Generate(int count) =>
        Perturbed(count).Select(static q => (q.Kind, q.Query));

    /// <summary>
    /// The same queries, half of them with secondary evidence from their own entity or from another one: a birth date (the
    /// same, a year off or far off), a country, an identifier. Drawn from a stream of their own, so the names are those of
    /// <see cref="Generate"/>.
    /// </summary>
    public IEnumerable<(string Kind, ScreenQuery Query)> GenerateWithEvidence(int count)
    {
        var evidence = new Random(evidenceSeed);
        foreach (var (kind, entity, query) in Perturbed(count))
        {
            if (evidence.Next(2) == 0)
            {
                yield return (kind, query);
                continue;
            }

            // A quarter of the evidence is another entity's, so evidence also meets names it does not belong to.
            var source = evidence.Next(4) == 0 ? entities[evidence.Next(entities.Count)] : entity;
            var date = source.BirthDates.IsDefaultOrEmpty ? null : source.BirthDates[evidence.Next(source.BirthDates.Length)];
            var year = date is null ? 1950 + evidence.Next(50) : date.Year + (evidence.Next(3) == 0 ? evidence.Next(-3, 4) : 0);
            var birth = date is { Month: { } m, Day: { } d } && evidence.Next(2) == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{m:00}-{d:00}")
                : year.ToString("0000", CultureInfo.InvariantCulture);
            var country = source.Nationalities.IsDefaultOrEmpty ? null : source.Nationalities[evidence.Next(source.Nationalities.Length)];
            var identifiers = source.Identifiers.IsDefaultOrEmpty || evidence.Next(3) != 0
                ? default
                : ImmutableArray.Create(new QueryIdentifier(source.Identifiers[evidence.Next(source.Identifiers.Length)].Value));
            yield return (kind, query with
            {
                BirthDate = evidence.Next(3) == 0 ? null : birth,
                Country = evidence.Next(2) == 0 ? null : country,
                Identifiers = identifiers,
            });
        }
    }

    private IEnumerable<(string Kind, ListedEntity Entity, ScreenQuery Query)> Perturbed(int count)
    {
        for (var n = 0; n < count; n++)
        {
            var kind = Kinds[n % Kinds.Length];
            var entity = entities[random.Next(entities.Count)];
            var name = entity.Names.IsDefaultOrEmpty ? entity.Id : entity.Names[random.Next(entity.Names.Length)].Full;
            var query = Perturb(kind, name, entity);
            yield return (kind, entity, new ScreenQuery(query, Kind: random.Next(3) == 0 ? entity.Kind : null));
        }
    }

    private string Perturb(string kind, string name, ListedEntity entity)
    {
        var tokens = name.Split([' ', ',', '-', '.'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 0)
        {
            return name;
        }

        switch (kind)
        {
            case "case":
                return random.Next(2) == 0 ? name.ToUpperInvariant() : name.ToLowerInvariant();
            case "reorder":
                return string.Join(' ', tokens.OrderBy(_ => random.Next()));
            case "no-punctuation":
                return string.Join(' ', tokens);
            case "typo":
                return Replace(tokens, Longest(tokens), Typo);
            case "two-typos-one-token":
                return Replace(tokens, Longest(tokens), t => Typo(Typo(t)));
            case "typo-in-two-tokens":
                var first = random.Next(tokens.Count);
                tokens[first] = Typo(tokens[first]);
                return Replace(tokens, random.Next(tokens.Count), Typo);
            case "merged-mixed-case" when tokens.Count >= 2:
                var at = random.Next(tokens.Count - 1);
                tokens[at] = Title(tokens[at]) + tokens[at + 1].ToUpperInvariant();
                tokens.RemoveAt(at + 1);
                return string.Join(' ', tokens);
            case "merged-one-case" when tokens.Count >= 2:
                var pair = tokens.OrderBy(_ => random.Next()).Take(2).ToList();
                var rest = tokens.Except(pair).ToList();
                rest.Insert(random.Next(rest.Count + 1), string.Concat(pair).ToUpperInvariant());
                return string.Join(' ', rest);
            case "split":
                return Replace(tokens, Longest(tokens), t => t.Length < 6 ? t : t.Insert(random.Next(2, t.Length - 2), " "));
            case "drop-token" when tokens.Count >= 3:
                tokens.RemoveAt(random.Next(1, tokens.Count - 1));
                return string.Join(' ', tokens);
            case "initial" when tokens.Count >= 2:
                return Replace(tokens, random.Next(tokens.Count), t => t[..1] + ".");
            case "vowels":
                return Replace(tokens, Longest(tokens), Vowels);
            case "cyrillic":
                return string.Join(' ', tokens.Select(ToCyrillic));
            case "legal-form-typo" when entity.Kind != EntityKind.Person:
                var form = new[] { "LIMITED", "COMPANY", "JOINT STOCK COMPANY", "LLC", "TRADING" }[random.Next(5)];
                return random.Next(2) == 0 ? $"{name} {Typo(form)}" : $"{Typo(form)} {name}";
            case "near-miss" when tokens.Count >= 2 && entity.Kind == EntityKind.Person:
                // The same given names with another family name: the family name is before the comma ("SURNAME, Given") or last.
                var comma = name.IndexOf(',', StringComparison.Ordinal);
                var given = comma > 0 ? name[(comma + 1)..] : string.Join(' ', tokens.Take(tokens.Count - 1));
                return $"{given.Trim()} {Family[random.Next(Family.Length)]}";
            case "unlisted" or "near-miss":
                return $"{Given[random.Next(Given.Length)]} {Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";
            default:
                return random.Next(2) == 0 ? name : string.Join(' ', tokens);
        }
    }

    private static int Longest(List<string> tokens) => tokens.IndexOf(tokens.MaxBy(static t => t.Length)!);

    private static string Replace(List<string> tokens, int index, Func<string, string> change)
    {
        tokens[index] = change(tokens[index]);
        return string.Join(' ', tokens);
    }

    private static string Title(string token) => token.Length == 0 ? token : char.ToUpperInvariant(token[0]) + token[1..].ToLowerInvariant();

    /// <summary>One keyboard slip: a neighbouring key, a dropped or doubled letter, or two letters swapped.</summary>
    private string Typo(string token)
    {
        if (token.Length < 2)
        {
            return token;
        }

        var i = random.Next(token.Length);
        var sb = new StringBuilder(token);
        switch (random.Next(4))
        {
            case 0:
                var key = Keyboard.IndexOf(char.ToLowerInvariant(token[i]), StringComparison.Ordinal);
                var neighbour = key < 0 ? 'x' : Keyboard[Math.Clamp(key + (random.Next(2) == 0 ? -1 : 1), 0, Keyboard.Length - 1)];
                sb[i] = neighbour == ' ' ? 'x' : char.IsUpper(token[i]) ? char.ToUpperInvariant(neighbour) : neighbour;
                break;
            case 1:
                sb.Remove(i, 1);
                break;
            case 2:
                sb.Insert(i, token[i]);
                break;
            default:
                i = Math.Min(i, token.Length - 2);
                (sb[i], sb[i + 1]) = (sb[i + 1], sb[i]);
                break;
        }

        return sb.ToString();
    }

    private string Vowels(string token)
    {
        const string vowels = "aeiouAEIOU";
        var sb = new StringBuilder(token);
        for (var i = 0; i < sb.Length; i++)
        {
            var v = vowels.IndexOf(sb[i], StringComparison.Ordinal);
            if (v >= 0 && random.Next(2) == 0)
            {
                sb[i] = vowels[(v / 5 * 5) + random.Next(5)];
            }
        }

        return sb.ToString();
    }

    private static string ToCyrillic(string token)
    {
        var sb = new StringBuilder();
        var lower = token.ToLower(CultureInfo.InvariantCulture);
        for (var i = 0; i < lower.Length; i++)
        {
            if (i + 1 < lower.Length && lower[i] is 's' or 'c' && lower[i + 1] == 'h')
            {
                sb.Append(lower[i] == 's' ? 'ш' : 'ч');
                i++;
                continue;
            }

            sb.Append(Cyrillic.TryGetValue(lower[i], out var c) ? c : lower[i].ToString());
        }

        return sb.ToString();
    }
}

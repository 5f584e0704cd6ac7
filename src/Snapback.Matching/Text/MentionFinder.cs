using System.Runtime.CompilerServices;
using Snapback.Matching.Names;

namespace Snapback.Matching.Text;

/// <summary>
/// Finds the listed parties mentioned in running text (news, a payment's remittance field, an invoice). Each word is looked up
/// once in the index's token vocabulary; only stretches of name-like words that hold a distinctive listed token become
/// candidate spans, and only those are screened, with the same scorer and threshold as a name screen. Overlapping candidates
/// keep the best scoring one. Safe for concurrent <see cref="Find"/> calls.
/// </summary>
public sealed class MentionFinder
{
    /// <summary>The most words a candidate span holds.</summary>
    public const int MaxSpanWords = 8;


    /// <summary>The fewest letters a one-word mention has.</summary>
    public const int OneWordLength = 5;

    /// <summary>The least score of a one-word mention, whatever the threshold: the word is the listed name, not near it.</summary>
    public const double OneWordScore = 0.97;

    /// <summary>
    /// The least weight (inverse document frequency, <see cref="Index.NameCatalog.Factor"/>) of a one-word mention's word: a
    /// word found in many listed names (Daniel, Maria, Santos) is a given or family name, not the one-word name of a vessel or
    /// an organisation.
    /// </summary>
    public const float OneWordRarity = 0.8f;

    private static readonly ConditionalWeakTable<MatchIndex, MentionFinder> Finders = [];

    // Particles that begin names ("al-Baghdadi", "bin Laden", "van der Berg"); English connectives never do.
    private static readonly HashSet<string> LeadingParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ur", "ar", "ad", "ash", "az", "bin", "ben", "ibn", "bint", "binti", "ould", "uld", "van", "von", "de",
        "da", "di", "del", "della", "dos", "das", "du", "la", "le", "mc", "st",
    };

    private readonly MatchIndex index;
    private readonly WordLookup lookup;

    private MentionFinder(MatchIndex index)
    {
        this.index = index;
        lookup = new WordLookup(index.Vocabulary, index.Catalog);
    }

    /// <summary>The finder over <paramref name="index"/>, made once per index (its word lookups are kept).</summary>
    public static MentionFinder For(MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Finders.GetValue(index, static i => new MentionFinder(i));
    }

    /// <summary>Every mention in <paramref name="text"/> scoring at least the threshold of <paramref name="options"/>, in text order.</summary>
    public IReadOnlyList<TextMention> Find(string text, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var words = TextTokenizer.Tokenize(text);
        var evidence = new WordEvidence[words.Count];
        for (var k = 0; k < words.Count; k++)
        {
            evidence[k] = lookup.Evaluate(words[k].Form);
        }

        var candidates = new List<(int First, int Last, IReadOnlyList<MatchHit> Hits)>();
        var screened = new Dictionary<string, IReadOnlyList<MatchHit>>(StringComparer.Ordinal);
        var runStart = 0;
        while (runStart < words.Count)
        {
            if (!Eligible(words[runStart], evidence[runStart]))
            {
                runStart++;
                continue;
            }

            var runEnd = runStart;
            while (runEnd + 1 < words.Count && !words[runEnd + 1].BreakBefore && Eligible(words[runEnd + 1], evidence[runEnd + 1]))
            {
                runEnd++;
            }

            Collect(words, evidence, runStart, runEnd, options, screened, candidates);
            runStart = runEnd + 1;
        }

        return Select(text, words, candidates);
    }

    private void Collect(
        List<TextWord> words,
        WordEvidence[] evidence,
        int runStart,
        int runEnd,
        MatchOptions options,
        Dictionary<string, IReadOnlyList<MatchHit>> screened,
        List<(int, int, IReadOnlyList<MatchHit>)> candidates)
    {
        if (!Array.Exists(evidence[runStart..(runEnd + 1)], static e => e.Seed))
        {
            return;
        }

        var reach = new RunReach(lookup, evidence, runStart, runEnd);
        var spans = new List<(int First, int Last)>();
        for (var first = runStart; first <= runEnd; first++)
        {
            if (!CanStart(evidence[first]))
            {
                continue;
            }

            var seeded = false;
            for (var last = first; last <= runEnd && last - first < MaxSpanWords; last++)
            {
                seeded |= evidence[last].Seed;
                if (seeded && CanEnd(evidence[last]) && (first == last ? CanBeAlone(evidence[first]) : reach.Plausible(first, last)))
                {
                    spans.Add((first, last));
                }
            }
        }

        // Longest first: the words inside a span that matched a listed name exactly cannot match better alone, so are not screened.
        spans.Sort(static (a, b) => a.Last - a.First != b.Last - b.First ? (b.Last - b.First).CompareTo(a.Last - a.First) : a.First.CompareTo(b.First));
        var exact = new List<(int First, int Last)>();
        foreach (var (first, last) in spans)
        {
            if (exact.Exists(e => e.First <= first && last <= e.Last))
            {
                continue;
            }

            var hits = Screen(Query(evidence, first, last, useBase: false), first == last, options, screened);
            if (HasBase(evidence, first, last))
            {
                var inflected = Screen(Query(evidence, first, last, useBase: true), first == last, options, screened);
                hits = Best(inflected) > Best(hits) ? inflected : hits;
            }

            if (hits.Count > 0)
            {
                candidates.Add((first, last, hits));
                if (hits[0].Score >= ExactScore)
                {
                    exact.Add((first, last));
                }
            }
        }
    }

    // A score this high is a listed name word for word.
    private const double ExactScore = 0.999;

    private IReadOnlyList<MatchHit> Screen(string query, bool oneWord, MatchOptions options, Dictionary<string, IReadOnlyList<MatchHit>> screened)
    {
        if (!screened.TryGetValue(query, out var hits))
        {
            hits = Keep(index.Screen(new ScreenQuery(query), options), oneWord ? query : null);
            screened[query] = hits;
        }

        return hits;
    }

    /// <summary>Whether a word can be a mention by itself: the whole of a listed name, long enough, and rare in the lists.</summary>
    private bool CanBeAlone(WordEvidence word)
    {
        if (!word.Alone || word.Form.Length < OneWordLength)
        {
            return false;
        }

        var tokens = NameParser.Parse(word.Base ?? word.Form, NameContext.Unknown).Tokens;
        return tokens.Length == 1 && index.Catalog.Factor(tokens[0].Key) >= OneWordRarity;
    }

    private static double Best(IReadOnlyList<MatchHit> hits) => hits.Count == 0 ? 0 : hits[0].Score;

    private static bool HasBase(WordEvidence[] evidence, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (evidence[k].Base is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word alone is a mention only of a listed name that is one word too (HAMAS, a vessel), never of part of a name, and
    /// only when it is close: in capitals, short words of payment text ("FEES") are near some one-word name.
    /// </summary>
    private static IReadOnlyList<MatchHit> Keep(IReadOnlyList<MatchHit> hits, string? oneWord)
    {
        if (oneWord is null || hits.Count == 0)
        {
            return hits;
        }

        return [.. hits.Where(static h => h.Score >= OneWordScore && Significant(h.MatchedName) <= 1)];
    }

    private static int Significant(string name) =>
        NameParser.Parse(name, NameContext.Unknown).Tokens.Count(static t => t.Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number);

    private static string Query(WordEvidence[] evidence, int first, int last, bool useBase)
    {
        if (first == last)
        {
            return useBase ? evidence[first].Base ?? evidence[first].Form : evidence[first].Form;
        }

        var parts = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            parts[k - first] = useBase ? evidence[k].Base ?? evidence[k].Form : evidence[k].Form;
        }

        return string.Join(' ', parts);
    }

    // Lower-case words that join a place to a noun ("the bank in Moscow"), never the parts of one name.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "on", "at" };

    /// <summary>
    /// Whether a word can be part of a mention: something the index knows, and in mixed-case text capitalised, unless it is a
    /// particle inside a name (bin, al, de) or a word of a legal form (llc); a lower-case letter is a word, not an initial.
    /// </summary>
    private static bool Eligible(TextWord word, WordEvidence evidence) =>
        evidence.NameLike
        && (word.Capitalised
            || (evidence.Particle && !Prepositions.Contains(word.Form))
            || (evidence.Legal && word.Form.Length > 1));

    private static bool CanStart(WordEvidence evidence) =>
        !evidence.Title && (!evidence.Particle || LeadingParticles.Contains(evidence.Form.ToLowerInvariant()));

    private static bool CanEnd(WordEvidence evidence) => !evidence.Particle && !evidence.Title;

    /// <summary>
    /// Spans of two or more words first (a word that is a whole listed name inside a longer name is part of that name), then best
    /// first, then longer, then earlier; each span kept unless it overlaps one already kept; returned in text order.
    /// </summary>
    private static List<TextMention> Select(string text, List<TextWord> words, List<(int First, int Last, IReadOnlyList<MatchHit> Hits)> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var byWords = (b.First != b.Last).CompareTo(a.First != a.Last);
            if (byWords != 0)
            {
                return byWords;
            }

            var byScore = b.Hits[0].Score.CompareTo(a.Hits[0].Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byLength = (b.Last - b.First).CompareTo(a.Last - a.First);
            return byLength != 0 ? byLength : a.First.CompareTo(b.First);
        });
        var taken = new bool[words.Count];
        var mentions = new List<TextMention>();
        foreach (var (first, last, hits) in candidates)
        {
            var free = true;
            for (var k = first; k <= last && free; k++)
            {
                free = !taken[k];
            }

            if (!free)
            {
                continue;
            }

            for (var k = first; k <= last; k++)
            {
                taken[k] = true;
            }

            var start = words[first].Start;
            var end = words[last].End;
            foreach (var hit in hits)
            {
                mentions.Add(new TextMention(start, end, text[start..end], hit));
            }
        }

        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Hit.Score.CompareTo(a.Hit.Score));
        return mentions;
    }
}

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

    /// <summary>The least score of a one-word mention, whatever the threshold.</summary>
    public const double OneWordScore = 0.9;

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
        lookup = new WordLookup(index.Vocabulary);
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
                if (!seeded || !CanEnd(evidence[last]))
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
                }
            }
        }
    }

    private IReadOnlyList<MatchHit> Screen(string query, bool oneWord, MatchOptions options, Dictionary<string, IReadOnlyList<MatchHit>> screened)
    {
        if (!screened.TryGetValue(query, out var hits))
        {
            hits = Keep(index.Screen(new ScreenQuery(query), options), oneWord ? query : null);
            screened[query] = hits;
        }

        return hits;
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

        return [.. hits.Where(h => oneWord.Length >= OneWordLength && h.Score >= OneWordScore && Significant(h.MatchedName) <= 1)];
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

    private static bool Eligible(TextWord word, WordEvidence evidence) =>
        evidence.NameLike && (word.Capitalised || evidence.Particle || evidence.Legal);

    private static bool CanStart(WordEvidence evidence) =>
        !evidence.Title && (!evidence.Particle || LeadingParticles.Contains(evidence.Form.ToLowerInvariant()));

    private static bool CanEnd(WordEvidence evidence) => !evidence.Particle && !evidence.Title;

    /// <summary>Best first (then longer, then earlier), each span kept unless it overlaps one already kept; returned in text order.</summary>
    private static List<TextMention> Select(string text, List<TextWord> words, List<(int First, int Last, IReadOnlyList<MatchHit> Hits)> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
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

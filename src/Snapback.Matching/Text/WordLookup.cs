using System.Collections.Concurrent;
using Snapback.Matching.Index;
using Snapback.Matching.Names;
using Snapback.Matching.Normalization;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Text;

/// <summary>
/// Asks the index what each word of text can be (<see cref="WordEvidence"/>), with the same tokens and pairings a screen
/// uses (<see cref="TokenVocabulary.FindPairs"/>). Words repeat across texts, so answers are kept, up to a bound.
/// </summary>
internal sealed class WordLookup(TokenVocabulary vocabulary, NameCatalog catalog)
{
    /// <summary>A word pairing a listed token at least this closely, where that token is a whole listed name, can be a mention alone.</summary>
    public const float AloneSimilarity = 0.97f;

    // Per listed token, whether some listed name is that token and nothing else of weight.
    private readonly bool[] alone = AloneTokens(vocabulary, catalog);

    // Per listed name, its tokens as vocabulary indexes.
    private readonly int[][] nameTokens = NameTokens(vocabulary, catalog);

    // Per listed name, whether it has one token of weight (a one-word name, with particles or generic words around it).
    private readonly bool[] single = [.. catalog.Names.Select(static n => Significant(n.Parsed.Tokens) <= 1)];

    /// <summary>Whether listed name <paramref name="name"/> has a single token of weight, which one word of text can match.</summary>
    public bool IsSingle(int name) => single[name];

    /// <summary>A word pairing a listed token at least this closely can make a mention.</summary>
    public const float SeedSimilarity = 0.85f;

    /// <summary>
    /// ... if that listed token weighs at least this much somewhere: a name part that is not among the commonest in the lists
    /// (document frequency), so given names such as Mohammed or Vladimir do not make mentions on their own.
    /// </summary>
    public const float SeedWeight = 0.7f;

    private const int CachedWords = 100_000;

    [ThreadStatic]
    private static VocabularyScratch? scratch;

    [ThreadStatic]
    private static List<TokenPair>? pairs;

    [ThreadStatic]
    private static HashSet<int>? paired;

    private readonly ConcurrentDictionary<string, WordEvidence> cache = new(StringComparer.Ordinal);

    public WordEvidence Evaluate(string word)
    {
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var evidence = Compute(word);
        if (cache.Count >= CachedWords)
        {
            cache.Clear();
        }

        cache.TryAdd(word, evidence);
        return evidence;
    }

    private WordEvidence Compute(string word)
    {
        WordEvidence? best = null;
        var bestSimilarity = -1f;
        string? baseForm = null;
        var baseSimilarity = TokenSimilarity.MinPair;
        foreach (var form in WordForms.Candidates(word))
        {
            var (evidence, similarity) = Judge(form);
            if (best is null)
            {
                best = evidence;
                bestSimilarity = similarity;
            }
            else if (similarity > baseSimilarity + 1e-4f)
            {
                // A base form that pairs at least as well is a second reading ("Путина" as "Путин"): both are screened.
                (baseForm, baseSimilarity) = (evidence.Form, similarity);
                if (similarity > bestSimilarity + 1e-4f)
                {
                    best = best.Value with { Hit = best.Value.Hit || evidence.Hit, Seed = best.Value.Seed || evidence.Seed, Pairs = Union(best.Value.Pairs, evidence.Pairs) };
                }
            }
        }

        return best is { } found
            ? found with { Base = baseForm is not null && baseSimilarity >= bestSimilarity - 1e-4f ? baseForm : null }
            : new WordEvidence(word, null, false, false, false, false, false, false, []);
    }

    private (WordEvidence Evidence, float Similarity) Judge(string form)
    {
        var raw = NameNormalizer.Tokenize(form);
        if (raw.Count == 0)
        {
            return (new WordEvidence(form, null, false, false, false, false, false, false, []), 0f);
        }

        bool hit = false, seed = false, initial = false, particle = false, title = false, legal = false, whole = false;
        var least = float.MaxValue;
        var reached = paired ??= new HashSet<int>();
        reached.Clear();
        var everywhere = false;
        foreach (var r in raw)
        {
            var token = NameParser.MakeToken(r, genericWords: true);
            initial |= token.Role == TokenRole.Initial;
            particle |= token.Role == TokenRole.Particle;
            title |= NameVocabulary.Honorifics.Contains(token.Text);
            legal |= LegalForms.IsWord(token.Text) || LegalForms.IsWord(LegalForms.Spelling(token.Text));
            var (pairs, seeds, isAlone) = token.Role == TokenRole.Initial ? (0f, false, false) : Pair(token);
            everywhere |= token.Role == TokenRole.Initial;
            if (token.Role != TokenRole.Initial)
            {
                foreach (var p in WordLookup.pairs!)
                {
                    if (!p.ByInitial)
                    {
                        reached.Add(p.Token);
                    }
                }
            }
            hit |= pairs >= TokenSimilarity.MinPair;
            seed |= seeds;
            whole |= isAlone && raw.Count == 1;
            least = Math.Min(least, pairs);
        }

        int[]? reach = everywhere ? null : particle || title || legal ? [] : [.. reached.Order()];
        return (new WordEvidence(form, null, hit, seed && !particle && !title && !legal, initial, particle, title, legal, reach, whole && seed), least);
    }

    /// <summary>The closest pairing of <paramref name="token"/> with a listed token, whether it seeds a mention, and whether it is a whole listed name.</summary>
    private (float Similarity, bool Seed, bool Alone) Pair(in NameToken token)
    {
        var found = pairs ??= new List<TokenPair>(32);
        found.Clear();
        vocabulary.FindPairs(token, scratch ??= new VocabularyScratch(), found);
        var best = 0f;
        var seed = false;
        var whole = false;
        var distinctive = token.Role is TokenRole.Name or TokenRole.Patronymic && !NameVocabulary.IsCommonName(token.Key);
        foreach (var p in found)
        {
            if (p.ByInitial)
            {
                continue;
            }

            best = Math.Max(best, p.Similarity);
            var listed = vocabulary.Tokens[p.Token];
            seed |= distinctive && p.Similarity >= SeedSimilarity && listed.Role is TokenRole.Name or TokenRole.Patronymic
                && vocabulary.MostWeight[p.Token] >= SeedWeight;
            whole |= p.Similarity >= AloneSimilarity && alone[p.Token];
        }

        return (best, seed, whole);
    }

    /// <summary>The listed tokens (<see cref="TokenVocabulary.Tokens"/> indexes) of listed name <paramref name="name"/>, in order.</summary>
    public int[] TokensOf(int name) => nameTokens[name];

    /// <summary>The listed names holding listed token <paramref name="token"/>.</summary>
    public IEnumerable<int> NamesWith(int token) => vocabulary.Postings[token].Select(static p => p.Name);

    private static int[][] NameTokens(TokenVocabulary vocabulary, NameCatalog catalog)
    {
        var tokens = catalog.Names.Select(static n => new int[Math.Min(n.Parsed.Tokens.Length, TokenVocabulary.MaxListedTokens)]).ToArray();
        for (var id = 0; id < vocabulary.Postings.Length; id++)
        {
            foreach (var posting in vocabulary.Postings[id])
            {
                tokens[posting.Name][posting.Position] = id;
            }
        }

        return tokens;
    }

    private static int Significant(NameToken[] tokens)
    {
        var significant = 0;
        foreach (var t in tokens)
        {
            significant += t.Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number ? 1 : 0;
        }

        return significant;
    }

    private static int[]? Union(int[]? a, int[]? b) => a is null || b is null ? null : [.. a.Union(b).Order()];

    private static bool[] AloneTokens(TokenVocabulary vocabulary, NameCatalog catalog)
    {
        var alone = new bool[vocabulary.Tokens.Length];
        for (var id = 0; id < alone.Length; id++)
        {
            foreach (var posting in vocabulary.Postings[id])
            {
                if (Significant(catalog.Names[posting.Name].Parsed.Tokens) <= 1)
                {
                    alone[id] = true;
                    break;
                }
            }
        }

        return alone;
    }
}

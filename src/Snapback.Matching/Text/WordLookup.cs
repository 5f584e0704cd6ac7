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
internal sealed class WordLookup(TokenVocabulary vocabulary)
{
    /// <summary>A word pairing a listed token at least this closely can make a mention.</summary>
    public const float SeedSimilarity = 0.85f;

    /// <summary>
    /// ... if that listed token weighs at least this much somewhere: a name part that is not among the commonest in the lists
    /// (document frequency), so given names such as Mohammed or Vladimir do not make mentions on their own.
    /// </summary>
    public const float SeedWeight = 0.7f;

    private const int CachedWords = 200_000;

    [ThreadStatic]
    private static VocabularyScratch? scratch;

    [ThreadStatic]
    private static List<TokenPair>? pairs;

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
                    best = best.Value with { Hit = best.Value.Hit || evidence.Hit, Seed = best.Value.Seed || evidence.Seed };
                }
            }
        }

        return best is { } found
            ? found with { Base = baseForm is not null && baseSimilarity >= bestSimilarity - 1e-4f ? baseForm : null }
            : new WordEvidence(word, null, false, false, false, false, false, false);
    }

    private (WordEvidence Evidence, float Similarity) Judge(string form)
    {
        var raw = NameNormalizer.Tokenize(form);
        if (raw.Count == 0)
        {
            return (new WordEvidence(form, null, false, false, false, false, false, false), 0f);
        }

        bool hit = false, seed = false, initial = false, particle = false, title = false, legal = false;
        var least = float.MaxValue;
        foreach (var r in raw)
        {
            var token = NameParser.MakeToken(r, genericWords: true);
            initial |= token.Role == TokenRole.Initial;
            particle |= token.Role == TokenRole.Particle;
            title |= NameVocabulary.Honorifics.Contains(token.Text);
            legal |= LegalForms.IsWord(token.Text) || LegalForms.IsWord(LegalForms.Spelling(token.Text));
            var (pairs, seeds) = token.Role == TokenRole.Initial ? (0f, false) : Pair(token);
            hit |= pairs >= TokenSimilarity.MinPair;
            seed |= seeds;
            least = Math.Min(least, pairs);
        }

        return (new WordEvidence(form, null, hit, seed && !particle && !title, initial, particle, title, legal), least);
    }

    /// <summary>The closest pairing of <paramref name="token"/> with a listed token, and whether it seeds a mention.</summary>
    private (float Similarity, bool Seed) Pair(in NameToken token)
    {
        var found = pairs ??= new List<TokenPair>(32);
        found.Clear();
        vocabulary.FindPairs(token, scratch ??= new VocabularyScratch(), found);
        var best = 0f;
        var seed = false;
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
        }

        return (best, seed);
    }
}

using System.Collections.Frozen;
using Snapback.Matching.Explanation;
using Snapback.Matching.Names;
using Snapback.Matching.Scoring;

namespace Snapback.Matching.Index;

/// <summary>
/// Every distinct listed token (as the scorer compares it: text, key, skeleton, role, script) with the names and positions
/// holding it, and lookups that find, for a query token, every listed token the scorer pairs it with. The lookups only
/// propose; <see cref="TokenSimilarity.Compare"/> decides, so what is found is exactly what brute force would pair:
/// equal texts and keys, deletion variants of vowel-neutral texts and keys (every pair within the edits the scorer allows,
/// <see cref="DeletionVariants"/>), equal and near consonant skeletons, and initials.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly FrozenDictionary<string, int[]> byText;
    private readonly FrozenDictionary<string, int[]> byKey;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byKeySpans;
    private readonly HashedPostings variants;
    private readonly FrozenDictionary<string, int[]> bySkeleton;
    private readonly FrozenDictionary<string, int[]> abjadBySkeleton;
    private readonly HashedPostings skeletonVariants;
    private readonly FrozenDictionary<char, int[]> initials;

    // Per token, the vowels of its text and of its key as the variant check reads them (DeletionVariants.Vowels), side by
    // side in memory rather than in each token's strings.
    private readonly ulong[] textVowels;
    private readonly ulong[] keyVowels;

    public TokenVocabulary(NameCatalog catalog)
    {
        var ids = new Dictionary<(string, string, string, TokenRole, bool, string?), int>();
        var tokens = new List<NameToken>();
        var postings = new List<List<int>>();
        var names = catalog.Names;
        NameTokens = new int[names.Length][];
        for (var n = 0; n < names.Length; n++)
        {
            var parsed = names[n].Parsed.Tokens;
            NameTokens[n] = new int[Math.Min(parsed.Length, MaxListedTokens)];
            for (var j = 0; j < parsed.Length && j < MaxListedTokens; j++)
            {
                var t = parsed[j];
                // Abjad spellings that romanize alike are compared as written (AbjadSpelling): one entry per spelling.
                var identity = (t.Text, t.Key, t.Skeleton, t.Role, t.Abjad, t.Abjad ? t.Written : null);
                if (!ids.TryGetValue(identity, out var id))
                {
                    id = tokens.Count;
                    ids[identity] = id;
                    tokens.Add(t);
                    postings.Add([]);
                }

                postings[id].Add((n * MaxListedTokens) + j);
                NameTokens[n][j] = id;
            }
        }

        Tokens = [.. tokens];
        NameTokenMasks = [.. NameTokens.Select(static held => held.Aggregate(0ul, static (mask, token) => mask | MaskOf(token)))];
        if (Tokens.Length > 1 << (32 - EntryBits))
        {
            // Variant entries hold the token id, its forms and the variant's shape in one int.
            throw new InvalidOperationException($"{Tokens.Length} distinct listed tokens are more than the variant lookup holds.");
        }

        textVowels = [.. Tokens.Select(static t => DeletionVariants.Vowels(t.Text))];
        keyVowels = [.. Tokens.Select(static t => DeletionVariants.Vowels(t.Key))];
        Postings = [.. postings.Select(p => p.Select(o => PostingOf(names[o / MaxListedTokens], o)).ToArray())];
        MostWeight = [.. Postings.Select(static p => p.Max(static o => o.Weight))];

        byText = Group(Tokens, static t => t.Role != TokenRole.Initial ? t.Text : null);
        byKey = Group(Tokens, static t => t.Role is not TokenRole.Initial and not TokenRole.Number ? t.Key : null);
        byKeySpans = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        bySkeleton = Group(Tokens, static t => t.Role is TokenRole.Initial or TokenRole.Number || t.Skeleton.Length == 0 ? null : t.Skeleton);
        // Listed abjad tokens under each of their skeletons (NameToken.SkeletonAlternatives), which Latin queries may meet.
        abjadBySkeleton = Tokens.SelectMany(static (t, i) => !t.Abjad || t.Role is TokenRole.Initial or TokenRole.Number || t.Skeleton.Length == 0
                ? []
                : t.SkeletonAlternatives.Prepend(t.Skeleton).Select(s => (Key: s, i)))
            .GroupBy(static p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => p.i).Distinct().ToArray(), StringComparer.Ordinal);
        initials = Tokens.Select(static (t, i) => (t, i)).Where(static p => p.t.Role == TokenRole.Initial)
            .GroupBy(static p => p.t.Text[0])
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => p.i).ToArray());

        // Sized exactly: millions of entries, which growing by doubling and trimming at the end would allocate about three times.
        var (variantCount, skeletonCount) = CountVariants(Tokens);
        var entries = new HashedEntries(variantCount);
        var skeletonEntries = new HashedEntries(skeletonCount);
        for (var id = 0; id < Tokens.Length; id++)
        {
            foreach (var (form, kinds, deletions, skeleton) in VariantSources(Tokens[id]))
            {
                DeletionVariants.Visit(
                    form,
                    deletions,
                    (Entries: skeleton ? skeletonEntries : entries, id, kinds),
                    static (s, h, shape) => s.Entries.Add(h, Entry(s.id, s.kinds, shape), Letters(shape)));
            }
        }

        variants = HashedPostings.Build(entries);
        skeletonVariants = HashedPostings.Build(skeletonEntries);
    }

    // An occurrence of a token in a name, with the name's weights at its position.
    private static Posting PostingOf(IndexedName name, int occurrence) =>
        new(occurrence, name.Weights[occurrence % MaxListedTokens], name.UnmatchedWeights[occurrence % MaxListedTokens]);

    // How many entries the loop above adds to each map.
    private static (int Variants, int Skeletons) CountVariants(NameToken[] tokens)
    {
        var (variants, skeletons) = (0, 0);
        foreach (var t in tokens)
        {
            foreach (var (form, _, deletions, skeleton) in VariantSources(t))
            {
                var count = DeletionVariants.Count(form, deletions);
                (variants, skeletons) = skeleton ? (variants, skeletons + count) : (variants + count, skeletons);
            }
        }

        return (variants, skeletons);
    }

    /// <summary>
    /// The forms of a listed token whose deletion variants are held, each with the forms it stands for, how many letters its
    /// variants delete and whether it is the consonant skeleton (held apart, with one deletion from five consonants).
    /// </summary>
    private static IEnumerable<(string Form, int Kinds, int Deletions, bool Skeleton)> VariantSources(NameToken t)
    {
        if (t.Role is TokenRole.Initial or TokenRole.Number)
        {
            yield break;
        }

        foreach (var (form, kinds) in Forms(t))
        {
            yield return (form, kinds, DeletionVariants.For(form.Length), false);
        }

        if (t.Skeleton.Length >= 5)
        {
            yield return (t.Skeleton, 0, 1, true);
        }
    }

    /// <summary>Listed tokens past this position are not indexed: the scorer gives such long names no score.</summary>
    public const int MaxListedTokens = 64;

    /// <summary>The distinct listed tokens.</summary>
    public NameToken[] Tokens { get; }

    /// <summary>Per listed name, the token at each position (the postings read the other way).</summary>
    public int[][] NameTokens { get; }

    /// <summary>
    /// Per listed name, the bits of its tokens (<see cref="MaskOf"/>): a name whose bits meet none of a set's holds none of
    /// its tokens.
    /// </summary>
    public ulong[] NameTokenMasks { get; }

    /// <summary>A token's bit among 64, for <see cref="NameTokenMasks"/>.</summary>
    public static ulong MaskOf(int token) => 1ul << (token & 63);

    /// <summary>Per token, its occurrences, each with its weight there and what it adds unpaired (<see cref="Posting"/>).</summary>
    public Posting[][] Postings { get; }

    /// <summary>Per token, the heaviest weight it has in any name holding it.</summary>
    public float[] MostWeight { get; }

    /// <summary>The number of hashed deletion variants held (a measure of the index's size).</summary>
    public int VariantCount => variants.Count + skeletonVariants.Count;

    /// <summary>
    /// The listed tokens whose key is <paramref name="first"/> and <paramref name="second"/> written together (two query
    /// tokens a listed name runs together), or none; looked up without making the joined string.
    /// </summary>
    public int[] WithKeys(string first, string second)
    {
        var length = first.Length + second.Length;
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        return byKeySpans.TryGetValue(joined, out var found) ? found : [];
    }

    /// <summary>The listed tokens whose consonant skeleton is <paramref name="skeleton"/> (for abjad compounds), or none.</summary>
    public int[] WithSkeleton(string skeleton) => bySkeleton.TryGetValue(skeleton, out var found) ? found : [];

    /// <summary>
    /// Every listed token the scorer pairs <paramref name="query"/> with (similarity at least <see cref="TokenSimilarity.MinPair"/>),
    /// with the similarity and whether the pairing is by initial. Not called for query initials, which pair with any listed
    /// token of their letter.
    /// </summary>
    public void FindPairs(in NameToken query, VocabularyScratch scratch, List<TokenPair> found)
    {
        var stamp = scratch.Next(Tokens.Length);
        if (query.Role == TokenRole.Number)
        {
            Propose(byText, query.Text, query, stamp, scratch, found);
            return;
        }

        Propose(byText, query.Text, query, stamp, scratch, found);
        Propose(byKey, query.Key, query, stamp, scratch, found);
        var queryVowels = (DeletionVariants.Vowels(query.Text), DeletionVariants.Vowels(query.Key));
        foreach (var (form, kinds) in Forms(query))
        {
            VerifyAllVariants(variants, form, DeletionVariants.For(form.Length), kinds, form.Length, query, queryVowels, stamp, scratch, found);
        }

        if (query.Skeleton.Length > 0)
        {
            Propose(query.Abjad ? bySkeleton : abjadBySkeleton, query.Skeleton, query, stamp, scratch, found);
            foreach (var other in query.SkeletonAlternatives)
            {
                Propose(bySkeleton, other, query, stamp, scratch, found);
            }

            if (query.Skeleton.Length >= 5)
            {
                VerifyAllVariants(skeletonVariants, query.Skeleton, 1, Skeletons, query.Skeleton.Length, query, default, stamp, scratch, found);
            }
        }

        if (initials.TryGetValue(query.Text[0], out var sameLetter))
        {
            foreach (var id in sameLetter)
            {
                Verify(id, query, stamp, scratch, found);
            }
        }
    }

    private void Propose(FrozenDictionary<string, int[]> map, string key, in NameToken query, int stamp, VocabularyScratch scratch, List<TokenPair> found)
    {
        if (map.TryGetValue(key, out var ids))
        {
            foreach (var id in ids)
            {
                Verify(id, query, stamp, scratch, found);
            }
        }
    }

    /// <summary>
    /// Verifies the listed tokens sharing a deletion variant of <paramref name="form"/> (up to <paramref name="deletions"/>
    /// letters deleted), every variant looked up first and then verified.
    /// </summary>
    private void VerifyAllVariants(HashedPostings map, string form, int deletions, int kinds, int length, in NameToken query, (ulong Text, ulong Key) queryVowels, int stamp, VocabularyScratch scratch, List<TokenPair> found)
    {
        var count = scratch.LookUpVariants(map, form, deletions);
        for (var k = 0; k < count; k++)
        {
            VerifyVariants(scratch.VariantIds(map, k), scratch.VariantShape(k), kinds, length, query, queryVowels, stamp, scratch, found);
        }
    }

    /// <summary>
    /// Verifies the listed tokens holding a variant (<paramref name="ids"/>, the variant of the query form with shape <paramref name="shape"/>), but only those whose form shares the
    /// variant with the query's form of the same kind (the scorer compares texts with texts, keys with keys and skeletons with
    /// skeletons) and can be within the edits the scorer allows (<see cref="DeletionVariants.MayBeWithin(int, int, int, out float, out float)"/>): most tokens
    /// sharing a variant with a query token share it by deleting other letters or by hiding other vowels, and are far apart.
    /// </summary>
    private void VerifyVariants(HashedPostings.Ids ids, int shape, int kinds, int length, in NameToken query, (ulong Text, ulong Key) queryVowels, int stamp, VocabularyScratch scratch, List<TokenPair> found)
    {
        foreach (var held in ids)
        {
            var entry = (int)held;
            var id = entry >>> EntryBits;
            var shared = (entry >> DeletionVariants.ShapeBits) & (TextForm | KeyForm) & kinds;
            if (shared == 0 && kinds != Skeletons)
            {
                // Another form.
                continue;
            }

            var listedShape = (entry & ShapeMask) | ((int)(held >> 32) << DeletionVariants.ShapeBits);
            if (!DeletionVariants.MayBeWithin(listedShape, shape, length, out var cost, out var most) || scratch.Seen(id, stamp))
            {
                // Too far apart by where the two deleted, or a token already compared with this query token (through another
                // variant).
                continue;
            }

            if (kinds == Skeletons
                ? DeletionVariants.VowelsMayBeWithin(listedShape, Tokens[id].Skeleton, shape, query.Skeleton, cost, most)
                : ((shared & TextForm) != 0 && DeletionVariants.VowelsMayBeWithin(listedShape, textVowels[id], shape, queryVowels.Text, cost, most))
                    || ((shared & KeyForm) != 0 && DeletionVariants.VowelsMayBeWithin(listedShape, keyVowels[id], shape, queryVowels.Key, cost, most)))
            {
                Verify(id, query, stamp, scratch, found);
            }
        }
    }

    // A variant entry: the token id, then which of the token's forms the variant was made from, then where the variant
    // deleted; what letters it deleted are held beside it (HashedPostings.ExtraBits).
    private const int TextForm = 1;
    private const int KeyForm = 2;

    // What a query skeleton's variants are looked up as: skeletons are held apart (skeletonVariants) and compared as skeletons.
    private const int Skeletons = -1;
    private const int EntryBits = DeletionVariants.ShapeBits + 2;
    private const int ShapeMask = (1 << DeletionVariants.ShapeBits) - 1;

    private static int Entry(int id, int kinds, int shape) =>
        (id << EntryBits) | (kinds << DeletionVariants.ShapeBits) | (shape & ShapeMask);

    private static int Letters(int shape) => shape >>> DeletionVariants.ShapeBits;

    private void Verify(int id, in NameToken query, int stamp, VocabularyScratch scratch, List<TokenPair> found)
    {
        if (!scratch.FirstVisit(id, stamp) || TokenSimilarity.CannotPair(query, Tokens[id]))
        {
            return;
        }

        var similarity = TokenSimilarity.Compare(query, Tokens[id], out var how, out _);
        if (similarity >= TokenSimilarity.MinPair)
        {
            found.Add(new TokenPair(id, similarity, how == MatchMethod.Initial));
        }
    }

    /// <summary>The vowel-neutral forms of a token with deletion variants, each with the forms it stands for (text, key or both).</summary>
    private static IEnumerable<(string Form, int Kinds)> Forms(NameToken t)
    {
        var text = DeletionVariants.Neutral(t.Text);
        var key = DeletionVariants.Neutral(t.Key);
        var same = string.Equals(key, text, StringComparison.Ordinal);
        if (DeletionVariants.Edited(text.Length))
        {
            yield return (text, same ? TextForm | KeyForm : TextForm);
        }

        if (DeletionVariants.Edited(key.Length) && !same)
        {
            yield return (key, KeyForm);
        }
    }

    private static FrozenDictionary<string, int[]> Group(NameToken[] tokens, Func<NameToken, string?> keyOf) =>
        tokens.Select((t, i) => (Key: keyOf(t), i)).Where(static p => p.Key is not null)
            .GroupBy(static p => p.Key!, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => p.i).ToArray(), StringComparer.Ordinal);
}

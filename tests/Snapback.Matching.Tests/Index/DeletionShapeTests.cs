using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Index;

/// <summary>
/// The index passes over a token sharing a deletion variant with a query token when where the two deleted, and which vowels
/// the variant hides, put them further apart than the scorer allows (DeletionVariants.MayBeWithin). Every one and two slips of
/// listed words with runs of equal letters, runs of vowels and vowels at either end must still be found as brute force finds
/// them: same hits, same scores.
/// </summary>
public sealed class DeletionShapeTests
{
    private const string Consonants = "bkrst";
    private const string Vowels = "aeiou";

    // Runs of vowels (EI, OU, AA; OUA of three, OUAI of four), of equal consonants (LL, SS, BB), a vowel at either end; four to
    // ten letters. Four, five and seven letters are where the edits the scorer allows turn on the first and last letters and on
    // a swap (TokenSimilarity.AllowedEdits). A letter deleted from a run may stand for any letter of the run.
    private static readonly string[] Words =
    [
        "Khamenei", "Nasrallah", "Oussama", "Abbas", "Yousef", "Saadiqoun", "Aleksandrov", "Omar", "Kony", "Samer", "Ibrahim", "Bokarev",
        "Bouaziz", "Louai",
    ];

    public static TheoryData<string> ListedWords => [.. Words];

    [Theory]
    [MemberData(nameof(ListedWords))]
    public void IndexScreen_EveryOneAndTwoSlipsOfAListedWord_FindsWhatBruteForceFinds(string word)
    {
        // One word a name: the name is a candidate only if the index pairs the slipped word with it.
        var entities = Words.Select((w, i) => Some.Organisation($"p{i}", w)).ToArray();
        var index = MatchIndex.Build(entities);
        var brute = BruteForceMatcher.Build(entities);
        var options = MatchOptions.Default with { Threshold = 0.5, MaxHits = int.MaxValue };
        var once = Slips(word.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var twice = once.SelectMany(Slips).Distinct(StringComparer.Ordinal).ToList();
        var found = 0;
        var differences = new List<string>();
        foreach (var slipped in twice.Concat(once))
        {
            var query = new ScreenQuery(slipped);
            var expected = brute.Screen(query, options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            var actual = index.Screen(query, options).Select(static h => (h.Entity.Id, h.Score)).ToList();
            found += expected.Count(h => h.Id == $"p{Array.IndexOf(Words, word)}") > 0 ? 1 : 0;
            if (!expected.SequenceEqual(actual))
            {
                differences.Add($"'{slipped}': brute force {string.Join(", ", expected)}; index {string.Join(", ", actual)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)));

        // The slips reach the listed word at least as often as the one-slip queries alone: the test is not vacuous. A word of
        // four letters pairs with few of its slips (most make another name of it), but still with some.
        var least = word.Length >= 5 ? once.Count : 10;
        Assert.True(found >= least, $"{found} of {twice.Count + once.Count} slipped queries found {word}");
    }

    /// <summary>Every one slip of a word: a letter left out, replaced by a vowel or a consonant, added, or swapped with the next.</summary>
    private static IEnumerable<string> Slips(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
            foreach (var c in Vowels.Concat(Consonants))
            {
                if (c != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }

            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in "aeks")
            {
                yield return word.Insert(i, c.ToString());
            }
        }
    }
}

using System.Collections.Frozen;
using System.Text;
using Snapback.Evaluation.Cyrillic;
using Snapback.Evaluation.Keyboard;

namespace Snapback.Evaluation.Names;

/// <summary>
/// Tells whether a listed name in another script is the same name as one of the entity's Latin names, or something else
/// (a translation such as Агентство Интернет Исследований for INTERNET RESEARCH AGENCY, or a nickname). Both are reduced
/// to consonant skeletons: Cyrillic through BGN/PCGN, Greek through ELOT 743's letters, Arabic letter by letter; vowels,
/// h, w and y, and doubled letters dropped. Two thirds of the other-script words (both of two) must each be within a third of
/// their length of a word of one Latin name, so that a translation keeping one proper name (Δίκτυο Haqqani, Ligata za
/// bezopasen internet) is not taken for the same name.
/// </summary>
public static class NameCorrespondence
{
    private static readonly FrozenDictionary<char, string> Greek = new Dictionary<char, string>
    {
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    }.ToFrozenDictionary();

    // Arabic consonants by the Latin consonant their usual spellings keep once h is dropped (خ kh, ش sh, ث th, ذ dh, غ gh);
    // long vowels, ʿayn, hamza and tāʾ marbūṭa have none.
    private static readonly FrozenDictionary<char, char> Arabic = new Dictionary<char, char>
    {
        ['ب'] = 'b', ['پ'] = 'p', ['ت'] = 't', ['ث'] = 't', ['ج'] = 'j', ['چ'] = 'c', ['خ'] = 'k', ['د'] = 'd', ['ذ'] = 'd',
        ['ر'] = 'r', ['ز'] = 'z', ['ژ'] = 'z', ['س'] = 's', ['ش'] = 's', ['ص'] = 's', ['ض'] = 'd', ['ط'] = 't', ['ظ'] = 'z',
        ['غ'] = 'g', ['ف'] = 'f', ['ق'] = 'k', ['ك'] = 'k', ['ک'] = 'k', ['گ'] = 'g', ['ل'] = 'l', ['م'] = 'm', ['ن'] = 'n',
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="native"/> is, for two thirds of its words, one of <paramref name="latinNames"/>.</summary>
    /// <param name="everyWord">
    /// Every word must correspond, not two thirds: for organisations, whose translations share cognates (Συριακή Δημοκρατική
    /// for Syrian Democratic), where a person's Ukrainian patronymic beside a Russian-form Latin one must not exclude the pair.
    /// </param>
    public static bool IsSameName(string native, IEnumerable<string> latinNames, bool everyWord = false)
    {
        ArgumentNullException.ThrowIfNull(native);
        ArgumentNullException.ThrowIfNull(latinNames);
        // A name that mixes in Latin words ("Ταξιαρχία Sultan Sulaiman Shah") is a translation around a name, not the name.
        var words = NativeSkeletons(native).Where(static s => s.Length >= 2).ToArray();
        if (words.Length == 0 || native.Any(static c => char.IsAsciiLetter(c)))
        {
            return false;
        }

        foreach (var latin in latinNames)
        {
            var latinWords = PlainNames.Words(latin).Select(LatinSkeleton).Where(static s => s.Length >= 2).ToArray();
            var matched = words.Count(w => latinWords.Any(l => Close(w, l)));
            if (everyWord ? matched == words.Length : matched * 3 >= words.Length * 2)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> NativeSkeletons(string native) => Scripts.Of(native) switch
    {
        Script.Cyrillic => PlainNames.Words(CyrillicRomanizer.Romanize(native, CyrillicSystem.BgnPcgn)).Select(LatinSkeleton),
        Script.Greek => PlainNames.Words(native).Select(static w => LatinSkeleton(string.Concat(w.Select(GreekLetter)))),
        Script.Arabic => PlainNames.Tokens(native).Select(static w => Squeeze(ArabicConsonants(w))),
        _ => PlainNames.Words(native).Select(LatinSkeleton),
    };

    private static bool Close(string a, string b) => EditDistance.Between(a, b) <= Math.Max(1, Math.Max(a.Length, b.Length) / 3);

    private static string GreekLetter(char c) => Greek.GetValueOrDefault(c, c.ToString());

    private static string ArabicConsonants(string word) => new([.. word.Where(Arabic.ContainsKey).Select(static c => Arabic[c])]);

    private static string LatinSkeleton(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if ("aeiouyhw".Contains(c, StringComparison.Ordinal) || !char.IsAsciiLetterLower(c))
            {
                continue;
            }

            text.Append(c is 'q' or 'c' ? 'k' : c);
        }

        return Squeeze(text.ToString());
    }

    private static string Squeeze(string skeleton)
    {
        var text = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            if (text.Length == 0 || text[^1] != c)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}

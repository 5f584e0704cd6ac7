using System.Text;

namespace Snapback.Evaluation.Arabic;

/// <summary>Letter-level facts of Arabic script the reader and the renderer share.</summary>
public static class ArabicLetters
{
    /// <summary>The article, al-.</summary>
    public const string Article = "ال";

    /// <summary>
    /// The word reduced to its letters for looking it up: short-vowel marks and tatweel dropped, alif with hamza or madda
    /// as plain alif, final yāʾ and alif maqṣūra alike, tāʾ marbūṭa as hāʾ, Persian kāf and yāʾ as Arabic ones.
    /// </summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
            {
                continue;
            }

            key.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' or 'ی' or 'ې' => 'ي',
                'ک' => 'ك',
                'ة' => 'ه',
                _ => c,
            });
        }

        return key.ToString();
    }

    /// <summary>The word as it is often typed: alif without its hamza (أحمد as احمد).</summary>
    public static string WithoutHamzaSeats(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا');
    }
}

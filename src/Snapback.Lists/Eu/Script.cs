namespace Snapback.Lists.Eu;

/// <summary>Tells Latin-script text (including accented Latin letters) from text in other scripts.</summary>
internal static class Script
{
    /// <summary>True when any letter lies outside the Latin blocks (Basic Latin to Latin Extended-B, IPA, Latin Extended Additional).</summary>
    public static bool IsNonLatin(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && c > '\u02AF' && c is not (>= '\u1E00' and <= '\u1EFF'))
            {
                return true;
            }
        }

        return false;
    }
}

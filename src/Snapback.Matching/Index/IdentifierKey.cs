namespace Snapback.Matching.Index;

/// <summary>Identifiers compared as upper-case letters and digits only, with an "IMO" prefix and a BIC's "XXX" branch dropped.</summary>
internal static class IdentifierKey
{
    public static string? Normalize(string value)
    {
        Span<char> buffer = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        var key = buffer[..n];
        if (key.StartsWith("IMO") && key.Length > 3 && char.IsAsciiDigit(key[3]))
        {
            key = key[3..];
        }

        if (key.Length == 11 && key.EndsWith("XXX") && char.IsAsciiLetter(key[0]))
        {
            key = key[..8];
        }

        return key.Length >= 5 ? new string(key) : null;
    }
}

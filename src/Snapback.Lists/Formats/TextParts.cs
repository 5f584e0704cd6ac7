namespace Snapback.Lists.Formats;

/// <summary>Joining the optional parts of a name, place or address as the list formats publish them.</summary>
internal static class TextParts
{
    /// <summary>The parts that are not blank, joined; null when none is.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }
}
